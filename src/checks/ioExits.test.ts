/**
 * The I/O paths check answers from the engine: 1,000 I/Os cause 6,000 exits on the
 * emulated device, 1,000 ÷ queue depth on virtio, none on passthrough; and the course
 * tour's I/O paths task is done only once a second VM takes virtio.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, createSim, presets, toSnapshot } from '../engine';
import { isDone } from '../tours';
import { ioExits } from './defs/ioPaths';

describe('fullPara.ioExits', () => {
  it('answers each path with the engine’s count, and the answer is a choice', () => {
    const seen = new Map<string, string>();
    for (let seed = 1; seed < 40 && seen.size < 3; seed++) {
      const c = ioExits.make(seed);
      const path = String(c.question.params?.['path']);
      const depth = Number(c.question.params?.['depth']);
      const want = path === 'ioPath.emulated' ? 6000 : path === 'ioPath.virtio' ? Math.round(1000 / depth) : 0;
      expect(c.answer).toBe(String(want));
      expect(c.choices.map((x) => x.id)).toContain(c.answer);
      seen.set(path, c.answer);
    }
    expect(seen.size).toBe(3);
  });
});

describe('the course tour’s I/O paths task', () => {
  it('is not done when the step opens, and done once a second VM takes virtio', () => {
    const st = createSim(presets['io-paths']);
    const task = { kind: 'ioPath', path: 'virtio', min: 2 } as const;
    expect(isDone(task, { snapshot: toSnapshot(st), selection: null, pathEnd: null })).toBe(false);
    const r = applyCommand(st, { type: 'setIoPath', vm: 'vm-emulated', path: 'virtio' });
    expect(isDone(task, { snapshot: toSnapshot(r.state), selection: null, pathEnd: null })).toBe(true);
  });
});
