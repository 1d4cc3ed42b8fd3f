/**
 * Checkpoints on their own port: heads and states join by number however the two
 * streams interleave, a state is not read (rebuilt) until something reads it, and a lost
 * or extra message costs at most a checkpoint, never a head joined to another's state.
 */
import { describe, expect, it } from 'vitest';
import { CheckpointPairs, isCheckpointHead, splitCheckpoint, type CheckpointHead } from './checkpointPort';
import type { FromWorker } from './messages';

type CheckpointMsg = FromWorker & { type: 'checkpoint' };

/** A port message whose data counts its reads (the browser rebuilds the state on the first). */
function portEvent(data: unknown): { event: MessageEvent; reads: () => number } {
  let reads = 0;
  const event = {
    get data() {
      reads++;
      return data;
    },
  } as unknown as MessageEvent;
  return { event, reads: () => reads };
}

const head = (seq: number): CheckpointHead => ({ type: 'checkpointHead', seq, tick: seq * 1000, logPos: seq, mark: 1 });
const joined = (got: CheckpointMsg[]) => got.map((m) => [m.checkpoint.tick, m.checkpoint.logPos, m.mark]);

describe('checkpoints on their own port', () => {
  it('join heads and states by number, reading a state only when asked', () => {
    const got: CheckpointMsg[] = [];
    const pairs = new CheckpointPairs((m) => got.push(m));
    const a = portEvent({ tick: 1000 });
    const b = portEvent({ tick: 2000 });
    pairs.port(portEvent(1).event);
    pairs.port(a.event);
    pairs.head(head(1));
    pairs.head(head(2));
    expect(got).toHaveLength(1);
    pairs.port(portEvent(2).event);
    pairs.port(b.event);
    expect(joined(got)).toEqual([
      [1000, 1, 1],
      [2000, 2, 1],
    ]);
    expect(a.reads() + b.reads()).toBe(0);
    // A restart copies the checkpoint into its message: that reads the state.
    expect(structuredClone(got[1]?.checkpoint)).toEqual({ tick: 2000, logPos: 2, state: { tick: 2000 } });
    expect(b.reads()).toBe(1);
    expect(a.reads()).toBe(0);
  });

  it('a head whose state never came is dropped, never joined to the next state', () => {
    const got: CheckpointMsg[] = [];
    const pairs = new CheckpointPairs((m) => got.push(m));
    pairs.head(head(1)); // its state was lost
    pairs.head(head(2));
    pairs.port(portEvent(2).event);
    pairs.port(portEvent({ tick: 2000 }).event);
    expect(joined(got)).toEqual([[2000, 2, 1]]);
    // A late state of 1 joins nothing: 1 was dropped when 2 was joined.
    pairs.port(portEvent(1).event);
    pairs.port(portEvent({ tick: 1000 }).event);
    expect(got).toHaveLength(1);
  });

  it('a port stream out of step (a state where a number belongs) is skipped until the next number', () => {
    const got: CheckpointMsg[] = [];
    const pairs = new CheckpointPairs((m) => got.push(m));
    pairs.port(portEvent({ tick: 9000 }).event);
    pairs.head(head(3));
    pairs.port(portEvent(3).event);
    pairs.port(portEvent({ tick: 3000 }).event);
    expect(joined(got)).toEqual([[3000, 3, 1]]);
    expect(structuredClone(got[0]?.checkpoint.state)).toEqual({ tick: 3000 });
  });

  it('split a numbered checkpoint into a head the main thread recognises and the state', () => {
    const { head: h, state } = splitCheckpoint({ type: 'checkpoint', checkpoint: { tick: 5, logPos: 2, state: { tick: 5 } as never }, mark: 3 }, 7);
    expect(h).toEqual({ type: 'checkpointHead', seq: 7, tick: 5, logPos: 2, mark: 3 });
    expect(isCheckpointHead(h)).toBe(true);
    expect(isCheckpointHead({ type: 'snapshot' })).toBe(false);
    expect(state).toEqual({ tick: 5 });
  });
});
