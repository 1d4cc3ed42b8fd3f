/**
 * Checkpoints on their own port: heads and states pair up in order however they
 * interleave, and a state is not read (rebuilt) until something reads it.
 */
import { describe, expect, it } from 'vitest';
import { CheckpointPairs, isCheckpointHead, splitCheckpoint, type CheckpointHead } from './checkpointPort';
import type { FromWorker } from './messages';

type CheckpointMsg = FromWorker & { type: 'checkpoint' };

function stateEvent(state: unknown): { event: MessageEvent; reads: () => number } {
  let reads = 0;
  const event = {
    get data() {
      reads++;
      return state;
    },
  } as unknown as MessageEvent;
  return { event, reads: () => reads };
}

const head = (tick: number): CheckpointHead => ({ type: 'checkpointHead', tick, logPos: tick / 1000, mark: 1 });

describe('checkpoints on their own port', () => {
  it('pair heads and states in order, reading a state only when asked', () => {
    const got: CheckpointMsg[] = [];
    const pairs = new CheckpointPairs((m) => got.push(m));
    const a = stateEvent({ tick: 1000 });
    const b = stateEvent({ tick: 2000 });
    pairs.state(a.event);
    pairs.head(head(1000));
    pairs.head(head(2000));
    expect(got).toHaveLength(1);
    pairs.state(b.event);
    expect(got.map((m) => [m.checkpoint.tick, m.checkpoint.logPos, m.mark])).toEqual([
      [1000, 1, 1],
      [2000, 2, 1],
    ]);
    expect(a.reads() + b.reads()).toBe(0);
    // A restart copies the checkpoint into its message: that reads the state.
    expect(structuredClone(got[1]?.checkpoint)).toEqual({ tick: 2000, logPos: 2, state: { tick: 2000 } });
    expect(b.reads()).toBe(1);
    expect(a.reads()).toBe(0);
  });

  it('split a checkpoint into a head the main thread recognises and the state', () => {
    const { head: h, state } = splitCheckpoint({ type: 'checkpoint', checkpoint: { tick: 5, logPos: 2, state: { tick: 5 } as never }, mark: 3 });
    expect(h).toEqual({ type: 'checkpointHead', tick: 5, logPos: 2, mark: 3 });
    expect(isCheckpointHead(h)).toBe(true);
    expect(isCheckpointHead({ type: 'snapshot' })).toBe(false);
    expect(state).toEqual({ tick: 5 });
  });
});
