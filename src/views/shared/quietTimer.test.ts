import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { quietTimer } from './followLayout';

// The page's clock, moved by hand: a timer that runs late is one whose callback runs after `now` has passed its due time.
let now = 0;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  now = 0;
});

/** Runs the timers due within `ms`, the page's clock at `late` ms past them (a task held the page that long). */
function pass(ms: number, late = 0): void {
  now += ms + late;
  vi.advanceTimersByTime(ms);
}

describe('quietTimer', () => {
  test('ends once nothing came for its time, on time', () => {
    const end = vi.fn();
    const q = quietTimer(end, () => true);
    q.restart(1500);
    pass(1000);
    q.restart(1500);
    pass(1000);
    expect(end).not.toHaveBeenCalled();
    pass(500);
    expect(end).toHaveBeenCalledTimes(1);
  });
  test('an end run late (the page held up) waits its time again, then ends', () => {
    const end = vi.fn();
    const q = quietTimer(end, () => true);
    q.restart(1500);
    pass(1500, 600);
    expect(end).not.toHaveBeenCalled();
    pass(1500);
    expect(end).toHaveBeenCalledTimes(1);
  });
  test('a little late is on time; late with no more waiting allowed ends', () => {
    const a = vi.fn();
    quietTimer(a, () => true).restart(1500);
    pass(1500, 200);
    expect(a).toHaveBeenCalledTimes(1);
    const b = vi.fn();
    quietTimer(b, () => false).restart(1500);
    pass(1500, 600);
    expect(b).toHaveBeenCalledTimes(1);
  });
  test('cancel: no end', () => {
    const end = vi.fn();
    const q = quietTimer(end, () => true);
    q.restart(100);
    q.cancel();
    pass(1000);
    expect(end).not.toHaveBeenCalled();
  });
});
