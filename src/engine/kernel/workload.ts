/**
 * Workload generators: each kind alternates CPU bursts and waits whose lengths are
 * drawn from the sim's seeded PRNG. The ranges (in ticks = ms) give each kind its
 * character: cpu-bound runs long and rarely waits, io-bound is the opposite, idle is
 * almost always halted. "boot" is what a VM's vCPUs do while its guest OS boots.
 *
 * A wait is either a halt (HLT: the guest has nothing to do until a timer or a packet;
 * no I/O) or a disk I/O wait (DOMAIN.md, Consequences). `ioShare` is the chance that a
 * burst ends in a disk I/O; an I/O wait is a chain of dependent I/O rounds, each taking
 * the latency of the array the VM's volumes live on (or of its host's local disk), with
 * `depth` I/Os of `ioKiB` in flight per round and `read` of them reads.
 */
import { nextFloat, nextInt, type RngState } from './rng';
import type { WorkloadKind } from '../scenario/parts';

export type PhaseKind = WorkloadKind | 'boot';

export interface Profile {
  burst: readonly [number, number];
  /** Length of a wait in ms (for an I/O wait: at REF_IO_MS per round). */
  io: readonly [number, number];
  /** Share of configured memory the guest keeps active (working set). */
  active: number;
  /** Chance that a burst ends in a disk I/O wait (else the vCPU halts: no I/O). */
  ioShare: number;
  /** I/Os in flight per round of an I/O wait (queue depth), their size and read share. */
  depth: number;
  ioKiB: number;
  read: number;
  /**
   * Share of its running time the guest spends in lock-protected sections or waiting for
   * a lock (illustrative, not measured): while a sibling vCPU that may hold a lock is
   * descheduled, this share of a running vCPU's time is spinning (cpu/spin.ts).
   */
  lockShare: number;
}

/**
 * Web: small reads, mostly waiting on the network; database: random 8 KiB reads and
 * writes plus log writes, deep queues; batch (cpu-bound): large sequential I/O; idle
 * halts and issues none (DOMAIN.md, Consequences). Lock shares are illustrative: a
 * database's buffer pool and log latches are contended, a batch job mostly computes on
 * its own data, an idle guest holds no locks.
 */
export const PROFILES: Readonly<Record<PhaseKind, Profile>> = {
  'cpu-bound': { burst: [40, 200], io: [1, 4], active: 0.55, ioShare: 0.3, depth: 8, ioKiB: 256, read: 0.6, lockShare: 0.1 },
  'io-bound': { burst: [1, 3], io: [8, 30], active: 0.35, ioShare: 1, depth: 1, ioKiB: 64, read: 0.5, lockShare: 0.15 },
  web: { burst: [2, 12], io: [5, 40], active: 0.45, ioShare: 0.15, depth: 1, ioKiB: 4, read: 0.9, lockShare: 0.2 },
  database: { burst: [4, 20], io: [2, 12], active: 0.75, ioShare: 0.9, depth: 6, ioKiB: 8, read: 0.7, lockShare: 0.35 },
  idle: { burst: [1, 2], io: [80, 300], active: 0.15, ioShare: 0, depth: 0, ioKiB: 4, read: 1, lockShare: 0 },
  boot: { burst: [20, 60], io: [1, 5], active: 0.3, ioShare: 0.9, depth: 8, ioKiB: 64, read: 0.95, lockShare: 0.1 },
};

/**
 * How a guest's memory accesses fall on its working set (the memory model's locality,
 * memory/access.ts; illustrative): HOT_PROB of them go to a hot HOT_SHARE of it, and
 * WRITE_SHARE of them are writes. Live migration's pre-copy dirties pages the same way,
 * within the part of the working set the guest writes (working set x WRITE_SHARE).
 */
export const HOT_SHARE = 0.2;
export const HOT_PROB = 0.8;
export const WRITE_SHARE = 0.3;

/** Latency of one I/O round the profiles' I/O ranges are drawn at (a local SSD, ms; DOMAIN.md 0.1-0.5). */
export const REF_IO_MS = 0.5;

/** Codes for typed arrays, in a fixed order. */
export const PHASE_KINDS: readonly PhaseKind[] = ['cpu-bound', 'io-bound', 'web', 'database', 'idle', 'boot'];
export const BOOT_CODE = PHASE_KINDS.indexOf('boot');

export function phaseCode(kind: PhaseKind): number {
  return PHASE_KINDS.indexOf(kind);
}

/** Lock share per phase code (for the per-tick spin pass: no lookups by name). */
export const LOCK_SHARES = Float64Array.from(PHASE_KINDS, (k) => PROFILES[k].lockShare);

export function profileOf(code: number): Profile {
  return PROFILES[PHASE_KINDS[code] ?? 'idle'];
}

export function drawBurst(rng: RngState, code: number): number {
  const p = profileOf(code);
  return nextInt(rng, p.burst[0], p.burst[1]);
}

export function drawIo(rng: RngState, code: number): number {
  const p = profileOf(code);
  return nextInt(rng, p.io[0], p.io[1]);
}

/**
 * What a finished burst waits for: a halt (`ops` 0) of `ms`, or a disk I/O wait of
 * `rounds` dependent rounds (each `latencyMs`, the array's; REF_IO_MS when <= 0) with
 * `ops` I/Os issued in all. Draws from the seeded PRNG in a fixed order.
 */
export function drawWait(rng: RngState, code: number, latencyMs: number, out: { ms: number; ops: number }): void {
  const p = profileOf(code);
  const base = nextInt(rng, p.io[0], p.io[1]);
  if (p.ioShare <= 0 || (p.ioShare < 1 && nextFloat(rng) >= p.ioShare)) {
    out.ms = base;
    out.ops = 0;
    return;
  }
  const rounds = Math.max(1, Math.round(base / REF_IO_MS));
  out.ops = rounds * p.depth;
  out.ms = Math.max(1, Math.round(rounds * (latencyMs > 0 ? latencyMs : REF_IO_MS)));
}

/** Memory a guest OS itself keeps resident, in MiB (illustrative: hundreds of MiB, DOMAIN.md). */
export const GUEST_OS_MIB: Readonly<Record<'linux' | 'windows' | 'bsd', number>> = {
  linux: 256,
  windows: 1024,
  bsd: 192,
};

/** Ticks a VM takes to boot its guest OS (seconds, DOMAIN.md) and a container to start (well under one). */
export const VM_BOOT_TICKS = 4000;
export const CONTAINER_START_TICKS = 300;

/** Memory of an app itself, the same program in a VM or a container (illustrative). */
export const APP_MIB = 512;
