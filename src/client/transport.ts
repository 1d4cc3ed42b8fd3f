/**
 * Transports to the simulation loop: a module Worker (the normal case) or the same
 * loop run in this thread (no Worker support, or the worker keeps dying). Both look
 * the same to simClient.
 */
import { CheckpointPairs, isCheckpointHead, type CheckpointHead } from '../protocol/checkpointPort';
import type { FromWorker, ToWorker } from '../protocol/messages';
import type { SimLoop } from '../worker/loop';
import { takeWorker } from './workerSpawn';

export interface Transport {
  readonly kind: 'worker' | 'in-thread';
  post(msg: ToWorker): void;
  terminate(): void;
}

export interface TransportEvents {
  onMessage(msg: FromWorker): void;
  /** The transport died (worker error); the client decides how to recover. */
  onFailure(reason: string): void;
}

export function createWorkerTransport(ev: TransportEvents): Transport | null {
  const worker = takeWorker();
  if (worker === null) return null;
  // Checkpoints' states arrive on a port of their own and are not read here (checkpointPort.ts).
  const pairs = new CheckpointPairs((m) => ev.onMessage(m));
  const side = new MessageChannel();
  side.port1.onmessage = (e) => pairs.port(e);
  worker.postMessage({ type: 'checkpointPort' } satisfies ToWorker, [side.port2]);
  worker.onmessage = (e: MessageEvent<FromWorker | CheckpointHead>) => {
    const data = e.data;
    if (isCheckpointHead(data)) pairs.head(data);
    else ev.onMessage(data);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    ev.onFailure(e.message || 'worker error');
  };
  worker.onmessageerror = () => ev.onFailure('message error');
  return {
    kind: 'worker',
    post: (msg) => worker.postMessage(msg),
    terminate: () => {
      worker.terminate();
      side.port1.close();
    },
  };
}

/**
 * The same loop in this thread. The loop (and with it the whole engine) is loaded on
 * demand, so it stays out of the first download; messages sent meanwhile are queued.
 */
export function createInThreadTransport(ev: TransportEvents): Transport {
  let alive = true;
  let loop: SimLoop | null = null;
  const queued: ToWorker[] = [];
  const handle = (msg: ToWorker): void => {
    try {
      loop?.handle(msg);
    } catch (e) {
      ev.onFailure(e instanceof Error ? e.message : String(e));
    }
  };
  void import('../worker/loop').then(({ SimLoop: Loop }) => {
    if (!alive) return;
    loop = new Loop({
      post: (msg) => {
        if (alive) queueMicrotask(() => alive && ev.onMessage(msg));
      },
      now: () => performance.now(),
      schedule: (fn, ms) => {
        setTimeout(() => alive && fn(), ms);
      },
    });
    for (const msg of queued.splice(0)) handle(msg);
  });
  return {
    kind: 'in-thread',
    post: (msg) => {
      if (!alive) return;
      if (loop === null) queued.push(msg);
      else handle(msg);
    },
    terminate: () => {
      alive = false;
    },
  };
}
