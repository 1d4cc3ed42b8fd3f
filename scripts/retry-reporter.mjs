/**
 * A Vitest reporter that records every test that needed a retry (it passed or failed only
 * after running again) to the JSON file named by VIRTLAB_RETRIES, so `npm test` can warn
 * about each one and count them in its summary line. The suites run with retry: 0, so the
 * list is normally empty; it exists so that a retry can never again look like a clean pass.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export default class RetryReporter {
  retried = [];

  onTestCaseResult(testCase) {
    const d = testCase.diagnostic();
    if (d !== undefined && d.retryCount > 0) {
      this.retried.push({ name: testCase.fullName, module: testCase.module.moduleId, retries: d.retryCount, state: testCase.result().state });
    }
  }

  onTestRunEnd() {
    const file = process.env.VIRTLAB_RETRIES;
    if (file === undefined || file === '') return;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(this.retried, null, 2));
  }
}
