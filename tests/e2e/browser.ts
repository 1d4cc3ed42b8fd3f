/**
 * Finds and launches the system Chromium through playwright-core. No test tool ever
 * downloads a browser here: the binary comes from CHROMIUM_PATH or Debian's
 * /usr/bin/chromium, and when neither exists we fail with a one-line instruction.
 * Shared by the e2e harness and the browser benchmark, so it imports nothing from vitest.
 */
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const INSTALL_HINT = 'install Chromium: apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH';

/** Flags for a quiet, headless, offline-friendly Chromium in containers and CI. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH if set (and it must then be executable), else /usr/bin/chromium. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable; ${INSTALL_HINT}`);
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(`No Chromium found; ${INSTALL_HINT}`);
}

/**
 * The e2e run's extra flag: one renderer process per site within a context, so a new page
 * joins the process its context keeps open (harness.ts `appContext`) instead of starting a
 * renderer of its own. A fresh renderer costs about 1 CPU second on the 2-core machines.
 */
export const E2E_ARGS = ['--process-per-site'];

/**
 * How many e2e files run at once (E2E_WORKERS, default 2: the machines have 2 cores, and
 * one file alone keeps about 1.1 of them busy, mostly the app's own renderer). Each worker
 * has a Chromium of its own (globalSetup.ts), picked by its VITEST_POOL_ID.
 */
export const E2E_WORKERS = Math.max(1, Math.floor(Number(process.env.E2E_WORKERS ?? 2)) || 1);

export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * One Chromium for a whole e2e run, which each test file connects to (`connectBrowser`).
 * Launching costs about 3 s on the 2-core machines, once per file otherwise; each file's
 * contexts stay its own, and closing a connection closes only the contexts it made.
 */
export async function launchBrowserServer(extraArgs: readonly string[] = []): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Connect to the run's shared Chromium; rejects if it does not answer within 15 s. */
export async function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint, { timeout: 15_000 });
}
