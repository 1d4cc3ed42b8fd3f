/**
 * Vitest global setup for the e2e run: checks that a Chromium exists (failing fast with
 * the install hint rather than once per test), serves the built dist/ under a sub-path
 * once for all test files, hands its URL to the tests with `provide('baseUrl')`, and
 * stops the server (its whole process group) when the run ends.
 */
import type { TestProject } from 'vitest/node';
import { findChromium } from './browser';
import { serveDist } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute URL of the served app, ending in the sub-path and a slash. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium();
  const served = await serveDist();
  console.log(`[e2e] serving dist at ${served.baseUrl} (${served.kind})`);
  project.provide('baseUrl', served.baseUrl);
  return () => served.close();
}
