// E2E tests: real Chromium against the production build (npm run test:e2e builds first).
// One file and one browser at a time (2 shared cores); globalSetup serves dist/ under a
// sub-path once for the whole run and provides its URL as inject('baseUrl').
// No retries: tests wait for states the app confirms, never for wall-clock time, so a test
// that would need a retry is a failing test. Each test is bounded (45 s), and a failed test
// closes the shared browser so the next one starts fresh (tests/e2e/harness.ts closeApps).
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
