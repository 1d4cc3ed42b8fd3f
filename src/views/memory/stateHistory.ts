/**
 * Each host's memory state over the last minute, as stretches of time (pure). A state can
 * last a fraction of a second (in `balloon`, hard about 0.4 s and low about 0.1 s at 1x),
 * too short to read on the gauge as it passes; the strip under the gauge keeps it in view.
 * Fed from the snapshots the lens sees, each with its host's last state changes (the
 * memory model's stateLog, exact ticks), so a state shorter than the time between two
 * snapshots is kept too. Going back in time drops the abandoned future, so the strip never
 * shows what did not happen.
 */

import type { Snapshot } from '../../engine';

export interface Stretch {
  /** First tick in this state. */
  from: number;
  /** The tick it was last known to hold (or the next state began). */
  to: number;
  /** 0 high, 1 clear, 2 soft, 3 hard, 4 low. */
  state: number;
}

export const STATE_KEYS = ['high', 'clear', 'soft', 'hard', 'low'] as const;

/** The strip's span: one minute of simulated time. */
export const STRIP_SPAN_MS = 60_000;

/** What was recorded before `tick` (a new array): the stretches begun before it, cut at it. */
export function cutAt(hist: readonly Stretch[], tick: number): Stretch[] {
  return hist.filter((s) => s.from < tick).map((s) => (s.to > tick ? { ...s, to: tick } : s));
}

/** The state held at `tick`, added to `hist` (a new array; older than two spans is dropped). */
export function addState(hist: readonly Stretch[], tick: number, state: number): Stretch[] {
  // Back in time: keep only what came before this tick.
  let out = cutAt(hist, tick);
  const last = out.at(-1);
  if (last === undefined) out = [{ from: tick, to: tick, state }];
  else if (last.state === state) out[out.length - 1] = { ...last, to: tick };
  else {
    out[out.length - 1] = { ...last, to: tick };
    out.push({ from: tick, to: tick, state });
  }
  const since = tick - 2 * STRIP_SPAN_MS;
  return out[0] !== undefined && out[0].to < since ? out.filter((s) => s.to >= since) : out;
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

/** What the lens has recorded: each host's stretches (by host id), for one world. */
export interface StateRecord {
  world: string;
  byHost: Map<string, Stretch[]>;
}

export function emptyRecord(): StateRecord {
  return { world: '', byHost: new Map() };
}

/**
 * A snapshot added to the record (in place): for each host, first the state changes its
 * log holds that came after what is recorded (their exact ticks, however brief), then the
 * state it shows now. A snapshot from earlier than the record (a seek back) cuts it there
 * first; one from another world (another scenario) starts the record again.
 */
export function recordSnapshot(rec: StateRecord, snap: Snapshot): void {
  if (snap.topology.name !== rec.world) {
    rec.world = snap.topology.name;
    rec.byHost = new Map();
  }
  snap.topology.hosts.forEach((h, i) => {
    const m = snap.memory.hosts[i];
    if (m === undefined) return;
    let hist = cutAt(rec.byHost.get(h.id) ?? [], snap.tick + 1);
    const since = hist.at(-1)?.to ?? -1;
    for (let k = 0; k + 1 < m.stateLog.length; k += 2) {
      const tick = m.stateLog[k] ?? 0;
      if (tick > since && tick <= snap.tick) hist = addState(hist, tick, m.stateLog[k + 1] ?? 0);
    }
    rec.byHost.set(h.id, addState(hist, snap.tick, m.state));
  });
}
