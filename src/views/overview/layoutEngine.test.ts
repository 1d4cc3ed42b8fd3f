/**
 * The container engine's column in an Overview host: it gets the width its wrapped words
 * need, taken from the VMs' columns in one row (never below a VM's name or a value that was
 * whole with even columns), or the columns its row leaves empty when guests sit in rows.
 * Its words, not wrapped, still take the lines its row (as tall as its VMs) has room for.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, toSnapshot, type Scenario, type Topology } from '../../engine';
import { t as tr } from '../../i18n';
import { textWidth, wrapWords } from '../fitText';
import { boldPx, lineH } from '../shared/labels';
import { layoutOverview, type OvArrangement } from './layoutOverview';
import { ovPx, ovText } from './ovText';

const topo = (s: Scenario): Topology => toSnapshot(createSim(s)).topology;

describe("the container engine's column", () => {
  it("gives the container engine's column the width its wrapped words need in one row, the VMs' names and whole values kept whole", () => {
    const tp = topo(presets.basic);
    const text = ovText(ovPx('default', 1), (key, params) => tr('ko', key, params));
    const all = { hostsSide: true, guestsOneRow: true, sanBeside: false, wrapLines: true, wrapDevices: true };
    // 400 units: at a phone's 346 one row has no column wide enough for "데이터베이스" whole (its guests wrap in rows).
    const wide = layoutOverview(tp, 400, text, { ...all, wrapEngine: true })!.hosts[0]!;
    const even = layoutOverview(tp, 400, text, { ...all, wrapEngine: false })!.hosts[0]!;
    const e = wide.engine!;
    // Cut (not wrapped), its words gain nothing from width: every column as wide.
    for (const vb of even.vms) expect(vb.w).toBeCloseTo(even.engine!.w, 6);
    // Wrapped: wider than the VMs', its words in fewer lines than an even column would need.
    expect(e.w).toBeGreaterThan(wide.vms[0]!.w + 10);
    const evenRows = [wrapWords(tr('ko', 'overview.containerEngine'), even.engine!.w - 10, boldPx(text.name)).length, wrapWords(tr('ko', 'overview.sharesKernel'), even.engine!.w - 10, text.tiny).length];
    expect(e.rows[0] + e.rows[1]).toBeLessThan(evenRows[0]! + evenRows[1]!);
    // The row still tiles the host's width, left to right, the engine last.
    const row = [...wide.vms, e].toSorted((a, b) => a.x - b.x);
    expect(row.at(-1)).toBe(e);
    for (const [i, r] of row.entries()) if (i > 0) expect(r.x).toBeGreaterThanOrEqual(row[i - 1]!.x + row[i - 1]!.w);
    expect(e.x + e.w).toBeLessThanOrEqual(wide.x + wide.w - 5 + 0.01);
    // Each VM's name whole in its narrower box, and each of its band values that was whole in an even column.
    for (const vb of wide.vms) {
      const vm = tp.vms[vb.index]!;
      expect(textWidth(vm.name, boldPx(text.name)), vm.name).toBeLessThanOrEqual(vb.w - 10);
      for (const v of text.vmWords!(tp, vb.index)) if (textWidth(v, text.small) <= even.vms[0]!.w - 16) expect(textWidth(v, text.small), v).toBeLessThanOrEqual(vb.w - 16);
    }
  });
  it("gives the container engine, in rows of columns, the columns its row leaves empty (datacenter-32's hosts)", () => {
    const tp = topo(presets['datacenter-32']);
    const l = layoutOverview(tp, 744, ovText(ovPx('default', 1), (key, params) => tr('en', key, params)))!;
    const withEngine = l.hosts.filter((h) => h.engine !== null);
    expect(withEngine.length).toBeGreaterThan(0);
    for (const h of withEngine) {
      const e = h.engine!;
      const colW = h.vms[0]!.w;
      const row = h.vms.filter((v) => Math.abs(v.y - e.y) < 0.01);
      // Wider than a VM's column when its row has room left, and reaching the host's inner right edge (never past it).
      expect(e.x + e.w).toBeCloseTo(h.x + h.w - 5, 6);
      if (row.length + 1 < Math.round((h.w - 10 + 6) / (colW + 6))) expect(e.w).toBeGreaterThan(colW + 1);
      for (const v of row) expect(v.x + v.w).toBeLessThanOrEqual(e.x);
    }
    // So its words are whole in one line each.
    for (const h of withEngine) expect(textWidth('shares the host kernel: no guest OS', l.text.tiny)).toBeLessThanOrEqual(h.engine!.w - 10);
  });
  // vswitch-basics' second host: db-1 (two vCPUs) beside the engine and its one container, in rows of columns. On a
  // phone (fitted, nothing wrapped: the drawing is not whole at 100 % even cut) and on the projector (whole at 0.9 with
  // every line cut) the row is as tall as db-1, and its height holds the note in two lines.
  it.each([
    ['a phone', 'en', 346, ovPx('default', 1), { hostsSide: false, guestsOneRow: false, sanBeside: false }],
    ['a phone', 'ko', 346, ovPx('default', 1), { hostsSide: false, guestsOneRow: false, sanBeside: false }],
    ['the projector', 'en', 744 / 0.9, ovPx('projector', 0.9), { hostsSide: true, guestsOneRow: false, sanBeside: false }],
  ] as const)("gives the container engine's words, not wrapped, the lines its row has room for anyway (vswitch-basics on %s, %s)", (_screen, lang, width, px, place) => {
    const tp = topo(presets['vswitch-basics']);
    const a: OvArrangement = { ...place, wrapLines: false, wrapEngine: false, wrapDevices: false };
    const text = ovText(px, (key, params) => tr(lang, key, params));
    const l = layoutOverview(tp, width, text, a)!;
    // Without the engine's words (one line each) the drawing is as tall: the lines cost no height.
    const { engine: _words, ...bare } = text;
    expect(l.height).toBeCloseTo(layoutOverview(tp, width, bare, a)!.height, 6);
    const h = l.hosts.find((b) => b.engine !== null)!;
    const e = h.engine!;
    expect(e.rows[1]).toBeGreaterThan(1);
    // Both whole in the lines they got, and the note's last line above the engine's first container.
    for (const [words, size, rows] of [
      [tr(lang, 'overview.containerEngine'), boldPx(l.text.name), e.rows[0]],
      [tr(lang, 'overview.sharesKernel'), l.text.tiny, e.rows[1]],
    ] as const) {
      const lines = wrapWords(words, e.w - 10, size);
      expect(lines.length, words).toBeLessThanOrEqual(rows);
      for (const line of lines) expect(textWidth(line, size), line).toBeLessThanOrEqual(e.w - 10);
    }
    expect(e.noteY + (e.rows[1] - 0.5) * lineH(l.text.tiny)).toBeLessThanOrEqual(e.containers[0]!.rect.y + 0.01);
    expect(e.h).toBeCloseTo(h.vms[0]!.h, 6);
  });
});
