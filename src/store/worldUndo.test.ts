/**
 * A replaced world that held the person's work is kept, exactly (scenario, commands,
 * tick, file name), through the store's one entry point that every load goes through;
 * untouched presets and lesson steps are not, and never push out a world already kept.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { presets } from '../engine';
import type { LoggedCommand } from '../protocol/messages';
import { getAppState, resetStore, setSim, setUi, takeKeptWorld, worldReplaced } from './index';
import { holdsOwnWork, keptAfterReplace, type WorldNow } from './worldUndo';

const cmd: LoggedCommand = { tick: 120, command: { type: 'stopVm', vm: 'web-1' } };
const basic = presets.basic;

/** The store as simClient leaves it after loading `scenarioId` from `origin` and (maybe) a command. */
function onScreen(p: Partial<WorldNow>): void {
  setSim({ scenario: basic, scenarioId: 'basic', log: [], snapshot: null, origin: 'preset', changed: false, keptWorld: null, ...p } as Parameters<typeof setSim>[0]);
  setUi({ scenarioFile: p.scenarioFile ?? null });
}
const at = (tick: number) => ({ tick }) as unknown as NonNullable<ReturnType<typeof getAppState>['snapshot']>;

describe('holdsOwnWork', () => {
  const base: WorldNow = { scenario: basic, scenarioId: 'basic', scenarioFile: null, log: [], snapshot: null, origin: 'preset', changed: false };
  it('is false for an untouched preset and for a lesson step, even one the student changed', () => {
    expect(holdsOwnWork(base)).toBe(false);
    expect(holdsOwnWork({ ...base, origin: 'lesson', changed: true })).toBe(false);
    expect(holdsOwnWork({ ...base, scenario: null, origin: 'own' })).toBe(false);
  });
  it('is true for the person’s own scenario, and for a preset they changed with commands', () => {
    expect(holdsOwnWork({ ...base, origin: 'own' })).toBe(true);
    expect(holdsOwnWork({ ...base, changed: true })).toBe(true);
  });
  it('keeps the world already kept when an untouched world is replaced', () => {
    const kept = keptAfterReplace({ ...base, origin: 'own', scenarioId: 'custom', scenarioFile: 'lab-3' }, null);
    expect(keptAfterReplace(base, kept)).toBe(kept);
  });
});

describe('worldReplaced (called by simClient.load, restore and reset)', () => {
  beforeEach(() => onScreen({}));
  afterAll(resetStore);

  it('keeps a preset changed by a command exactly, and starts the new world unchanged', () => {
    onScreen({ log: [cmd], changed: true, snapshot: at(345) });
    worldReplaced('preset');
    const s = getAppState();
    expect(s.keptWorld).toEqual({ scenario: basic, scenarioId: 'basic', scenarioFile: null, log: [cmd], tick: 345, origin: 'preset', changed: true });
    expect(s.changed).toBe(false);
    expect(s.origin).toBe('preset');
  });

  it('keeps an imported scenario with its file name, even with no command given', () => {
    const mine = { ...basic, name: 'lab-3' };
    onScreen({ scenario: mine, scenarioId: 'custom', scenarioFile: 'lab-3', origin: 'own', snapshot: at(7) });
    worldReplaced('lesson');
    expect(getAppState().keptWorld).toMatchObject({ scenario: mine, scenarioId: 'custom', scenarioFile: 'lab-3', tick: 7, origin: 'own' });
    expect(getAppState().origin).toBe('lesson');
  });

  it('keeps nothing for an untouched preset or a changed lesson step', () => {
    worldReplaced('preset');
    expect(getAppState().keptWorld).toBeNull();
    onScreen({ origin: 'lesson', changed: true, log: [cmd] });
    worldReplaced('preset');
    expect(getAppState().keptWorld).toBeNull();
  });

  it('a switch through untouched presets never loses the way back; take hands it over once', () => {
    onScreen({ log: [cmd], changed: true, snapshot: at(200) });
    worldReplaced('preset'); // to another preset
    worldReplaced('preset'); // and another, untouched
    expect(getAppState().keptWorld?.tick).toBe(200);
    expect(takeKeptWorld()?.log).toEqual([cmd]);
    expect(takeKeptWorld()).toBeNull();
  });

  it('the newest world with work replaces an older kept one', () => {
    onScreen({ log: [cmd], changed: true, snapshot: at(200) });
    worldReplaced('preset');
    setSim({ scenarioId: 'datacenter-32', scenario: presets['datacenter-32'], changed: true, log: [cmd], snapshot: at(900) });
    worldReplaced('preset');
    expect(getAppState().keptWorld).toMatchObject({ scenarioId: 'datacenter-32', tick: 900 });
  });
});
