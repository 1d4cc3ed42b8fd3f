/**
 * What the pCPU cells say: on the projector the hyperthreads lesson's four cells (one vCPU
 * each of calc-1..calc-4) read apart, each a whole form, never a name cut mid-way; and
 * basic's (web-1, db-1, batch-1) each name their VM whole, or by the start of it no other VM has.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, toSnapshot } from '../../engine';
import { t as tr } from '../../i18n';
import { textWidth } from '../fitText';
import { GROWTH, LAYOUT_SCALES } from '../shared/labels';
import { cellText, distinctEnd, distinctLeads, nameParts, pickForm, vcpuForms, type NameParts } from './cellLabel';
import { pickOverviewLayout, WRAP_SCALES } from './pickOverview';
import { ovPx, ovText } from './ovText';

describe('cellLabel', () => {
  it('finds the end and the starts of a name that no other name on its host has, at separators', () => {
    expect(distinctEnd('calc-1', ['calc-2', 'calc-3'])).toBe('1');
    expect(distinctEnd('web-a1', ['web-a2'])).toBe('a1');
    // The shortest end that tells it apart: "1" is web-b-1's too.
    expect(distinctEnd('web-a-1', ['web-b-1', 'web-a-2'])).toBe('a-1');
    expect(distinctEnd('vm-3', ['vm-13', 'vm-23'])).toBe('3');
    expect(distinctEnd('batch-1', ['web-1', 'db-1'])).toBeNull();
    expect(distinctEnd('batch', ['web-1'])).toBeNull();
    expect(distinctLeads('batch-1', ['web-1', 'db-1'])).toEqual(['batch']);
    expect(distinctLeads('batch-a', ['batch-b', 'db'])).toEqual([]);
    expect(distinctLeads('web-front-1', ['web-back-1'])).toEqual(['web-front']);
    expect(distinctLeads('db-main-1', ['web-1'])).toEqual(['db-main', 'db']);
    expect(distinctLeads('web', ['web-1'])).toEqual([]);
  });

  it('takes the longest form that fits whole', () => {
    const forms = vcpuForms('calc-1', 0, nameParts('calc-1', ['calc-2', 'calc-3', 'calc-4']));
    expect(forms).toEqual(['calc-1:0', '…1:0', '1:0', 'calc-1', '1']);
    expect(pickForm(forms, 1000, 14)).toBe('calc-1:0');
    expect(pickForm(forms, textWidth('…1:0', 14), 14)).toBe('…1:0');
    expect(pickForm(forms, textWidth('1:0', 14), 14)).toBe('1:0');
    expect(pickForm(forms, textWidth('1', 14), 14)).toBe('1');
    // No end tells them apart (basic: web-1, db-1, batch-1): the VM's name whole, else the start of it no other VM has, a word.
    const basic = (name: string): NameParts => nameParts(name, ['web-1', 'db-1', 'batch-1'].filter((n) => n !== name));
    expect(vcpuForms('batch-1', 0, basic('batch-1'))).toEqual(['batch-1:0', 'batch-1', 'batch']);
    // A VM's only vCPU: its name alone first ("desktop-1", never "…1:0").
    expect(vcpuForms('desktop-1', 0, nameParts('desktop-1', ['desktop-2', 'desktop-3']), true)).toEqual(['desktop-1', '…1', '1']);
    expect(pickForm(vcpuForms('web-1', 1, basic('web-1')), textWidth('web-1', 14), 14)).toBe('web-1');
    expect(pickForm(vcpuForms('batch-1', 0, basic('batch-1')), textWidth('batch', 14), 14)).toBe('batch');
    expect(pickForm(vcpuForms('web-1', 1, basic('web-1')), textWidth('we', 14), 14)).toBe('w…');
    // batch-a beside batch-b (cpu-overcommit): their ends tell them apart.
    expect(pickForm(vcpuForms('batch-a', 0, nameParts('batch-a', ['batch-b', 'db', 'web'])), textWidth('batch', 14), 14)).toBe('…a:0');
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
        return cellText(tp, ents[i]!, th.rect.w - 4, l.text.tiny);
      });
      expect(new Set(shown).size).toBe(4);
      const names = ents.map((e) => tp.vms.find((x) => e >= x.entOffset && e < x.entOffset + x.vcpus)!);
      shown.forEach((s, i) => {
        // A whole form: the full name, or its distinguishing end (at most a leading '…'); a VM's only vCPU, by its name alone.
        const full = names[i]!.vcpus === 1 ? names[i]!.name : `${names[i]!.name}:${ents[i]! - names[i]!.entOffset}`;
        expect(s.slice(1)).not.toContain('…');
        expect(full.endsWith(s.replace(/^…/, ''))).toBe(true);
        expect(textWidth(s, l.text.tiny)).toBeLessThanOrEqual(cells[i]!.rect.w - 4);
      });
    });
  }
  for (const lang of ['en', 'ko'] as const) {
    it(`on the projector, basic's cells name every VM whole: batch-1 as "batch", not "batc…" (${lang})`, () => {
      const tp = toSnapshot(createSim(presets.basic)).topology;
      const textAt = (s: number) => ovText(ovPx('projector', s), (key, params) => tr(lang, key, params));
      const { layout: l } = pickOverviewLayout(tp, 744, 380, LAYOUT_SCALES.projector, textAt, GROWTH.projector, WRAP_SCALES.projector);
      const cells = l.hosts[0]!.sockets.flatMap((s) => s.cores.flatMap((c) => c.threads));
      const narrowest = Math.min(...cells.map((th) => th.rect.w));
      for (const vm of tp.vms) {
        for (let i = 0; i < vm.vcpus; i++) {
          const shown = cellText(tp, vm.entOffset + i, narrowest - 4, l.text.tiny);
          expect(shown, vm.name).not.toContain('…');
          expect(`${vm.name}:${i}`.startsWith(shown), `${vm.name}: ${shown}`).toBe(true);
        }
      }
    });
  }
});
