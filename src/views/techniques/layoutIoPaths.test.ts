/** The I/O paths drawing: one column per VM inside the drawing, routes that go where each path goes, every box's words whole. */
import { describe, expect, it } from 'vitest';
import en from '../../i18n/lenses/iopaths.en';
import ko from '../../i18n/lenses/iopaths.ko';
import { boldPx } from '../shared/labels';
import { ioNarrow, ioPathsHeight, ioTextWidth as textWidth, layoutIoPaths, PACKET_R, routeD, type IoBoxKind, type IoLayer, type IoLayout, type IoWords } from './layoutIoPaths';

const BOXES: readonly IoBoxKind[] = ['driver', 'deviceModel', 'ring', 'backend', 'device', 'bypass', 'iommu', 'vf'];
const LAYERS: readonly IoLayer[] = ['guest', 'hypervisor', 'hardware'];
/** The drawing's words in a language, at the sizes the view gives them. */
function wordsOf(d: Readonly<Record<string, string>>, px: number, bandPx = 13): IoWords {
  const s = (k: string): string => d[k] ?? k;
  return {
    box: Object.fromEntries(BOXES.map((k) => [k, s(`iopaths.box.${k}`)])) as Record<IoBoxKind, string>,
    note: [s('iopaths.mark.traps').replace('{n}', '6'), s('iopaths.mark.kick').replace('{n}', '8'), s('iopaths.mark.dma')],
    band: Object.fromEntries(LAYERS.map((k) => [k, s(`iopaths.layer.${k}`)])) as Record<IoLayer, string>,
    px,
    bandPx,
  };
}
const PATHS = ['emulated', 'virtio', 'passthrough'] as const;
const overlap = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('layoutIoPaths', () => {
  const l = layoutIoPaths(PATHS, 1200, 400, 6, wordsOf(en, 12));
  const band = (layer: string) => l.bands.find((b) => b.layer === layer)!;
  const inBand = (y: number, layer: string) => y >= band(layer).y && y <= band(layer).y + band(layer).h;
  it('fills the size with three bands and one column per VM', () => {
    expect(l.bands.map((b) => b.layer)).toEqual(['guest', 'hypervisor', 'hardware']);
    expect(l.bands.reduce((n, b) => n + b.h, 0)).toBeCloseTo(400, 6);
    expect(l.columns).toHaveLength(3);
    for (const c of l.columns) for (const b of c.boxes) {
      expect(b.rect.x).toBeGreaterThanOrEqual(c.x);
      expect(b.rect.x + b.rect.w).toBeLessThanOrEqual(c.x + c.w);
    }
  });
  it('emulated: a trap mark per register access, in the hypervisor band; it ends at the device', () => {
    const [e] = l.columns;
    expect(e!.marks).toHaveLength(6);
    expect(e!.boxes.map((b) => b.kind)).toEqual(['driver', 'deviceModel', 'device']);
    expect(inBand(e!.route.at(-1)!.y, 'hardware')).toBe(true);
  });
  it('virtio: one notification between the ring and the backend', () => {
    expect(l.columns[1]!.marks).toHaveLength(1);
    expect(l.columns[1]!.boxes.map((b) => b.kind)).toEqual(['driver', 'ring', 'backend', 'device']);
  });
  it('passthrough: the route never enters the hypervisor box; it passes the IOMMU to the VF', () => {
    const p = l.columns[2]!;
    const bypass = p.boxes.find((b) => b.kind === 'bypass')!.rect;
    for (const pt of p.route) expect(pt.x < bypass.x || pt.x > bypass.x + bypass.w).toBe(true);
    expect(p.marks).toHaveLength(0);
    expect(p.boxes.map((b) => b.kind)).toContain('iommu');
  });
  it('writes a route as an SVG path', () => {
    expect(routeD([{ x: 1, y: 2 }, { x: 3, y: 4 }])).toBe('M1.0,2.0 L3.0,4.0');
  });
});

/**
 * Audit 16: a phone cut "게스트 드…", "virtio 백…", "IO…", "하이퍼바…"; the projector "hypervisor: b…" and
 * "virtual functio…", and its "1 notification per 8" ran into the passthrough route. Each frame the view lays
 * the drawing out for (its width in units, the label size it renders there), in both languages.
 */
describe('layoutIoPaths: every word whole, on every screen', () => {
  const SCREENS = [
    { name: 'phone 390x844', width: 328, px: 11, bandPx: 13 },
    { name: 'projector 1280x720', width: 741, px: 14, bandPx: 14 },
    { name: 'tablet 768x1024', width: 706, px: 12, bandPx: 13 },
    { name: 'laptop 1280x800', width: 899, px: 12, bandPx: 13 },
    { name: 'desktop 1920x1080', width: 1539, px: 12, bandPx: 13 },
  ];
  for (const s of SCREENS) for (const [lang, d] of [['en', en], ['ko', ko]] as const) {
    it(`${s.name}, ${lang}`, () => {
      const words = wordsOf(d, s.px, s.bandPx);
      const lay: IoLayout = layoutIoPaths(PATHS, s.width, ioPathsHeight(3, s.width), 6, words);
      const px = boldPx(s.px);
      const problems: string[] = [];
      for (const c of lay.columns) {
        for (const b of c.boxes) {
          // The words, all of them, in lines that fit the box.
          if (b.lines.join(' ') !== words.box[b.kind]) problems.push(`${b.kind}: ${JSON.stringify(b.lines)}`);
          for (const line of b.lines) if (textWidth(line, px) > b.rect.w - 6) problems.push(`${b.kind}: "${line}" ${textWidth(line, px).toFixed(0)} px in ${b.rect.w.toFixed(0)}`);
          if (b.lines.length * lay.lineH > b.rect.h) problems.push(`${b.kind}: ${b.lines.length} lines in ${b.rect.h.toFixed(0)} px`);
          if (b.rect.x < c.x || b.rect.x + b.rect.w > c.x + c.w) problems.push(`${b.kind} leaves column ${c.path}`);
          const layer = b.kind === 'driver' ? 'guest' : b.kind === 'device' || b.kind === 'iommu' || b.kind === 'vf' ? 'hardware' : 'hypervisor';
          const bd = lay.bands.find((x) => x.layer === layer)!;
          if (b.kind !== 'ring' && (b.rect.y < bd.y || b.rect.y + b.rect.h > bd.y + bd.h)) problems.push(`${b.kind} leaves the ${layer} band`);
        }
        for (const [i, a] of c.boxes.entries()) for (const b of c.boxes.slice(i + 1)) if (overlap(a.rect, b.rect)) problems.push(`${a.kind} overlaps ${b.kind}`);
        // The note: whole, within its column (so it runs into no other column's route).
        if (c.noteLines.join(' ') !== words.note[lay.columns.indexOf(c)]) problems.push(`note ${JSON.stringify(c.noteLines)}`);
        if (!lay.narrow) for (const line of c.noteLines) if (c.note.x + textWidth(line, px) > c.x + c.w) problems.push(`note "${line}" runs past column ${c.path}`);
      }
      // Band names: whole in the gutter, or (narrow) in the strip above the boxes.
      for (const b of lay.bands) {
        const w = textWidth(words.band[b.layer], boldPx(s.bandPx));
        if (!lay.narrow && b.label.x + w > lay.labelW) problems.push(`band ${b.layer} runs into the columns`);
        if (lay.narrow) for (const c of lay.columns) for (const x of c.boxes) if (overlap(x.rect, { x: b.label.x, y: b.label.y - s.bandPx, w, h: s.bandPx + 2 })) problems.push(`band ${b.layer} under ${x.kind}`);
      }
      expect(problems).toEqual([]);
    });
  }
  it('a still request rests on its route, between two boxes, clear of their words and of the notes (en, ko; phone to desktop)', () => {
    const problems: string[] = [];
    for (const [lang, d] of [['en', en], ['ko', ko]] as const) for (const width of [328, 741, 899, 1400]) {
      const words = wordsOf(d, 14);
      const lay = layoutIoPaths(PATHS, width, ioPathsHeight(3, width), 6, words);
      for (const c of lay.columns) {
        const r = c.rest;
        const dot = { x: r.x - PACKET_R, y: r.y - PACKET_R, w: 2 * PACKET_R, h: 2 * PACKET_R };
        const onRoute = c.route.slice(1).some((b, i) => {
          const a = c.route[i]!;
          return Math.abs(Math.hypot(r.x - a.x, r.y - a.y) + Math.hypot(b.x - r.x, b.y - r.y) - Math.hypot(b.x - a.x, b.y - a.y)) < 0.01;
        });
        if (!onRoute) problems.push(`${lang} ${width} ${c.path}: rests off its route`);
        for (const b of c.boxes) if (overlap(dot, b.rect)) problems.push(`${lang} ${width} ${c.path}: rests on ${b.kind}`);
        if (!lay.narrow) for (const [j, line] of c.noteLines.entries()) {
          const note = { x: c.note.x, y: c.note.y + j * lay.lineH - 14, w: textWidth(line, boldPx(14)), h: lay.lineH };
          if (overlap(dot, note)) problems.push(`${lang} ${width} ${c.path}: rests on its note "${line}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
  it('a phone is narrow (band names atop the bands), a projector and a laptop are not', () => {
    expect(ioNarrow(3, 328)).toBe(true);
    expect(ioNarrow(3, 741)).toBe(false);
    expect(ioNarrow(3, 899)).toBe(false);
  });
});
