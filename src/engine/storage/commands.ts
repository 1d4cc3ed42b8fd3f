/**
 * The storage commands: create or delete a volume, switch the placement policy or
 * rack awareness, fail, repair or add an array, fail a whole rack, rebalance, grant or
 * revoke a VM's access, and a VM's attempt to read or write a volume. Each checks
 * everything first and mutates only when it will succeed, so a rejected command leaves
 * the state untouched and returns an i18n reason.
 */
import { OK, reject, type Outcome } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import type { PlacementPolicy, StorageArraySpec, VolumeSpec } from '../scenario/parts';
import { PROFILES } from '../kernel/workload';
import { arrayState, newVolume, placeVolume } from './build';
import { queueLatency, sizedLatency } from './period';
import { rebalance } from './rebalance';
import { startRebuilds } from './rebuild';
import { HISTORY_LEN, type StorageState, type StorageWorld } from './types';
import { accessOf, allocGiB, deriveStatus, touchVolume } from './volumes';

function arrayIndex(s: StorageState, id: string): number {
  return s.arrays.findIndex((a) => a.id === id);
}

export function createVolume(st: StorageWorld, spec: VolumeSpec): Outcome {
  const s = st.storage;
  if (s.arrays.length === 0) return reject('storage.reason.noArrays');
  if (s.volumes.some((v) => v.id === spec.id)) return reject('storage.reason.volumeExists', { volume: spec.id });
  const vms = new Set(st.topology.vms.map((v) => v.id));
  if (spec.owner !== undefined && !vms.has(spec.owner)) return reject('storage.reason.noSuchVm', { vm: spec.owner });
  const v = newVolume(spec, st.tick);
  // Try on a copy of the usage first: a volume that fits nowhere is rejected, not half-made.
  const trial = { ...s, volumes: [...s.volumes], arrays: s.arrays };
  const placed = placeVolume(trial, { ...v, replicas: [] });
  if (placed === 0) return reject('storage.reason.noRoom', { volume: v.name, gib: Math.round(allocGiB(v)) });
  placeVolume(s, v);
  s.volumes.push(v);
  const where = v.replicas.map((r) => s.arrays[r.array]?.name ?? '').join(', ');
  pushEvent(st.events, st.tick, 'info', `storage.event.placed.${s.policy}`, { volume: v.name, arrays: where, have: v.replicas.length, want: v.want });
  return OK;
}

export function deleteVolume(st: StorageWorld, id: string): Outcome {
  const s = st.storage;
  const i = s.volumes.findIndex((v) => v.id === id);
  if (i < 0) return reject('storage.reason.noSuchVolume', { volume: id });
  const [v] = s.volumes.splice(i, 1);
  pushEvent(st.events, st.tick, 'info', 'storage.event.deleted', { volume: v?.name ?? id });
  return OK;
}

export function setPolicy(st: StorageWorld, policy: PlacementPolicy): Outcome {
  st.storage.policy = policy;
  pushEvent(st.events, st.tick, 'info', 'storage.event.policy', { policy: `storage.policy.${policy}` });
  return OK;
}

/** Rebuild bandwidth into each array: faster rebuilds shorten the time a volume has only one copy. */
export function setRebuildBandwidth(st: StorageWorld, mibps: number): Outcome {
  st.storage.rebuildMiBps = mibps;
  pushEvent(st.events, st.tick, 'info', 'storage.event.rebuildBandwidth', { mibps });
  return OK;
}

export function setRackAware(st: StorageWorld, on: boolean): Outcome {
  st.storage.rackAware = on;
  pushEvent(st.events, st.tick, 'info', on ? 'storage.event.rackAwareOn' : 'storage.event.rackAwareOff', {});
  return OK;
}

/** Fail arrays (mutates): their replicas are gone; volumes left with a copy start rebuilding, the rest are lost. */
export function failArrays(st: StorageWorld, targets: number[]): void {
  const s = st.storage;
  for (const a of targets) {
    const arr = s.arrays[a];
    if (arr === undefined) continue;
    arr.failed = true;
    s.iops[a] = 0;
    s.mibps[a] = 0;
    s.util[a] = 0;
    s.rebuildIn[a] = 0;
  }
  const gone = new Set(targets);
  for (const v of s.volumes) {
    const before = v.replicas.length;
    v.replicas = v.replicas.filter((r) => !gone.has(r.array));
    if (v.replicas.length === before) continue;
    // A copy still being made is worthless without a live source.
    if (!v.replicas.some((r) => !r.building)) v.replicas = [];
    // A replica was leaving for a copy that is gone: it stays after all.
    for (const r of v.replicas) if (r.leaving && v.replicas.filter((x) => x.leaving).length > v.replicas.filter((x) => x.building).length) r.leaving = false;
    const was = v.status;
    v.status = deriveStatus(v);
    touchVolume(s, v);
    if (v.status === 'lost' && was !== 'lost') pushEvent(st.events, st.tick, 'info', 'storage.event.lost', { volume: v.name, want: v.want });
    else if (v.status !== 'lost') pushEvent(st.events, st.tick, 'info', 'storage.event.degraded', { volume: v.name, live: v.replicas.filter((r) => !r.building).length, want: v.want });
  }
  startRebuilds(st, s);
}

export function failArray(st: StorageWorld, id: string): Outcome {
  const a = arrayIndex(st.storage, id);
  const arr = st.storage.arrays[a];
  if (arr === undefined) return reject('storage.reason.noSuchArray', { array: id });
  if (arr.failed) return reject('storage.reason.alreadyFailed', { array: arr.name });
  pushEvent(st.events, st.tick, 'info', 'storage.event.arrayFailed', { array: arr.name });
  failArrays(st, [a]);
  return OK;
}

export function failRack(st: StorageWorld, rack: string): Outcome {
  const s = st.storage;
  const targets = s.arrays.flatMap((a, i) => (a.rack === rack && !a.failed ? [i] : []));
  if (!s.arrays.some((a) => a.rack === rack)) return reject('storage.reason.noSuchRack', { rack });
  if (targets.length === 0) return reject('storage.reason.rackDown', { rack });
  pushEvent(st.events, st.tick, 'info', 'storage.event.rackFailed', { rack, n: targets.length });
  failArrays(st, targets);
  return OK;
}

export function repairArray(st: StorageWorld, id: string): Outcome {
  const s = st.storage;
  const arr = s.arrays[arrayIndex(s, id)];
  if (arr === undefined) return reject('storage.reason.noSuchArray', { array: id });
  if (!arr.failed) return reject('storage.reason.notFailed', { array: arr.name });
  arr.failed = false;
  // A lost RAID array comes back with new, empty disks.
  if (arr.disks !== undefined) arr.disks = { ...arr.disks, failedDisk: null, rebuilt: null, copyMiBps: 0, recent: [] };
  pushEvent(st.events, st.tick, 'info', 'storage.event.repaired', { array: arr.name });
  startRebuilds(st, s);
  return OK;
}

export function addArray(st: StorageWorld, spec: StorageArraySpec): Outcome {
  const s = st.storage;
  if (s.arrays.some((a) => a.id === spec.id)) return reject('storage.reason.arrayExists', { array: spec.id });
  if (s.arrays.length >= 64) return reject('storage.reason.tooManyArrays', { max: 64 });
  s.arrays.push(arrayState(spec));
  const grow = (a: Float64Array, by = 1): Float64Array => Float64Array.from({ length: a.length + by }, (_, i) => a[i] ?? 0);
  s.iops = grow(s.iops);
  s.mibps = grow(s.mibps);
  s.util = grow(s.util);
  s.latency = grow(s.latency);
  s.latency[s.arrays.length - 1] = spec.latencyMs;
  s.rebuildIn = grow(s.rebuildIn);
  const growHist = (h: Float32Array): Float32Array => {
    const out = new Float32Array(h.length + HISTORY_LEN);
    out.set(h);
    return out;
  };
  s.histUtil = growHist(s.histUtil);
  s.histUsed = growHist(s.histUsed);
  pushEvent(st.events, st.tick, 'info', 'storage.event.arrayAdded', { array: spec.name, rack: spec.rack, gib: spec.capacityGiB });
  startRebuilds(st, s);
  return OK;
}

export function doRebalance(st: StorageWorld): Outcome {
  const s = st.storage;
  if (s.volumes.some((v) => v.replicas.some((r) => r.building))) return reject('storage.reason.rebuilding');
  if (s.arrays.every((a) => a.failed)) return reject('storage.reason.noArrays');
  const rec = rebalance(s, st.tick);
  if (rec === null) return reject('storage.reason.rebalanceNoRoom');
  pushEvent(st.events, st.tick, 'info', 'storage.event.rebalanced', { n: rec.moves.length, gib: Math.round(rec.movedGiB), fair: Math.round(rec.fairGiB) });
  return OK;
}

export function setVolumeAccess(st: StorageWorld, volume: string, vm: string, mode: 'rw' | 'ro' | 'none'): Outcome {
  const v = st.storage.volumes.find((x) => x.id === volume);
  if (v === undefined) return reject('storage.reason.noSuchVolume', { volume });
  if (!st.topology.vms.some((x) => x.id === vm)) return reject('storage.reason.noSuchVm', { vm });
  if (v.owner === vm) return reject('storage.reason.ownerAccess', { vm, volume: v.name });
  if (mode === 'none') delete v.access[vm];
  else v.access[vm] = mode;
  touchVolume(st.storage, v);
  pushEvent(st.events, st.tick, 'info', `storage.event.access.${mode}`, { vm, volume: v.name });
  return OK;
}

/** A VM tries one read or write (of its workload's I/O size): denied without permission (no data), an error if the volume is lost. */
export function accessVolume(st: StorageWorld, vm: string, volume: string, op: 'read' | 'write'): Outcome {
  const s = st.storage;
  const v = s.volumes.find((x) => x.id === volume);
  if (v === undefined) return reject('storage.reason.noSuchVolume', { volume });
  if (!st.topology.vms.some((x) => x.id === vm)) return reject('storage.reason.noSuchVm', { vm });
  const mode = accessOf(v, vm);
  if (mode === 'none' || (op === 'write' && mode === 'ro')) {
    pushEvent(st.events, st.tick, 'info', `storage.event.denied.${op}`, { vm, volume: v.name, mode: `storage.mode.${mode}` });
    return OK;
  }
  if (v.status === 'lost') {
    pushEvent(st.events, st.tick, 'info', 'storage.event.ioError', { vm, volume: v.name });
    return OK;
  }
  const live = v.replicas.filter((r) => !r.building);
  const targets = op === 'read' ? live.slice(0, 1) : v.replicas;
  // One I/O of the VM's workload's size: the fixed part plus its transfer, times each array's queueing.
  const kib = PROFILES[st.topology.vms.find((x) => x.id === vm)?.workload ?? 'idle'].ioKiB;
  const ms = Math.max(...targets.map((r) => {
    const a = s.arrays[r.array];
    return a === undefined ? 0 : queueLatency(sizedLatency(a.latencyMs, a.mibps, kib), s.util[r.array] ?? 0);
  }));
  const where = targets.map((r) => s.arrays[r.array]?.name ?? '').join(', ');
  pushEvent(st.events, st.tick, 'info', `storage.event.io.${op}`, { vm, volume: v.name, arrays: where, ms: ms.toFixed(2) });
  return OK;
}
