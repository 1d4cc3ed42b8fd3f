/**
 * Where the simulation worker is created, and the one worker the entry starts early. The
 * entry (main.tsx) calls `startWorkerEarly` before anything else, so the browser fetches
 * and compiles the worker's code (about 340 KB, the engine and the presets) while the main
 * thread loads the app, its words and the URL parameters; the first transport then takes
 * that worker instead of starting one a second later. A worker started early waits: it
 * does nothing until its first message. Restarts always start a new worker.
 */

let early: { worker: Worker; failed: string | null } | null = null;

/** A new simulation worker, or null when this browser cannot create one. */
export function spawnWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    // Written inline: Vite only bundles the worker when `new URL` sits inside the call.
    return new Worker(new URL('../worker/sim.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** Start the worker now; a failure before the transport takes it (its script not loading) is kept for the transport. */
export function startWorkerEarly(): void {
  if (early !== null) return;
  const worker = spawnWorker();
  if (worker === null) return;
  const held = { worker, failed: null as string | null };
  worker.onerror = (e) => {
    e.preventDefault();
    held.failed = e.message || 'worker error';
  };
  early = held;
}

/**
 * The worker started early (once, and only if it has not failed), else a new one. A worker
 * that failed before it was taken is terminated and replaced by a new one.
 */
export function takeWorker(): Worker | null {
  const held = early;
  early = null;
  if (held !== null) {
    held.worker.onerror = null;
    if (held.failed === null) return held.worker;
    held.worker.terminate();
  }
  return spawnWorker();
}
