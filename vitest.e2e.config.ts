// E2E tests: real Chromium against the production build (npm run test:e2e builds first).
// One file and one browser at a time (2 shared cores), generous timeouts; globalSetup serves
// dist/ under a sub-path once for the whole run and provides its URL as inject('baseUrl').
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    // Two retries: on a loaded 2-core machine a browser test can occasionally stall; a real
    // failure fails every time. Retried tests are listed in the report.
    retry: 2,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
