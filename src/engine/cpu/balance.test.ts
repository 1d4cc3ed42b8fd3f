/**
 * The periodic balancer evens out the per-pCPU run queues: if every waiting vCPU sits in
 * pCPU 0's queue, one pass spreads them so no two queues differ by two or more, and each
 * move counts as a migration; pinned vCPUs stay where they are.
 */
import { describe, expect, it } from 'vitest';
import { cloneState, createSim, presets, step } from '../index';
import { queueContents } from '../kernel/queues';
import { balanceHost } from './balance';

/** cpu-overcommit after boot, at the first tick from 5 s on where at least two vCPUs wait on host 0. */
function crowded() {
  let st = step(createSim(presets['cpu-overcommit']), 5000);
  while (queueContents(st, 0).length < 2 && st.tick < 10_000) st = step(st, 1);
  const out = cloneState(st);
  out.tick = Math.ceil((out.tick + 1) / 4) * 4; // a balancing tick
  return out;
}

describe('balanceHost', () => {
  it('spreads a lopsided set of run queues and counts the migrations', () => {
    const st = crowded();
    const waiting = queueContents(st, 0);
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    for (const e of waiting) st.cpu.home[e] = 0;
    const before = st.cpu.migrationsTotal;
    balanceHost(st, 0);
    const counts = [0, 1, 2, 3].map((p) => waiting.filter((e) => st.cpu.home[e] === p).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThan(2);
    expect(st.cpu.migrationsTotal - before).toBe(waiting.length - (counts[0] ?? 0));
  });

  it('leaves pinned vCPUs in their queue', () => {
    const st = crowded();
    const waiting = queueContents(st, 0);
    for (const e of waiting) {
      st.cpu.home[e] = 0;
      st.cpu.pin[e] = 0;
    }
    balanceHost(st, 0);
    expect(waiting.every((e) => st.cpu.home[e] === 0)).toBe(true);
  });
});
