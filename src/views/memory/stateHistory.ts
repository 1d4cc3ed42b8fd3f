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
 * The latest finished visit to hard or low shorter than `under` that began within the
 * strip's minute (so its length is whole, not cut at the strip's edge), or null. The
 * latest, not the shortest: the sentence tells it as its state's last visit when it is one.
 */
export function briefSevere(hist: readonly Stretch[], now: number, under = 1000): Stretch | null {
  let best: Stretch | null = null;
  hist.forEach((s, i) => {
    const finished = i < hist.length - 1;
    if (finished && s.from >= now - STRIP_SPAN_MS && s.state >= 3 && s.to - s.from < under) best = s;
  });
  return best;
}

/** A brief visit to hard or low, and its state's visits in the strip's minute. */
export interface BriefVisit {
  visit: Stretch;
  /** Visits to the same state within the minute (clipped to it, the one still going included). */
  visits: number;
  /** Their time in all: the figure the list gives for the state. */
  totalMs: number;
  /** The visit is its state's latest in the minute (none after it, finished or going on). */
  last: boolean;
}

/**
 * What the sentence under the strip tells: the latest brief visit to hard or low (briefSevere),
 * with how many visits its state had in the last minute and their total, from the same
 * stretches as the list of time in each state, so the two agree. Null when there is none.
 */
export function briefVisit(hist: readonly Stretch[], now: number, under = 1000): BriefVisit | null {
  const visit = briefSevere(hist, now, under);
  if (visit === null) return null;
  const same = recent(hist, now).filter((s) => s.state === visit.state);
  return { visit, visits: same.length, totalMs: timeIn(same)[visit.state] ?? 0, last: !same.some((s) => s.from > visit.from) };
}

/** A translator, as useT gives (kept structural: this module stays free of the i18n one). */
type Words = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * The sentence under the strip for a brief visit: "The hard state lasted only 0.1 s (from
 * 20.1 s)" when it was the state's only visit of the minute; otherwise how many visits and
 * their total (the list's figure), then the last or the brief one with its start and length.
 * A time under 0.05 s is said to be under 0.1 s, never 0.0 s.
 */
export function briefText(t: Words, b: BriefVisit, stateName: string): string {
  const ms = b.visit.to - b.visit.from;
  const p = { state: stateName, at: secs(b.visit.from), sec: secs(ms) };
  if (b.visits <= 1) return t(underTenth(ms) ? 'memory.strip.briefBlink' : 'memory.strip.brief', p);
  return t('memory.strip.visits', {
    state: stateName,
    n: b.visits,
    total: underTenth(b.totalMs) ? 'memory.strip.totalBlink' : 'memory.strip.total',
    totalSec: secs(b.totalMs),
    which: b.last ? 'memory.strip.theLast' : 'memory.strip.theOne',
    at: secs(b.visit.from),
    visitSec: underTenth(ms) ? 'memory.strip.visitBlink' : 'memory.strip.visitSec',
    sec: secs(ms),
  });
}
