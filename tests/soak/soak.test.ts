/**
 * A shortened soak for CI: several simulated minutes on the largest preset must leave
 * every history buffer within its cap (checkpoints, events), whatever the run length.
 * The hour-long version with heap figures is `npm run soak`.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_CAP } from '../../src/engine';
import { soak } from './soak';

describe('soak (short)', () => {
  it('keeps history buffers bounded over 5 simulated minutes', { timeout: 120_000 }, () => {
    const r = soak(300_000);
    expect(r.checkpoints).toBeLessThanOrEqual(129);
    expect(r.events).toBeLessThanOrEqual(EVENT_CAP * 2);
    expect(r.ticks).toBe(300_000);
  });
});
