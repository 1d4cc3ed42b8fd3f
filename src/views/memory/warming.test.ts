/**
 * memory-overcommit opens with db's guest OS booting (0-4 s) and the grid nearly all free:
 * the lens says so until db runs (or frames fill); at 8 s it has nothing to explain.
 */
import { describe, expect, it } from 'vitest';
import { createSim, POWER, presets, step, toSnapshot, type Snapshot } from '../../engine';
import en from '../../i18n/lenses/memory.en';
import ko from '../../i18n/lenses/memory.ko';
import { warming, warmingWords } from './warming';

/** A sentence of the memory catalogue in `lang` with its figures in (a figure that is a key of it, in its words). */
function translate(lang: 'en' | 'ko', key: string, params: Readonly<Record<string, string | number>>): string {
  const words: Readonly<Record<string, string>> = lang === 'en' ? en : ko;
  return (words[key] ?? '').replaceAll(/\{(\w+)\}/g, (_, k: string) => String(words[String(params[k])] ?? params[k] ?? ''));
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
  it('several booting VMs: the one up first is named and timed', () => {
    const w = warming(changed(5, 2500), 0);
    expect(w?.vms).toEqual(['db', 'web']);
    expect(w?.first).toBe('db');
    expect(w?.s).toBe(1);
    const says = w === null ? null : warmingWords(w);
    expect(says?.key).toBe('memory.warmingMany');
    expect(translate('en', 'memory.warmingMany', says?.params ?? {})).toContain('the guest OSes of db, web are booting; db is up first, in 1.0 s. Only 5 % of the frames');
    expect(translate('ko', 'memory.warmingMany', says?.params ?? {})).toContain('db, web의 게스트 OS가 부팅 중이며, db의 부팅이 1.0초 뒤 가장 먼저 끝납니다. 아직 프레임의 5 %만');
  });
  it('the VM named second, when it is up sooner, is the one named first up, with its own time', () => {
    const w = warming(changed(5, 400), 0);
    expect(w?.vms).toEqual(['db', 'web']);
    expect(w?.first).toBe('web');
    expect(w?.s).toBe(0.4);
    expect(translate('en', 'memory.warmingMany', w === null ? {} : warmingWords(w).params)).toContain('web is up first, in 0.4 s');
  });
  it('one booting VM has its own time left', () => {
    const w = warming(toSnapshot(step(createSim(presets['memory-overcommit']), 3000)), 0);
    expect(w === null ? null : warmingWords(w).key).toBe('memory.warming');
  });
  it('9.6 % in use reads as 9 %, not as the 10 % cut-off', () => {
    expect(warming(changed(9.6, 2500), 0)?.pct).toBe(9);
  });
  it('0.4 % in use reads as under 1 %, never as 0 % beside a grid with used cells', () => {
    const w = warming(changed(0.4, 2500), 0);
    expect(w?.underOne).toBe(true);
    const params = w === null ? {} : warmingWords(w).params;
    expect(translate('en', 'memory.warmingMany', params)).toContain('Only under 1 % of the frames');
    expect(translate('ko', 'memory.warmingMany', params)).toContain('아직 프레임의 1 % 미만만');
    expect(warming(changed(0, 2500), 0)?.underOne).toBe(false);
  });
  it('claims only that a frame stays free until a guest first touches a page in it', () => {
    for (const key of ['memory.warming', 'memory.warmingMany'] as const) {
      const params = { vms: 'db', first: 'db', s: '1.0', pct: '3 %' };
      expect(translate('en', key, params)).toContain('a frame stays free until a guest first touches a page in it');
      expect(translate('en', key, params)).not.toContain('the rest stay free');
      expect(translate('ko', key, params)).toContain('프레임은 게스트가 그 안의 페이지를 처음 쓸 때까지 비어 있습니다');
    }
  });
});
