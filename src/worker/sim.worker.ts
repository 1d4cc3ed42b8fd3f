/**
 * The simulation worker: thin on purpose. It decodes messages, drives the loop and
 * posts what the loop produces. Everything else lives in loop.ts so the same code can
 * run in-thread when no Worker is available. Checkpoints go back in two parts, the
 * state on a port of its own, once the main thread has sent one (checkpointPort.ts).
 */
import { splitCheckpoint } from '../protocol/checkpointPort';
import type { FromWorker, ToWorker } from '../protocol/messages';
import { SimLoop } from './loop';

interface WorkerScope {
  postMessage(msg: FromWorker, transfer: Transferable[]): void;
  onmessage: ((ev: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
let checkpoints: MessagePort | null = null;
let checkpointSeq = 0;
const loop = new SimLoop({
  post: (msg, transfer) => {
    if (msg.type !== 'checkpoint' || checkpoints === null) return scope.postMessage(msg, transfer);
    checkpointSeq += 1;
    const { head, state } = splitCheckpoint(msg, checkpointSeq);
    (scope.postMessage as (m: unknown, t: Transferable[]) => void)(head, []);
    // Its number first, then the state: the main thread reads the number and joins the state to the head by it.
    checkpoints.postMessage(checkpointSeq);
    checkpoints.postMessage(state);
  },
  now: () => performance.now(),
  schedule: (fn, ms) => void setTimeout(fn, ms),
});

scope.onmessage = (ev) => {
  try {
    if (ev.data.type === 'checkpointPort') checkpoints = ev.ports[0] ?? null;
    loop.handle(ev.data);
  } catch (e) {
    scope.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) }, []);
  }
};
