/**
 * One animation-frame loop for everything that changes per frame: applying the newest
 * snapshot (simClient hands its frame work here) and every canvas redraw. Jobs requested
 * for the next drawing frame run together, once each, in one requestAnimationFrame
 * callback, and jobs requested while the pass runs join it (so a snapshot applied in a
 * pass is drawn in the same frame).
 *
 * The loop adapts to the device. It measures how long its passes take and how far apart
 * frames arrive. When passes are heavy or frames run long (a slow laptop, a throttled
 * phone, a busy tab), it leaves frames out between passes, down to 10 passes a second;
 * when frames are on time again it draws more often. The browser keeps producing frames
 * (input, scrolling and CSS animations stay smooth); a slow device sees fewer frames of
 * the same world, never a frozen page. Pure scheduling: no DOM beyond rAF and timers.
 */

export type FrameJob = () => void;

const FRAME_MS = 1000 / 60;
/**
 * Jank is the average share of a frame lost per frame (a 33 ms frame loses about 0.7).
 * Above HIGH (about 4 dropped frames a second) passes spread out; below LOW they come closer.
 */
const JANK_HIGH = 0.05;
const JANK_LOW = 0.015;
/** Passes may take at most this share of the time between them. */
const PASS_SHARE = 0.5;
/** Never fewer than 5 passes a second while there is work. */
export const MAX_GAP_MS = 200;

interface Clock {
  now(): number;
  request(cb: (t: number) => void): number;
  cancel(id: number): void;
  hidden(): boolean;
}

const browserClock: Clock = {
  now: () => performance.now(),
  request: (cb) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(cb) : (setTimeout(() => cb(performance.now()), 16) as unknown as number)),
  cancel: (id) => (typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(id) : clearTimeout(id)),
  hidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
};

export interface FrameStats {
  /** Average interval between animation frames seen by the loop, ms. */
  frameMs: number;
  /** Average cost of one pass, ms. */
  passMs: number;
  /** Average share of a frame lost per frame (0: every frame on time). */
  jank: number;
  /** Least time between two passes now, ms (0: every frame). */
  gapMs: number;
  /** Passes so far. */
  passes: number;
}

export class FrameLoop {
  private readonly pending = new Set<FrameJob>();
  private handle: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFrame = -1;
  private lastPass = -Infinity;
  private frameMs = FRAME_MS;
  private passMs = 0;
  private jank = 0;
  private gap = 0;
  private passes = 0;
  private running = false;

  constructor(private readonly clock: Clock = browserClock) {}

  /** Run `job` in the next drawing pass (once, however often it is requested before then). */
  request(job: FrameJob): void {
    this.pending.add(job);
    if (!this.running) this.schedule();
  }

  cancel(job: FrameJob): void {
    this.pending.delete(job);
  }

  stats(): FrameStats {
    return { frameMs: this.frameMs, passMs: this.passMs, jank: this.jank, gapMs: this.gap, passes: this.passes };
  }

  private schedule(): void {
    if (this.handle !== null || this.timer !== null || this.pending.size === 0) return;
    if (this.clock.hidden()) {
      // No animation frames in a hidden tab: keep the world (and the worker's acks) moving slowly.
      this.timer = setTimeout(() => {
        this.timer = null;
        this.onFrame(this.clock.now());
      }, 100);
      return;
    }
    this.handle = this.clock.request((t) => {
      this.handle = null;
      this.onFrame(t);
    });
  }

  private onFrame(now: number): void {
    const interval = this.lastFrame < 0 ? FRAME_MS : now - this.lastFrame;
    this.lastFrame = now;
    // After an idle spell the first interval says nothing about the device.
    if (interval < 250) {
      this.frameMs += (interval - this.frameMs) * 0.25;
      this.jank += (Math.max(0, interval / FRAME_MS - 1.3) - this.jank) * 0.1;
    }
    if (now - this.lastPass + 1 < this.gap) {
      this.schedule();
      return;
    }
    this.lastPass = now;
    const t0 = this.clock.now();
    this.runPass();
    this.passMs += (this.clock.now() - t0 - this.passMs) * 0.25;
    this.passes += 1;
    this.adapt();
    this.schedule();
  }

  /**
   * Run every pending job. Jobs requested meanwhile join this pass (a snapshot applied
   * here is drawn in the same frame); a job that already ran waits for the next pass.
   */
  private runPass(): void {
    this.running = true;
    const ran = new Set<FrameJob>();
    const later: FrameJob[] = [];
    let first: unknown = null;
    try {
      while (this.pending.size > 0) {
        const jobs = [...this.pending];
        this.pending.clear();
        for (const job of jobs) {
          if (ran.has(job)) {
            later.push(job);
            continue;
          }
          ran.add(job);
          try {
            job();
          } catch (err) {
            first ??= err;
          }
        }
      }
    } finally {
      this.running = false;
      for (const job of later) this.pending.add(job);
    }
    // One failing canvas must not stop the others; report it after the pass.
    if (first !== null) {
      queueMicrotask(() => {
        throw first;
      });
    }
  }

  /**
   * The least gap between passes: wide enough that passes take at most PASS_SHARE of the
   * time, widened while frames are being dropped, narrowed while they are on time.
   */
  private adapt(): void {
    if (this.jank > JANK_HIGH) this.gap = Math.max(this.gap, FRAME_MS) * 1.25;
    else if (this.jank < JANK_LOW) this.gap = this.gap * 0.9 - 1;
    this.gap = Math.min(MAX_GAP_MS, Math.max(this.passMs / PASS_SHARE, this.gap, 0));
  }
}

/** The app's loop. */
export const frameLoop = new FrameLoop();

export function requestFrame(job: FrameJob): void {
  frameLoop.request(job);
}

export function cancelFrame(job: FrameJob): void {
  frameLoop.cancel(job);
}
