/**
 * memory-overcommit opens with db's guest OS booting (0-4 s) and the grid nearly all free:
 * the lens says so until db runs (or frames fill); at 8 s it has nothing to explain.
 */
import { describe, expect, it } from 'vitest';
import { createSim, POWER, presets, step, toSnapshot, type Snapshot } from '../../engine';
import en from '../../i18n/lenses/memory.en';
import ko from '../../i18n/lenses/memory.ko';
import { warming, warmingWords } from './warming';

/** A sentence of the memory catalogue in `lang` with its figures in. */
function translate(lang: 'en' | 'ko', key: string, params: Readonly<Record<string, string | number>>): string {
  const words: Readonly<Record<string, string>> = lang === 'en' ? en : ko;
  return (words[key] ?? '').replaceAll(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

describe('warming', () => {
  it('at 3 s: db boots with 1.0 s left and few frames in use', () => {
    const w = warming(toSnapshot(step(createSim(presets['memory-overcommit']), 3000)), 0);
    expect(w?.vms).toEqual(['db']);
    expect(w?.s).toBe(1);
    expect(w?.pct).toBeLessThan(10);
  });
  it('at 8 s the grid shows db and web at work: no word needed', () => {
    expect(warming(toSnapshot(step(createSim(presets['memory-overcommit']), 8000)), 0)).toBeNull();
  });
});

/** memory-overcommit at 3 s, changed: web booting too (its guest OS up later than db's), and `used` % of host-0's frames in use. */
function changed(used: number, webLeftMs: number): Snapshot {
  const s = structuredClone(toSnapshot(step(createSim(presets['memory-overcommit']), 3000)));
  const web = s.topology.vms.findIndex((vm) => vm.name === 'web');
  s.vms.power[web] = POWER.booting;
  s.vms.bootLeft[web] = webLeftMs;
  const hm = s.memory.hosts[0];
  if (hm !== undefined) hm.freeFrames = Math.round(hm.frames * (1 - used / 100));
  return s;
}

describe('warming: its words say only what the snapshot shows', () => {
  it('several booting VMs: only the first to be up is timed', () => {
    const w = warming(changed(5, 2500), 0);
    expect(w?.vms).toEqual(['db', 'web']);
    expect(w?.s).toBe(1);
    const says = w === null ? null : warmingWords(w);
    expect(says?.key).toBe('memory.warmingMany');
    expect(translate('en', 'memory.warmingMany', says?.params ?? {})).toContain('the guest OSes of db, web are booting; the first is up in 1.0 s');
    expect(translate('ko', 'memory.warmingMany', says?.params ?? {})).toContain('db, web의 게스트 OS가 부팅 중입니다(첫 번째는 1.0초 뒤에 올라옴)');
  });
  it('one booting VM has its own time left', () => {
    const w = warming(toSnapshot(step(createSim(presets['memory-overcommit']), 3000)), 0);
    expect(w === null ? null : warmingWords(w).key).toBe('memory.warming');
  });
  it('9.6 % in use reads as 9 %, not as the 10 % cut-off', () => {
    expect(warming(changed(9.6, 2500), 0)?.pct).toBe(9);
  });
  it('claims only that a frame stays free until a guest first touches a page in it', () => {
    for (const key of ['memory.warming', 'memory.warmingMany'] as const) {
      expect(translate('en', key, { vms: 'db', s: '1.0', pct: 3 })).toContain('a frame stays free until a guest first touches a page in it');
      expect(translate('en', key, { vms: 'db', s: '1.0', pct: 3 })).not.toContain('the rest stay free');
      expect(translate('ko', key, { vms: 'db', s: '1.0', pct: 3 })).toContain('프레임은 게스트가 그 안의 페이지를 처음 쓸 때까지 비어 있습니다');
    }
  });
});
