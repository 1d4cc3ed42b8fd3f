import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { quietTimer } from './followLayout';

// Frames by hand: `render()` runs the frame callbacks asked for, then the layout observers' reports (`changes`), as a
// browser's rendering does; then the tasks queued meanwhile run.
let frames: (() => void)[] = [];
let changes: (() => void)[] = [];
const frame = (cb: () => void): number => frames.push(cb);
const cancelFrame = (id: number): void => {
  frames[id - 1] = () => undefined;
};
function render(): void {
  const now = frames;
  frames = [];
  for (const cb of now) cb();
  const seen = changes;
  changes = [];
  for (const cb of seen) cb();
  vi.advanceTimersByTime(0);
}
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => {
  vi.useRealTimers();
  frames = [];
  changes = [];
});

describe('quietTimer', () => {
  test('ends once nothing came for its time and a rendering has passed', () => {
    const end = vi.fn();
    const q = quietTimer(end, frame, cancelFrame);
    q.restart(1500);
    vi.advanceTimersByTime(1000);
    q.restart(1500);
    vi.advanceTimersByTime(1500);
    expect(end).not.toHaveBeenCalled();
    render();
    expect(end).toHaveBeenCalledTimes(1);
  });
  test('a change made as the time ran out (reported at the rendering after it) restarts it: no end', () => {
    const end = vi.fn();
    const q = quietTimer(end, frame, cancelFrame);
    q.restart(1500);
    // A long task held the page past the time; a change made in it is reported at the next rendering.
    vi.advanceTimersByTime(1500);
    changes.push(() => q.restart(1500));
    render();
    expect(end).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1500);
    render();
    expect(end).toHaveBeenCalledTimes(1);
  });
  test('cancel: no end, at any point', () => {
    const a = vi.fn();
    const q = quietTimer(a, frame, cancelFrame);
    q.restart(100);
    q.cancel();
    vi.advanceTimersByTime(1000);
    render();
    const b = vi.fn();
    const r = quietTimer(b, frame, cancelFrame);
    r.restart(100);
    vi.advanceTimersByTime(100);
    r.cancel();
    render();
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([0, 0]);
  });
});
