// Unit tests: beside the code. The engine runs in Node (no DOM), as it does in the worker.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/golden/**/*.test.ts', 'tests/hostile/**/*.test.ts', 'tests/soak/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    // Property and soak tests do real work; on a shared 2-core machine give them room.
    testTimeout: 60_000,
    setupFiles: ['tests/setup/i18n.ts', 'tests/setup/fastcheck.ts'],
  },
});
