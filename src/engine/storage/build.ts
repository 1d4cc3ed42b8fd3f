/**
 * Build the storage state from a scenario at load: the arrays, the scenario's own
 * volumes (pinned ones where the scenario says, the rest placed by the policy), then
 * one volume per VM disk, placed by the policy in scenario order. A VM's disk looks
 * like a local disk to the guest but lives on the SAN (the notes' 스토리지 가상화).
 */
import type { Scenario } from '../scenario/schema';
import type { StorageArraySpec, VolumeSpec } from '../scenario/parts';
import { defaultMiBps } from './period';
import { newRaidRun } from './raid';
import { place } from './placement';
import { HISTORY_LEN, type ArrayState, type StorageState, type VolumeState } from './types';
import { allocGiB, deriveStatus, keptReplicas, touchVolume, usedPerArray } from './volumes';

/** An array as the storage model holds it; a RAID array gets its disks' state. */
export function arrayState(spec: StorageArraySpec): ArrayState {
  const a = { ...spec, mibps: spec.mibps ?? defaultMiBps(spec.iops), failed: false };
  return spec.raid === undefined ? a : { ...a, disks: newRaidRun(spec.id) };
}

export function newVolume(spec: VolumeSpec, tick: number): VolumeState {
  const access: Record<string, 'rw' | 'ro'> = {};
  for (const a of spec.access) access[a.vm] = a.mode;
  return {
    id: spec.id,
    name: spec.name ?? spec.id,
    sizeGiB: spec.sizeGiB,
    thin: spec.provisioning === 'thin',
    want: spec.replicas,
    owner: spec.owner ?? null,
    access,
    writtenGiB: (spec.sizeGiB * spec.writtenPct) / 100,
    replicas: [],
    status: 'lost',
    full: false,
    stuck: false,
    born: tick,
    readIops: 0,
    writeIops: 0,
    // Placing it gives it its first revision.
    rev: 0,
  };
}

/** Place a new volume's replicas by the policy (mutates s). Returns how many were placed. */
export function placeVolume(s: StorageState, v: VolumeState, used = usedPerArray(s)): number {
  const cursor = { value: s.rrCursor };
  const ctx = { arrays: s.arrays, used, policy: s.policy, rackAware: s.rackAware, cursor };
  const taken = v.replicas.map((r) => r.array);
  const chosen = place(ctx, { id: v.id, allocGiB: allocGiB(v), count: v.want - keptReplicas(v), taken });
  s.rrCursor = cursor.value;
  for (const a of chosen) v.replicas.push({ array: a, building: false, copiedGiB: 0, copyMiBps: 0, leaving: false });
  v.status = deriveStatus(v);
  v.stuck = keptReplicas(v) < v.want;
  touchVolume(s, v);
  return chosen.length;
}

function diskVolumes(sc: Scenario): VolumeSpec[] {
  const taken = new Set(sc.volumes.map((v) => v.id));
  const want = Math.min(sc.storage.diskReplicas, sc.storageArrays.length);
  const out: VolumeSpec[] = [];
  for (const vm of sc.vms) {
    for (const d of vm.disks) {
      let id = d.id;
      for (let k = 2; taken.has(id); k++) id = `${d.id}-${k}`;
      taken.add(id);
      out.push({ id, name: d.id, sizeGiB: d.sizeGiB, provisioning: sc.storage.diskProvisioning, replicas: Math.max(1, want), owner: vm.id, access: [], writtenPct: 25 });
    }
  }
  return out;
}

export function buildStorage(sc: Scenario): StorageState {
  const n = sc.storageArrays.length;
  const s: StorageState = {
    policy: sc.storage.policy,
    rackAware: sc.storage.rackAware,
    rebuildMiBps: sc.storage.rebuildMiBps,
    growthScale: sc.storage.growthScale,
    arrays: sc.storageArrays.map(arrayState),
    volumes: [],
    local: [],
    rrCursor: 0,
    baseline: sc.storageArrays.map((_, i) => i),
    lastMove: null,
    iops: new Float64Array(n),
    mibps: new Float64Array(n),
    util: new Float64Array(n),
    latency: new Float64Array(n),
    rebuildIn: new Float64Array(n),
    histUtil: new Float32Array(n * HISTORY_LEN),
    histUsed: new Float32Array(n * HISTORY_LEN),
    histPos: 0,
    volumeRev: 0,
  };
  if (n === 0) return s;
  const index = new Map(s.arrays.map((a, i) => [a.id, i]));
  const used = usedPerArray(s);
  for (const spec of [...sc.volumes, ...diskVolumes(sc)]) {
    const v = newVolume(spec, 0);
    for (const id of spec.arrays ?? []) {
      const a = index.get(id);
      if (a === undefined) continue;
      v.replicas.push({ array: a, building: false, copiedGiB: 0, copyMiBps: 0, leaving: false });
      used[a] = (used[a] ?? 0) + allocGiB(v);
    }
    s.volumes.push(v);
    placeVolume(s, v, used);
  }
  for (let a = 0; a < n; a++) s.latency[a] = s.arrays[a]?.latencyMs ?? 0;
  return s;
}
