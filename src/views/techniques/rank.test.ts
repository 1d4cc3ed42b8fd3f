import { describe, expect, it } from 'vitest';
import { costOf, MODERN, SENSITIVE_PER_MS, IO_PER_MS, type HwMode, type WorkCounts } from '../../engine';
import { deviceParts, ioFor, orderText, techniqueParts } from './rank';

const FIRST_GEN: HwMode = { era: 'first-gen', translation: 'nested' };
/** A web guest's second of running, its translation cache warm. */
const web: WorkCounts = { runMs: 1000, sensitive: SENSITIVE_PER_MS.web * 1000, io: IO_PER_MS.web * 1000, sensitiveSinceFlush: 1e7 };

describe('the comparison asked apart: technique alone, device alone', () => {
  it('on modern VT-x with EPT the technique alone ranks hardware assistance cheapest, binary translation dearest', () => {
    expect(techniqueParts(web, MODERN).map((p) => p.key)).toEqual(['hardware-assisted', 'paravirtual', 'binary-translation']);
  });

  it('on first-generation VT-x binary translation beats hardware assistance (Adams & Agesen)', () => {
    const order = techniqueParts(web, FIRST_GEN).map((p) => p.key);
    expect(order.indexOf('binary-translation')).toBeLessThan(order.indexOf('hardware-assisted'));
  });

  it('the device alone: passthrough < virtio < emulated, and on this web work the emulated device costs more than any technique', () => {
    const dev = deviceParts(web, MODERN);
    expect(dev.map((p) => p.key)).toEqual(['passthrough', 'virtio', 'emulated']);
    const dearestTechnique = Math.max(...techniqueParts(web, MODERN).map((p) => p.pct));
    expect(dev[2]?.pct).toBeGreaterThan(dearestTechnique);
  });

  it('with one device for every technique the totals rank as the techniques alone; with the usual devices paravirtual is cheapest', () => {
    const total = (choice: 'usual' | 'virtio', tech: 'binary-translation' | 'paravirtual' | 'hardware-assisted') => costOf(tech, 'type1', web, MODERN, ioFor(choice, tech)).overhead;
    expect(total('virtio', 'hardware-assisted')).toBeLessThan(total('virtio', 'paravirtual'));
    expect(total('virtio', 'paravirtual')).toBeLessThan(total('virtio', 'binary-translation'));
    expect(total('usual', 'paravirtual')).toBeLessThan(total('usual', 'hardware-assisted'));
    expect(ioFor('usual', 'hardware-assisted').path).toBe('emulated');
    expect(ioFor('usual', 'paravirtual').path).toBe('virtio');
  });

  it('orderText writes < between different shown figures and = between equal ones', () => {
    expect(orderText([{ key: 'a', pct: 0.71 }, { key: 'b', pct: 0.9 }, { key: 'c', pct: 0.94 }], (k) => k)).toBe('a 0.7\u00a0% < b 0.9\u00a0% = c 0.9\u00a0%');
  });
});
