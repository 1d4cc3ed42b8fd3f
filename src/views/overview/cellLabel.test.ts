/**
 * What the pCPU cells say: on the projector the hyperthreads lesson's four cells (one vCPU
 * each of calc-1..calc-4) read apart, each a whole form, never a name cut mid-way.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, toSnapshot } from '../../engine';
import { t as tr } from '../../i18n';
import { textWidth } from '../fitText';
import { GROWTH, LAYOUT_SCALES } from '../shared/labels';
import { cellText, pickForm, sharedStart, vcpuForms } from './cellLabel';
import { pickOverviewLayout, WRAP_SCALES } from './pickOverview';
import { ovPx, ovText } from './ovText';

describe('cellLabel', () => {
  it('finds the start the names share, up to a separator', () => {
    expect(sharedStart(['calc-1', 'calc-2', 'calc-3'])).toBe('calc-');
    expect(sharedStart(['batch', 'web-1', 'db-1'])).toBe('');
    expect(sharedStart(['web-1', 'web-1'])).toBe('');
    expect(sharedStart(['web-a1', 'web-a2'])).toBe('web-');
  });

  it('takes the longest form that fits whole', () => {
    const forms = vcpuForms('calc-1', 0, 'calc-');
    expect(forms).toEqual(['calc-1:0', '…1:0', '1:0', 'calc-1', '1']);
    expect(pickForm(forms, 1000, 14)).toBe('calc-1:0');
    expect(pickForm(forms, textWidth('…1:0', 14), 14)).toBe('…1:0');
    expect(pickForm(forms, textWidth('1:0', 14), 14)).toBe('1:0');
    expect(pickForm(forms, textWidth('1', 14), 14)).toBe('1');
    // No shared start (basic: batch, web-1, db-1): the VM's name whole, its vCPU in the title.
    expect(pickForm(vcpuForms('web-1', 1, ''), textWidth('web-1', 14), 14)).toBe('web-1');
    expect(pickForm(vcpuForms('web-1', 1, ''), textWidth('web', 14), 14)).toBe('we…');
  });

  for (const lang of ['en', 'ko'] as const) {
    it(`tells hyperthreads' four cells apart on the projector (${lang})`, () => {
      const tp = toSnapshot(createSim(presets.hyperthreads)).topology;
      const textAt = (s: number) => ovText(ovPx('projector', s), (key, params) => tr(lang, key, params));
      const { layout: l, scale } = pickOverviewLayout(tp, 744, 380, LAYOUT_SCALES.projector, textAt, GROWTH.projector, WRAP_SCALES.projector);
      const h = l.hosts[0]!;
      const cells = h.sockets.flatMap((s) => s.cores.flatMap((c) => c.threads));
      const ents = tp.vms.filter((x) => x.host === h.index).flatMap((vm) => Array.from({ length: vm.vcpus }, (_v, i) => vm.entOffset + i));
      expect(cells).toHaveLength(4);
      expect(ents).toHaveLength(4);
      // Drawn at 14 px or more, and wide enough that the cell shows text at all.
      expect(l.text.tiny * scale).toBeGreaterThanOrEqual(14 - 0.05);
      const shown = cells.map((th, i) => {
        expect(th.rect.w).toBeGreaterThanOrEqual(3 * l.text.tiny);
        return cellText(tp, h.index, ents[i]!, th.rect.w - 4, l.text.tiny);
      });
      expect(new Set(shown).size).toBe(4);
      const names = ents.map((e) => tp.vms.find((x) => e >= x.entOffset && e < x.entOffset + x.vcpus)!);
      shown.forEach((s, i) => {
        // A whole form: the full name, or its distinguishing end (at most a leading '…').
        const full = `${names[i]!.name}:${ents[i]! - names[i]!.entOffset}`;
        expect(s.slice(1)).not.toContain('…');
        expect(full.endsWith(s.replace(/^…/, ''))).toBe(true);
        expect(textWidth(s, l.text.tiny)).toBeLessThanOrEqual(cells[i]!.rect.w - 4);
      });
    });
  }
});
