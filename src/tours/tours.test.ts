/**
 * Every tour step checked against what this build has. A step whose lens or preset is
 * not here yet is reported as skipped (with what is missing) and its fallback must be
 * showable; steps that are here must be fully valid. Tours follow the course notes'
 * order, have narration in both languages, and their tasks are checkable or degrade.
 */
import { describe, expect, it } from 'vitest';
import { POWER, PRESET_IDS, createSim, presets, step, toSnapshot } from '../engine';
import { catalogues } from '../i18n';
import { LENS_IDS } from '../views/registry';
import { DEFAULT_FALLBACK, NOTES_ORDER_CHECK, TOURS, canWait, isDone, missingParts, resolveStep, stepKeys } from './testing';

const av = { lenses: new Set(LENS_IDS), presets: new Set<string>(PRESET_IDS) };

describe('tours', () => {
  it('exist, with unique ids and unique step ids', () => {
    expect(TOURS.length).toBeGreaterThanOrEqual(2);
    expect(new Set(TOURS.map((t) => t.id)).size).toBe(TOURS.length);
    for (const tour of TOURS) expect(new Set(tour.steps.map((s) => s.id)).size).toBe(tour.steps.length);
  });

  for (const tour of TOURS) {
    it(`${tour.id}: follows the course notes' order`, () => {
      expect(NOTES_ORDER_CHECK(tour)).toEqual([]);
    });
    it(`${tour.id}: has a title, a blurb and narration for every step in Korean and English`, () => {
      for (const lang of ['en', 'ko'] as const) {
        expect(catalogues[lang][`tour.${tour.id}.title`]).toBeTruthy();
        expect(catalogues[lang][`tour.${tour.id}.blurb`]).toBeTruthy();
        for (const s of tour.steps) {
          const k = stepKeys(tour.id, s);
          expect(catalogues[lang][k.title], `${lang} ${k.title}`).toBeTruthy();
          expect(catalogues[lang][k.body], `${lang} ${k.body}`).toBeTruthy();
          const task = resolveStep(s, av).waitFor ?? s.waitFor;
          if (task !== undefined) expect(catalogues[lang][k.task], `${lang} ${k.task}`).toBeTruthy();
        }
      }
    });
    tour.steps.forEach((s, i) => {
      const missing = missingParts(s, av);
      it.skipIf(missing.length > 0)(`${tour.id} step ${i + 1} (${s.id}): lens ${s.lens} and preset ${s.preset} exist${missing.length > 0 ? ` [missing: ${missing.join(', ')}]` : ''}`, () => {
        const r = resolveStep(s, av);
        expect(r.degraded).toBe(false);
        expect(r.lens).toBe(s.lens);
      });
      it(`${tour.id} step ${i + 1} (${s.id}): shows something in this build`, () => {
        const r = resolveStep(s, av);
        expect(missingParts(r, av)).toEqual([]);
        expect(r.degraded).toBe(missing.length > 0);
        if (missing.length > 0 && s.fallback === undefined) expect({ lens: r.lens, preset: r.preset }).toEqual(DEFAULT_FALLBACK);
      });
    });
  }
});

describe('tasks', () => {
  const snap = toSnapshot(step(createSim(presets.basic), 6000));
  it('check ready vCPUs, ticks, hypervisor type, powered-off VMs and selection', () => {
    const ctx = { snapshot: snap, selection: null, pathEnd: null };
    expect(isDone({ kind: 'tick', at: 6000 }, ctx)).toBe(true);
    expect(isDone({ kind: 'tick', at: 6001 }, ctx)).toBe(false);
    expect(isDone({ kind: 'state', state: 'running', min: 1 }, ctx)).toBe(true);
    expect(isDone({ kind: 'state', state: 'running', min: 99 }, ctx)).toBe(false);
    expect(isDone({ kind: 'hvType', type: 'type1' }, ctx)).toBe(true);
    expect(isDone({ kind: 'hvType', type: 'type2' }, ctx)).toBe(false);
    expect(isDone({ kind: 'vmOff' }, ctx)).toBe(false);
    expect(isDone({ kind: 'select', sel: 'vm' }, { snapshot: snap, selection: { kind: 'vm', index: 0 }, pathEnd: null })).toBe(true);
  });

  it('check that the student stepped the named instruction\'s path to its end, and no other', () => {
    const w = { kind: 'pathEnd', instr: 'io' } as const;
    expect(isDone(w, { snapshot: snap, selection: null, pathEnd: null })).toBe(false);
    expect(isDone(w, { snapshot: snap, selection: null, pathEnd: 'cli' })).toBe(false);
    expect(isDone(w, { snapshot: snap, selection: null, pathEnd: 'io' })).toBe(true);
  });

  it('that name a state this engine lacks cannot be waited for, and never complete', () => {
    const w = { kind: 'state' as const, state: 'no-such-state', min: 1 };
    expect(canWait(w)).toBe(false);
    expect(isDone(w, { snapshot: snap, selection: null, pathEnd: null })).toBe(false);
  });
});

describe('every task', () => {
  // A task already met in the world its step opens on would be "done" before the student
  // did anything, and (with pauseWhenDone) would freeze the step at its first tick.
  for (const tour of TOURS) {
    tour.steps.forEach((s, i) => {
      const r = resolveStep(s, av);
      const task = r.waitFor;
      if (task === undefined) return;
      it(`${tour.id} step ${i + 1} (${s.id}): is still to do when the step opens`, () => {
        expect(r.log ?? []).toEqual([]);
        const preset = presets[r.preset as keyof typeof presets];
        const snap = toSnapshot(step(createSim(preset), r.tick ?? 0));
        expect(isDone(task, { snapshot: snap, selection: r.select ?? null, pathEnd: null })).toBe(false);
      });
    });
  }
});

describe('steps whose words describe the picture', () => {
  it('course "Hyperthreading" opens where sibling threads are busy together (its words say "two busy siblings")', () => {
    const course = TOURS.find((t) => t.id === 'course');
    const s = course?.steps.find((x) => x.id === 'hyperthreads');
    expect(s?.preset).toBe('hyperthreads');
    const snap = toSnapshot(step(createSim(presets.hyperthreads), s?.tick ?? 0));
    // A thread whose sibling is busy runs at the shared rate (about 0.62 of a core), every one of them here.
    const rates = Array.from(snap.cpu.rate);
    expect(rates.length).toBe(4);
    for (const r of rates) expect(r).toBeLessThan(0.7);
    expect(snap.vms.power.every((p) => p === POWER.on)).toBe(true);
  });
});
