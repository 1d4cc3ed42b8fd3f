/**
 * The bounded event list: discrete happenings (a VM booted, a vCPU was preempted, a
 * command was rejected), each an i18n key plus parameters so the UI can narrate why.
 * The list is capped so an hour of play cannot grow memory.
 */
import type { Message } from './types';

export interface SimEvent extends Message {
  readonly seq: number;
  readonly tick: number;
  /** "info" events matter to a person; "detail" ones (context switches) are frequent. */
  readonly level: 'info' | 'detail';
}

export const EVENT_CAP = 200;

export interface EventLog {
  list: SimEvent[];
  seq: number;
  /**
   * The latest "info" events, kept apart: a busy scheduler logs a detail event every few
   * ms, which would push a migration or a failure out of `list` within a second or two.
   */
  info: SimEvent[];
}

/** How many of the latest info events the log keeps apart (trimmed in batches, like `list`). */
export const INFO_CAP = 20;

/** Append an event (mutates the log; trims in batches to stay O(1) amortised). */
export function pushEvent(log: EventLog, tick: number, level: SimEvent['level'], key: string, params: Record<string, string | number>): void {
  log.seq += 1;
  const e: SimEvent = { seq: log.seq, tick, level, key, params };
  log.list.push(e);
  if (log.list.length > EVENT_CAP * 2) log.list.splice(0, log.list.length - EVENT_CAP);
  if (level !== 'info') return;
  log.info.push(e);
  if (log.info.length > INFO_CAP * 2) log.info.splice(0, log.info.length - INFO_CAP);
}

/** The latest `n` info events, however many detail events came since. */
export function recentInfo(log: EventLog, n: number): SimEvent[] {
  return log.info.slice(Math.max(0, log.info.length - n));
}

export function recentEvents(log: EventLog, n: number): SimEvent[] {
  return log.list.slice(Math.max(0, log.list.length - n));
}
