/**
 * Vitest global setup for the e2e run: checks that a Chromium exists (failing fast with
 * the install hint rather than once per test), serves the built dist/ under a sub-path
 * once for all test files, hands its URL to the tests with `provide('baseUrl')`, launches
 * the one Chromium every test file connects to (`provide('browserWs')`), and stops both
 * when the run ends (the server's whole process group).
 */
import type { TestProject } from 'vitest/node';
import { E2E_ARGS, findChromium, launchBrowserServer } from './browser';
import { serveDist } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute URL of the served app, ending in the sub-path and a slash. */
    baseUrl: string;
    /** The run's shared Chromium (browser.ts launchBrowserServer), for connectBrowser. */
    browserWs: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium();
  const served = await serveDist();
  console.log(`[e2e] serving dist at ${served.baseUrl} (${served.kind})`);
  project.provide('baseUrl', served.baseUrl);
  const browser = await launchBrowserServer(E2E_ARGS);
  project.provide('browserWs', browser.wsEndpoint());
  return async () => {
    await browser.close().catch(() => undefined);
    await served.close();
  };
}
