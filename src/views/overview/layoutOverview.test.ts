/**
 * Layout of the Overview lens: every pCPU gets exactly one cell inside its core and
 * socket, every vCPU a chip inside its VM, boxes stay inside their host and do not
 * overlap, and the host-OS layer exists exactly for type-2 hypervisors. Its rows grow
 * from the labels they hold: at the sizes each screen draws them (14 px on the projector,
 * 11 px elsewhere), every label stays in its box, and the drawing is whole in the frames of
 * the projector, a laptop, a desktop and a tablet at 100 %, and as wide as a phone's at 100 %
 * (read down by scrolling), in English and Korean.
 */
import { describe, expect, it } from 'vitest';
import { presets, type Scenario, type Topology } from '../../engine';
import { t as tr } from '../../i18n';
import type { Lang } from '../../store';
import { fitText, textWidth } from '../fitText';
import type { Rect } from '../shared/geometry';
import type { OverviewLayout } from './layoutOverview';
import { inside, lay, overlap, topo } from './testing';
import { pickOverviewLayout, WRAP_SCALES } from './pickOverview';
import { boldPx, GROWTH, LAYOUT_SCALES, lineH, READ_MIN_PX } from '../shared/labels';
import { wrapInto, wrapWords } from '../fitText';
import { bandLabel, disksLine, hostMemoryLine, hypervisorWords, nameLine, ovPx, ovText, powerBeside } from './ovText';


describe.each([
  ['basic', presets.basic],
  ['datacenter-32', presets['datacenter-32']],
])('layoutOverview on %s', (_name, scenario) => {
  const t = topo(scenario);
  for (const width of [360, 960, 1600]) {
    const layout = lay(t, width);

    it(`gives each pCPU one cell inside its core and socket (width ${width})`, () => {
      const cells = layout.hosts.flatMap((h) => h.sockets.flatMap((s) => s.cores.flatMap((c) => c.threads.map((th) => ({ th, c, s })))));
      expect(cells.map((x) => x.th.pcpu).toSorted((a, b) => a - b)).toEqual(Array.from({ length: t.pcpuCount }, (_v, i) => i));
      for (const { th, c, s } of cells) {
        expect(inside(th.rect, c.rect)).toBe(true);
        expect(inside(c.rect, s.rect)).toBe(true);
      }
    });

    it(`gives each vCPU a chip inside its VM, VMs side by side inside the host (width ${width})`, () => {
      for (const h of layout.hosts) {
        const hostVms = t.vms.filter((v) => v.host === h.index).length;
        expect(h.vms).toHaveLength(hostVms);
        for (const vb of h.vms) {
          expect(inside(vb, h)).toBe(true);
          expect(vb.vcpus).toHaveLength(t.vms[vb.index]?.vcpus ?? -1);
          for (const c of vb.vcpus) expect(inside(c.rect, vb)).toBe(true);
          for (const other of h.vms) if (other !== vb) expect(overlap(vb, other)).toBe(false);
        }
        expect(inside(h.hypervisor, h)).toBe(true);
        expect(inside(h.hardware, h)).toBe(true);
        expect(h.hostOs).toBeNull();
      }
    });

    it(`stacks hosts without overlap and fits the width (width ${width})`, () => {
      layout.hosts.forEach((h, i) => {
        expect(h.x + h.w).toBeLessThanOrEqual(layout.width);
        const next = layout.hosts[i + 1];
        if (next !== undefined) expect(overlap(h, next)).toBe(false);
      });
      expect(layout.height).toBeGreaterThan(0);
    });
  }
});

describe('host OS layer', () => {
  it('appears for type 2, between hypervisor and hardware, and makes the host taller', () => {
    const type1 = presets.basic;
    const type2: Scenario = { ...type1, hosts: type1.hosts.map((h) => ({ ...h, hypervisor: { ...h.hypervisor, type: 'type2' } })) };
    const a = lay(topo(type1), 960).hosts[0];
    const b = lay(topo(type2), 960).hosts[0];
    expect(a?.hostOs).toBeNull();
    const os = b?.hostOs;
    expect(os).not.toBeNull();
    if (b === undefined || os === null || os === undefined || a === undefined) return;
    expect(os.y).toBeGreaterThan(b.hypervisor.y + b.hypervisor.h - 1);
    expect(os.y + os.h).toBeLessThan(b.hardware.y + 1);
    expect(b.h).toBeGreaterThan(a.h);
  });

  it('puts containers of the bare host in the container engine, and containers in VMs inside their VM', () => {
    const l = lay(topo(presets.basic), 960).hosts[0];
    expect(l?.engine?.containers.map((c) => c.index)).toEqual([0, 1]);
    const withInner: Scenario = { ...presets.basic, containers: [{ ...presets.basic.containers[0]!, host: undefined, vm: 'web-1' } as Scenario['containers'][number]] };
    const l2 = lay(topo(withInner), 960).hosts[0];
    expect(l2?.engine).toBeNull();
    expect(l2?.vms[0]?.containers.map((c) => c.index)).toEqual([0]);
  });
});

/** The frames (px) the Overview's picture gets at 1280x720 (projector), 1280x800, 1920x1080, 768x1024 and 390x844 (measured in Chromium). */
const SCREENS = [
  { name: 'projector', fw: 744, fh: 380, theme: 'projector', whole: 1 },
  { name: 'laptop', fw: 903, fh: 562, theme: 'default', whole: 1 },
  { name: 'desktop', fw: 1543, fh: 777, theme: 'default', whole: 1 },
  { name: 'tablet', fw: 724, fh: 595, theme: 'default', whole: 1 },
  // A phone reads the drawing at 100 %, its labels 11 px (READ_MIN_PX), as wide as its frame and from its top, scrolling
  // down for the rest (whole: 0): readable beats whole, which at 346 px wide took 8.1-8.5 px labels (the frame's
  // max-height, measured in Chromium at 390x844 with touch: 478.6 px in Korean, 454 px in English).
  { name: 'phone', fw: 346, fh: 478, fhEn: 454, theme: 'default', whole: 0 },
] as const;

interface Placed {
  text: string;
  /** Its font size; negative when bold (measured 6 % wider). */
  px: number;
  /** Left edge, centre line, and the width it is cut to. */
  x: number;
  y: number;
  max: number;
  box: Rect;
}

/** Every label of the drawing where the Overview's components draw it, with the box it must stay in (drawing units). */
function placedLabels(l: OverviewLayout, tp: Topology, lang: Lang): Placed[] {
  const say = (key: string, params?: Readonly<Record<string, string | number>>): string => tr(lang, key, params);
  const tx = l.text;
  const out: Placed[] = [];
  const put = (text: string, px: number, x: number, y: number, max: number, box: Rect): void => void out.push({ text, px, x, y, max, box });
  for (const b of l.hosts) {
    const host = tp.hosts[b.index]!;
    const guestsTop = Math.min(...b.vms.map((v) => v.y), b.engine?.y ?? Infinity);
    put(say('overview.host', { host: host.name, mem: 16 }), -tx.title, b.x + 8, b.titleY, b.w - 16, { ...b, h: guestsTop - b.y });
    for (const vb of b.vms) {
      const vm = tp.vms[vb.index]!;
      // Its name, and its power state (right) in what room the name leaves, 8 units apart, in each state; or, when the
      // name and the widest power word do not fit one line, the power word whole on a line of its own under the name.
      const head = { ...vb, h: vb.app.y - vb.y };
      if (vb.powerY !== null) {
        expect(powerBeside(vm.name, vb.w, tx)).toBe(false);
        put(vm.name, -tx.name, vb.x + 5, vb.nameY, vb.w - 10, head);
        expect(vb.powerY - vb.nameY).toBeGreaterThanOrEqual((lineH(tx.name) + lineH(tx.tiny)) / 2 - 0.01);
        for (const p of ['on', 'booting', 'off']) put(say(`power.${p}`), tx.tiny, vb.x + 5, vb.powerY, vb.w - 10, head);
      }
      for (const p of vb.powerY === null ? ['on', 'booting', 'off'] : []) {
        const shown = nameLine(vm.name, say(`power.${p}`), vb.w, tx);
        const ww = shown.power === '' ? -8 : textWidth(shown.power, tx.tiny);
        put(shown.name, -tx.name, vb.x + 5, vb.nameY, Infinity, { ...vb, w: vb.w - 13 - ww, h: vb.app.y - vb.y });
        if (shown.power !== '') put(shown.power, tx.tiny, vb.x + vb.w - 5 - ww, vb.nameY, Infinity, { ...vb, h: vb.app.y - vb.y });
        // The name gives way to nothing: whole whenever the box is wide enough for it alone.
        if (textWidth(vm.name, boldPx(tx.name)) <= vb.w - 10) expect(shown.name, `${vm.name} in ${Math.round(vb.w)} units`).toBe(vm.name);
      }
      // The app and guest OS bands: their value alone when the whole label is cut, whole when it fits alone.
      for (const [full, short, r] of [
        [say('overview.app', { workload: say(`workload.${vm.workload}`) }), say(`workload.${vm.workload}`), vb.app],
        [say('overview.guestOs', { os: say(`guestOs.${vm.guestOs}`) }), say(`guestOs.${vm.guestOs}`), vb.os],
      ] as const) {
        const shown = bandLabel(full, short, r.w - 8, tx.small);
        put(shown, tx.small, r.x + 4, r.y + r.h / 2, Infinity, r);
        if (textWidth(full, tx.small) > r.w - 8 && textWidth(short, tx.small) <= r.w - 8) expect(shown).toBe(short);
      }
      for (const c of vb.vcpus) put('0', -tx.tiny, c.rect.x + 2, c.rect.y + c.rect.h / 2, c.rect.w - 4, c.rect);
    }
    if (b.engine !== null) {
      const e = b.engine;
      const top = Math.min(...e.containers.map((c) => c.rect.y));
      // Its name and note in the lines the layout made for them, as HostPanel draws them; wrapped, each line whole.
      const nameEnd = e.nameY + (e.rows[0] - 0.5) * lineH(tx.name);
      wrapInto(say('overview.containerEngine'), e.w - 10, boldPx(tx.name), e.rows[0]).forEach((line, i) => {
        if (l.arrangement.wrapEngine && line.includes(' ')) expect(textWidth(line, boldPx(tx.name)), line).toBeLessThanOrEqual(e.w - 10 + 0.01);
        put(line, -tx.name, e.x + 5, e.nameY + i * lineH(tx.name), e.w - 10, { ...e, h: nameEnd - e.y + 0.01 });
      });
      wrapInto(say('overview.sharesKernel'), e.w - 10, tx.tiny, e.rows[1]).forEach((line, i) => {
        if (l.arrangement.wrapEngine && line.includes(' ')) expect(textWidth(line, tx.tiny), line).toBeLessThanOrEqual(e.w - 10 + 0.01);
        put(line, tx.tiny, e.x + 5, e.noteY + i * lineH(tx.tiny), e.w - 10, { x: e.x, y: nameEnd - 0.01, w: e.w, h: top - nameEnd + 0.02 });
      });
      for (const c of e.containers) put(tp.containers[c.index]!.name, tx.small, c.rect.x + 20, c.rect.y + c.rect.h / 2, c.rect.w - 24, c.rect);
    }
    const [l0, l1, l2, l3] = b.hvLines;
    const row = (y: number, px: number): Rect => ({ x: b.hypervisor.x, y: y - lineH(px) / 2, w: b.hypervisor.w, h: lineH(px) });
    // Each line in the rows the layout made for it, as HostPanel draws it.
    hypervisorWords(say, tp, b.index).forEach((words, k) => {
      const px = k === 0 ? tx.name : tx.small;
      wrapInto(words, b.hypervisor.w - 16, k === 0 ? boldPx(px) : px, b.hvRows[k]!).forEach((line, i) => {
        const y = b.hvLines[k]! + i * lineH(px);
        // Wrapped, a line is whole (one word wider than the box aside).
        if (l.arrangement.wrapLines && line.includes(' ')) expect(textWidth(line, k === 0 ? boldPx(px) : px), line).toBeLessThanOrEqual(b.hypervisor.w - 16 + 0.01);
        put(line, k === 0 ? -px : px, b.hypervisor.x + 8, y, b.hypervisor.w - 16, row(y, px));
      });
    });
    // The ready queue's label: beside its chips (left of them) or above them.
    const qBox = b.queue.y > l3 ? { ...b.hypervisor, h: b.queue.y - b.hypervisor.y } : { ...b.hypervisor, w: b.queue.x - b.hypervisor.x };
    put(say('overview.readyQueue'), tx.small, b.hypervisor.x + 8, l3, qBox.w - 8, qBox);
    expect(l1 - lineH(tx.small) / 2).toBeGreaterThanOrEqual(l0 + (b.hvRows[0] - 0.5) * lineH(tx.name) - 0.01);
    expect(l2 - l1).toBeGreaterThanOrEqual(b.hvRows[1] * lineH(tx.small) - 0.01);
    expect(l3 - l2).toBeGreaterThanOrEqual(b.hvRows[2] * lineH(tx.small) - 0.01);
    expect(b.queue.y + b.queue.h).toBeLessThanOrEqual(b.hypervisor.y + b.hypervisor.h);
    const hwTop = Math.min(...b.sockets.map((s) => s.rect.y), b.memory.y);
    put(say('overview.hardware', { sockets: host.sockets, cores: host.coresPerSocket, threads: host.threadsPerCore }), -tx.name, b.hardware.x + 6, b.hardwareTitleY, b.hardware.w - 12, { ...b.hardware, h: hwTop - b.hardware.y });
    b.sockets.forEach((s, si) => {
      put(say('overview.socket', { n: si }), tx.tiny, s.rect.x + 4, s.labelY, s.rect.w - 8, { ...s.rect, h: Math.min(...s.cores.map((c) => c.rect.y)) - s.rect.y });
      s.cores.forEach((c, ci) => {
        put(say('overview.core', { n: ci }), tx.core, c.rect.x + 3, c.labelY, c.rect.w - 6, { ...c.rect, h: Math.min(...c.threads.map((th) => th.rect.y)) - c.rect.y });
        for (const th of c.threads) put('web-1:0', tx.tiny, th.rect.x + 2, th.rect.y + th.rect.h / 2, th.rect.w - 4, th.rect);
      });
    });
    // The RAM and disks lines in the rows the layout made for them, as Dynamics and HostPanel draw them.
    const lines = (text: string, px: number, x: number, y: number, max: number, rows: number, box: Rect): void =>
      wrapInto(text, max, Math.abs(px) * (px < 0 ? 1.06 : 1), rows).forEach((line, i) => put(line, px, x, y + i * lineH(Math.abs(px)), max, box));
    lines(hostMemoryLine(say, tp, b.index, 12.2 * 1024), tx.tiny, b.memory.x + 4, b.memoryLabelY, b.memory.w - 8, b.deviceRows[0], { ...b.memory, h: Math.min(b.memoryBar.y, b.memory.y + b.memory.h) - b.memory.y });
    // The RAM bar under its line, or (the line across the top) heading the devices' column.
    expect(inside(b.memoryBar, b.memory) || inside(b.memoryBar, { x: b.devices.x, y: b.memory.y + b.memory.h, w: b.devices.w, h: b.devices.y - b.memory.y - b.memory.h })).toBe(true);
    lines(disksLine(say, tp, b.index), tx.tiny, b.devices.x + 4, b.deviceLines[0], b.devices.w - 8, b.deviceRows[1], { ...b.devices, h: b.deviceLines[1] - lineH(tx.tiny) / 2 - b.devices.y + 0.01 });
    put(say('overview.nics', { n: 2 }), tx.tiny, b.devices.x + 4, b.deviceLines[1], b.devices.w - 8, b.devices);
    expect(b.deviceLines[1] - b.deviceLines[0]).toBeGreaterThanOrEqual(b.deviceRows[1] * lineH(tx.tiny) - 0.01);
    for (const s of b.sockets) expect(overlap(s.rect, b.memory) || overlap(s.rect, b.devices)).toBe(false);
  }
  const san = l.san;
  if (san !== null) {
    const top = Math.min(...san.arrays.map((a) => a.rect.y));
    wrapInto(say('overview.san.title', { n: san.arrays.length, used: 7800, cap: 16000 }), san.w - 16, boldPx(tx.name), san.titleRows).forEach((line, i) =>
      put(line, -tx.name, san.x + 8, san.titleY + i * lineH(tx.name), san.w - 16, { ...san, h: san.pooledY - lineH(tx.small) / 2 - san.y + 0.01 }),
    );
    // Its sentence in as many lines as it has room for (the last one holding the rest, cut).
    const lines = wrapWords(say('overview.san.pooled'), san.w - 16, tx.small);
    const shown = lines.length <= san.pooledLines ? lines : [...lines.slice(0, san.pooledLines - 1), lines.slice(san.pooledLines - 1).join(' ')];
    shown.forEach((line, i) => put(line, tx.small, san.x + 8, san.pooledY + i * lineH(tx.small), san.w - 16, { ...san, h: top - san.y }));
    for (const a of san.arrays) {
      put('array-a · rack-1', -tx.name, a.rect.x + 6, a.nameY, a.rect.w - 12, { ...a.rect, h: a.bar.y - a.rect.y });
      wrapInto(say('overview.san.arrayLine', { used: 3000, cap: 4000, vms: 'web-1, db-1, batch-1' }), a.rect.w - 12, tx.small, san.arrayRows).forEach((line, i) =>
        put(line, tx.small, a.rect.x + 6, a.lineY + i * lineH(tx.small), a.rect.w - 12, { ...a.rect, y: a.bar.y + a.bar.h, h: a.rect.y + a.rect.h - a.bar.y - a.bar.h }),
      );
      expect(inside(a.bar, a.rect)).toBe(true);
    }
  }
  return out;
}

describe.each(['basic', 'san-placement'] as const)('the picture on every screen (%s)', (id) => {
  const tp = topo(presets[id]);
  for (const lang of ['en', 'ko'] as const) {
    for (const sc of SCREENS) {
      const textAt = (s: number) => ovText(ovPx(sc.theme, s), (key, params) => tr(lang, key, params));
      const fh = lang === 'en' && 'fhEn' in sc ? sc.fhEn : sc.fh;
      // As the lens picks it: off the projector read at 100 % when not whole, its words whole (OverviewView).
      const read = sc.theme !== 'projector';
      const { layout: l, scale } = pickOverviewLayout(tp, sc.fw, fh, LAYOUT_SCALES[sc.theme], textAt, GROWTH[sc.theme], WRAP_SCALES[sc.theme], read, read);
      const fit = Math.min(1, sc.fw / (l.width * scale), fh / (l.height * scale));

      const say = (key: string, params?: Readonly<Record<string, string | number>>): string => tr(lang, key, params);
      it(`${sc.name}, ${lang}: ${sc.whole === 1 ? 'is whole in its frame at 100 %' : 'fills its frame\'s width at 100 %'}, labels at the screen's floor`, () => {
        if (sc.whole === 1) expect(fit).toBeGreaterThanOrEqual(1);
        else expect(l.width * scale).toBeLessThanOrEqual(sc.fw + 1e-6);
        const shown = sc.whole === 1 ? scale * fit : scale;
        const least = Math.min(l.text.title, l.text.name, l.text.small, l.text.tiny, l.text.core) * shown;
        // The projector's labels are 14 px or more as drawn (the theme's floor at the drawing's scale), every other screen's 11 px.
        expect(least).toBeGreaterThanOrEqual((sc.theme === 'projector' ? 14 : READ_MIN_PX) - 0.05);
        // basic's hypervisor lines are whole on every screen, the projector and the phone included (wrapped where they need it).
        if (id === 'basic') expect(l.arrangement.wrapLines).toBe(true);
        // And on the projector and the phone its RAM, local disks and SAN lines too, every one whole in the lines it has room for.
        if (id === 'basic' && (sc.theme === 'projector' || sc.name === 'phone')) {
          const tx = l.text;
          const san = l.san!;
          const h = l.hosts[0]!;
          for (const [text, maxW, px, rows] of [
            [hostMemoryLine(say, tp, 0, 16 * 1024), h.memory.w - 8, tx.tiny, h.deviceRows[0]],
            [disksLine(say, tp, 0), h.devices.w - 8, tx.tiny, h.deviceRows[1]],
            [say('overview.san.title', { n: 1, used: 4096, cap: 4096 }), san.w - 16, boldPx(tx.name), san.titleRows],
            [say('overview.san.arrayLine', { used: 4096, cap: 4096, vms: 'web-1, db-1, batch-1' }), san.arrays[0]!.rect.w - 12, tx.small, san.arrayRows],
          ] as const) {
            const wrapped = wrapWords(text, maxW, px);
            expect(wrapped.length, text).toBeLessThanOrEqual(rows);
            for (const line of wrapped) expect(textWidth(line, px), line).toBeLessThanOrEqual(maxW + 0.01);
          }
        }
        // basic's container engine says its name and note whole on the projector and on the phone (in English, with the
        // RAM, disks and SAN lines whole, only at 90 %: at 100 % it needs 484 px of the frame's 454).
        if (id === 'basic' && (sc.theme === 'projector' || sc.name === 'phone')) {
          const e = l.hosts[0]!.engine!;
          expect(l.arrangement.wrapEngine).toBe(true);
          for (const [text, px, rows] of [
            [say('overview.containerEngine'), boldPx(l.text.name), e.rows[0]],
            [say('overview.sharesKernel'), l.text.tiny, e.rows[1]],
          ] as const) {
            const wrapped = wrapWords(text, e.w - 10, px);
            expect(wrapped.length, text).toBeLessThanOrEqual(rows);
            for (const line of wrapped) expect(textWidth(line, px), line).toBeLessThanOrEqual(e.w - 10 + 0.01);
          }
        }
        // Every VM's power word whole, in each state: beside its name, or on a line of its own under it ("boot…" is no word).
        for (const vb of l.hosts.flatMap((h) => h.vms)) {
          const name = tp.vms[vb.index]!.name;
          for (const p of ['on', 'booting', 'off']) {
            const word = say(`power.${p}`);
            if (vb.powerY === null) expect(nameLine(name, word, vb.w, l.text), `${name} ${word}`).toEqual({ name, power: word });
            else expect(textWidth(word, l.text.tiny), `${name} ${word}`).toBeLessThanOrEqual(vb.w - 10);
          }
        }
        for (const h of l.hosts) expect(h.x + h.w).toBeLessThanOrEqual(l.width);
        if (l.san !== null) expect(l.san.x + l.san.w).toBeLessThanOrEqual(l.width);
      });

      it(`${sc.name}, ${lang}: every label stays in its box at the size it is drawn`, () => {
        for (const p of placedLabels(l, tp, lang)) {
          const px = Math.abs(p.px);
          const wide = p.px < 0 ? boldPx(px) : px;
          const shown = p.max === Infinity ? p.text : fitText(p.text, p.max, wide);
          const w = textWidth(shown, wide);
          const h = lineH(px);
          const where = `${p.text} (${shown})`;
          expect(p.x, where).toBeGreaterThanOrEqual(p.box.x - 0.01);
          expect(p.x + w, where).toBeLessThanOrEqual(p.box.x + p.box.w + 0.01);
          expect(p.y - h / 2, where).toBeGreaterThanOrEqual(p.box.y - 0.01);
          expect(p.y + h / 2, where).toBeLessThanOrEqual(p.box.y + p.box.h + 0.01);
        }
      });
    }
  }
});

describe('growing into room to spare', () => {
  const textAt = (s: number) => ovText(ovPx('default', s), (key, params) => tr('en', key, params));
  it.each(['basic', 'san-placement'] as const)('%s: a 1920x1080 screen shows the same arrangement bigger, whole, and a 1280x800 laptop at 100 %%', (id) => {
    const tp = topo(presets[id]);
    const flat = pickOverviewLayout(tp, 1543, 777, [1], textAt);
    const grown = pickOverviewLayout(tp, 1543, 777, [1], textAt, GROWTH.default);
    expect(grown.scale).toBeGreaterThanOrEqual(1.35);
    expect(grown.layout.arrangement).toEqual(flat.layout.arrangement);
    expect(grown.layout.width * grown.scale).toBeLessThanOrEqual(1543 + 1e-6);
    expect(grown.layout.height * grown.scale).toBeLessThanOrEqual(777 + 1e-6);
    // Never laid out narrower than the laptop's frame gives it: its labels keep their room.
    expect(1543 / grown.scale).toBeGreaterThanOrEqual(GROWTH.default.minUnits);
    expect(pickOverviewLayout(tp, 903, 562, [1], textAt, GROWTH.default).scale).toBe(1);
  });
  it.each(['basic', 'san-placement', 'vdi'] as const)('%s on a 1920x1080 desktop fills most of its frame\'s height, not three quarters (audit 17, 18)', (id) => {
    const grown = pickOverviewLayout(topo(presets[id]), 1543, 777, [1], textAt, GROWTH.default);
    expect(grown.layout.height * grown.scale).toBeGreaterThanOrEqual(0.85 * 777);
    expect(grown.layout.height * grown.scale).toBeLessThanOrEqual(777 + 1e-6);
  });
  it('does not grow a drawing that is not whole at its own scale (datacenter-32 on the projector)', () => {
    const tp = topo(presets['datacenter-32']);
    const proj = (s: number) => ovText(ovPx('projector', s), (key, params) => tr('en', key, params));
    const picked = pickOverviewLayout(tp, 1400, 700, LAYOUT_SCALES.projector, proj, GROWTH.projector);
    expect(picked.scale).toBeLessThanOrEqual(LAYOUT_SCALES.projector[0]!);
  });
});

describe('the arrangements', () => {
  it('keeps a phone\'s words whole by scrolling, and never composes another picture at a smaller scale', () => {
    const textAt = (lang: Lang) => (s: number) => ovText(ovPx('default', s), (key, params) => tr(lang, key, params));
    const columns = (l: OverviewLayout): number => new Set(l.hosts.map((h) => h.x)).size;
    // basic on an English phone, its labels at 11 px: whole only with its engine's, RAM and disks lines cut; keeping its
    // words (as the lens does off the projector) it is read by scrolling, every wrapped line whole, in the least tall
    // layout of its scales (at 90 %: the labels keep 11 px, the padding shrinks).
    const tp = topo(presets.basic);
    const cut = pickOverviewLayout(tp, 346, 454, [1], textAt('en'), null, WRAP_SCALES.default);
    expect(cut.layout.arrangement.wrapDevices).toBe(false);
    const phone = pickOverviewLayout(tp, 346, 454, [1], textAt('en'), null, WRAP_SCALES.default, true, true);
    expect(phone.scale).toBe(0.9);
    expect(phone.layout.arrangement).toMatchObject({ wrapLines: true, wrapEngine: true, wrapDevices: true });
    expect(phone.layout.height * phone.scale).toBeGreaterThan(454);
    // bt-vs-para-vs-hw on a laptop: its words whole only with its three hosts side by side at 95 %, where the hardware's
    // titles, whole in two columns at 100 %, would be cut: it stays at 100 %, in two columns.
    const bvh = topo(presets['bt-vs-para-vs-hw']);
    const laptop = pickOverviewLayout(bvh, 903, 562, [1], textAt('en'), null, WRAP_SCALES.default);
    expect(laptop.scale).toBe(1);
    expect(columns(laptop.layout)).toBe(2);
  });
  it('puts hosts side by side when the width has room, never overlapping', () => {
    const tp = topo(presets['datacenter-32']);
    const l = pickOverviewLayout(tp, 1543, 777, [1], (s) => ovText(ovPx('default', s), (key, params) => tr('en', key, params))).layout;
    expect(new Set(l.hosts.map((h) => h.y)).size).toBeLessThan(l.hosts.length);
    for (const a of l.hosts) for (const b of l.hosts) if (a !== b) expect(overlap(a, b)).toBe(false);
  });
});
