/**
 * Workload generators: each kind alternates CPU bursts and I/O waits whose lengths
 * are drawn from the sim's seeded PRNG. The ranges (in ticks = ms) give each kind its
 * character: cpu-bound runs long and rarely waits, io-bound is the opposite, idle is
 * almost always blocked. "boot" is what a VM's vCPUs do while its guest OS boots.
 */
import { nextInt, type RngState } from './rng';
import type { WorkloadKind } from '../scenario/parts';

export type PhaseKind = WorkloadKind | 'boot';

interface Profile {
  burst: readonly [number, number];
  io: readonly [number, number];
  /** Share of configured memory the guest keeps active (working set). */
  active: number;
}

export const PROFILES: Readonly<Record<PhaseKind, Profile>> = {
  'cpu-bound': { burst: [40, 200], io: [1, 4], active: 0.55 },
  'io-bound': { burst: [1, 3], io: [8, 30], active: 0.35 },
  web: { burst: [2, 12], io: [5, 40], active: 0.45 },
  database: { burst: [4, 20], io: [2, 12], active: 0.75 },
  idle: { burst: [1, 2], io: [80, 300], active: 0.15 },
  boot: { burst: [20, 60], io: [1, 5], active: 0.3 },
};

/** Codes for typed arrays, in a fixed order. */
export const PHASE_KINDS: readonly PhaseKind[] = ['cpu-bound', 'io-bound', 'web', 'database', 'idle', 'boot'];
export const BOOT_CODE = PHASE_KINDS.indexOf('boot');

export function phaseCode(kind: PhaseKind): number {
  return PHASE_KINDS.indexOf(kind);
}

function profileOf(code: number): Profile {
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
