// E2E tests: real Chromium against the production build (npm run test:e2e builds first).
// One file at a time (2 shared cores); globalSetup serves dist/ under a sub-path once for
// the whole run and launches the one Chromium every file connects to (inject('baseUrl'),
// inject('browserWs')). No retries: tests wait for states the app confirms, never for
// wall-clock time, so a test that would need a retry is a failing test. Each test is
// bounded (45 s), and after a failed test its file goes on with a fresh browser of its own
// (tests/e2e/harness.ts closeApps).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 45_000,
    retry: 0,
    hookTimeout: 45_000,
    teardownTimeout: 30_000,
  },
});
