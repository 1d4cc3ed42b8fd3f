/**
 * Serves the built app (dist/) under a sub-path, the way a course site hosts it
 * (https://example.edu/course/lab/virtlab/), so e2e tests and the browser benchmark catch
 * any absolute URL that would break there. It starts `vite preview --base <sub-path>` as a
 * child process in its own process group (so closing it ends every process it spawned),
 * then checks that index.html and one of its scripts really come back under that path.
 * If that check fails, it falls back to a tiny node:http static server. Used by
 * tests/e2e/globalSetup.ts and bench/browser.ts; it imports nothing from vitest.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root (this file is tests/e2e/server.ts). */
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** The sub-path the app is served under; it must work anywhere because the build uses base './'. */
export const BASE_PATH = '/course/lab/virtlab/';
/** The build to serve; VIRTLAB_DIST overrides it (e.g. to try the harness on another build). */
export const DIST_DIR = resolve(process.env.VIRTLAB_DIST ?? join(ROOT, 'dist'));

export interface Served {
  /** Absolute URL of the app, ending in BASE_PATH, e.g. http://127.0.0.1:41234/course/lab/virtlab/ */
  baseUrl: string;
  /** Which server answered: vite preview, or the node:http fallback. */
  kind: 'vite-preview' | 'static-fallback';
  close(): Promise<void>;
}

/** A free TCP port on 127.0.0.1, asked from the OS (listen on port 0, read it, close). */
export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createNetServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => ok(port));
    });
  });
}

/** Script and modulepreload URLs referenced by dist/index.html, as written there (e.g. ./assets/x.js). */
export function initialScripts(indexHtml: string): string[] {
  const urls = new Set<string>();
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?modulepreload/i.test(tag)) continue;
    const url = /\b(?:src|href)=["']?([^"' >]+)/i.exec(tag)?.[1];
    if (url !== undefined && !/^(https?:)?\/\//i.test(url)) urls.add(url);
  }
  return [...urls];
}

/** Serve DIST_DIR under BASE_PATH: vite preview if it checks out, else the fallback server. */
export async function serveDist(): Promise<Served> {
  const index = join(DIST_DIR, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: run \`npm run build\` first (npm run test:e2e does).`);
  const html = readFileSync(index, 'utf8');
  try {
    const served = await startVitePreview();
    const problem = await checkServes(served.baseUrl, html);
    if (problem === null) return served;
    await served.close();
    console.warn(`[e2e] vite preview does not serve dist under ${BASE_PATH} (${problem}); using node:http instead`);
  } catch (err) {
    console.warn(`[e2e] vite preview failed to start (${String(err)}); using node:http instead`);
  }
  const fallback = await startStaticServer();
  const problem = await checkServes(fallback.baseUrl, html);
  if (problem !== null) {
    await fallback.close();
    throw new Error(`cannot serve ${DIST_DIR} under ${BASE_PATH}: ${problem}`);
  }
  return fallback;
}

/** null when baseUrl returns dist/index.html and its first script as JavaScript; else what is wrong. */
async function checkServes(baseUrl: string, html: string): Promise<string | null> {
  const page = await fetch(baseUrl);
  if (!page.ok) return `GET ${baseUrl} -> ${page.status}`;
  if ((await page.text()) !== html) return `GET ${baseUrl} is not dist/index.html`;
  const script = initialScripts(html)[0];
  if (script === undefined) return null;
  const url = new URL(script, baseUrl);
  const res = await fetch(url);
  const type = res.headers.get('content-type') ?? '';
  if (!res.ok || !/javascript/.test(type)) return `GET ${url.pathname} -> ${res.status} ${type}`;
  return null;
}

async function startVitePreview(): Promise<Served> {
  const port = await freePort();
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const args = ['preview', '--base', BASE_PATH, '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  if (process.env.VIRTLAB_DIST !== undefined) args.push('--outDir', DIST_DIR);
  // detached: the child leads its own process group, so one kill(-pid) ends it and its children.
  const child = spawn(vite, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.on('error', (err) => (log += `\n${err.message}`)); // e.g. ENOENT: no vite in node_modules
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const killOnExit = (): void => killGroup(child, 'SIGKILL');
  process.on('exit', killOnExit); // last resort if the runner dies without teardown
  const close = async (): Promise<void> => {
    process.off('exit', killOnExit);
    await stopGroup(child);
  };
  const baseUrl = `http://127.0.0.1:${port}${BASE_PATH}`;
  try {
    await waitUntilUp(baseUrl, child, () => log);
  } catch (err) {
    await close();
    throw err;
  }
  return { baseUrl, kind: 'vite-preview', close };
}

/** Poll until the server answers (any HTTP status), the child exits, or 20 s pass. */
async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      // not listening yet (or never will be: checked next)
    }
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`vite preview exited: ${log().trim()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within 20 s: ${log().trim()}`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

/** SIGTERM the group, SIGKILL it if it is still there after 3 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
  killGroup(child, 'SIGKILL'); // any grandchild left in the group
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** The fallback: files from DIST_DIR under BASE_PATH, index.html for the bare path, 404 otherwise. */
async function startStaticServer(): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(BASE_PATH)) return void res.writeHead(404).end('outside base path');
    const rel = normalize(path.slice(BASE_PATH.length) || 'index.html');
    const file = join(DIST_DIR, rel);
    if (!file.startsWith(DIST_DIR + sep)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  const port = await freePort();
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const close = (): Promise<void> =>
    new Promise((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    });
  return { baseUrl: `http://127.0.0.1:${port}${BASE_PATH}`, kind: 'static-fallback', close };
}
