/**
 * The Overview's projector composition (OvText's brief): the hypervisor's name and ready queue only, titles over
 * lines that never cut them, the RAM and disks lines in a column as wide as their words, and a world of three hosts
 * in one row of narrower hosts (L.hostMinBrief); read at its scale by scrolling, the least tall layout of all.
 * Off the projector (brief unset) nothing of it applies: the other layout tests hold that.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, toSnapshot, type Topology } from '../../engine';
import { t as tr } from '../../i18n';
import { textWidth } from '../fitText';
import { boldPx, LAYOUT_SCALES } from '../shared/labels';
import { L } from './guestRow';
import { layoutOverview, type OvArrangement } from './layoutOverview';
import { hardwareTitleLines, hostTitleLines, ovPx, ovText, titleLines } from './ovText';
import { pickOverviewLayout, pickProjectorLayout, WRAP_SCALES } from './pickOverview';

const topo = (name: keyof typeof presets): Topology => toSnapshot(createSim(presets[name])).topology;
const text = (brief: boolean, lang: 'en' | 'ko' = 'en', s = 1) => ovText(ovPx('projector', s), (k, p) => tr(lang, k, p), brief);
const SIDE: OvArrangement = { hostsSide: true, guestsOneRow: false, sanBeside: false, wrapLines: true, wrapEngine: true, wrapDevices: true };
/** The 1280x720 projector's Overview frame (its width less the scroll bar; its tallest height). */
const FW = 744;
const FH = 380;

describe('titleLines', () => {
  const hw = 'Hardware: 1 socket × 4 cores × 2 threads';
  it('keeps a title that fits on one line', () => {
    expect(hardwareTitleLines(hw, 1000, 15)).toEqual([hw]);
    expect(hostTitleLines('Host node-1 · 6 GiB RAM', 1000, 16)).toEqual(['Host node-1 · 6 GiB RAM']);
  });
  it('puts the hardware lead on a line of its own, then breaks after a ×, each line within the width', () => {
    const w = textWidth('1 socket × 4 cores × 2 threads', 15) + 1;
    expect(hardwareTitleLines(hw, w, 15)).toEqual(['Hardware:', '1 socket × 4 cores × 2 threads']);
    const narrow = hardwareTitleLines(hw, textWidth('1 socket × 4 cores ×', 15) + 1, 15);
    expect(narrow).toEqual(['Hardware:', '1 socket × 4 cores ×', '2 threads']);
    expect(hardwareTitleLines('하드웨어: 소켓 1개 × 코어 4개 × 스레드 2개', textWidth('소켓 1개 × 코어 4개 ×', 15) + 1, 15)).toEqual(['하드웨어:', '소켓 1개 × 코어 4개 ×', '스레드 2개']);
  });
  it("breaks a host's title at its ·, dropping it, and wraps a part too wide alone at spaces", () => {
    expect(hostTitleLines('Host host-containers · 8 GiB RAM', textWidth('Host host-containers', 16) + 1, 16)).toEqual(['Host host-containers', '8 GiB RAM']);
    expect(titleLines('a b · c', textWidth('a', 10) + 1, 10, [{ sep: ' · ', keep: false }])).toEqual(['a', 'b', 'c']);
  });
});

describe('layoutOverview, brief (the projector)', () => {
  it("draws the hypervisor's name and ready queue only: its scheduler and overcommit get no line, the box is less tall", () => {
    const t = topo('docker-layers');
    const [full, brief] = [layoutOverview(t, FW, text(false), SIDE)!, layoutOverview(t, FW, text(true), SIDE)!];
    full.hosts.forEach((h, i) => {
      const b = brief.hosts[i]!;
      expect(h.hvRows[1]).toBeGreaterThan(0);
      expect(b.hvRows.slice(1)).toEqual([0, 0]);
      expect(b.hypervisor.h).toBeLessThan(h.hypervisor.h - 2 * 17);
      // The ready queue under the name, still inside the box.
      expect(b.queue.y).toBeGreaterThan(b.hvLines[0]);
      expect(b.queue.y + b.queue.h).toBeLessThanOrEqual(b.hypervisor.y + b.hypervisor.h);
      expect(h.hardwareTitle).toBeNull();
      expect(h.titleLines).toBeNull();
    });
  });

  for (const lang of ['en', 'ko'] as const) {
    it(`gives every host, hardware title, queue label and RAM line the lines it needs in three narrow hosts (orchestration, ${lang})`, () => {
      const t = topo('orchestration');
      const tx = text(true, lang);
      const l = layoutOverview(t, FW, tx, SIDE)!;
      expect(new Set(l.hosts.map((h) => h.y)).size).toBe(1);
      expect(l.hosts).toHaveLength(3);
      const hostsW = FW - 2 * L.pad - 16;
      for (const h of l.hosts) {
        expect(h.w).toBeGreaterThanOrEqual(L.hostMinBrief);
        expect(h.w).toBeLessThan(L.hostMin);
        for (const line of h.hardwareTitle ?? []) expect(textWidth(line, boldPx(tx.name))).toBeLessThanOrEqual(h.hardware.w - 12);
        for (const line of h.titleLines ?? []) expect(textWidth(line, boldPx(tx.title))).toBeLessThanOrEqual(h.w - 16);
        expect(h.hardwareTitle!.length).toBeGreaterThan(1);
        // The hardware's box holds its title's lines above the sockets.
        expect(h.sockets[0]!.rect.y).toBeGreaterThanOrEqual(h.hardwareTitleY + (h.hardwareTitle!.length - 0.5) * 17);
        // Every word of the RAM line fits its column (no "promise…").
        for (const word of tx.devices!(t, h.index)[0].split(' ')) expect(textWidth(word, tx.tiny)).toBeLessThanOrEqual(h.memory.w - 8);
      }
      // Without brief, at most two a row (L.hostMin).
      const wide = layoutOverview(t, FW, text(false, lang), SIDE)!;
      expect(new Set(wide.hosts.map((h) => h.y)).size).toBe(2);
      expect(hostsW).toBeLessThan(3 * L.hostMin);
    });
  }

  it('keeps L.hostMin for more hosts than fit one row narrowly (datacenter-32: two a row)', () => {
    const l = layoutOverview(topo('datacenter-32'), FW, text(true), SIDE)!;
    expect(new Set(l.hosts.map((h) => h.x)).size).toBe(2);
  });
});

describe('pickOverviewLayout, brief, read at full size', () => {
  const pick = (name: keyof typeof presets, brief: boolean, lang: 'en' | 'ko' = 'en') =>
    pickOverviewLayout(topo(name), FW, FH, LAYOUT_SCALES.projector, (s) => text(brief, lang, s), null, WRAP_SCALES.projector, true);
  for (const name of ['docker-layers', 'orchestration', 'vm-vs-container'] as const) {
    it(`shows ${name} less tall than the full composition, every host in one row, its words whole`, () => {
      const [full, brief] = [pick(name, false), pick(name, true)];
      expect(brief.layout.height * brief.scale).toBeLessThan(full.layout.height * full.scale);
      expect(new Set(brief.layout.hosts.map((h) => h.y)).size).toBe(1);
      expect(brief.layout.arrangement).toMatchObject({ wrapLines: true, wrapDevices: true, wrapEngine: true });
    });
  }
  it('never cuts words to show a drawing whole: orchestration with its lines cut would be whole, it is read with them wrapped', () => {
    const t = topo('orchestration');
    const whole = WRAP_SCALES.projector.filter((s) => layoutOverview(t, FW / s, text(true, 'en', s), { ...SIDE, wrapDevices: false })!.height * s <= FH);
    expect(whole.length).toBeGreaterThan(0);
    const p = pick('orchestration', true);
    expect(p.layout.arrangement).toMatchObject({ wrapLines: true, wrapDevices: true, wrapEngine: true });
    expect(new Set(p.layout.hosts.map((h) => h.x)).size).toBe(3);
  });
});

describe('pickProjectorLayout', () => {
  const proj = (name: keyof typeof presets) => pickProjectorLayout(topo(name), FW, FH, LAYOUT_SCALES.projector, (s, brief) => text(brief, 'en', s), null, WRAP_SCALES.projector);
  it('keeps the full composition where it is whole with its words whole (basic), never where only cutting them makes it whole (vswitch-basics)', () => {
    const full = (name: 'basic' | 'vswitch-basics', keepWords: boolean) => pickOverviewLayout(topo(name), FW, FH, LAYOUT_SCALES.projector, (s) => text(false, 'en', s), null, WRAP_SCALES.projector, true, keepWords);
    const [p, before] = [proj('basic'), full('basic', true)];
    expect(p.layout.height * p.scale).toBeLessThanOrEqual(FH);
    expect([p.scale, p.layout.arrangement, p.layout.width, p.layout.height]).toEqual([before.scale, before.layout.arrangement, before.layout.width, before.layout.height]);
    expect(p.layout.hosts.every((h) => h.hvRows[1] > 0)).toBe(true);
    // vswitch-basics: the full composition is whole in 380 px, if at all, only with its disks lines cut ("Local disks: 0…")
    // (its ready queue's words, wrapped since audit 17, already make it taller); the brief one says them whole.
    const cut = full('vswitch-basics', false);
    expect(cut.layout.height * cut.scale > FH || !cut.layout.arrangement.wrapDevices).toBe(true);
    const v = proj('vswitch-basics');
    expect(v.layout.text.brief).toBe(true);
    expect(v.layout.arrangement).toMatchObject({ wrapLines: true, wrapEngine: true, wrapDevices: true });
  });
  it('takes the brief one where the full composition is not whole (docker-layers, orchestration, vm-vs-container)', () => {
    for (const name of ['docker-layers', 'orchestration', 'vm-vs-container'] as const) {
      expect(proj(name).layout.hosts.every((h) => h.hvRows[1] === 0 && h.hvRows[2] === 0)).toBe(true);
    }
  });
});
