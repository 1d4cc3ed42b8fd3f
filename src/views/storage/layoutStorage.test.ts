/**
 * The Storage lens geometry: every replica of every volume has a block inside its
 * array's capacity bar, block widths add up to the GiB taken, arrays sit under their
 * rack, links join owners to replicas, and a 2,000-volume world stays drawable. On a
 * phone's narrow frame the parts stack (VMs, fabric, arrays) within the frame's width.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step, toSnapshot } from '../../engine';
import { storageBenchScenario } from '../../../bench/storageScenario';
import { barTextY, hostHead, layoutStorage, MAX_BLOCKS_PER_ARRAY, STACK_BELOW, STACKED_FIT_AT_LEAST, stackedShown, titleRoom } from './layoutStorage';

describe('layoutStorage', () => {
  it('a stacked drawing too tall to read whole opens at 100 %, its labels sized for that; one near its size opens fitted', () => {
    expect(stackedShown(0.63)).toBe(1);
    expect(stackedShown(STACKED_FIT_AT_LEAST)).toBe(STACKED_FIT_AT_LEAST);
    expect(stackedShown(0.88)).toBe(0.88);
  });
  it('draws each replica inside its array bar, with width proportional to its GiB', () => {
    const snap = toSnapshot(step(createSim(presets['array-failure']), 100));
    const { arrays, volumes } = snap.storage;
    const l = layoutStorage(snap.topology, arrays, volumes, 1000);
    const replicas = volumes.reduce((n, v) => n + v.replicas.length, 0);
    expect(l.blocks).toHaveLength(replicas);
    for (const box of l.arrays) {
      const arr = arrays[box.index];
      const mine = l.blocks.filter((b) => b.array === box.index);
      const width = mine.reduce((n, b) => n + b.w, 0);
      expect(width).toBeCloseTo(Math.max(0, ((arr?.usedGiB ?? 0) / (arr?.capacityGiB ?? 1)) * box.bar.w), 0);
      for (const b of mine) expect(b.x).toBeGreaterThanOrEqual(box.bar.x);
    }
    expect(l.links).toHaveLength(replicas);
  });

  it('copy traffic is one arc per pair of arrays, in the margin left of the arrays, never across their blocks or words', () => {
    const snap = toSnapshot(step(createSim(presets['array-failure']), 20_000));
    const building = snap.storage.volumes.filter((v) => v.replicas.some((r) => r.building)).length;
    expect(building).toBeGreaterThan(1);
    for (const width of [1000, 360]) {
      const l = layoutStorage(snap.topology, snap.storage.arrays, snap.storage.volumes, width);
      expect(l.flows.length).toBeGreaterThan(0);
      // Several rebuilds between the same two arrays are one arc.
      expect(l.flows.length).toBeLessThan(building);
      expect(new Set(l.flows.map((f) => f.key)).size).toBe(l.flows.length);
      const left = Math.min(...l.arrays.map((a) => a.x));
      for (const f of l.flows) {
        const xs = [...f.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
        // Every point of the arc is at or left of the arrays' left edge, and inside the drawing (right of the fabric when side by side).
        for (const x of xs) {
          expect(x).toBeLessThanOrEqual(left);
          expect(x).toBeGreaterThanOrEqual(l.stacked ? 0 : l.fabric.x + l.fabric.w);
        }
      }
    }
  });

  it('copies both ways between two arrays are two arcs, each with a bulge of its own, side by side and on a phone', () => {
    const snap = toSnapshot(step(createSim(presets['rack-awareness']), 33_000));
    for (const width of [1000, 360]) {
      const l = layoutStorage(snap.topology, snap.storage.arrays, snap.storage.volumes, width);
      const keys = l.flows.map((f) => f.key);
      const both = keys.filter((k) => keys.includes(`f:${k.slice(2).split('>').toReversed().join('>')}`));
      expect(both.length).toBeGreaterThanOrEqual(2);
      // The first control point's x is how far the arc bulges into the margin: one per arc.
      const bulge = l.flows.map((f) => Number(/C(-?[\d.]+),/.exec(f.d)?.[1]));
      expect(new Set(bulge).size, `width ${width}`).toBe(l.flows.length);
    }
  });

  it('groups arrays by rack, each rack box containing its arrays', () => {
    const snap = toSnapshot(createSim(presets['rack-awareness']));
    const l = layoutStorage(snap.topology, snap.storage.arrays, snap.storage.volumes, 900);
    expect(l.racks.map((r) => r.rack)).toEqual(['rack-1', 'rack-2', 'rack-3']);
    for (const box of l.arrays) {
      const rack = l.racks.find((r) => r.rack === snap.storage.arrays[box.index]?.rack);
      expect(rack).toBeDefined();
      expect(box.y).toBeGreaterThanOrEqual(rack?.y ?? Infinity);
      expect(box.y + box.h).toBeLessThanOrEqual((rack?.y ?? 0) + (rack?.h ?? 0));
    }
  });

  it('merges blocks per owner on crowded arrays, so 2,000 volumes stay small', () => {
    const snap = toSnapshot(createSim(storageBenchScenario()));
    const l = layoutStorage(snap.topology, snap.storage.arrays, snap.storage.volumes, 1200);
    for (const box of l.arrays) expect(l.blocks.filter((b) => b.array === box.index).length).toBeLessThanOrEqual(Math.max(MAX_BLOCKS_PER_ARRAY, snap.topology.vms.length));
    expect(l.blocks.length + l.links.length).toBeLessThan(5000);
  }, 30_000);

  it('stacks VMs, fabric and arrays within a narrow frame, and keeps the side-by-side layout on a wide one', () => {
    for (const id of ['san-placement', 'array-failure', 'rack-awareness'] as const) {
      const snap = toSnapshot(step(createSim(presets[id]), 100));
      const { arrays, volumes } = snap.storage;
      const wide = layoutStorage(snap.topology, arrays, volumes, STACK_BELOW + 40);
      expect(wide.stacked).toBe(false);
      expect(wide.fabric.h).toBeGreaterThan(wide.fabric.w);
      const l = layoutStorage(snap.topology, arrays, volumes, 350);
      expect(l.stacked).toBe(true);
      expect(l.width).toBe(350);
      const inside = (r: { x: number; w: number }): boolean => r.x >= 0 && r.x + r.w <= l.width;
      expect([...l.vms, ...l.arrays, ...l.blocks, l.fabric].every(inside)).toBe(true);
      // VMs above the fabric, the fabric across the drawing, every array below it.
      const vmBottom = Math.max(...l.vms.map((v) => v.y + v.h));
      expect(l.fabric.y).toBeGreaterThan(vmBottom);
      expect(l.fabric.w).toBeGreaterThan(l.width * 0.9);
      expect(Math.min(...l.arrays.map((a) => a.y))).toBeGreaterThan(l.fabric.y + l.fabric.h);
      // No two VM boxes overlap; each link starts at the bottom of its VM's box.
      for (const a of l.vms) for (const b of l.vms) if (a !== b) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
      for (const link of l.links) {
        const vm = l.vms.find((v) => v.index === link.vm);
        expect(link.d.startsWith(`M${(vm?.x ?? 0) + (vm?.w ?? 0) / 2},${(vm?.y ?? 0) + (vm?.h ?? 0)} `)).toBe(true);
      }
      expect(l.links).toHaveLength(wide.links.length);
    }
  });
  it('gives a title raised past 12 units the room its em box takes: under the box\'s edge, above the bar, the rows taller by as much', () => {
    const snap = toSnapshot(createSim(presets['rack-awareness']));
    const { arrays, volumes } = snap.storage;
    const at12 = layoutStorage(snap.topology, arrays, volumes, 640, false, 12);
    // The laptop's 12-unit titles keep the offsets the rows always had.
    expect(at12.arrays.map((a) => [a.titleY - a.y, a.bar.y - a.y])).toEqual(at12.arrays.map(() => [12, 18]));
    expect(at12.racks.map((r) => r.titleY - r.y)).toEqual(at12.racks.map(() => 15));
    expect(titleRoom(12, 12, 18, 0)).toEqual({ baseline: 12, room: 18 });
    // 14 px at the projector's 1.35 fitted to 75 % (13.8 units) still fits the laptop's rows.
    expect(titleRoom(13.8, 12, 18, 0)).toEqual({ baseline: 14, room: 18 });
    // A projector's drawing fitted to 0.55 px a unit raises them to 25.5 units (14 px): ascent 0.95 em, descent 0.26 em.
    const px = 25.5;
    const big = layoutStorage(snap.topology, arrays, volumes, 640, false, px);
    for (const a of big.arrays) {
      expect(a.titleY - px * 0.95).toBeGreaterThanOrEqual(a.y);
      expect(a.titleY + px * 0.26).toBeLessThanOrEqual(a.bar.y);
      expect(a.gauge.y - a.bar.y).toBe(26);
      expect(a.guess.y + a.guess.h).toBeLessThanOrEqual(a.y + a.h);
    }
    for (const r of big.racks) {
      expect(r.titleY - px * 0.95).toBeGreaterThanOrEqual(r.y);
      const first = Math.min(...big.arrays.filter((a) => a.y > r.y).map((a) => a.y));
      expect(r.titleY + px * 0.26).toBeLessThanOrEqual(first);
    }
    expect(big.height).toBeGreaterThan(at12.height);
  });
  it('keeps the host\'s and the SAN\'s labels under the drawing\'s top edge, and a bar\'s large labels centred on it', () => {
    const snap = toSnapshot(createSim(presets['rack-awareness']));
    const { arrays, volumes } = snap.storage;
    // The laptop's offsets: host label at 18, its VMs from 30, "SAN" at 18; the bar's words 15 under its top.
    expect(hostHead(12)).toEqual({ baseline: 18, room: 30 });
    const at12 = layoutStorage(snap.topology, arrays, volumes, 640, false, 12);
    expect(at12.hostLabels[0]?.y).toBe(18);
    expect(at12.vms[0]?.y).toBe(30);
    expect(at12.fabricTitleY).toBe(18);
    expect(barTextY(0, 22, 10)).toBe(15);
    expect(barTextY(0, 22, 11)).toBe(15);
    // 25.2 units (14 px fitted to 42 %): the em box's top (0.95 em above the baseline) at the edge or under it.
    const px = 25.2;
    const big = layoutStorage(snap.topology, arrays, volumes, 640, false, px);
    expect((big.hostLabels[0]?.y ?? 0) - px * 0.95).toBeGreaterThanOrEqual(0);
    expect(big.fabricTitleY - px * 0.95).toBeGreaterThanOrEqual(0);
    // The host's label's descent above its first VM's name (19 under the VM's top, its ascent 0.95 em).
    expect((big.hostLabels[0]?.y ?? 0) + px * 0.26).toBeLessThanOrEqual((big.vms[0]?.y ?? 0) + 19 - px * 0.95);
    // A bar's 25-unit words reach above and below it alike (em box 0.95 up, 0.26 down from the baseline; ±1).
    const y = barTextY(0, 22, px);
    expect(Math.abs(0 - (y - px * 0.95) - ((y + px * 0.26) - 22))).toBeLessThan(1.5);
  });
});
