/**
 * The CPU lens's pure geometry and numbers: Gantt rows grouped by core (siblings
 * adjacent), hit testing of slices, run queues per pCPU, the sliding-window shares
 * from the engine's history, the overcommit ratio, and the Practice generator.
 */
import { describe, expect, it } from 'vitest';
import { advanceTick, cloneState, createSim, ENT, parseScenario, presets, scheduleJobs, scheduleMLFQ, step, toSnapshot } from '../../engine';
import { READY_WARN } from './VmTable';
import { ganttLayout, grownRowH, hitSlice, openSlices, overcommit, pcpuQueues, PINNED_SHARE, pinnedLabels, ROW_H_MAX, snapshotSlices, stealSeries, vmShares } from './layoutCpu';
import { boostSeen, grade, makeProblem, PRACTICE_KINDS } from './practice';
import { emptyHistory, mergeSlices } from './sliceHistory';

const snapAt = (id: keyof typeof presets, ticks: number) => toSnapshot(step(createSim(presets[id]), ticks));

describe('ganttLayout', () => {
  it('has one row per pCPU, siblings adjacent, a gap between cores', () => {
    const host = snapAt('cpu-overcommit', 0).topology.hosts[0]!;
    const l = ganttLayout(host, 800);
    expect(l.rows.map((r) => [r.core, r.thread])).toEqual([[0, 0], [0, 1], [1, 0], [1, 1]]);
    expect(l.rows[1]!.y).toBe(l.rows[0]!.y + l.rows[0]!.h);
    expect(l.rows[2]!.y).toBeGreaterThan(l.rows[1]!.y + l.rows[1]!.h);
    expect(l.cores).toHaveLength(2);
    expect(l.plotX + l.plotW).toBeLessThanOrEqual(800);
  });

  it('keeps the row labels at the frame\'s left edge when the chart is panned sideways, at any zoom, never over 40 % of a frame', () => {
    const l = ganttLayout(snapAt('cpu-overcommit', 0).topology.hosts[0]!, 800, undefined, 140);
    // Not panned (the chart's left edge at or right of the frame's): the labels are the chart's own.
    expect(pinnedLabels(l, 100, 100, 1, 900)).toEqual({ x: 0, k: 1 });
    expect(pinnedLabels(l, 100, 130, 2, 900)).toEqual({ x: 0, k: 1 });
    for (const frameW of [330, 900]) {
      for (const zoom of [1, 1.25, 1.953, 4]) {
        let last = Infinity;
        // Panned by p screen pixels: the column moves p / zoom of the chart's own pixels, so on screen it sits at the frame's edge.
        for (let p = 0; p <= 3000; p += 25) {
          const { x, k } = pinnedLabels(l, 100, 100 - p, zoom, frameW);
          const w = l.plotX * k * zoom;
          if (x < l.width - l.plotX) expect(100 - p + x * zoom).toBeCloseTo(100, 6);
          // Never past the chart's end, never over the slices it leaves room for, never smaller than at 100 %.
          expect(x + l.plotX * k).toBeLessThanOrEqual(l.width + 1e-9);
          expect(w).toBeGreaterThanOrEqual(Math.min(l.plotX * zoom, l.plotX) - 1e-9);
          expect(w).toBeLessThanOrEqual(Math.max(l.plotX * zoom - p, l.plotX, PINNED_SHARE * frameW) + 1e-9);
          // It narrows as the pan goes on, never widens back.
          expect(w).toBeLessThanOrEqual(last + 1e-9);
          last = w;
        }
      }
    }
    // Panned well into a deep zoom on a phone: the column is its 100 % size, at the frame's edge.
    const deep = pinnedLabels(l, 100, 100 - 600, 1.953, 330);
    expect(l.plotX * deep.k * 1.953).toBeCloseTo(l.plotX, 6);
    // On a wide frame the column keeps the chart's zoom (a frozen column as big as the rows it names).
    expect(pinnedLabels(l, 100, 100 - 600, 1.953, 900).k).toBe(1);
  });

  it('gives hosts of more than 8 pCPUs rows tall enough for 14 px labels, and a label column as wide as asked', () => {
    const host = snapAt('datacenter-32', 0).topology.hosts[0]!;
    expect(host.pcpuCount).toBeGreaterThan(8);
    const l = ganttLayout(host, 800, undefined, 150);
    expect(l.rows.every((r) => r.h >= 24)).toBe(true);
    expect(l.plotX).toBeGreaterThan(150);
  });

  it('grows its rows into the room its frame gives it, up to ROW_H_MAX, never below its own rows nor taller than the room or 3/4 of its width', () => {
    const host = snapAt('cpu-overcommit', 0).topology.hosts[0]!;
    expect(grownRowH(host, 800, null, 30)).toBe(30);
    // Little room (a phone's, a short window): the rows keep their height, the frame scrolls.
    expect(grownRowH(host, 800, 100, 30)).toBe(30);
    for (const room of [200, 330, 450]) {
      const h = grownRowH(host, 800, room, 30);
      expect(h).toBeGreaterThan(30);
      const l = ganttLayout(host, 800, h);
      expect(l.height).toBeLessThanOrEqual(room);
      expect(ganttLayout(host, 800, h + 1).height).toBeGreaterThan(room);
    }
    // A big screen: capped, so two or four rows stay a chart.
    expect(grownRowH(host, 1600, 900, 30)).toBe(ROW_H_MAX);
    // A narrow chart does not turn into a tower.
    expect(ganttLayout(host, 340, grownRowH(host, 340, 600, 30)).height).toBeLessThanOrEqual(0.75 * 340);
  });
});

describe('slices', () => {
  it('hit testing finds the slice drawn under a point, and nothing left of the plot', () => {
    const snap = snapAt('cpu-overcommit', 6000);
    const layout = ganttLayout(snap.topology.hosts[0]!, 1000);
    const slices = [...snapshotSlices(snap), ...openSlices(snap)];
    const open = openSlices(snap)[0]!;
    const row = layout.rows.find((r) => r.pcpu === open.pcpu)!;
    const x = layout.plotX + layout.plotW - 1;
    expect(hitSlice(layout, slices, snap.tick + 1, 500, x, row.y + 5)?.ent).toBe(open.ent);
    expect(hitSlice(layout, slices, snap.tick + 1, 500, 5, row.y + 5)).toBeNull();
  });

  it('the lens history appends by slice number and starts over when time goes back', () => {
    const st = cloneState(createSim(presets['cpu-overcommit']));
    const h = emptyHistory();
    for (let i = 0; i < 30; i++) {
      for (let k = 0; k < 200; k++) advanceTick(st);
      mergeSlices(h, toSnapshot(st));
    }
    expect(h.slices.length).toBe(st.cpu.log.n); // nothing lost, nothing twice
    expect(new Set(h.slices.map((s) => s.n)).size).toBe(h.slices.length);
    mergeSlices(h, toSnapshot(step(createSim(presets['cpu-overcommit']), 100)));
    expect(h.slices.every((s) => s.end <= 101)).toBe(true);
  });
});

describe('queues, shares, overcommit', () => {
  it('every ready entity of the host sits in exactly one pCPU queue', () => {
    const snap = snapAt('cpu-overcommit', 7000);
    const queued = pcpuQueues(snap, 0).flatMap((q) => q.queue);
    const ready = [...snap.ent.state.keys()].filter((e) => snap.ent.state[e] === ENT.ready);
    expect(queued.toSorted()).toEqual(ready.toSorted());
  });

  it('shares per VM add up to about 100 % and overcommit is 8 vCPUs on 4 pCPUs', () => {
    const snap = snapAt('cpu-overcommit', 9000);
    const sh = vmShares(snap, 0)!;
    expect(sh.run + sh.ready + sh.costop + sh.mlmtd + sh.wait).toBeGreaterThan(97);
    expect(sh.run + sh.ready + sh.costop + sh.mlmtd + sh.wait).toBeLessThan(103);
    expect(overcommit(snap, 0)).toEqual({ vcpus: 8, pcpus: 4, ratio: 2 });
    expect(stealSeries(snap, 0)[0]!.points).toHaveLength(89); // samples at ticks 100, 200 ... 8900
  });

  it('a capped VM alone on an idle host shows its cap as %MLMTD and stays under the 5 % ready warning', () => {
    const r = parseScenario({ ...presets['smp-costop'], vms: [{ id: 'c', name: 'c', host: 'host-1', vcpus: 1, capPct: 50, memoryMiB: 1024, workload: 'cpu-bound' }] });
    if (!r.ok) throw new Error('scenario');
    const sh = vmShares(toSnapshot(step(createSim(r.scenario), 5000)), 0)!;
    expect(sh.ready).toBeLessThan(READY_WARN);
    expect(sh.mlmtd).toBeGreaterThan(40);
    expect(sh.run + sh.ready + sh.costop + sh.mlmtd + sh.wait).toBeGreaterThan(97);
  });

  it('hypervisor overhead is part of %RUN: dearer under binary translation than under paravirtualization', () => {
    const snap = snapAt('bt-vs-para-vs-hw', 10_000);
    const vm = (id: string) => snap.topology.vms.findIndex((v) => v.id === id);
    const bt = vmShares(snap, vm('bt-db'))!;
    const para = vmShares(snap, vm('para-db'))!;
    expect(bt.ovh).toBeGreaterThan(0);
    expect(bt.ovh).toBeGreaterThan(2 * para.ovh);
    expect(bt.ovh).toBeLessThanOrEqual(bt.run);
    expect(para.ovh).toBeGreaterThan(0);
  });

  it('steal rises when the noisy neighbour arrives', () => {
    const before = snapAt('noisy-neighbor', 6000);
    const after = snapAt('noisy-neighbor', 14_000);
    const steal = (s: typeof before) => { const x = vmShares(s, 0, 20)!; return x.ready + x.costop; };
    expect(steal(after)).toBeGreaterThan(steal(before) + 1);
  });
});

describe('practice problems', () => {
  it('are deterministic per kind and seed and answered by the classic functions', () => {
    for (const k of PRACTICE_KINDS) expect(makeProblem(k, 5)).toEqual(makeProblem(k, 5));
    const p = makeProblem('RR', 3);
    const res = scheduleJobs({ policy: 'RR', quantum: p.quantum, jobs: p.jobs });
    expect(p.answers.map((a) => a.values['turnaround'])).toEqual(res.jobs.map((j) => j.turnaround));
  });

  it('an MLFQ problem with a priority boost: the expected answers apply it (a job back in the top queue)', () => {
    const p = makeProblem('MLFQ', 1);
    const boost = p.mlfq?.boostInterval ?? 0;
    expect(boost).toBeGreaterThan(0);
    expect(p.boosts?.length).toBeGreaterThan(0);
    expect(boostSeen(p.trace)).toBe(true);
    // The answers are the classic function's with the boost, and differ from the same jobs without it.
    const input = { queues: p.mlfq?.queues ?? [], ioTime: p.mlfq?.ioTime ?? 0, stayAfterIO: false, ioBump: false, jobs: p.jobs.map((j) => ({ ...j, ioFreq: j.ioFreq ?? 0 })) };
    const turn = (boostInterval: number) => scheduleMLFQ({ ...input, boostInterval }).jobs.map((j) => j.turnaround);
    expect(p.answers.map((a) => a.values['turnaround'])).toEqual(turn(boost));
    expect(turn(boost)).not.toEqual(turn(0));
    // Some job ran in a lower queue before the first boost and in the top queue right after it.
    const first = p.boosts?.[0] ?? 0;
    const after = p.trace.find(([, a]) => a >= first);
    expect(after?.[3]).toBe(0);
    expect(p.trace.some(([id, a, , q]) => id === after?.[0] && a < first && (q ?? 0) > 0)).toBe(true);
    // Odd seeds always carry a boost that shows; even seeds have none.
    for (let seed = 1; seed < 60; seed++) {
      const q = makeProblem('MLFQ', seed);
      expect((q.mlfq?.boostInterval ?? 0) > 0, `seed ${seed}`).toBe(seed % 2 === 1);
      expect(boostSeen(q.trace), `seed ${seed}`).toBe(seed % 2 === 1);
    }
  });

  it('grades typed answers, blank counts as wrong', () => {
    const p = makeProblem('FIFO', 2);
    const typed: Record<string, string> = {};
    for (const a of p.answers) for (const [f, v] of Object.entries(a.values)) typed[`${a.id}.${f}`] = String(v);
    const first = p.answers[0]!.id;
    typed[`${first}.response`] = '';
    const marks = grade(p, typed);
    expect(marks[`${first}.response`]).toBe(false);
    expect(Object.values(marks).filter(Boolean)).toHaveLength(Object.keys(marks).length - 1);
  });
});
