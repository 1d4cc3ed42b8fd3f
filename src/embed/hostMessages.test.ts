/** The postMessage API accepts exactly the documented messages and says why it refuses others. */
import { describe, expect, it } from 'vitest';
import { originAllowed, parseHostMessage, parseOrigins } from './hostMessages';

const cmd = (name: string, args?: unknown, extra: object = {}) => ({ virtlab: 1, kind: 'command', name, ...(args === undefined ? {} : { args }), ...extra });

describe('parseHostMessage', () => {
  it('ignores messages that are not VirtLab messages', () => {
    expect(parseHostMessage('hello').kind).toBe('notOurs');
    expect(parseHostMessage({ type: 'webpackOk' }).kind).toBe('notOurs');
    expect(parseHostMessage(null).kind).toBe('notOurs');
  });

  it('accepts every documented command', () => {
    expect(parseHostMessage(cmd('play'))).toEqual({ kind: 'ok', command: { name: 'play' } });
    expect(parseHostMessage(cmd('pause', {}))).toEqual({ kind: 'ok', command: { name: 'pause' } });
    expect(parseHostMessage(cmd('step', { ticks: -5 }))).toEqual({ kind: 'ok', command: { name: 'step', ticks: -5 } });
    expect(parseHostMessage(cmd('seek', { tick: 1200 }, { id: 7 }))).toEqual({ kind: 'ok', command: { name: 'seek', tick: 1200 }, id: 7 });
    expect(parseHostMessage(cmd('setLens', { lens: 'overview' }))).toMatchObject({ kind: 'ok' });
    expect(parseHostMessage(cmd('setSpeed', { speed: 'max' }))).toMatchObject({ kind: 'ok' });
    expect(parseHostMessage(cmd('loadScenario', { scenario: {} }))).toMatchObject({ kind: 'ok' });
    expect(parseHostMessage(cmd('startTour', { tour: 'course', step: 2 }))).toMatchObject({ kind: 'ok', command: { step: 2 } });
    expect(parseHostMessage(cmd('getState'))).toMatchObject({ kind: 'ok' });
  });

  it('refuses a wrong version, an unknown name, bad arguments and extra fields, with a reason', () => {
    expect(parseHostMessage({ ...cmd('play'), virtlab: 2 })).toMatchObject({ kind: 'bad', reason: { key: 'lecture.api.version' } });
    expect(parseHostMessage(cmd('explode'))).toMatchObject({ kind: 'bad', reason: { key: 'lecture.api.unknownName' } });
    expect(parseHostMessage(cmd('step', { ticks: 1.5 }))).toMatchObject({ kind: 'bad', reason: { key: 'lecture.api.args', params: { field: 'ticks' } } });
    expect(parseHostMessage(cmd('seek', { tick: -1 }))).toMatchObject({ kind: 'bad' });
    expect(parseHostMessage(cmd('seek'))).toMatchObject({ kind: 'bad' });
    expect(parseHostMessage(cmd('play', { evil: true }))).toMatchObject({ kind: 'bad' });
    expect(parseHostMessage({ ...cmd('play'), __proto__x: 1 })).toMatchObject({ kind: 'bad', reason: { key: 'lecture.api.envelope' } });
    expect(parseHostMessage({ virtlab: 1, kind: 'event', name: 'ready' })).toMatchObject({ kind: 'bad' });
  });
});

describe('origins', () => {
  it('parses a list of origins and refuses paths or other schemes', () => {
    expect(parseOrigins('https://a.edu, http://localhost:5173')).toEqual(['https://a.edu', 'http://localhost:5173']);
    expect(parseOrigins('https://a.edu/course')).toBeNull();
    expect(parseOrigins('javascript:alert(1)')).toBeNull();
    expect(parseOrigins('')).toBeNull();
  });

  it('allows any origin without a list, and only listed ones with it', () => {
    expect(originAllowed('https://x.org', null)).toBe(true);
    expect(originAllowed('https://x.org', ['https://a.edu'])).toBe(false);
    expect(originAllowed('https://a.edu', ['https://a.edu'])).toBe(true);
  });
});
