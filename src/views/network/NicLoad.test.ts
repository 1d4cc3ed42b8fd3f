/**
 * The NIC load drawing's rules: the colour of a wire by its utilisation and drops, and its
 * halo's width (none when idle, widest when full).
 */
import { describe, expect, it } from 'vitest';
import { loadToken, loadWidth, longestQueue, nicRow, QUEUE_BOUND_MIB } from './NicLoad';
import { t } from '../../i18n';
import { kibPerDot } from './LinkChart';
import { BURST_KIB, createSim, presets, step, toSnapshot } from '../../engine';

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

describe('NIC queue figures', () => {
  it('shows the queueing delay the shown queue makes (queue / speed), and names the longest queue', () => {
    // live-migration at 18 s: db-vm's copy (1250 MiB/s) and its 500 MiB/s backup overfill host-1's transmit queue.
    const snap = toSnapshot(step(createSim(presets['live-migration']), 18_000));
    const rows = Array.from(snap.net.nics.capMiBps, (_, i) => nicRow(snap.net.nics, i));
    const tx = rows[0]!;
    expect(tx.queue).toBe(QUEUE_BOUND_MIB);
    expect(QUEUE_BOUND_MIB).toBe(1.43);
    expect(tx.delayMs).toBe(1.14);
    expect(longestQueue(rows)).toBe(0);
    expect(rows.slice(1).every((r) => r.queue < tx.queue)).toBe(true);
    const params = { host: 'host-1', dir: 'sending (out)', queue: tx.queue, cap: 1250, ms: tx.delayMs, dropped: tx.droppedMiB, bound: QUEUE_BOUND_MIB, packets: 1000, bytes: 1500 };
    expect(t('en', 'network.nic.queueNow', params)).toContain('1.43\u00a0MiB ÷ 1250\u00a0MiB/s = 1.14\u00a0ms');
    expect(t('ko', 'network.nic.queueNow', params)).toContain('1.43\u00a0MiB ÷ 1250\u00a0MiB/s = 1.14\u00a0ms');
    expect(longestQueue(rows.map((r) => ({ ...r, queue: 0 })))).toBe(-1);
  });
});
