/**
 * memory-overcommit opens with db's guest OS booting (0-4 s) and the grid nearly all free:
 * the lens says so until db runs (or frames fill); at 8 s it has nothing to explain.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step, toSnapshot } from '../../engine';
import { warming } from './warming';

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
