/**
 * The share-link state survives encode -> decode unchanged for any reachable state
 * (fast-check), stays short for an unedited preset, and bad links are refused with a
 * message instead of a crash.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presets } from '../engine';
import { t } from '../i18n';
import { MAX_TICK } from './limits';
import { parseBootParams } from './urlParams';
import { decodeState, decodeStateJson, encodeState, MAX_LINK_CHARS, toWire, type SharedState } from './shareState';

const selection = fc.oneof(
  fc.constant(null),
  fc.record({ kind: fc.constantFrom('host' as const, 'hypervisor' as const, 'pcpu' as const, 'vm' as const, 'container' as const, 'vcpu' as const, 'volume' as const, 'array' as const), index: fc.nat(50) }),
);
const command = fc.oneof(
  fc.record({ type: fc.constant('stopVm' as const), vm: fc.constantFrom('web-1', 'db-1', 'batch-1') }),
  fc.record({ type: fc.constant('setTimeslice' as const), host: fc.constant('host-1'), ms: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ type: fc.constant('setHypervisorType' as const), host: fc.constant('host-1'), hvType: fc.constantFrom('type1' as const, 'type2' as const) }),
);
const stateArb: fc.Arbitrary<SharedState> = fc.record({
  preset: fc.constantFrom('basic', 'datacenter-32'),
  seed: fc.integer({ min: 0, max: 4_294_967_295 }),
  log: fc.array(fc.record({ tick: fc.nat(100_000), command }), { maxLength: 20 }),
  tick: fc.nat(MAX_TICK),
  lens: fc.constantFrom('overview', 'cpu'),
  selection,
  speed: fc.oneof(fc.constant('max' as const), fc.constantFrom(0.25, 1, 4, 1000)),
  theme: fc.constantFrom('default' as const, 'projector' as const, 'contrast' as const),
  lang: fc.constantFrom('ko' as const, 'en' as const),
  playing: fc.boolean(),
  edited: fc.boolean(),
  tour: fc.option(fc.record({ id: fc.constantFrom('course', 'scheduling'), step: fc.nat(18) })),
}).map(({ edited, tour, ...s }) => {
  const base = presets[s.preset as 'basic'];
  const scenario = edited ? { ...base, seed: s.seed, name: 'Edited in class' } : { ...base, seed: s.seed };
  return tour === null ? { ...s, scenario } : { ...s, scenario, tour };
});

describe('share state', () => {
  it('round-trips every state exactly', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const r = decodeState(encodeState(s));
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.state).toEqual(s);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps an unedited preset short (a QR code can hold it)', () => {
    const s: SharedState = { preset: 'basic', scenario: presets.basic, seed: 42, log: [], tick: 4321, lens: 'overview', selection: { kind: 'vm', index: 1 }, speed: 1, theme: 'projector', lang: 'ko', playing: false };
    const code = encodeState(s);
    expect(code.length).toBeLessThan(200);
    expect(code.length).toBeLessThan(MAX_LINK_CHARS);
  });

  it('refuses garbage, tampered and oversized links without throwing', () => {
    expect(decodeState('not base64!').ok).toBe(false);
    expect(decodeState('AAAA').ok).toBe(false);
    expect(decodeState('x'.repeat(300_000))).toMatchObject({ ok: false, error: { key: 'lecture.state.tooLong' } });
  });

  it('refuses a link whose scenario is invalid, naming the field', () => {
    const s: SharedState = { preset: 'custom', scenario: { ...presets.basic, name: 'x' }, seed: 1, log: [], tick: 0, lens: 'overview', selection: null, speed: 1, theme: 'default', lang: 'en', playing: false };
    const bad = { ...s, scenario: { ...presets.basic, hosts: [] } };
    const r = decodeState(encodeState(bad as SharedState));
    expect(r).toMatchObject({ ok: false, error: { key: 'lecture.state.scenario', params: { field: 'hosts' } } });
  });

  it('opens a link made while any lens had something selected (a Gantt slice is left out)', () => {
    const s: SharedState = { preset: 'array-failure', scenario: presets['array-failure'], seed: presets['array-failure'].seed, log: [], tick: 4500, lens: 'storage', selection: { kind: 'array', index: 1 }, speed: 1, theme: 'default', lang: 'en', playing: false };
    expect(decodeState(encodeState(s))).toMatchObject({ ok: true, state: { selection: { kind: 'array', index: 1 } } });
    const slice = { kind: 'cpuSlice' as const, index: 3, pcpu: 0, ent: 1, start: 10, end: 20, why: 0, endWhy: 0, detail: 0, mig: 0 };
    expect(decodeState(encodeState({ ...s, lens: 'cpu', selection: slice }))).toMatchObject({ ok: true, state: { selection: null } });
  });

  it('opens what was on screen at any tick a run can reach, by link and by URL parameter', () => {
    const s: SharedState = { preset: 'basic', scenario: presets.basic, seed: presets.basic.seed, log: [], tick: 12_345_678, lens: 'overview', selection: null, speed: 1, theme: 'default', lang: 'en', playing: false };
    expect(decodeState(encodeState(s))).toMatchObject({ ok: true, state: { tick: 12_345_678 } });
    expect(decodeState(encodeState({ ...s, tick: MAX_TICK }))).toMatchObject({ ok: true, state: { tick: MAX_TICK } });
    expect(parseBootParams('?tick=12345678')).toMatchObject({ params: { tick: 12_345_678 }, notices: [] });
    expect(parseBootParams(`?tick=${MAX_TICK + 1}`).notices).toHaveLength(1);
  });

  it('says why a link is refused in the reader\'s language, never in the validator\'s words', () => {
    const wire = { ...toWire({ preset: 'basic', scenario: presets.basic, seed: 1, log: [], tick: 0, lens: 'overview', selection: null, speed: 1, theme: 'default', lang: 'en', playing: false }), tick: MAX_TICK + 1 };
    const r = decodeStateJson(wire);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(t('en', r.error.key, r.error.params)).toBe(`The shared link was not opened: the field "tick" is wrong (too large: at most ${MAX_TICK}).`);
    expect(t('ko', r.error.key, r.error.params)).toBe(`공유 링크를 열지 않았습니다. 필드 "tick"의 값이 잘못되었습니다(너무 큼: 최대 ${MAX_TICK}).`);
  });
});
