/**
 * The NIC load drawing's rules: the colour of a wire by its utilisation and drops, and its
 * halo's width (none when idle, widest when full).
 */
import { describe, expect, it } from 'vitest';
import { loadToken, loadWidth } from './NicLoad';
import { kibPerDot } from './LinkChart';
import { BURST_KIB, createSim, presets, toSnapshot } from '../../engine';

describe('NIC load', () => {
  it('is calm below 70 %, busy from 70 %, full at 99 % or when the queue drops', () => {
    expect(loadToken(10, false)).toBe('ok');
    expect(loadToken(70, false)).toBe('warn');
    expect(loadToken(99, false)).toBe('danger');
    expect(loadToken(20, true)).toBe('danger');
  });

  it('draws no halo on an idle wire and a wider one the busier it is', () => {
    expect(loadWidth(0)).toBe(0);
    expect(loadWidth(50)).toBeLessThan(loadWidth(100));
    expect(loadWidth(150)).toBe(loadWidth(100));
  });

  it('charts a backup stream by what it carries per dot, not by its protocol\'s burst size', () => {
    const snap = toSnapshot(createSim(presets['live-migration']));
    const g = snap.net.graph;
    const backup = g.flows.find((f) => f.id === 'offsite-backup');
    const wire = backup?.route.links.find((l) => g.links[l]?.kind === 'wire') ?? -1;
    const kib = kibPerDot(g, wire);
    expect(kib[backup?.protocol ?? 0]).toBeCloseTo((500 * 1024) / 12);
    expect(kib[0]).toBe(BURST_KIB.http);
  });
});
