/** Which key presses the shortcut handler takes, and which it leaves alone. */
import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutFor, toolKeyFor, type KeyInfo } from './shortcuts';

const key = (k: string, over: Partial<KeyInfo> = {}): KeyInfo => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  targetTag: 'BODY',
  targetRole: null,
  targetEditable: false,
  ...over,
});

describe('shortcutFor', () => {
  it('maps every key the issue names', () => {
    expect(shortcutFor(key(' '), false)).toBe('togglePlay');
    expect(shortcutFor(key('ArrowRight'), false)).toBe('stepForward');
    expect(shortcutFor(key('ArrowLeft'), false)).toBe('stepBack');
    expect(shortcutFor(key('+'), false)).toBe('faster');
    expect(shortcutFor(key('-'), false)).toBe('slower');
    expect(shortcutFor(key('PageDown'), false)).toBe('nextStep');
    expect(shortcutFor(key('PageUp'), false)).toBe('prevStep');
    expect(shortcutFor(key('f'), false)).toBe('fullscreen');
    expect(shortcutFor(key('p'), false)).toBe('projector');
    expect(shortcutFor(key('b'), false)).toBe('blackout');
    expect(shortcutFor(key('?'), false)).toBe('help');
  });

  it('leaves typing, modified keys, button activation, sliders and open dialogs alone', () => {
    expect(shortcutFor(key('p', { targetTag: 'INPUT' }), false)).toBeNull();
    expect(shortcutFor(key('p', { targetTag: 'TEXTAREA' }), false)).toBeNull();
    expect(shortcutFor(key('p', { targetEditable: true }), false)).toBeNull();
    expect(shortcutFor(key('f', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutFor(key(' ', { targetTag: 'BUTTON' }), false)).toBeNull();
    expect(shortcutFor(key('ArrowLeft', { targetRole: 'slider' }), false)).toBeNull();
    expect(shortcutFor(key('ArrowLeft', { targetRole: 'tab' }), false)).toBeNull();
    expect(shortcutFor(key(' '), true)).toBeNull();
    // A letter on a focused button is still a shortcut.
    expect(shortcutFor(key('p', { targetTag: 'BUTTON' }), false)).toBe('projector');
  });

  it('has no key bound twice', () => {
    const all = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('classroom keys', () => {
  it('open the classroom tools', () => {
    expect(shortcutFor(key('s'), false)).toBe('spotlight');
    expect(shortcutFor(key('l'), false)).toBe('pointer');
    expect(shortcutFor(key('d'), false)).toBe('pen');
    expect(shortcutFor(key('x'), false)).toBe('clearInk');
    expect(shortcutFor(key('t'), false)).toBe('timer');
    expect(shortcutFor(key('r'), false)).toBe('resetAll');
    expect(shortcutFor(key('n'), false)).toBe('notes');
    expect(shortcutFor(key('k'), false)).toBe('checks');
  });

  it('steer a tool that is on: arrows move (the pen inks unless Shift), +/− size the spotlight, Escape puts it away', () => {
    const k = (name: string, shiftKey = false, over: Partial<KeyInfo> = {}) => ({ ...key(name, over), shiftKey });
    expect(toolKeyFor('pen', k('ArrowRight'))).toEqual({ kind: 'move', dx: 0.04, dy: 0, ink: true });
    expect(toolKeyFor('pen', k('ArrowUp', true))).toEqual({ kind: 'move', dx: 0, dy: -0.01, ink: false });
    expect(toolKeyFor('spotlight', k('ArrowDown'))).toMatchObject({ kind: 'move', ink: false });
    expect(toolKeyFor('spotlight', k('+'))).toEqual({ kind: 'size', d: 1 });
    expect(toolKeyFor('pointer', k('+'))).toBeNull();
    expect(toolKeyFor('pen', k('Escape'))).toEqual({ kind: 'off' });
    expect(toolKeyFor('pen', k('ArrowLeft', false, { targetTag: 'INPUT' }))).toBeNull();
    expect(toolKeyFor('pen', k('ArrowLeft', false, { targetRole: 'tab' }))).toBeNull();
    expect(toolKeyFor('pen', k('p'))).toBeNull();
  });
});
