/**
 * Pre-copy live migration of one VM, on a grid of GRID_PAGES pages (each standing for
 * memory/GRID_PAGES MiB). Round 0 copies every page while the VM keeps running; the
 * pages it writes meanwhile are marked dirty and copied again in the next round, and
 * so on until the dirty set is small enough to copy within the allowed downtime. Then
 * the VM pauses for stop-and-copy and resumes on the destination. When the workload
 * dirties pages about as fast as the link copies them, the dirty set stops shrinking
 * (QEMU's test: in two rounds the guest dirtied more than half of what was sent); then
 * the fallback either throttles the vCPUs (QEMU's auto-converge: 20 %, then +10 % per
 * round) or gives up on pre-copy and stops the VM for a long stop-and-copy.
 * What the guest writes each ms, and the part of its memory those writes fall on (its
 * writable working set), are the caller's input (the memory model's measurement): so
 * throttling slows the writes only as far as it really slows the vCPUs, and a guest that
 * writes a small set over and over re-dirties the same pages.
 * Pure functions over a Migration record; the only randomness is its own xorshift.
 */
import type { Message } from '../kernel/types';
import { HOT_PROB, HOT_SHARE } from '../kernel/workload';
import type { MigrationFallback } from '../scenario/parts';

export const GRID_PAGES = 1024;
/** Page states on the frame grid. */
export const PAGE = { pending: 0, copied: 1, dirty: 2 } as const;
/** Time to move device state and announce the VM's new location (ARP), in ms. */
export const SWITCHOVER_MS = 3;
/** Xen gave up pre-copy after about 30 iterations. */
export const MAX_ROUNDS = 30;


export interface RoundStat {
  round: number;
  sentPages: number;
  dirtiedPages: number;
  ms: number;
  throttlePct: number;
}

export interface Migration {
  vm: string;
  from: string;
  to: string;
  reason: Message;
  phase: 'precopy' | 'stopcopy';
  startTick: number;
  roundStart: number;
  round: number;
  pages: Uint8Array;
  cursor: number;
  sendCarry: number;
  dirtyCarry: number;
  sentThisRound: number;
  pendingAtStart: number;
  pageMiB: number;
  /** How fast the VM writes its memory, MiB/s, as last measured (the memory model's 250 ms average): shown, not raced against. */
  dirtyMiBps: number;
  /** Cells the guest writes (its writable working set, the memory model's), from cell 0 up; set each ms with the writes. */
  writablePages: number;
  throttlePct: number;
  shrinkFails: number;
  forced: boolean;
  rng: number;
  downtimeMs: number;
  downtimeLeft: number;
  rounds: RoundStat[];
  /** What the copy got of the link in the last ms, MiB/s: the link speed, less the share a congested NIC held back. */
  rateMiBps: number;
}

export interface LinkConfig {
  linkMiBps: number;
  maxDowntimeMs: number;
  fallback: MigrationFallback;
}

export function newMigration(init: { vm: string; from: string; to: string; reason: Message; tick: number; memoryMiB: number; dirtyMiBps: number; writableMiB: number; seed: number }): Migration {
  const m: Migration = {
    vm: init.vm, from: init.from, to: init.to, reason: init.reason,
    phase: 'precopy', startTick: init.tick, roundStart: init.tick, round: 0,
    pages: new Uint8Array(GRID_PAGES), cursor: 0, sendCarry: 0, dirtyCarry: 0, sentThisRound: 0, pendingAtStart: GRID_PAGES,
    pageMiB: init.memoryMiB / GRID_PAGES, dirtyMiBps: init.dirtyMiBps,
    writablePages: 0,
    throttlePct: 0, shrinkFails: 0, forced: false, rng: (init.seed >>> 0) || 1,
    downtimeMs: 0, downtimeLeft: 0, rounds: [], rateMiBps: 0,
  };
  m.writablePages = writableCells(m, init.writableMiB);
  return m;
}

/** Grid cells a writable working set of `mib` MiB covers (at least one while it writes anything). */
export function writableCells(m: Migration, mib: number): number {
  return mib <= 0 ? 0 : Math.min(GRID_PAGES, Math.max(1, Math.round(mib / m.pageMiB)));
}

function rand(m: Migration): number {
  let x = m.rng;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  m.rng = x >>> 0;
  return m.rng / 4294967296;
}

/**
 * The guest wrote `mib` MiB this ms (the memory model's measurement, taken by the caller;
 * a throttled vCPU runs less and so writes less there, so no throttle factor applies
 * here). The writes fall inside its writable working set with the memory model's
 * locality (HOT_PROB of them on its hot HOT_SHARE), and a copied page written to is
 * dirty again: a page written twice is dirtied once, so a round never dirties more
 * than the writable set.
 */
function dirty(m: Migration, mib: number): void {
  const w = m.writablePages;
  m.dirtyCarry += mib / m.pageMiB;
  if (w <= 0) {
    m.dirtyCarry = 0;
    return;
  }
  const hot = Math.max(1, Math.floor(w * HOT_SHARE));
  while (m.dirtyCarry >= 1) {
    m.dirtyCarry -= 1;
    const p = rand(m) < HOT_PROB ? Math.floor(rand(m) * hot) : Math.floor(rand(m) * w);
    if (m.pages[p] === PAGE.copied) m.pages[p] = PAGE.dirty;
  }
}

function send(m: Migration, linkMiBps: number, from: number): void {
  m.sendCarry += linkMiBps / 1000 / m.pageMiB;
  while (m.sendCarry >= 1 && m.cursor < GRID_PAGES) {
    if (m.pages[m.cursor] === from) {
      m.pages[m.cursor] = PAGE.copied;
      m.sentThisRound += 1;
      m.sendCarry -= 1;
    }
    m.cursor += 1;
  }
  if (m.cursor >= GRID_PAGES) m.sendCarry = 0;
}

export function countPages(m: Migration, state: number): number {
  let n = 0;
  for (let i = 0; i < GRID_PAGES; i++) if (m.pages[i] === state) n += 1;
  return n;
}

/** Expected stop-and-copy downtime if the VM paused now, in ms. */
export function downtimeFor(m: Migration, dirtyPages: number, linkMiBps: number): number {
  return Math.ceil((dirtyPages * m.pageMiB * 1000) / linkMiBps) + SWITCHOVER_MS;
}

/** End of a round: stop-and-copy if the dirty set is small enough, else another round (maybe throttled). */
function endRound(m: Migration, tick: number, cfg: LinkConfig): 'stop' | 'continue' {
  const dirtyPages = countPages(m, PAGE.dirty);
  m.rounds.push({ round: m.round, sentPages: m.sentThisRound, dirtiedPages: dirtyPages, ms: tick - m.roundStart + 1, throttlePct: m.throttlePct });
  const down = downtimeFor(m, dirtyPages, cfg.linkMiBps);
  if (down <= cfg.maxDowntimeMs) return enterStop(m, down);
  // QEMU's test: the guest dirtied more than half of what the round managed to send.
  if (dirtyPages > m.sentThisRound * 0.5) m.shrinkFails += 1;
  if (m.shrinkFails >= 2 || m.round + 1 >= MAX_ROUNDS) {
    if (cfg.fallback === 'stop-and-copy' || m.throttlePct >= 99) {
      m.forced = true;
      return enterStop(m, down);
    }
    m.throttlePct = m.throttlePct === 0 ? 20 : Math.min(99, m.throttlePct + 10);
  }
  for (let i = 0; i < GRID_PAGES; i++) if (m.pages[i] === PAGE.dirty) m.pages[i] = PAGE.pending;
  m.round += 1;
  m.roundStart = tick + 1;
  m.cursor = 0;
  m.sentThisRound = 0;
  m.pendingAtStart = dirtyPages;
  return 'continue';
}

function enterStop(m: Migration, downtimeMs: number): 'stop' {
  m.phase = 'stopcopy';
  m.downtimeMs = downtimeMs;
  m.downtimeLeft = downtimeMs;
  m.cursor = 0;
  m.sendCarry = 0;
  return 'stop';
}

/** One ms of pre-copy, in which the guest wrote `dirtiedMiB` (mutates m). 'stop' means: pause the VM now for m.downtimeMs. */
export function tickPrecopy(m: Migration, tick: number, cfg: LinkConfig, dirtiedMiB: number): 'stop' | 'continue' {
  dirty(m, dirtiedMiB);
  send(m, cfg.linkMiBps, PAGE.pending);
  return m.cursor >= GRID_PAGES ? endRound(m, tick, cfg) : 'continue';
}

/** One ms of stop-and-copy: the VM is paused, the last dirty pages go over. True when done. */
export function tickStopCopy(m: Migration, cfg: LinkConfig): boolean {
  send(m, cfg.linkMiBps, PAGE.dirty);
  m.downtimeLeft -= 1;
  if (m.downtimeLeft <= 0) {
    for (let i = 0; i < GRID_PAGES; i++) m.pages[i] = PAGE.copied;
    return true;
  }
  return false;
}
