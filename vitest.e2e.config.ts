// E2E tests: real Chromium against the production build (npm run test:e2e builds first).
// Two files at a time (E2E_WORKERS; the machines have 2 cores), longest first
// (tests/e2e/sequencer.ts); globalSetup serves dist/ under a sub-path once for the whole
// run and launches one Chromium per worker, which that worker's files connect to
// (inject('baseUrl'), inject('browserWs')). No retries: tests wait for states the app confirms, never for
// wall-clock time, so a test that would need a retry is a failing test. Each test is
// bounded (45 s), and after a failed test its file goes on with a fresh browser of its own
// (tests/e2e/harness.ts closeApps).
import { defineConfig } from 'vitest/config';
import { E2E_WORKERS } from './tests/e2e/browser';
import LongestFirst from './tests/e2e/sequencer';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    pool: 'forks',
    fileParallelism: E2E_WORKERS > 1,
    maxWorkers: E2E_WORKERS,
    sequence: { sequencer: LongestFirst },
    testTimeout: 45_000,
    retry: 0,
    hookTimeout: 45_000,
    teardownTimeout: 30_000,
  },
});
