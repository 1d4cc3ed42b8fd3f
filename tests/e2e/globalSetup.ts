/**
 * Vitest global setup for the e2e run: checks that a Chromium exists (failing fast with
 * the install hint rather than once per test), serves the built dist/ under a sub-path
 * once for all test files, hands its URL to the tests with `provide('baseUrl')`, launches
 * one Chromium per e2e worker (`provide('browserWs')`: the files a worker runs connect to
 * its own, so two files at once never share a renderer process), and stops them all when
 * the run ends (the server's whole process group).
 */
import type { TestProject } from 'vitest/node';
import { E2E_ARGS, E2E_WORKERS, findChromium, launchBrowserServer } from './browser';
import { serveDist } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute URL of the served app, ending in the sub-path and a slash. */
    baseUrl: string;
    /** The run's Chromiums (browser.ts launchBrowserServer), one per worker (VITEST_POOL_ID 1..n), for connectBrowser. */
    browserWs: string[];
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium();
  const served = await serveDist();
  console.log(`[e2e] serving dist at ${served.baseUrl} (${served.kind})`);
  project.provide('baseUrl', served.baseUrl);
  const browsers = await Promise.all(Array.from({ length: E2E_WORKERS }, () => launchBrowserServer(E2E_ARGS)));
  project.provide(
    'browserWs',
    browsers.map((b) => b.wsEndpoint()),
  );
  return async () => {
    await Promise.all(browsers.map((b) => b.close().catch(() => undefined)));
    await served.close();
  };
}
