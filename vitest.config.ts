// Unit tests: beside the code. The engine runs in Node (no DOM), as it does in the worker.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/golden/**/*.test.ts', 'tests/hostile/**/*.test.ts', 'tests/soak/**/*.test.ts', 'tests/meta/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    // A worker keeps the modules it has loaded from one test file to the next, where it would
    // load them again for each of 167 files (the catalogues of both languages among them):
    // 134 CPU s for the unit tests where isolated files took 220 (issue 18). Every file
    // passes in shuffled orders too (--sequence.shuffle, seeds 1 and 2). The rule this asks:
    // a test sets the store state it needs and never counts on what another file left, and a
    // file that changes the store or starts the real client puts them back when it ends
    // (resetStore, simClient.stop: worldUndo, useSnapshot, simClient.world).
    isolate: false,
    // Property and soak tests do real work; on a shared 2-core machine give them room.
    testTimeout: 60_000,
    setupFiles: ['tests/setup/i18n.ts', 'tests/setup/fastcheck.ts'],
  },
});
