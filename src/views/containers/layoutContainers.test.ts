/**
 * The Containers lens layout from real snapshots: the vm-vs-container preset gives a
 * VM column, a container column and (on request) a nested one; VMs carry guest-OS
 * memory and containers none; memory segments add up to the host; boxes never overlap.
 * The columns sit side by side where the frame's real width holds them (desktop, projector)
 * and stack on a phone, each whole within the frame.
 */
import { describe, expect, it, vi } from 'vitest';
import { applyCommand, createSim, presets, step, toSnapshot, type SimState } from '../../engine';
import ctEn from '../../i18n/lenses/containers.en';
import ctKo from '../../i18n/lenses/containers.ko';
import { textWidth } from '../fitText';
import { labelSize, PROJECTOR_DRAW_SCALE } from '../shared/labels';
import { baseBar, BOX, boxFor, canAdd, columnModel, COMPACT_NARROW_COL_W, compareGrid, grownScale, glyphFits, hasNested, lastStartMs, MAX_COL_W, MIN_COL_W, memorySegments, perRow, visibleColumns } from './layoutContainers';
import { nextScriptedRun } from './scriptedRun';

const snap = toSnapshot(step(createSim(presets['vm-vs-container']), 5000));

// These build real snapshots by running the engine; allow for a busy shared machine.
vi.setConfig({ testTimeout: 30_000 });

describe('layoutContainers', () => {
  it('shows the nested host only on request', () => {
    expect(hasNested(snap)).toBe(true);
    expect(visibleColumns(snap, false)).toEqual([0, 1]);
    expect(visibleColumns(snap, true)).toEqual([0, 1, 2]);
  });

  it('tells VMs (guest OS memory, 4 s start) from containers (no guest OS, 0.3 s start)', () => {
    const vms = columnModel(snap, 0, 400);
    const cts = columnModel(snap, 1, 400);
    expect([vms.kind, cts.kind]).toEqual(['vms', 'containers']);
    expect(vms.mem.guestOsMiB).toBeCloseTo(4 * 256, 0);
    expect(cts.mem.guestOsMiB).toBe(0);
    expect([vms.lastVmStartMs, cts.lastCtStartMs]).toEqual([4000, 300]);
    // A VM reserves its 768 MiB plus 64 MiB overhead: 5 more fit in 4,352 MiB.
    expect([vms.roomVms, cts.roomContainers]).toEqual([5, 11]);
  });

  it('offers Add exactly while the engine would accept one more (a full host\'s button is off)', () => {
    let st: SimState = step(createSim(presets['vm-vs-container']), 5000);
    for (const what of ['vm', 'container'] as const) {
      const h = what === 'vm' ? 0 : 1;
      for (let i = 0; i < 40; i++) {
        const col = columnModel(toSnapshot(st), h, 400);
        const host = st.topology.hosts[h]?.id ?? '';
        const cmd =
          what === 'vm'
            ? { type: 'placeVm' as const, host, vm: { id: `x${i}`, name: `x${i}`, vcpus: 1, memoryMiB: col.vmSizeMiB, reservationMiB: col.vmSizeMiB } } // as the lens's Add sends it
            : { type: 'runContainer' as const, container: { id: `y${i}`, name: `y${i}`, host, image: 'shop-api:1.0', workload: 'web' as const, memoryLimitMiB: col.ctSizeMiB } };
        const r = applyCommand(st, cmd);
        expect(r.ok, `${what} ${i}`).toBe(canAdd(col, what));
        if (!r.ok) break;
        st = step(r.state, 1);
      }
      expect(canAdd(columnModel(toSnapshot(st), h, 400), what)).toBe(false);
    }
  });

  it('memory segments cover the host exactly and start where the previous ends', () => {
    for (const h of [0, 1, 2]) {
      const segs = memorySegments(columnModel(snap, h, 400).mem);
      const total = segs.reduce((n, s) => n + s.frac, 0);
      expect(total).toBeCloseTo(1, 6);
      segs.forEach((s, i) => expect(s.start).toBeCloseTo(segs.slice(0, i).reduce((n, x) => n + x.frac, 0), 9));
    }
  });

  it('keeps boxes wide enough to read: fewer per row in a narrow column', () => {
    expect([perRow(220), perRow(320), perRow(420), perRow(900)]).toEqual([2, 3, 4, 4]);
  });

  it('lays boxes out for their labels: 11-unit labels (a laptop) get three boxes a row where 9-unit ones got four', () => {
    expect(boxFor(9)).toEqual(BOX.normal);
    // Compact (a phone), as wide as a bold name or a timer at 11 px: 7 labels' heights.
    expect(boxFor(11, true)).toEqual({ ...BOX.compact, minW: 77 });
    expect(boxFor(11).minW).toBe(110);
    // A laptop's column (420 units): three boxes a row with 11 px labels, not four; the projector's (234 units at 1.35, labels 10.4 units): two, as before.
    expect([perRow(420, boxFor(11)), perRow(420, boxFor(9)), perRow(234, boxFor(10.4))]).toEqual([3, 4, 2]);
    const col = columnModel(snap, 0, 420, false, 11);
    for (const m of col.instances) expect(m.rect.w).toBeGreaterThanOrEqual(110);
  });

  it('lays instance boxes inside the column without overlaps, containers inside their VM', () => {
    const col = columnModel(snap, 2, 400);
    const vm = col.instances[0];
    expect(vm?.nested).toHaveLength(4);
    for (const c of vm?.nested ?? []) {
      expect(c.rect.x).toBeGreaterThanOrEqual(vm?.rect.x ?? 0);
      expect(c.rect.x + c.rect.w).toBeLessThanOrEqual((vm?.rect.x ?? 0) + (vm?.rect.w ?? 0));
      expect(c.rect.y + c.rect.h).toBeLessThanOrEqual((vm?.rect.y ?? 0) + (vm?.rect.h ?? 0));
    }
    const boxes = columnModel(snap, 0, 400).instances.map((i) => i.rect);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true)));
  });

  describe('compareGrid', () => {
    /** Real pixels a row of the grid takes: each column's drawing at its scale, its padding and border (16; compact 10), and the gaps (12; compact 4). */
    const rowPx = (g: { perRow: number; colW: number; compact: boolean }, scale: number): number => g.perRow * (g.colW * scale + (g.compact ? 10 : 16)) + (g.perRow - 1) * (g.compact ? 4 : 12);

    it('puts the two columns side by side in compact form on a 390 px phone; side by side at full size on the projector and a laptop', () => {
      // The frames' widths less the scroll gutter and slack, as the view passes them (measured at 390x844, 1280x720 projector, 1280x800),
      // and the phone's frame's inner width as measured (346), which its compact columns share.
      const phone = compareGrid(346 - 34, 2, 1, 346);
      expect(phone).toMatchObject({ perRow: 2, stacked: false, compact: true });
      expect(rowPx(phone, 1)).toBeLessThanOrEqual(346);
      expect(phone.colW).toBeGreaterThanOrEqual(COMPACT_NARROW_COL_W);
      // Two compact boxes a row, each as wide as its 11 px labels need.
      expect(perRow(phone.colW, boxFor(11, true))).toBe(2);
      // A tablet keeps full-size columns side by side.
      expect(compareGrid(738 - 34, 2, 1)).toMatchObject({ perRow: 2, stacked: false, compact: false });
      const projector = compareGrid(759 - 34, 2, 1.35);
      expect(projector).toMatchObject({ perRow: 2, stacked: false });
      expect(rowPx(projector, 1.35)).toBeLessThanOrEqual(725);
      expect(compareGrid(918 - 34, 2, 1)).toMatchObject({ perRow: 2, stacked: false });
    });

    it('puts as many columns in a row as fit at their least width, and never a row wider than the frame', () => {
      for (const scale of [1, 1.35]) {
        for (let w = Math.ceil(MIN_COL_W * scale + 34); w <= 2400; w += 7) {
          for (let n = 1; n <= 4; n++) {
            const g = compareGrid(w, n, scale);
            expect(g.perRow).toBeGreaterThanOrEqual(1);
            expect(g.perRow).toBeLessThanOrEqual(n);
            expect(g.stacked).toBe(g.perRow < n);
            expect(g.colW).toBeGreaterThanOrEqual(g.compact ? COMPACT_NARROW_COL_W : MIN_COL_W);
            expect(rowPx(g, scale), `${w} px, ${n} columns, x${scale}`).toBeLessThanOrEqual(w);
            // Compact only when full-size columns would not all fit a row, and then all of them in one row.
            if (g.compact) expect([g.perRow, n * (MIN_COL_W * scale + 34) > w]).toEqual([n, true]);
            // One more column a row would not fit at the least width (with the room each keeps for the frame's slack), nor all of them compact.
            if (g.perRow < n) {
              expect((g.perRow + 1) * (MIN_COL_W * scale + 34)).toBeGreaterThan(w);
              expect(n * (COMPACT_NARROW_COL_W * scale + 16)).toBeGreaterThan(w);
            }
          }
        }
      }
    });
  });

  it('three hosts on a 390 px phone sit side by side in compact form, one box a row, each name whole at 11 px, within the frame\'s inner width', () => {
    const threeSnap = toSnapshot(step(createSim(presets['vm-vs-container']), 8000));
    // The view passes the frame's width less its slack (312) and the frame's inner width as measured (346).
    const g = compareGrid(312, 3, 1, 346);
    expect(g).toMatchObject({ perRow: 3, stacked: false, compact: true });
    expect(g.colW).toBeGreaterThanOrEqual(COMPACT_NARROW_COL_W);
    const rowPx = 3 * (g.colW + 10) + 2 * 4;
    expect(rowPx).toBeLessThanOrEqual(346);
    // Without a measured inner width, the columns stay within the slack-less width.
    expect(3 * (compareGrid(312, 3, 1).colW + 10) + 2 * 4).toBeLessThanOrEqual(312);
    for (const h of [0, 1, 2]) {
      const col = columnModel(threeSnap, h, g.colW, true, 11);
      const all = col.instances.flatMap((m) => [m, ...m.nested]);
      expect(all.length).toBeGreaterThanOrEqual(4);
      for (const m of all) {
        expect(m.rect.x).toBeGreaterThanOrEqual(0);
        expect(m.rect.x + m.rect.w).toBeLessThanOrEqual(g.colW);
        expect(m.rect.y + m.rect.h).toBeLessThanOrEqual(col.height);
        // A name at its 11 px (bold), in the room the box keeps (CompareColumn: width less 6), after its state glyph where that fits too (glyphFits).
        expect(textWidth(m.name, 11 * 1.1), m.name).toBeLessThanOrEqual(m.rect.w - 6 - (glyphFits(m.name, m.rect.w, 11) ? 11 : 0));
        // Only a container inside the VM goes without its glyph.
        if (m.nested.length > 0 || !m.name.startsWith('nested-')) expect(glyphFits(m.name, m.rect.w, 11), m.name).toBe(true);
      }
      // One box a row: no two boxes (of one level) side by side.
      for (const level of [col.instances.filter((m) => m.nested.length === 0), ...col.instances.map((m) => m.nested)]) {
        expect(new Set(level.map((m) => m.rect.y)).size).toBe(level.length);
      }
    }
  });

  it('compact boxes (a phone) sit two a row inside the column, none overlapping, as wide as their 11 px labels need', () => {
    const g = compareGrid(312, 2, 1, 346);
    for (const h of [0, 1]) {
      const col = columnModel(snap, h, g.colW, true, 11);
      expect(col.compact).toBe(true);
      const boxes = col.instances.map((i) => i.rect);
      expect(boxes).toHaveLength(4);
      for (const b of boxes) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w).toBeLessThanOrEqual(g.colW);
        expect(b.w).toBeGreaterThanOrEqual(boxFor(11, true).minW);
        // A bold name after its glyph, whole at 11 px.
        expect(glyphFits('app-vm-1', b.w, 11)).toBe(true);
        expect(b.h).toBe(BOX.compact.h);
        expect(b.y + b.h).toBeLessThanOrEqual(col.height);
      }
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true)));
      // Two rows of two.
      expect(new Set(boxes.map((b) => b.y)).size).toBe(2);
    }
  });

  it('the base bar says its whole sentence, wrapped within the bar, at every width a side-by-side column takes and at each theme\'s size; compact, its short form', () => {
    // The sizes the bar's text is drawn at: 11 units (14.85 px on the projector, at its 1.35), bold a little bigger once the exploit takes the kernel.
    const sizes = [labelSize(11, 'default'), labelSize(11, 'projector', PROJECTOR_DRAW_SCALE)].flatMap((px) => [px, px * 1.06]);
    expect(labelSize(11, 'projector', PROJECTOR_DRAW_SCALE) * PROJECTOR_DRAW_SCALE).toBeGreaterThanOrEqual(14);
    for (const words of [ctEn, ctKo]) {
      const texts = [words['containers.base.kernel'], words['containers.base.hypervisor'], words['containers.base.mixed'], words['containers.exploit.kernelTaken']];
      for (const text of texts) {
        for (const px of sizes) {
          for (let w = MIN_COL_W; w <= MAX_COL_W; w += 2) {
            const bar = baseBar(text, 'short', w, px, false);
            const room = w - 2 * bar.inset - 12;
            expect({ text, w, px, lines: bar.lines.join(' ') }).toEqual({ text, w, px, lines: text });
            for (const l of bar.lines) expect({ l, w, px, fits: textWidth(l, px) <= room }).toEqual({ l, w, px, fits: true });
            expect(bar.lines.length).toBeLessThanOrEqual(3);
            // The bar holds its last line, a descender under its baseline (the first at 15 units).
            expect(bar.h).toBeGreaterThanOrEqual(15 + (bar.lines.length - 1) * bar.lineH + 0.3 * px);
          }
        }
      }
    }
    // The two lessons' sentences whole at 11 units where one line cut them: the VMs' on the projector's columns, the containers' on the laptop's (one line in the widest column).
    expect(baseBar(ctEn['containers.base.hypervisor'], '', 220, 11, false).lines).toEqual(['Hypervisor (each VM runs its', 'own kernel above it)']);
    expect(baseBar(ctKo['containers.base.kernel'], '', 220, 11, false).lines.join(' ')).toBe(ctKo['containers.base.kernel']);
    expect(baseBar(ctEn['containers.base.kernel'], '', 380, 11, false).lines).toHaveLength(2);
    expect(baseBar(ctEn['containers.base.kernel'], '', MAX_COL_W, 11, false).lines).toHaveLength(1);
    // Compact (two hosts on a phone): the short form, whole, on one line or two.
    const g = compareGrid(312, 2, 1);
    for (const words of [ctEn, ctKo]) {
      for (const k of ['kernel', 'hypervisor'] as const) {
        const bar = baseBar(words[`containers.base.${k}`], words[`containers.baseShort.${k}`], g.colW, 11, true);
        expect(bar.lines.join(' ')).toBe(words[`containers.baseShort.${k}`]);
        expect(bar.lines.length).toBeLessThanOrEqual(2);
      }
    }
  });

  it('the table\'s last start is a VM host\'s last VM, otherwise the last container (or the last VM if it has none)', () => {
    expect(lastStartMs({ kind: 'vms', lastVmStartMs: 4000, lastCtStartMs: -1 })).toBe(4000);
    expect(lastStartMs({ kind: 'containers', lastVmStartMs: -1, lastCtStartMs: 300 })).toBe(300);
    expect(lastStartMs({ kind: 'mixed', lastVmStartMs: 4000, lastCtStartMs: -1 })).toBe(4000);
    expect(lastStartMs({ kind: 'nested', lastVmStartMs: 4000, lastCtStartMs: 300 })).toBe(300);
  });
});

describe('grownScale', () => {
  it('grows two columns at their widest into a big frame, only as far as they stay side by side and whole in its room', () => {
    const scales = [1.7, 1.5, 1.35, 1.2, 1.1];
    // Not measured yet: the theme's own scale.
    expect(grownScale(1536, 2, 1, scales, null, null)).toBe(1);
    // A 1920x1080 lens frame: 1.7 (two columns of MAX_COL_W side by side).
    expect(grownScale(1536, 2, 1, scales, 800, { h: 440, scale: 1 })).toBe(1.7);
    expect(compareGrid(1536, 2, 1.7).colW).toBe(MAX_COL_W);
    // Less room below: the biggest scale whose drawing still fits it.
    expect(grownScale(1536, 2, 1, scales, 600, { h: 440, scale: 1 })).toBe(1.35);
    // Measured at a grown scale, the same answer (no feedback).
    expect(grownScale(1536, 2, 1, scales, 800, { h: 480, scale: 1.7 })).toBe(1.7);
    // A laptop's frame: the columns are not at their widest at 1, so they keep it.
    expect(grownScale(880, 2, 1, scales, 800, { h: 440, scale: 1 })).toBe(1);
    // The projector keeps its own scale unless a bigger one fits.
    expect(grownScale(700, 2, PROJECTOR_DRAW_SCALE, [1.8, 1.7, 1.6, 1.5], 400, { h: 380, scale: PROJECTOR_DRAW_SCALE })).toBe(PROJECTOR_DRAW_SCALE);
  });
});

describe('nextScriptedRun', () => {
  it("names the container docker-layers runs next on host-b, and none once it has run them all", () => {
    const sc = presets['docker-layers'];
    expect(nextScriptedRun(sc, 3000, 'host-b')).toEqual({ name: 'py-1', image: 'python:3.12-slim', at: 10_000 });
    expect(nextScriptedRun(sc, 10_000, 'host-b')?.name).toBe('api-3');
    expect(nextScriptedRun(sc, 34_000, 'host-b')).toBeNull();
    expect(nextScriptedRun(sc, 3000, 'host-a')?.name).toBe('api-2');
    expect(nextScriptedRun(null, 0, 'host-b')).toBeNull();
  });
});
