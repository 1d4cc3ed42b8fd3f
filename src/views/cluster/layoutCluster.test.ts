/**
 * The Cluster lens layout: host cards from a live-migration snapshot (the migrating VM
 * marked), the page grid's geometry and counts, the stop-and-copy threshold in pages
 * and the per-round bar chart.
 */
import { describe, expect, it, vi } from 'vitest';
import { applyCommand, createSim, GRID_PAGES, presets, step, toSnapshot } from '../../engine';
import { arrivalNow, cellRect, gridGeometry, hostCards, LOAD_SPAN_MS, loadLines, loadSeries, nextScriptedMove, pageCounts, roundBars, stopThresholdPages } from './layoutCluster';

// These build real snapshots by running the engine; allow for a busy shared machine.
vi.setConfig({ testTimeout: 30_000 });

describe('layoutCluster', () => {
  it('marks the migrating VM on its host card and counts the grid', () => {
    const snap = toSnapshot(step(createSim(presets['live-migration']), 6000));
    const cards = hostCards(snap);
    expect(cards.map((c) => c.id)).toEqual(['host-1', 'host-2']);
    expect(cards[0]?.vms.find((v) => v.id === 'web-vm')?.migrating).toBe('out');
    const n = pageCounts(snap.fleet.pages);
    expect(n.pending + n.copied + n.dirty).toBe(GRID_PAGES);
    expect(n.copied).toBeGreaterThan(0);
  });

  it('a migrated VM arrives with its memory resident: the figures are the memory model\'s pages on its new host', () => {
    let st = createSim(presets['live-migration']);
    while (st.cluster.migration?.phase !== 'stopcopy') st = step(st, 10);
    const before = toSnapshot(st);
    const v = before.topology.vms.findIndex((vm) => vm.id === 'web-vm');
    const had = before.memory.vms[v]!.counts;
    const pageMiB = before.memory.hosts[0]!.pageMiB;
    while (st.cluster.migration !== null) st = step(st, 1);
    const snap = toSnapshot(st);
    const last = snap.fleet.cl.history.at(-1)!;
    expect(last.to).toBe('host-2');
    const c = snap.memory.vms[v]!.counts;
    const a = arrivalNow(snap, last)!;
    // What it had in RAM on host-1 is in host-2's RAM: not rebuilt cold.
    expect(a.residentMiB).toBe((had.resident + had.shared) * pageMiB);
    expect(a.residentMiB).toBe((c.resident + c.shared) * snap.memory.hosts[1]!.pageMiB);
    expect(a.residentMiB).toBeGreaterThan(a.memoryMiB / 2);
    expect(a.memoryMiB).toBe(4096);
    expect(a.residentMiB + a.untouchedMiB + a.elsewhereMiB).toBe(a.memoryMiB);
    // Stopped, it has no memory on host-2 to speak of: no sentence.
    const r = applyCommand(st, { type: 'stopVm', vm: 'web-vm' });
    if (!r.ok) throw new Error(r.reason.key);
    expect(arrivalNow(toSnapshot(r.state), last)).toBeNull();
  });

  it('after a stop and a start on its destination, the VM is no longer said to have arrived resident (its memory was rebuilt)', () => {
    let st = createSim(presets['live-migration']);
    while (st.cluster.history.length === 0) st = step(st, 10);
    st = step(st, 2000);
    // Kept running there: still the copy's memory.
    expect(st.cluster.history[0]?.leftAt).toBeUndefined();
    expect(arrivalNow(toSnapshot(st), st.cluster.history[0]!)).not.toBeNull();
    const before = toSnapshot(st);
    const stopped = applyCommand(st, { type: 'stopVm', vm: 'web-vm' });
    if (!stopped.ok) throw new Error(stopped.reason.key);
    st = step(stopped.state, 100);
    const started = applyCommand(st, { type: 'startVm', vm: 'web-vm' });
    if (!started.ok) throw new Error(started.reason.key);
    st = step(started.state, 30_000);
    const snap = toSnapshot(st);
    const v = snap.topology.vms.findIndex((vm) => vm.id === 'web-vm');
    expect(snap.vms.power[v]).toBe(before.vms.power[v]);
    const last = snap.fleet.cl.history[0]!;
    expect(last.leftAt).toBeGreaterThan(0);
    expect(arrivalNow(snap, last)).toBeNull();
    // The earlier snapshot still says what was true then.
    expect(before.fleet.cl.history[0]?.leftAt).toBeUndefined();
  });

  it('grid cells are square, at least 6 px, and tile without gaps', () => {
    const g = gridGeometry(400);
    expect(g.cell).toBe(12);
    expect(g.rows * g.cols).toBe(GRID_PAGES);
    expect(cellRect(g, 33)).toEqual({ x: 12, y: 12, s: 12 });
    expect(gridGeometry(50).cell).toBe(6);
  });

  it('stop-and-copy threshold: pages that fit in the downtime after the switchover', () => {
    // (50 - 3) ms at 1250 MiB/s = 58.75 MiB = 14 pages of 4 MiB.
    expect(stopThresholdPages(1250, 50, 4)).toBe(14);
  });

  it('bars grow with the dirty set, and the threshold line sits at its height', () => {
    const rounds = [
      { round: 0, sentPages: 1024, dirtiedPages: 120, ms: 3000, throttlePct: 0 },
      { round: 1, sentPages: 120, dirtiedPages: 12, ms: 300, throttlePct: 0 },
    ];
    const { bars, thresholdY } = roundBars(rounds, 200, 100, 14);
    expect(bars[0]?.h).toBeCloseTo(100, 5);
    expect(bars[1]?.h).toBeCloseTo(10, 5);
    expect(thresholdY).toBeCloseTo(100 - (14 / 120) * 100, 5);
  });

  it('load lines span the chart and put 100 % where it belongs; DRS narrows the spread over time', () => {
    const { lines, y100 } = loadLines([{ tick: 0, cpuPct: [200, 0] }, { tick: 500, cpuPct: [100, 50] }], 100, 50, 11, { top: 0, bottom: 0 }, 500);
    expect(lines[0]?.path).toBe('M0.0,0.0L100.0,25.0');
    expect(y100).toBe(25);
    const snap = toSnapshot(step(createSim(presets['drs-balance']), 20_000));
    const h = snap.fleet.cl.loadHistory;
    const spread = (p: number[]) => Math.max(...p) - Math.min(...p);
    expect(spread(h.at(-1)?.cpuPct ?? [])).toBeLessThan(spread(h.find((x) => x.tick === 4000)?.cpuPct ?? []));
  });

  it('the load chart spans the last 30 s, ending now: 3 s of samples take the right tenth, not the whole width', () => {
    expect(LOAD_SPAN_MS).toBe(30_000);
    const early = loadLines(loadSeries(toSnapshot(step(createSim(presets['drs-balance']), 3000))), 300, 50);
    const startX = (path: string): number => Number(/^M([\d.]+),/.exec(path)?.[1]);
    for (const l of early.lines) {
      expect(startX(l.path)).toBeGreaterThanOrEqual(270);
      expect(l.endX).toBe(300);
    }
    const later = loadLines(loadSeries(toSnapshot(step(createSim(presets['drs-balance']), 45_000))), 300, 50);
    for (const l of later.lines) {
      expect(startX(l.path)).toBeLessThan(6);
      expect(l.endX).toBe(300);
    }
  });

  it('the load chart ends on the numbers the host bars print, between two samples too', () => {
    for (const [preset, tick] of [['live-migration', 2000], ['drs-balance', 3000], ['drs-balance', 4250]] as const) {
      const snap = toSnapshot(step(createSim(presets[preset]), tick));
      const ends = loadLines(loadSeries(snap), 100, 50).lines.map((l) => l.last);
      expect(ends, `${preset} @${tick}`).toEqual(hostCards(snap).map((c) => c.cpuPct));
      expect(loadSeries(snap).at(-1)?.tick).toBe(snap.tick);
    }
  });
});

describe('nextScriptedMove', () => {
  it('finds the first migration the scenario schedules after the tick, by the names drawn', () => {
    const snap = { topology: { vms: [{ id: 'web-vm', name: 'web' }], hosts: [{ id: 'host-2', name: 'esx-2' }] } } as unknown as Parameters<typeof nextScriptedMove>[2];
    const scenario = {
      events: [
        { at: 16000, command: { type: 'migrateVm', vm: 'db-vm', host: 'host-2' } },
        { at: 5000, command: { type: 'migrateVm', vm: 'web-vm', host: 'host-2' } },
        { at: 3000, command: { type: 'stopVm', vm: 'web-vm' } },
      ],
    } as unknown as Parameters<typeof nextScriptedMove>[0];
    expect(nextScriptedMove(scenario, 0, snap)).toEqual({ vm: 'web', to: 'esx-2', at: 5000 });
    expect(nextScriptedMove(scenario, 5000, snap)).toEqual({ vm: 'db-vm', to: 'esx-2', at: 16000 });
    expect(nextScriptedMove(scenario, 16000, snap)).toBeNull();
    expect(nextScriptedMove(null, 0, snap)).toBeNull();
  });
});
