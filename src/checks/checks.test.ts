/**
 * Concept checks: every section of the notes has one; each instance is deterministic for
 * its seed, has its answer among its choices, and every text it shows exists in Korean
 * and English. The answer is the engine's: replaying the check's world to its reveal
 * tick (as the simulation worker will) shows that answer. Different students get
 * different numbers.
 */
import { describe, expect, it } from 'vitest';
import { ENT, POWER, parseScenario, toSnapshot } from '../engine';
import { catalogues } from '../i18n';
import { NOTES_SECTIONS } from '../tours/types';
import { isKnownLens } from '../views/lensIds';
import { CHECKS, makeCheck } from './index';
import type { CheckInstance } from './types';
import { mixSeed, stateAt } from './world';

const SEEDS = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89];
const has = (key: string): boolean => catalogues.en[key] !== undefined && catalogues.ko[key] !== undefined;
const revealed = (c: CheckInstance) => toSnapshot(stateAt(c.world.scenario, [...c.world.log, ...c.reveal.log].toSorted((a, b) => a.tick - b.tick), c.reveal.tick));

describe('concept checks', () => {
  it('cover every section of the notes', () => {
    for (const s of NOTES_SECTIONS) expect(CHECKS.some((c) => c.section === s), s).toBe(true);
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  });

  for (const def of CHECKS) {
    it(`${def.id}: well formed for many students, in both languages`, () => {
      const answers = new Set<string>();
      const questions = new Set<string>();
      for (const student of SEEDS) {
        const c = makeCheck(def, student, 0);
        expect(c.choices.length, def.id).toBeGreaterThanOrEqual(2);
        expect(new Set(c.choices.map((x) => x.id)).size).toBe(c.choices.length);
        expect(c.choices.map((x) => x.id)).toContain(c.answer);
        expect(parseScenario(c.world.scenario).ok).toBe(true);
        expect(isKnownLens(c.world.lens)).toBe(true);
        expect(c.reveal.tick).toBeGreaterThanOrEqual(c.world.tick);
        for (const key of [`check.${def.id}.title`, c.question.key, c.explain.key, ...c.choices.map((x) => x.label.key)]) expect(has(key), key).toBe(true);
        for (const v of Object.values({ ...c.question.params, ...c.explain.params })) if (typeof v === 'string' && v.startsWith('check.')) expect(has(v), v).toBe(true);
        answers.add(c.answer);
        questions.add(JSON.stringify([c.question, c.world.tick]));
      }
      // Students get their own numbers: the question (or its moment) differs between them.
      expect(questions.size, def.id).toBeGreaterThan(1);
      expect(answers.size).toBeGreaterThanOrEqual(1);
    });
  }

  it('give the same question for the same student and attempt, and a new one for the next attempt', () => {
    for (const def of CHECKS.slice(0, 4)) {
      expect(makeCheck(def, 7, 0)).toEqual(makeCheck(def, 7, 0));
      expect(mixSeed(7, def.id, 1)).not.toBe(mixSeed(7, def.id, 0));
    }
  });
});

describe('answers are what the running world shows at the reveal', () => {
  const byId = (id: string) => CHECKS.find((c) => c.id === id)!;
  it('cpu.nextState: the vCPU is in the answered state at the reveal tick', () => {
    for (const s of SEEDS.slice(0, 5)) {
      const c = makeCheck(byId('cpu.nextState'), s, 0);
      const sel = c.world.select;
      const ent = sel?.kind === 'vcpu' ? sel.index : -1;
      const state = revealed(c).ent.state[ent];
      expect(Object.entries(ENT).find(([, v]) => v === state)?.[0]).toBe(c.answer);
    }
  });
  it('storage.nextVolume: the new volume sits on the answered array', () => {
    for (const s of SEEDS.slice(0, 5)) {
      const c = makeCheck(byId('storage.nextVolume'), s, 0);
      const snap = revealed(c);
      const vol = snap.storage.volumes.find((v) => v.id === 'check-vol');
      expect(snap.storage.arrays[vol?.replicas[0]?.array ?? -1]?.name).toBe(c.answer);
    }
  });
  it('containers.race: the power states at the reveal tick', () => {
    for (const s of SEEDS) {
      const c = makeCheck(byId('containers.race'), s, 0);
      const snap = revealed(c);
      const vms = snap.topology.vms.some((v, i) => v.id.startsWith('app-vm') && snap.vms.power[i] === POWER.on);
      const cts = snap.topology.containers.some((x, i) => x.id.startsWith('app-ct') && snap.containers.power[i] === POWER.on);
      expect(c.answer).toBe(vms ? (cts ? 'both' : 'vms') : cts ? 'containers' : 'none');
    }
  });
  it('containers.exploit: from a bare-host container, every container on that host; from a VM, 1; varied across students', () => {
    const answers = new Set<string>();
    for (const s of SEEDS) {
      const c = makeCheck(byId('containers.exploit'), s, 0);
      const snap = revealed(c);
      const sel = c.world.select;
      expect(sel?.kind === 'vm' || sel?.kind === 'container').toBe(true);
      if (sel === null || (sel.kind !== 'vm' && sel.kind !== 'container')) continue;
      const ct = sel.kind === 'container' ? snap.topology.containers[sel.index] : undefined;
      const host = sel.kind === 'vm' ? snap.topology.vms[sel.index]?.host : ct?.host;
      const onHost = snap.topology.containers.filter((x) => x.host === host).length;
      const expected = sel.kind === 'vm' ? 1 : (ct?.vm ?? -1) >= 0 ? 1 + snap.topology.containers.filter((x) => x.vm === ct?.vm).length : onHost;
      expect(c.answer).toBe(String(expected));
      expect(c.choices.map((x) => x.id)).toContain(c.answer);
      answers.add(c.answer);
    }
    expect(answers.size).toBeGreaterThan(2);
  });
  it('kinds.sandboxRead: an app reads its own copy; the other app falls through to the OS (or finds nothing), never the writer’s copy', () => {
    const answers = new Set<string>();
    for (const s of SEEDS) {
      const c = makeCheck(byId('kinds.sandboxRead'), s, 0);
      const p = c.explain.params ?? {};
      const snap = revealed(c);
      const os = snap.appvirt.os[0]?.entries ?? [];
      const inOs = os.some((e) => e.path === p['path']);
      expect(c.answer).toBe(p['writer'] === p['reader'] ? 'layer' : inOs ? 'os' : 'none');
      // The OS below never changed: the writer's value is in no OS entry.
      expect(os.find((e) => e.path === p['path'])?.value).not.toBe(p['value']);
      answers.add(c.answer);
    }
    expect(answers.size).toBeGreaterThan(1);
    expect(answers.has('other')).toBe(false);
  });
  it('what.gpuShare: the smaller of the slices and the demand, as the engine runs it', () => {
    const answers = new Set<string>();
    for (const s of SEEDS) {
      const c = makeCheck(byId('what.gpuShare'), s, 0);
      const p = c.explain.params ?? {};
      expect(Number(c.answer)).toBe(Math.round(Math.min(Number(p['asks']) / 100, Number(p['k']) / 7) * 100));
      answers.add(c.answer);
    }
    expect(answers.size).toBeGreaterThan(2);
  });
  it('san.raidWrite: 1 on RAID-0, 2 on RAID-1, 4 on RAID-4 and 5 (two reads, two writes)', () => {
    const seen = new Map<number, string>();
    for (const s of [...SEEDS, 144, 233, 377, 610]) {
      const c = makeCheck(byId('san.raidWrite'), s, 0);
      const level = Number(c.question.params?.['level']);
      seen.set(level, c.answer);
      expect(c.answer).toBe(String({ 0: 1, 1: 2, 4: 4, 5: 4 }[level]));
      if (level >= 4) expect(c.explain.params).toMatchObject({ reads: 2, writes: 2 });
    }
    expect(seen.size).toBeGreaterThan(2);
  });
  it('properties.instanceReady: the clone time plus the boot, from the engine', () => {
    const answers = new Set<string>();
    for (const s of SEEDS.slice(0, 6)) {
      const c = makeCheck(byId('properties.instanceReady'), s, 0);
      const p = c.explain.params ?? {};
      expect(Math.abs(Number(c.answer) - (Number(p['clone']) + Number(p['boot'])))).toBeLessThan(1);
      expect(c.choices.map((x) => x.id)).toContain(c.answer);
      answers.add(c.answer);
    }
    expect(answers.size).toBeGreaterThan(1);
  });
  it('containers.scaleOut: the autoscaler settles where each replica works near the target, within its bounds', () => {
    const answers = new Set<string>();
    for (const s of SEEDS.slice(0, 8)) {
      const c = makeCheck(byId('containers.scaleOut'), s, 0);
      const cores = Number(c.question.params?.['cores']);
      expect(c.answer).toBe(String(Math.min(10, Math.ceil(cores / 0.6))));
      expect(c.choices.map((x) => x.id)).toContain(c.answer);
      answers.add(c.answer);
    }
    expect(answers.size).toBeGreaterThan(1);
  });
  it('what.maxRunning: never more running than pCPUs, and as many as can run', () => {
    for (const s of SEEDS) {
      const c = makeCheck(byId('what.maxRunning'), s, 0);
      const p = c.explain.params ?? {};
      expect(Number(c.answer)).toBe(Math.min(Number(p['pcpus']), Number(p['vcpus'])));
    }
  });
  it('san.rackFailure: the lost volumes at the reveal tick', () => {
    for (const s of SEEDS.slice(0, 5)) {
      const c = makeCheck(byId('san.rackFailure'), s, 0);
      const lost = revealed(c).storage.volumes.filter((v) => v.status === 'lost').length;
      expect(c.explain.params?.['lost']).toBe(lost);
    }
  });
});
