/**
 * pickOverviewLayout on the projector: a world whole in no layout of its frame (two or three hosts of
 * containers in a 1280x720 projector's lens frame) is read at its scale by scrolling (readAtFull), so its
 * words are wrapped whole there, in the place and at the scale the frame picked; without readAtFull
 * (fitted smaller elsewhere) they stay cut, and a world that is whole is picked as before.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, toSnapshot, type Topology } from '../../engine';
import { t as tr } from '../../i18n';
import { LAYOUT_SCALES } from '../shared/labels';
import { pickOverviewLayout, WRAP_SCALES } from './pickOverview';
import { ovPx, ovText } from './ovText';

const topo = (name: keyof typeof presets): Topology => toSnapshot(createSim(presets[name])).topology;
const textAt = (s: number) => ovText(ovPx('projector', s), (k, p) => tr('en', k, p));
/** The 1280x720 projector's Overview frame: its width less the scroll bar, its tallest height. */
const FW = 741;
const FH = 380;
const pick = (name: keyof typeof presets, readAtFull: boolean) => pickOverviewLayout(topo(name), FW, FH, LAYOUT_SCALES.projector, textAt, null, WRAP_SCALES.projector, readAtFull);

describe('pickOverviewLayout read at full size', () => {
  for (const name of ['docker-layers', 'orchestration', 'vm-vs-container'] as const) {
    it(`wraps ${name}'s words whole when no layout is whole, in the place and scale picked with them cut`, () => {
      const cut = pick(name, false);
      const whole = pick(name, true);
      expect(cut.layout.height * cut.scale).toBeGreaterThan(FH);
      expect(cut.layout.arrangement.wrapLines).toBe(false);
      expect(whole.scale).toBe(cut.scale);
      expect(whole.layout.arrangement).toEqual({ ...cut.layout.arrangement, wrapLines: true, wrapEngine: true, wrapDevices: true });
      for (const h of whole.layout.hosts) expect(h.hvRows.some((r) => r > 1)).toBe(true);
    });
  }

  it('picks a world that is whole as before (basic)', () => {
    const [a, b] = [pick('basic', true), pick('basic', false)];
    expect(a.layout.height * a.scale).toBeLessThanOrEqual(FH);
    expect([a.scale, a.layout.arrangement, a.layout.width, a.layout.height]).toEqual([b.scale, b.layout.arrangement, b.layout.width, b.layout.height]);
  });
});
