/**
 * Every storage command, in random order and at random times on the storage presets:
 * the invariants hold after each command and each step, a rejected command leaves the
 * state exactly as it was, and replaying the accepted commands as scripted events gives
 * the same digest (so step-back and share links stay exact).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, checkInvariants, createSim, presets, scenarioSchema, snapshotDigest, step, toSnapshot, type CommandInput, type SimState } from '../index';
import { STORAGE_PRESETS as PRESETS, storageCommandArb as cmdArb } from '../testing';

describe('storage commands at random', () => {
  it('keep the invariants, leave rejected states untouched, and replay to the same digest', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESETS), fc.array(fc.tuple(fc.integer({ min: 0, max: 800 }), cmdArb), { maxLength: 10 }), (id, plan) => {
        let st: SimState = createSim({ ...presets[id], events: [] });
        const accepted: { at: number; command: CommandInput }[] = [];
        for (const [gap, cmd] of plan) {
          st = step(st, gap);
          expect(checkInvariants(st)).toEqual([]);
          const r = applyCommand(st, cmd);
          if (r.ok) accepted.push({ at: r.state.tick, command: cmd });
          else expect(r.state).toBe(st);
          st = r.state;
          expect(checkInvariants(st)).toEqual([]);
        }
        st = step(st, 2000);
        expect(checkInvariants(st)).toEqual([]);
        const scripted = step(createSim(scenarioSchema.parse({ ...presets[id], events: accepted })), st.tick);
        expect(snapshotDigest(toSnapshot(scripted))).toBe(snapshotDigest(toSnapshot(st)));
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
