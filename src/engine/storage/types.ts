/**
 * The storage subsystem's state: arrays (with their failed flag; arrays added at run
 * time included), volumes with their replicas, the placement settings, and the dense
 * per-array load figures and history the lens draws. One `StorageState` lives in
 * `SimState.storage`; it is keyed by ids, not by VM indices, so a topology rebuild
 * (a VM added or removed) carries it over unchanged.
 */
import type { World } from '../kernel/world';
import type { PlacementPolicy, RaidSpec } from '../scenario/parts';
import type { RaidRun } from './raid';

export interface ArrayState {
  id: string;
  name: string;
  rack: string;
  capacityGiB: number;
  /** Rated (4 KiB) I/Os per second, the unloaded latency of one (ms), and the bandwidth (MiB/s). */
  iops: number;
  latencyMs: number;
  mibps: number;
  failed: boolean;
  /** What is inside the array (level, disks, chunk size); absent: a black box. */
  raid?: RaidSpec | undefined;
  /** The disks' state and the latest I/Os mapped onto them (only with `raid`). */
  disks?: RaidRun;
}

export interface Replica {
  array: number;
  /** A replica being rebuilt (copied from a live one) until copiedGiB reaches the volume's allocation. */
  building: boolean;
  copiedGiB: number;
  /** MiB/s its copy went in the last storage period (rebuild.ts: throttled to the room its arrays had); 0 when not building. */
  copyMiBps: number;
  /** Rebalance is moving this replica away: it serves reads until its new copy is built, then goes. */
  leaving: boolean;
}

export type VolumeStatus = 'ok' | 'degraded' | 'rebuilding' | 'lost';

export interface VolumeState {
  id: string;
  name: string;
  sizeGiB: number;
  thin: boolean;
  /** Replicas wanted. */
  want: number;
  owner: string | null;
  /** VM id -> 'rw' | 'ro' (the owner is always 'rw'). */
  access: Record<string, 'rw' | 'ro'>;
  writtenGiB: number;
  replicas: Replica[];
  status: VolumeStatus;
  /** Writes fail because an array holding it is full (thin overcommit). */
  full: boolean;
  /** A missing replica could not be placed (no room, not enough arrays). */
  stuck: boolean;
  /** Tick it was created (the lens animates new placements). */
  born: number;
  /** Recent reads and writes per second. */
  readIops: number;
  writeIops: number;
  /**
   * Its revision: a new one (StorageState.volumeRev) whenever a field other than the
   * moving figures (written GiB, reads and writes per second) changes, so the wire
   * sends a volume again only when it changed. Not part of the volume's snapshot.
   */
  rev: number;
}

export interface Move {
  volume: string;
  from: number;
  to: number;
  gib: number;
}

/** What a rebalance moved, and what each policy would have moved for the same change of arrays. */
export interface MoveRecord {
  tick: number;
  policy: PlacementPolicy;
  moves: Move[];
  movedGiB: number;
  totalGiB: number;
  /** The least that must move: the new arrays' fair share of all data. */
  fairGiB: number;
  byPolicy: Record<PlacementPolicy, number>;
  usedBefore: number[];
  usedAfter: number[];
}

/**
 * A host's local disk (an SSD) as storage sees it: the disk a container on the bare host
 * writes to (its image layers and writable layer live there), and that of a VM without
 * volumes (and the containers in it). Created for a host when one of them first issues I/O.
 */
export interface LocalDiskState {
  host: string;
  /**
   * I/Os and MiB per second it serves (smoothed), its utilisation (of LOCAL_SSD_IOPS rated
   * I/Os, each I/O weighed by its size), and the latency of an I/O of the mean size it
   * serves, queueing included, ms.
   */
  iops: number;
  mibps: number;
  util: number;
  latencyMs: number;
}

export const HISTORY_LEN = 120;

export interface StorageState {
  policy: PlacementPolicy;
  rackAware: boolean;
  rebuildMiBps: number;
  /** Thin growth per KiB written to new blocks (scenario storage.growthScale; 1 = as written). */
  growthScale: number;
  arrays: ArrayState[];
  volumes: VolumeState[];
  /** The hosts' local disks that VMs without volumes and containers use (keyed by host id). */
  local: LocalDiskState[];
  rrCursor: number;
  /** Arrays online at load or at the last rebalance (for the policy comparison). */
  baseline: number[];
  lastMove: MoveRecord | null;
  /**
   * Per array, smoothed: I/Os and MiB per second served, utilisation (its time busy: each
   * I/O weighed by its size, see period.ts), the latency of an I/O of the mean size it
   * serves (ms, queueing included) and rebuild traffic in (MiB/s).
   */
  iops: Float64Array;
  mibps: Float64Array;
  util: Float64Array;
  latency: Float64Array;
  rebuildIn: Float64Array;
  /** Per array, HISTORY_LEN samples each: utilisation (0..) and used share of capacity. */
  histUtil: Float32Array;
  histUsed: Float32Array;
  histPos: number;
  /** The last revision given to a volume (VolumeState.rev): revisions never repeat within one history. */
  volumeRev: number;
}

/** What every storage function sees: the world and the storage model's own state. */
export type StorageWorld = World & { storage: StorageState };
