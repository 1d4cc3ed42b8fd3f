/**
 * The storage subsystem's per-tick work, batched: every STORAGE_PERIOD ticks it takes
 * the I/Os the VMs posted on the channel (IO_OPS: only disk I/O waits post them; a
 * halted vCPU issues none) and turns them into reads and writes on their volumes, spreads them over the
 * arrays holding live replicas (a read goes to one replica, a write to every replica),
 * grows thin volumes with their new writes, advances rebuilds with the bandwidth each
 * target array has, and works out each array's load and queueing latency.
 * Mutates `st.storage` in place (called from inside `step`, which owns the state).
 */
import { IO_LATENCY, IO_OPS, meter, take } from '../kernel/channel';
import { pushEvent } from '../kernel/events';
import { profileOf } from '../kernel/workload';
import { placeVolume } from './build';
import { stepRaidArrays } from './raidTick';
import { HISTORY_LEN, type StorageState, type StorageWorld, type VolumeState } from './types';
import { allocGiB, deriveStatus, keptReplicas, usedPerArray } from './volumes';

/** Storage is sampled every 100 ticks (100 ms): fine enough for gauges, cheap enough for 2,000 volumes. */
export const STORAGE_PERIOD = 100;
/** Share of writes that land on blocks never written before (the rest overwrite). */
export const NEW_BLOCK_SHARE = 0.25;
/** Smoothing of the load figures per sample (about 2 samples = 200 ms). */
const ALPHA = 0.4;

/** How many live volumes each VM uses (its own and those it was granted), keyed by VM id. */
function volumeCounts(s: StorageState): Map<string, number> {
  const n = new Map<string, number>();
  for (const v of s.volumes) {
    if (v.status === 'lost') continue;
    if (v.owner !== null) n.set(v.owner, (n.get(v.owner) ?? 0) + 1);
    for (const vm in v.access) if (vm !== v.owner) n.set(vm, (n.get(vm) ?? 0) + 1);
  }
  return n;
}

/**
 * Reads and writes per second on every volume, and their load on the arrays. A VM's
 * I/Os (posted by its vCPUs' disk waits, with its workload's read share) are split evenly over the volumes it uses; a read-only
 * grant carries only reads. One pass over the volumes, so 2,000 of them stay cheap.
 */
function driveIo(st: StorageWorld, s: StorageState, load: Float64Array, used: Float64Array, rw: Float64Array): void {
  const ops = meter(st, IO_OPS);
  const counts = volumeCounts(s);
  const rate = new Map<string, { iops: number; read: number }>();
  st.topology.vms.forEach((vm, i) => {
    const issued = take(ops, i);
    const n = counts.get(vm.id) ?? 0;
    if (issued === 0 || n === 0) return;
    const read = profileOf(st.ent.phaseKind[vm.entOffset] ?? 0).read;
    rate.set(vm.id, { iops: (issued * 1000) / STORAGE_PERIOD / n, read });
  });
  for (const v of s.volumes) {
    v.readIops *= 1 - ALPHA;
    v.writeIops *= 1 - ALPHA;
    if (v.status === 'lost') continue;
    let reads = 0;
    let writes = 0;
    const own = v.owner === null ? undefined : rate.get(v.owner);
    if (own !== undefined) {
      reads += own.iops * own.read;
      writes += own.iops * (1 - own.read);
    }
    for (const vm in v.access) {
      const r = vm === v.owner ? undefined : rate.get(vm);
      if (r === undefined) continue;
      const w = v.access[vm] === 'rw' ? r.iops * (1 - r.read) : 0;
      reads += r.iops - w;
      writes += w;
    }
    if (v.full) resumeIfRoom(st, s, v, used);
    if (reads + writes > 0) applyIo(st, s, v, reads, v.full ? 0 : writes, load, used, rw);
  }
}

function applyIo(st: StorageWorld, s: StorageState, v: VolumeState, reads: number, writes: number, load: Float64Array, used: Float64Array, rw: Float64Array): void {
  v.readIops += ALPHA * reads;
  v.writeIops += ALPHA * writes;
  let live = 0;
  for (const r of v.replicas) if (!r.building) live += 1;
  for (const r of v.replicas) {
    load[r.array] = (load[r.array] ?? 0) + writes + (r.building ? 0 : reads / live);
    rw[2 * r.array] = (rw[2 * r.array] ?? 0) + (r.building ? 0 : reads / live);
    rw[2 * r.array + 1] = (rw[2 * r.array + 1] ?? 0) + writes;
  }
  if (!v.thin || writes === 0 || v.writtenGiB >= v.sizeGiB) return;
  const grow = Math.min(v.sizeGiB - v.writtenGiB, (writes * STORAGE_PERIOD * NEW_BLOCK_SHARE * s.ioKiB) / 1000 / 1048576);
  let room = Infinity;
  for (const r of v.replicas) room = Math.min(room, (s.arrays[r.array]?.capacityGiB ?? 0) - (used[r.array] ?? 0));
  const g = Math.max(0, Math.min(grow, room));
  v.writtenGiB += g;
  for (const r of v.replicas) used[r.array] = (used[r.array] ?? 0) + g;
  if (g < grow && !v.full) {
    v.full = true;
    pushEvent(st.events, st.tick, 'info', 'storage.event.full', { volume: v.name });
  }
}

/** Copy rebuild data into each target array, its bandwidth shared among the replicas it receives. */
function progressRebuilds(st: StorageWorld, s: StorageState, load: Float64Array): void {
  const inbound = new Float64Array(s.arrays.length);
  let any = false;
  for (const v of s.volumes) {
    for (const r of v.replicas) {
      if (!r.building) continue;
      inbound[r.array] = (inbound[r.array] ?? 0) + 1;
      any = true;
    }
  }
  if (!any) {
    for (let a = 0; a < s.arrays.length; a++) s.rebuildIn[a] = (s.rebuildIn[a] ?? 0) * (1 - ALPHA);
    return;
  }
  const perPeriodGiB = (s.rebuildMiBps * STORAGE_PERIOD) / 1000 / 1024;
  // Rebuilds copy in large sequential chunks: count one I/O per MiB.
  const iopsPerStream = s.rebuildMiBps;
  for (const v of s.volumes) {
    if (v.status === 'lost' || !v.replicas.some((r) => r.building)) continue;
    // A copy over the replicas: a finished move removes an element from v.replicas.
    for (const r of v.replicas.slice()) {
      if (!r.building) continue;
      const share = 1 / (inbound[r.array] ?? 1);
      r.copiedGiB = Math.min(allocGiB(v), r.copiedGiB + perPeriodGiB * share);
      load[r.array] = (load[r.array] ?? 0) + iopsPerStream * share;
      const src = v.replicas.find((x) => !x.building);
      if (src !== undefined) load[src.array] = (load[src.array] ?? 0) + iopsPerStream * share;
      if (r.copiedGiB < allocGiB(v)) continue;
      r.building = false;
      const gone = v.replicas.findIndex((x) => x.leaving);
      if (gone >= 0) {
        // A rebalance move is done: the copy is complete, the old replica goes.
        pushEvent(st.events, st.tick, 'info', 'storage.event.moved', { volume: v.name, from: s.arrays[v.replicas[gone]?.array ?? -1]?.name ?? '', to: s.arrays[r.array]?.name ?? '' });
        v.replicas.splice(gone, 1);
      } else {
        pushEvent(st.events, st.tick, 'info', 'storage.event.rebuilt', { volume: v.name, array: s.arrays[r.array]?.name ?? '' });
      }
    }
    v.status = deriveStatus(v);
  }
  for (let a = 0; a < s.arrays.length; a++) {
    const rate = (inbound[a] ?? 0) > 0 ? s.rebuildMiBps : 0;
    s.rebuildIn[a] = (s.rebuildIn[a] ?? 0) + ALPHA * (rate - (s.rebuildIn[a] ?? 0));
  }
}

/** Start a rebuild for every volume short of replicas that has a live copy to copy from. */
export function startRebuilds(st: StorageWorld, s: StorageState): void {
  if (!s.volumes.some((v) => v.status !== 'lost' && v.status !== 'ok' && keptReplicas(v) < v.want)) return;
  const used = usedPerArray(s);
  for (const v of s.volumes) {
    if (v.status === 'lost' || v.status === 'ok' || keptReplicas(v) >= v.want) continue;
    const before = v.replicas.length;
    const wasStuck = v.stuck;
    placeVolume(s, v, used);
    for (const r of v.replicas.slice(before)) {
      r.building = true;
      pushEvent(st.events, st.tick, 'info', 'storage.event.rebuildStarted', { volume: v.name, array: s.arrays[r.array]?.name ?? '', gib: Math.round(allocGiB(v)) });
    }
    v.status = deriveStatus(v);
    if (v.stuck && !wasStuck) pushEvent(st.events, st.tick, 'info', 'storage.event.noRoom', { volume: v.name, have: v.replicas.length, want: v.want });
  }
}

/** A thin volume whose arrays have room again (an array added, data moved) writes again. */
function resumeIfRoom(st: StorageWorld, s: StorageState, v: VolumeState, used: Float64Array): void {
  for (const r of v.replicas) if ((s.arrays[r.array]?.capacityGiB ?? 0) - (used[r.array] ?? 0) < 0.01) return;
  v.full = false;
  pushEvent(st.events, st.tick, 'info', 'storage.event.writesResumed', { volume: v.name });
}

/** Queueing latency of an array (M/M/1-like: base / (1 - utilisation), capped when saturated). */
export function queueLatency(base: number, util: number): number {
  return base / (1 - Math.min(util, 0.95));
}

/**
 * Publish each VM's I/O latency on the channel (IO_LATENCY): over the volumes it uses, the
 * mean of each volume's slowest live replica (a write waits for every copy; queueing
 * included). The CPU makes each I/O round of the VM's waits last that long.
 */
function publishVmLatency(st: StorageWorld, s: StorageState): void {
  const out = meter(st, IO_LATENCY);
  const sum = new Float64Array(out.length);
  const n = new Float64Array(out.length);
  const index = new Map(st.topology.vms.map((vm, i) => [vm.id, i]));
  for (const v of s.volumes) {
    if (v.status === 'lost') continue;
    let worst = 0;
    for (const r of v.replicas) if (!r.building && s.arrays[r.array]?.failed !== true) worst = Math.max(worst, s.latency[r.array] ?? 0);
    if (worst <= 0) continue;
    const users = v.owner === null ? Object.keys(v.access) : [v.owner, ...Object.keys(v.access).filter((x) => x !== v.owner)];
    for (const id of users) {
      const i = index.get(id);
      if (i === undefined) continue;
      sum[i] = (sum[i] ?? 0) + worst;
      n[i] = (n[i] ?? 0) + 1;
    }
  }
  for (let i = 0; i < out.length; i++) out[i] = (n[i] ?? 0) > 0 ? (sum[i] ?? 0) / (n[i] ?? 1) : 0;
}

export function stepStorage(st: StorageWorld): void {
  const s = st.storage;
  if (st.tick % STORAGE_PERIOD !== 0 || s.arrays.length === 0) return;
  const load = new Float64Array(s.arrays.length);
  const used = usedPerArray(s);
  const rw = new Float64Array(2 * s.arrays.length);
  driveIo(st, s, load, used, rw);
  stepRaidArrays(st, s, load, rw);
  startRebuilds(st, s);
  progressRebuilds(st, s, load);
  const pos = s.histPos % HISTORY_LEN;
  s.arrays.forEach((a, i) => {
    const l = a.failed ? 0 : (load[i] ?? 0);
    s.iops[i] = (s.iops[i] ?? 0) + ALPHA * (l - (s.iops[i] ?? 0));
    const util = (s.iops[i] ?? 0) / a.iops;
    s.latency[i] = a.failed ? 0 : queueLatency(a.latencyMs, util);
    s.histUtil[i * HISTORY_LEN + pos] = util;
    s.histUsed[i * HISTORY_LEN + pos] = (used[i] ?? 0) / a.capacityGiB;
  });
  s.histPos += 1;
  publishVmLatency(st, s);
}
