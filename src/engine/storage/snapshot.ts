/**
 * What the UI sees of storage: arrays and volumes as small plain objects (with used
 * and provisioned GiB worked out), the per-array load as typed arrays, and the load
 * history as two dense typed arrays (arrays x HISTORY_LEN, oldest first), so the lens
 * can draw gauges and sparklines without touching live state.
 */
import type { PlacementPolicy, RaidSpec } from '../scenario/parts';
import type { RaidRun } from './raid';
import type { VmTopo } from '../kernel/topology';
import { profileOf } from '../kernel/workload';
import { HISTORY_LEN, type LocalDiskState, type MoveRecord, type StorageState, type VolumeState, type VolumeStatus } from './types';
import { allocGiB, provisionedPerArray, usedPerArray } from './volumes';

export interface ArraySnap {
  id: string;
  name: string;
  rack: string;
  capacityGiB: number;
  iops: number;
  latencyMs: number;
  mibps: number;
  failed: boolean;
  raid?: RaidSpec | undefined;
  disks?: RaidRun;
  usedGiB: number;
  provisionedGiB: number;
}

export interface VolumeSnap {
  id: string;
  name: string;
  sizeGiB: number;
  thin: boolean;
  want: number;
  owner: string | null;
  access: Record<string, 'rw' | 'ro'>;
  writtenGiB: number;
  allocGiB: number;
  replicas: { array: number; building: boolean; copiedGiB: number; copyMiBps: number; leaving: boolean }[];
  status: VolumeStatus;
  full: boolean;
  stuck: boolean;
  born: number;
  readIops: number;
  writeIops: number;
}

export interface StorageSnapshot {
  policy: PlacementPolicy;
  rackAware: boolean;
  rebuildMiBps: number;
  growthScale: number;
  /** Where round robin goes on from (for "where will the next volume go?"). */
  rrCursor: number;
  arrays: ArraySnap[];
  volumes: VolumeSnap[];
  /**
   * Per volume (the order of `volumes`): its revision, new whenever a field other than its
   * moving figures changed (within one history a revision never repeats, so the wire
   * compares these instead of every volume). Not in the digest.
   */
  volumeRevs: Float64Array;
  /** The hosts' local disks VMs without volumes and containers use: IOPS served and the latency of one I/O, ms. */
  local: LocalDiskState[];
  lastMove: MoveRecord | null;
  /** Per array: I/Os and MiB per second served, utilisation (each I/O weighed by its size), latency of a mean-size I/O (ms), rebuild traffic in. */
  load: { iops: Float32Array; mibps: Float32Array; util: Float32Array; latencyMs: Float32Array; rebuildMiBps: Float32Array };
  /** Per VM (topology order): the latency of one of its I/Os, ms: on its volumes' arrays, or without a volume on its host's local disk. */
  vmLatencyMs: Float32Array;
  /** Per VM: I/Os and MiB per second its vCPUs issue (each I/O of its workload's size; its containers' not included). */
  vmIops: Float32Array;
  vmMiBps: Float32Array;
  /** Per array HISTORY_LEN samples, oldest first: IOPS utilisation and used share. */
  history: { util: Float32Array; used: Float32Array; len: number };
}

function ordered(h: Float32Array, n: number, pos: number): Float32Array {
  const out = new Float32Array(h.length);
  const start = pos % HISTORY_LEN;
  for (let a = 0; a < n; a++) {
    for (let k = 0; k < HISTORY_LEN; k++) out[a * HISTORY_LEN + k] = h[a * HISTORY_LEN + ((start + k) % HISTORY_LEN)] ?? 0;
  }
  return out;
}

/** A volume as the UI sees it: a copy, its allocation worked out, its revision left out (it travels in volumeRevs). Keys in the order digests were recorded in. */
function volumeSnap(v: VolumeState): VolumeSnap {
  return {
    id: v.id,
    name: v.name,
    sizeGiB: v.sizeGiB,
    thin: v.thin,
    want: v.want,
    owner: v.owner,
    access: { ...v.access },
    writtenGiB: v.writtenGiB,
    replicas: v.replicas.map((r) => ({ ...r })),
    status: v.status,
    full: v.full,
    stuck: v.stuck,
    born: v.born,
    readIops: v.readIops,
    writeIops: v.writeIops,
    allocGiB: allocGiB(v),
  };
}

/** `latency`, `rate`: the channel's IO_LATENCY and IO_RATE (per entity); a VM's latency is its first vCPU's, its rate its vCPUs' sum. */
export function storageSnapshot(s: StorageState, latency: Float64Array, rate: Float64Array, kinds: Uint8Array, vms: readonly VmTopo[]): StorageSnapshot {
  const vmIops = new Float32Array(vms.length);
  const vmMiBps = new Float32Array(vms.length);
  vms.forEach((vm, i) => {
    for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
      const r = rate[e] ?? 0;
      vmIops[i] = (vmIops[i] ?? 0) + r;
      vmMiBps[i] = (vmMiBps[i] ?? 0) + (r * profileOf(kinds[e] ?? 0).ioKiB) / 1024;
    }
  });
  const used = usedPerArray(s);
  const prov = provisionedPerArray(s);
  return {
    policy: s.policy,
    rackAware: s.rackAware,
    rebuildMiBps: s.rebuildMiBps,
    growthScale: s.growthScale,
    rrCursor: s.rrCursor,
    arrays: s.arrays.map((a, i) => ({ ...a, ...(a.disks === undefined ? {} : { disks: structuredClone(a.disks) }), usedGiB: used[i] ?? 0, provisionedGiB: prov[i] ?? 0 })),
    volumes: s.volumes.map(volumeSnap),
    volumeRevs: Float64Array.from(s.volumes, (v) => v.rev),
    local: s.local.map((d) => ({ ...d })),
    lastMove: s.lastMove === null ? null : structuredClone(s.lastMove),
    load: { iops: Float32Array.from(s.iops), mibps: Float32Array.from(s.mibps), util: Float32Array.from(s.util), latencyMs: Float32Array.from(s.latency), rebuildMiBps: Float32Array.from(s.rebuildIn) },
    vmLatencyMs: Float32Array.from(vms, (vm) => latency[vm.entOffset] ?? 0),
    vmIops,
    vmMiBps,
    history: { util: ordered(s.histUtil, s.arrays.length, s.histPos), used: ordered(s.histUsed, s.arrays.length, s.histPos), len: Math.min(HISTORY_LEN, s.histPos) },
  };
}

/** Whether VM `vm` (by id) does its I/O on its host's local disk: no volume is its own or granted to it (as the engine decides, storage/tick.ts). */
export function onLocalDisk(st: StorageSnapshot, vm: string): boolean {
  return !st.volumes.some((v) => v.owner === vm || v.access[vm] !== undefined);
}

export function storageBuffers(s: StorageSnapshot): ArrayBuffer[] {
  return [s.load.iops, s.load.mibps, s.load.util, s.load.latencyMs, s.load.rebuildMiBps, s.volumeRevs, s.vmLatencyMs, s.vmIops, s.vmMiBps, s.history.util, s.history.used].map((a) => a.buffer as ArrayBuffer);
}

/** Fold storage into a snapshot digest (h is the running FNV state). */
export function digestStorage(s: StorageSnapshot, h0: number): number {
  let h = h0;
  // Local disks join the text only once containers used one (digests recorded before stay valid).
  const text = JSON.stringify(s.local.length === 0 ? [s.policy, s.rackAware, s.arrays, s.volumes, s.lastMove] : [s.policy, s.rackAware, s.arrays, s.volumes, s.lastMove, s.local]);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  for (const a of [s.load.iops, s.load.mibps, s.load.util, s.load.latencyMs, s.history.util, s.history.used]) {
    const u = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    for (let i = 0; i < u.length; i++) h = Math.imul(h ^ (u[i] ?? 0), 0x01000193);
  }
  return h;
}

export function digestStoragePart(part: { storage: StorageSnapshot }, h: number): number {
  return digestStorage(part.storage, h);
}
