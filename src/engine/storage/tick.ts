/**
 * The storage subsystem's per-tick work, batched: every STORAGE_PERIOD ticks it takes
 * the I/Os vCPUs and containers posted on the channel (IO_OPS: only disk I/O waits post
 * them; a halted one issues none; entityIo.ts says whose go where) and turns them into
 * reads and writes on their volumes (or a host's local disk), spreads them over the
 * arrays holding live replicas (a read goes to one replica, a write to every replica),
 * grows thin volumes with their new writes, advances replica rebuilds and moves and RAID
 * disk rebuilds with the room the foreground I/O leaves their arrays (rebuild.ts,
 * throttle.ts), and works out each array's load and queueing latency.
 * Mutates `st.storage` in place (called from inside `step`, which owns the state).
 */
import { pushEvent } from '../kernel/events';
import { publishLatency, takeEntityIo } from './entityIo';
import { ALPHA, kibCost, queueLatency, RATED_KIB, ratedLoad, sizedLatency, STORAGE_PERIOD } from './period';
import { stepRaidArrays } from './raidTick';
import { progressRebuilds, startRebuilds } from './rebuild';
import { HISTORY_LEN, type StorageState, type StorageWorld, type VolumeState } from './types';
import { touchVolume, usedPerArray } from './volumes';

/** Share of writes that land on blocks never written before (the rest overwrite). */
export const NEW_BLOCK_SHARE = 0.25;

/**
 * Reads and writes per second on every volume, and what they put on the arrays (`served`:
 * per array I/Os then KiB per second). A VM's I/Os (posted by its vCPUs' disk waits, with
 * its workload's read share and I/O size, plus those of the containers inside it, each
 * with its own) are split evenly over the volumes it uses; a read-only grant carries only
 * reads. One pass over the volumes, so 2,000 of them stay cheap.
 */
function driveIo(st: StorageWorld, s: StorageState, served: Float64Array, used: Float64Array, rw: Float64Array): void {
  const x = takeEntityIo(st, s);
  for (const v of s.volumes) {
    v.readIops *= 1 - ALPHA;
    v.writeIops *= 1 - ALPHA;
    if (v.status === 'lost') continue;
    const io = IO;
    io.reads = 0;
    io.writes = 0;
    io.readKiB = 0;
    io.writeKiB = 0;
    const own = v.owner === null ? undefined : x.vmAt.get(v.owner);
    if (own !== undefined && x.rated[own] === 1) {
      const iops = x.iops[own] ?? 0;
      const kib = x.kib[own] ?? 0;
      const read = x.read[own] ?? 0;
      io.reads += iops * read + (x.ctReads[own] ?? 0);
      io.writes += iops * (1 - read) + (x.ctIops[own] ?? 0) - (x.ctReads[own] ?? 0);
      io.readKiB += kib * read + (x.ctReadKiB[own] ?? 0);
      io.writeKiB += kib * (1 - read) + (x.ctKiB[own] ?? 0) - (x.ctReadKiB[own] ?? 0);
    }
    for (const vm in v.access) {
      const i = vm === v.owner ? undefined : x.vmAt.get(vm);
      if (i === undefined || x.rated[i] !== 1) continue;
      const iops = (x.iops[i] ?? 0) + (x.ctIops[i] ?? 0);
      const kib = (x.kib[i] ?? 0) + (x.ctKiB[i] ?? 0);
      const read = x.read[i] ?? 0;
      const rwGrant = v.access[vm] === 'rw';
      const w = rwGrant ? (x.iops[i] ?? 0) * (1 - read) + (x.ctIops[i] ?? 0) - (x.ctReads[i] ?? 0) : 0;
      const wk = rwGrant ? (x.kib[i] ?? 0) * (1 - read) + (x.ctKiB[i] ?? 0) - (x.ctReadKiB[i] ?? 0) : 0;
      io.reads += iops - w;
      io.writes += w;
      io.readKiB += kib - wk;
      io.writeKiB += wk;
    }
    if (v.full) resumeIfRoom(st, s, v, used);
    if (v.full) {
      io.writes = 0;
      io.writeKiB = 0;
    }
    if (io.reads + io.writes > 0) applyIo(st, s, v, io, served, used, rw);
  }
}

/** One volume's reads and writes this period, per second, and the KiB they move (scratch: the hot loop allocates nothing). */
const IO = { reads: 0, writes: 0, readKiB: 0, writeKiB: 0 };

function applyIo(st: StorageWorld, s: StorageState, v: VolumeState, io: typeof IO, served: Float64Array, used: Float64Array, rw: Float64Array): void {
  const { reads, writes } = io;
  v.readIops += ALPHA * reads;
  v.writeIops += ALPHA * writes;
  let live = 0;
  for (const r of v.replicas) if (!r.building) live += 1;
  for (const r of v.replicas) {
    const a = r.array;
    served[2 * a] = (served[2 * a] ?? 0) + writes + (r.building ? 0 : reads / live);
    served[2 * a + 1] = (served[2 * a + 1] ?? 0) + io.writeKiB + (r.building ? 0 : io.readKiB / live);
    rw[4 * a] = (rw[4 * a] ?? 0) + (r.building ? 0 : reads / live);
    rw[4 * a + 1] = (rw[4 * a + 1] ?? 0) + writes;
    rw[4 * a + 2] = (rw[4 * a + 2] ?? 0) + (r.building ? 0 : io.readKiB / live);
    rw[4 * a + 3] = (rw[4 * a + 3] ?? 0) + io.writeKiB;
  }
  if (!v.thin || writes === 0 || v.writtenGiB >= v.sizeGiB) return;
  // A quarter of what was written (each write of its issuer's own size) lands on new blocks.
  const grow = Math.min(v.sizeGiB - v.writtenGiB, (io.writeKiB * STORAGE_PERIOD * NEW_BLOCK_SHARE * s.growthScale) / 1000 / 1048576);
  let room = Infinity;
  for (const r of v.replicas) room = Math.min(room, (s.arrays[r.array]?.capacityGiB ?? 0) - (used[r.array] ?? 0));
  const g = Math.max(0, Math.min(grow, room));
  v.writtenGiB += g;
  for (const r of v.replicas) used[r.array] = (used[r.array] ?? 0) + g;
  if (g < grow && !v.full) {
    v.full = true;
    touchVolume(s, v);
    pushEvent(st.events, st.tick, 'info', 'storage.event.full', { volume: v.name });
  }
}

/** A thin volume whose arrays have room again (an array added, data moved) writes again. */
function resumeIfRoom(st: StorageWorld, s: StorageState, v: VolumeState, used: Float64Array): void {
  for (const r of v.replicas) if ((s.arrays[r.array]?.capacityGiB ?? 0) - (used[r.array] ?? 0) < 0.01) return;
  v.full = false;
  touchVolume(s, v);
  pushEvent(st.events, st.tick, 'info', 'storage.event.writesResumed', { volume: v.name });
}

export function stepStorage(st: StorageWorld): void {
  const s = st.storage;
  // Without arrays, storage still has work when VMs or containers use their hosts' local disks.
  if (st.tick % STORAGE_PERIOD !== 0 || (s.arrays.length === 0 && st.topology.vms.length === 0 && st.topology.containers.length === 0)) return;
  const n = s.arrays.length;
  const served = new Float64Array(2 * n);
  const used = usedPerArray(s);
  // Per array the logical reads and writes per second, then the KiB per second they move (RAID maps them at their mean sizes).
  const rw = new Float64Array(4 * n);
  driveIo(st, s, served, used, rw);
  // Each array's load in rated (4 KiB) I/Os per second: every I/O weighed by its size.
  const load = new Float64Array(n);
  s.arrays.forEach((a, i) => {
    load[i] = ratedLoad(served[2 * i] ?? 0, served[2 * i + 1] ?? 0, kibCost(a.iops, a.mibps));
  });
  // The foreground load first (RAID arrays: in physical operations), then the copies in the room it leaves.
  stepRaidArrays(st, s, load, rw);
  startRebuilds(st, s);
  progressRebuilds(st, s, load);
  const pos = s.histPos % HISTORY_LEN;
  s.arrays.forEach((a, i) => {
    const on = a.failed ? 0 : 1;
    s.iops[i] = (s.iops[i] ?? 0) + ALPHA * (on * (served[2 * i] ?? 0) - (s.iops[i] ?? 0));
    s.mibps[i] = (s.mibps[i] ?? 0) + ALPHA * ((on * (served[2 * i + 1] ?? 0)) / 1024 - (s.mibps[i] ?? 0));
    const util = (s.util[i] ?? 0) + ALPHA * ((on * (load[i] ?? 0)) / a.iops - (s.util[i] ?? 0));
    s.util[i] = util;
    const iops = s.iops[i] ?? 0;
    const meanKiB = iops > 1e-9 ? ((s.mibps[i] ?? 0) * 1024) / iops : RATED_KIB;
    s.latency[i] = a.failed ? 0 : queueLatency(sizedLatency(a.latencyMs, a.mibps, meanKiB), util);
    s.histUtil[i * HISTORY_LEN + pos] = util;
    s.histUsed[i * HISTORY_LEN + pos] = (used[i] ?? 0) / a.capacityGiB;
  });
  s.histPos += 1;
  publishLatency(st, s);
}
