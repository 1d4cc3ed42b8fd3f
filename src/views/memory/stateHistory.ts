/**
 * Each host's memory state over the last minute, as stretches of time (pure). A state can
 * last a fraction of a second (in `balloon`, hard 0.38 s and low 80 ms at 1x), too short to
 * read on the gauge as it passes; the strip under the gauge keeps it in view. The stretches
 * come from the snapshot alone: the memory model's log of the host's last state changes
 * (HostMem.stateLog, exact ticks) and its state now. So they are exact at any snapshot rate,
 * and a seek or a new world needs nothing kept on this side.
 */
import { STATE_LOG } from '../../engine';

export interface Stretch {
  /** First tick in this state. */
  from: number;
  /** The tick the next state began, or now. */
  to: number;
  /** 0 high, 1 clear, 2 soft, 3 hard, 4 low. */
  state: number;
}

export const STATE_KEYS = ['high', 'clear', 'soft', 'hard', 'low'] as const;

/** The strip's span: one minute of simulated time. */
export const STRIP_SPAN_MS = 60_000;

/**
 * The stretches a host's log of (tick, state) changes gives up to `now`. A host starts in
 * high at tick 0; when the log is full, what came before its oldest change is not known
 * and the stretches start there.
 */
export function stretchesOf(log: readonly number[], now: number, state: number): Stretch[] {
  const out: Stretch[] = [];
  if (log.length < 2 * STATE_LOG) out.push({ from: 0, to: log[0] ?? now, state: 0 });
  for (let k = 0; k + 1 < log.length; k += 2) out.push({ from: log[k] ?? 0, to: log[k + 2] ?? now, state: log[k + 1] ?? state });
  return out.filter((s) => s.to > s.from || s.from === now);
}

/** The stretches within [now - span, now], clipped to it. */
export function recent(hist: readonly Stretch[], now: number, span = STRIP_SPAN_MS): Stretch[] {
  const start = now - span;
  return hist.filter((s) => s.to > start || s.from >= start).map((s) => ({ ...s, from: Math.max(s.from, start), to: Math.min(s.to, now) }));
}

/** Milliseconds spent in each state (by index) within the stretches given. */
export function timeIn(stretches: readonly Stretch[]): number[] {
  const out = STATE_KEYS.map(() => 0);
  for (const s of stretches) out[s.state] = (out[s.state] ?? 0) + (s.to - s.from);
  return out;
}

/** A time on the strip, in seconds to a tenth. */
export const secs = (ms: number): string => (ms / 1000).toFixed(1);

/** A time too short to show in tenths of a second: said as "under 0.1 s", never "0.0 s". */
export const underTenth = (ms: number): boolean => ms > 0 && secs(ms) === '0.0';

/**
 * The shortest finished visit to hard or low that began within the strip's minute (so its
 * length is whole, not cut at the strip's edge), or null.
 */
export function briefSevere(hist: readonly Stretch[], now: number, under = 1000): Stretch | null {
  let best: Stretch | null = null;
  hist.forEach((s, i) => {
    const finished = i < hist.length - 1;
    if (finished && s.from >= now - STRIP_SPAN_MS && s.state >= 3 && s.to - s.from < under && (best === null || s.to - s.from < best.to - best.from)) best = s;
  });
  return best;
}
