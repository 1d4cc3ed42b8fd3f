/**
 * Checkpoints travel on a port of their own. A checkpoint is the whole engine state (a
 * megabyte and more on a big world), and the main thread keeps it only in case the
 * worker has to be restarted; the browser rebuilds a message's objects when its `data`
 * is first read, so a checkpoint read on arrival would cost the main thread a long task
 * every few seconds. So the worker posts the checkpoint's tick, log position and mark on
 * the main channel and its state on this port, both in order; the main thread pairs them
 * up without reading the state, which is read (rebuilt) only if a restart sends it to a
 * new worker. Where no port is set up (the in-thread loop, tests) checkpoints go whole.
 */
import type { FromWorker } from './messages';

type CheckpointMsg = FromWorker & { type: 'checkpoint' };

/** What the main channel carries of a checkpoint whose state went by the port. */
export interface CheckpointHead {
  type: 'checkpointHead';
  tick: number;
  logPos: number;
  mark: number;
}

/** Worker side: split a checkpoint into its head (for the main channel) and its state (for the port). */
export function splitCheckpoint(msg: CheckpointMsg): { head: CheckpointHead; state: unknown } {
  return { head: { type: 'checkpointHead', tick: msg.checkpoint.tick, logPos: msg.checkpoint.logPos, mark: msg.mark }, state: msg.checkpoint.state };
}

export function isCheckpointHead(data: unknown): data is CheckpointHead {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'checkpointHead';
}

/**
 * Main side: pairs heads and state events (each stream in order) into checkpoint messages
 * whose state is read from its event only when something reads it (a restart's copy).
 */
export class CheckpointPairs {
  private readonly heads: CheckpointHead[] = [];
  private readonly states: MessageEvent[] = [];

  constructor(private readonly deliver: (msg: CheckpointMsg) => void) {}

  head(h: CheckpointHead): void {
    this.heads.push(h);
    this.pair();
  }

  state(e: MessageEvent): void {
    this.states.push(e);
    this.pair();
  }

  private pair(): void {
    for (;;) {
      const h = this.heads[0];
      const e = this.states[0];
      if (h === undefined || e === undefined) return;
      this.heads.shift();
      this.states.shift();
      const checkpoint = {
        tick: h.tick,
        logPos: h.logPos,
        get state() {
          return e.data as CheckpointMsg['checkpoint']['state'];
        },
      };
      this.deliver({ type: 'checkpoint', checkpoint, mark: h.mark });
    }
  }
}
