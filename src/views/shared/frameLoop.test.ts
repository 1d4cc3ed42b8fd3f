import { describe, expect, it } from 'vitest';
import { FrameLoop, MAX_GAP_MS } from './frameLoop';

/** A fake display: frames every `every` ms plus whatever the pass cost; passes cost `cost` ms. */
function rig(frameCost: () => number) {
  let now = 0;
  let cb: ((t: number) => void) | null = null;
  const loop = new FrameLoop({
    now: () => now,
    request: (f) => {
      cb = f;
      return 1;
    },
    cancel: () => (cb = null),
    hidden: () => false,
  });
  /** Advance one frame; returns whether a callback ran. */
  const frame = (): boolean => {
    const f = cb;
    cb = null;
    if (f === null) return false;
    now += 1000 / 60;
    f(now);
    return true;
  };
  const advance = (ms: number): void => {
    now += ms;
  };
  return { loop, frame, advance, get now() { return now; }, frameCost };
}

describe('FrameLoop', () => {
  it('runs a job once per pass however often it is requested, and jobs requested in a pass join it', () => {
    const r = rig(() => 0);
    const seen: string[] = [];
    const b = (): void => void seen.push('b');
    const a = (): void => {
      seen.push('a');
      r.loop.request(b);
    };
    r.loop.request(a);
    r.loop.request(a);
    r.frame();
    expect(seen).toEqual(['a', 'b']);
    expect(r.frame()).toBe(false);
  });

  it('keeps drawing every frame when passes are cheap and frames on time', () => {
    const r = rig(() => 0);
    let passes = 0;
    const job = (): void => {
      passes += 1;
      r.loop.request(job);
    };
    r.loop.request(job);
    for (let i = 0; i < 120; i++) r.frame();
    expect(passes).toBeGreaterThan(110);
    expect(r.loop.stats().gapMs).toBe(0);
  });

  it('leaves frames out when passes are heavy, and comes back when they are light', () => {
    const r = rig(() => 0);
    let cost = 40;
    let passes = 0;
    const job = (): void => {
      passes += 1;
      r.advance(cost);
      r.loop.request(job);
    };
    r.loop.request(job);
    for (let i = 0; i < 300; i++) r.frame();
    const heavy = r.loop.stats();
    expect(heavy.gapMs).toBeGreaterThan(60);
    expect(heavy.gapMs).toBeLessThanOrEqual(MAX_GAP_MS);
    cost = 1;
    passes = 0;
    for (let i = 0; i < 600; i++) r.frame();
    expect(r.loop.stats().gapMs).toBeLessThan(1000 / 60);
    expect(passes).toBeGreaterThan(300);
  });

  it('reports a failing job after the pass without stopping the others', async () => {
    const r = rig(() => 0);
    let ran = false;
    const errors: unknown[] = [];
    const onError = (e: unknown): void => void errors.push(e);
    process.on('uncaughtException', onError);
    r.loop.request(() => {
      throw new Error('boom');
    });
    r.loop.request(() => (ran = true));
    r.frame();
    await new Promise((ok) => setTimeout(ok, 0));
    process.off('uncaughtException', onError);
    expect(ran).toBe(true);
    expect(String(errors[0])).toContain('boom');
  });
});
