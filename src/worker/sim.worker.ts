/**
 * The simulation worker: thin on purpose. It decodes messages, drives the loop and
 * posts what the loop produces. Everything else lives in loop.ts so the same code can
 * run in-thread when no Worker is available.
 */
import type { FromWorker, ToWorker } from '../protocol/messages';
import { SimLoop } from './loop';

interface WorkerScope {
  postMessage(msg: FromWorker, transfer: Transferable[]): void;
  onmessage: ((ev: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const loop = new SimLoop({
  post: (msg, transfer) => scope.postMessage(msg, transfer),
  now: () => performance.now(),
  schedule: (fn, ms) => void setTimeout(fn, ms),
});

scope.onmessage = (ev) => {
  try {
    loop.handle(ev.data);
  } catch (e) {
    scope.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) }, []);
  }
};
