/**
 * The memory lens's "waiting on memory" line prices a swap-in as the engine does: one
 * read per 4 KiB of the page at the VM's storage latency now (the snapshot's
 * storage.vmLatencyMs), not a fixed local-SSD read.
 */
import { describe, expect, it, vi } from 'vitest';
import { createSim, presets, REF_IO_MS, step, toSnapshot } from '../../engine';
import { t } from '../../i18n';
import { stallParams } from './stall';

vi.setConfig({ testTimeout: 30_000 });

describe('stallParams', () => {
  it('memory-overcommit at 30 s: web stalls, and a swap-in of its 2 MiB page is 512 reads at its latency now', () => {
    const snap = toSnapshot(step(createSim(presets['memory-overcommit']), 30_000));
    const v = snap.topology.vms.findIndex((vm) => vm.id === 'web');
    const c = snap.memory.vms[v]!.c;
    const pageMiB = snap.memory.hosts[0]!.pageMiB;
    const lat = snap.storage.vmLatencyMs[v]!;
    expect(c.stallMs).toBeGreaterThan(0);
    expect(lat).toBeGreaterThan(REF_IO_MS); // its local disk queues: slower than an idle SSD's read
    const p = stallParams(c, pageMiB, lat);
    expect(p.read).toBe(Math.round(lat * 100) / 100);
    expect(p.ms).toBe(Math.round(pageMiB * 256 * p.read));
    const line = t('en', 'memory.stall', p);
    expect(line).toContain(`about ${p.ms}\u00a0ms at ${p.read}\u00a0ms a read, this VM’s storage latency now`);
    expect(line).toContain(`${p.s}\u00a0s of vCPU time lost`);
  });

  it('before the VM has a latency, a local SSD read (REF_IO_MS)', () => {
    expect(stallParams({ stallMs: 1500, swapIns: 3, decompressions: 0, blockedStalls: 0 }, 4, 0)).toEqual({ s: '1.5', si: 3, dec: 0, blk: 0, ms: Math.round(4 * 256 * REF_IO_MS), read: REF_IO_MS, mib: 4 });
  });
});
