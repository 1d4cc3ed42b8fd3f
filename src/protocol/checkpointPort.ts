/**
 * Checkpoints travel on a port of their own. A checkpoint is the whole engine state (a
 * megabyte and more on a big world), and the main thread keeps it only in case the
 * worker has to be restarted; the browser rebuilds a message's objects when its `data`
 * is first read, so a checkpoint read on arrival would cost the main thread a long task
 * every few seconds. So the worker posts the checkpoint's head (its number, tick, log
 * position and mark) on the main channel, and on the port its number and then its state
 * as two messages. The main thread joins a head and a state only by their number, without
 * reading the state, which is read (rebuilt) only if a restart sends it to a new worker.
 * A head or a state whose partner never comes is dropped once a newer pair is joined, so
 * a lost message can cost a checkpoint but never join one world's head to another's state.
 * Where no port is set up (the in-thread loop, tests) checkpoints go whole.
 */
import type { FromWorker } from './messages';

type CheckpointMsg = FromWorker & { type: 'checkpoint' };

/** What the main channel carries of a checkpoint whose state went by the port. */
export interface CheckpointHead {
  type: 'checkpointHead';
  /** The checkpoint's number (rising, per worker): its state on the port follows the same number. */
  seq: number;
  tick: number;
  logPos: number;
  mark: number;
}

/** Worker side: number a checkpoint and split it into its head (for the main channel) and its state (for the port). */
export function splitCheckpoint(msg: CheckpointMsg, seq: number): { head: CheckpointHead; state: unknown } {
  return { head: { type: 'checkpointHead', seq, tick: msg.checkpoint.tick, logPos: msg.checkpoint.logPos, mark: msg.mark }, state: msg.checkpoint.state };
}

export function isCheckpointHead(data: unknown): data is CheckpointHead {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'checkpointHead';
}

/**
 * Main side: joins heads and states by number into checkpoint messages whose state is
 * read from its event only when something reads it (a restart's copy).
 */
export class CheckpointPairs {
  private readonly heads = new Map<number, CheckpointHead>();
  private readonly states = new Map<number, MessageEvent>();
  /** The number just read on the port, whose state is the port's next message; null when a number comes next. */
  private stateOf: number | null = null;

  constructor(private readonly deliver: (msg: CheckpointMsg) => void) {}

  head(h: CheckpointHead): void {
    this.heads.set(h.seq, h);
    this.join(h.seq);
  }

  /** A message on the port: a checkpoint's number, or the state that follows it. */
  port(e: MessageEvent): void {
    const seq = this.stateOf;
    if (seq === null) {
      const n: unknown = e.data;
      // A number is cheap to read; anything else means the stream is out of step: drop it and wait for a number.
      if (typeof n === 'number') this.stateOf = n;
      return;
    }
    this.stateOf = null;
    this.states.set(seq, e);
    this.join(seq);
  }

  private join(seq: number): void {
    const h = this.heads.get(seq);
    const e = this.states.get(seq);
    if (h === undefined || e === undefined) return;
    for (const k of this.heads.keys()) if (k <= seq) this.heads.delete(k);
    for (const k of this.states.keys()) if (k <= seq) this.states.delete(k);
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
