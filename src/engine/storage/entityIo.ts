/**
 * Whose I/O lands where (issue 13): every STORAGE_PERIOD storage takes the I/Os each
 * entity posted on the channel (IO_OPS; a vCPU or a container posts them when a disk I/O
 * wait begins, a halt posts none) and hands back the latency each will get (IO_LATENCY).
 * A VM's vCPUs and the containers inside it use the VM's volumes, each at its own
 * workload's read share; a VM without volumes (its vCPUs and its containers) and a
 * container on a bare host use their host's local disk (an SSD), which queues like an array.
 * A VM whose volumes are all lost has nowhere to do I/O: what it issues is dropped.
 */
import { IO_LATENCY, IO_OPS, IO_RATE, meter, take } from '../kernel/channel';
import { profileOf, REF_IO_MS } from '../kernel/workload';
import type { HostTopo, VmTopo } from '../kernel/topology';
import { ioIndex, type IoIndex } from './ioIndex';
import { ALPHA, defaultMiBps, kibCost, queueLatency, RATED_KIB, ratedLoad, sizedLatency, STORAGE_PERIOD } from './period';
import type { LocalDiskState, StorageState, StorageWorld } from './types';

/** Random IOPS a host's local SSD serves (illustrative: a data-centre SATA SSD serves tens of thousands). */
export const LOCAL_SSD_IOPS = 50_000;

/** Random IOPS a host's local SSD serves (rated, 4 KiB) and its bandwidth (the default rule: IOPS x 64 KiB). */
export const LOCAL_SSD_MIBPS = defaultMiBps(LOCAL_SSD_IOPS);

const readShare = (st: StorageWorld, e: number): number => profileOf(st.ent.phaseKind[e] ?? 0).read;
/** Size of entity e's I/Os (its workload's, or boot's while its guest boots), KiB. */
const ioKiB = (st: StorageWorld, e: number): number => profileOf(st.ent.phaseKind[e] ?? 0).ioKiB;

/** Take what entity e posted and move its smoothed rate (IO_RATE); returns the I/Os taken. */
function takeIo(ops: Float64Array, rate: Float64Array, e: number): number {
  const issued = take(ops, e);
  const r = rate[e] ?? 0;
  rate[e] = r + ALPHA * ((issued * 1000) / STORAGE_PERIOD - r);
  return issued;
}

/**
 * How many live volumes each VM uses (its own and those it was granted), into `x.volumes`;
 * and whether it has any volume at all, lost ones included, into `x.owns` (a VM with none
 * uses its host's local disk; one whose volumes are all lost has nowhere to do I/O).
 */
function countVolumes(s: StorageState, x: IoIndex): void {
  x.volumes.fill(0);
  x.owns.fill(0);
  for (const v of s.volumes) {
    const live = v.status === 'lost' ? 0 : 1;
    const own = v.owner === null ? undefined : x.vmAt.get(v.owner);
    if (own !== undefined) {
      x.volumes[own] = (x.volumes[own] ?? 0) + live;
      x.owns[own] = 1;
    }
    for (const id in v.access) {
      const i = id === v.owner ? undefined : x.vmAt.get(id);
      if (i === undefined) continue;
      x.volumes[i] = (x.volumes[i] ?? 0) + live;
      x.owns[i] = 1;
    }
  }
}

/** VM i puts I/O on its volumes this period (its rates start at nothing). */
function markRated(st: StorageWorld, x: IoIndex, i: number, entOffset: number): void {
  if (x.rated[i] === 1) return;
  x.rated[i] = 1;
  x.read[i] = readShare(st, entOffset);
}

/**
 * The world was built or a command changed it: every entity without a latency yet (a new
 * world, an added VM or container) gets the one its storage gives now, so no I/O waits, and
 * no figure reads, a latency of 0 before the next period publishes. Mutates the channel.
 */
export function settleLatency(st: StorageWorld, s: StorageState): void {
  const out = meter(st, IO_LATENCY);
  if (!out.includes(0)) return;
  countVolumes(s, ioIndex(st.topology));
  publishLatency(st, s, true);
}

/**
 * Take every entity's I/Os: per VM what it puts on each of the volumes it uses, its
 * containers' included (the returned index's `rated`, `iops`, `read`, `ctIops`, `ctReads`);
 * what VMs without volumes and containers on bare hosts put on their hosts' local disks is
 * applied here.
 */
export function takeEntityIo(st: StorageWorld, s: StorageState): IoIndex {
  const ops0 = meter(st, IO_OPS);
  const rates = meter(st, IO_RATE);
  const t = st.topology;
  const x = ioIndex(t);
  countVolumes(s, x);
  x.rated.fill(0);
  x.iops.fill(0);
  x.read.fill(0);
  x.kib.fill(0);
  x.ctIops.fill(0);
  x.ctReads.fill(0);
  x.ctKiB.fill(0);
  x.ctReadKiB.fill(0);
  x.local.fill(0);
  x.localKiB.fill(0);
  const perS = 1000 / STORAGE_PERIOD;
  for (let i = 0; i < t.vms.length; i++) {
    const vm = t.vms[i] as VmTopo;
    let issued = 0;
    let kib = 0;
    for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
      const ops = takeIo(ops0, rates, e);
      issued += ops;
      kib += ops * ioKiB(st, e);
    }
    const n = x.volumes[i] ?? 0;
    if (issued === 0) continue;
    if (x.owns[i] !== 1) {
      x.local[vm.host] = (x.local[vm.host] ?? 0) + issued * perS;
      x.localKiB[vm.host] = (x.localKiB[vm.host] ?? 0) + kib * perS;
      continue;
    }
    if (n === 0) continue;
    markRated(st, x, i, vm.entOffset);
    x.iops[i] = (issued * perS) / n;
    x.kib[i] = (kib * perS) / n;
  }
  for (const c of t.containers) {
    const issued = takeIo(ops0, rates, c.ent);
    if (issued === 0) continue;
    const iops = issued * perS;
    const kib = iops * ioKiB(st, c.ent);
    const vm = t.vms[c.vm];
    if (vm === undefined || x.owns[c.vm] !== 1) {
      x.local[c.host] = (x.local[c.host] ?? 0) + iops;
      x.localKiB[c.host] = (x.localKiB[c.host] ?? 0) + kib;
      continue;
    }
    const n = x.volumes[c.vm] ?? 0;
    if (n === 0) continue;
    markRated(st, x, c.vm, vm.entOffset);
    const read = readShare(st, c.ent);
    x.ctIops[c.vm] = (x.ctIops[c.vm] ?? 0) + iops / n;
    x.ctReads[c.vm] = (x.ctReads[c.vm] ?? 0) + (iops * read) / n;
    x.ctKiB[c.vm] = (x.ctKiB[c.vm] ?? 0) + kib / n;
    x.ctReadKiB[c.vm] = (x.ctReadKiB[c.vm] ?? 0) + (kib * read) / n;
  }
  driveLocalDisks(st, s, x);
  return x;
}

/** Each host's local disk serves what its VMs without volumes and its containers issued (`x.local`, `x.localKiB`); it queues like an array. */
function driveLocalDisks(st: StorageWorld, s: StorageState, x: IoIndex): void {
  const hosts = st.topology.hosts;
  for (let i = 0; i < hosts.length; i++) {
    const id = (hosts[i] as HostTopo).id;
    if ((x.local[i] ?? 0) > 0 && !s.local.some((d) => d.host === id)) s.local.push({ host: id, iops: 0, mibps: 0, util: 0, latencyMs: REF_IO_MS });
  }
  const k = kibCost(LOCAL_SSD_IOPS, LOCAL_SSD_MIBPS);
  for (const d of s.local) {
    const i = x.hostAt.get(d.host);
    const ops = i === undefined ? 0 : (x.local[i] ?? 0);
    const kib = i === undefined ? 0 : (x.localKiB[i] ?? 0);
    d.iops += ALPHA * (ops - d.iops);
    d.mibps += ALPHA * (kib / 1024 - d.mibps);
    d.util += ALPHA * (ratedLoad(ops, kib, k) / LOCAL_SSD_IOPS - d.util);
    const meanKiB = d.iops > 1e-9 ? (d.mibps * 1024) / d.iops : RATED_KIB;
    d.latencyMs = queueLatency(sizedLatency(REF_IO_MS, LOCAL_SSD_MIBPS, meanKiB), d.util);
  }
}

/** Add a volume's latency (for a rated I/O, and per further KiB) to VM `id`'s sums (a VM not in the topology is skipped). */
function addLatency(x: IoIndex, id: string, ms: number, perKiB: number): void {
  const i = x.vmAt.get(id);
  if (i === undefined) return;
  x.latSum[i] = (x.latSum[i] ?? 0) + ms;
  x.latPerKiB[i] = (x.latPerKiB[i] ?? 0) + perKiB;
  x.latN[i] = (x.latN[i] ?? 0) + 1;
}

/** What each KiB beyond a rated I/O adds to the latency on a device of `mibps` whose queue multiplies it by `q`, ms. */
const perKiB = (mibps: number, q: number): number => (q * 1000) / (1024 * mibps);

/**
 * Publish each entity's I/O latency (IO_LATENCY), for an I/O of its own workload's size:
 * the fixed part plus the size over the bandwidth, times the queueing of the device
 * (period.ts). A VM's: over the volumes it uses, the mean of each volume's slowest live
 * replica (for a rated I/O; a write waits for every copy), for its vCPUs and the
 * containers inside it; without any volume, its host's local disk's (unloaded, 0.5 ms plus
 * the transfer at its bandwidth, until the disk has served any I/O). A container on a
 * bare host gets its host's local disk's. Reads the volume counts takeEntityIo made this
 * period. With `unsetOnly`, only entities with no latency yet (0: just built or added) get one.
 */
export function publishLatency(st: StorageWorld, s: StorageState, unsetOnly = false): void {
  const out = meter(st, IO_LATENCY);
  const t = st.topology;
  const x = ioIndex(t);
  x.latSum.fill(0);
  x.latPerKiB.fill(0);
  x.latN.fill(0);
  for (const v of s.volumes) {
    if (v.status === 'lost') continue;
    let worst = -1;
    let worstMs = 0;
    for (const r of v.replicas) {
      const a = s.arrays[r.array];
      if (r.building || a === undefined || a.failed) continue;
      const ms = queueLatency(a.latencyMs, s.util[r.array] ?? 0);
      if (ms > worstMs) {
        worstMs = ms;
        worst = r.array;
      }
    }
    const a = s.arrays[worst];
    if (a === undefined) continue;
    const k = perKiB(a.mibps, worstMs / a.latencyMs);
    if (v.owner !== null) addLatency(x, v.owner, worstMs, k);
    for (const id in v.access) if (id !== v.owner) addLatency(x, id, worstMs, k);
  }
  x.localMs.fill(REF_IO_MS);
  x.localPerKiB.fill(perKiB(LOCAL_SSD_MIBPS, 1));
  // Backwards, so the first disk listed for a host wins (there is one per host).
  for (let k = s.local.length - 1; k >= 0; k--) {
    const d = s.local[k] as LocalDiskState;
    const h = x.hostAt.get(d.host);
    if (h === undefined) continue;
    const q = queueLatency(1, d.util);
    x.localMs[h] = REF_IO_MS * q;
    x.localPerKiB[h] = perKiB(LOCAL_SSD_MIBPS, q);
  }
  const sum = x.latSum;
  const per = x.latPerKiB;
  for (let i = 0; i < t.vms.length; i++) {
    const vm = t.vms[i] as VmTopo;
    const nv = x.latN[i] ?? 0;
    // A VM whose volumes are lost or wait for a live copy has no latency to give: REF_IO_MS, as before any I/O.
    if (x.owns[i] !== 1) {
      sum[i] = x.localMs[vm.host] ?? REF_IO_MS;
      per[i] = x.localPerKiB[vm.host] ?? 0;
    } else if (nv > 0) {
      sum[i] = (sum[i] ?? 0) / nv;
      per[i] = (per[i] ?? 0) / nv;
    } else {
      sum[i] = REF_IO_MS;
      per[i] = 0;
    }
    for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) if (!unsetOnly || out[e] === 0) out[e] = (sum[i] ?? 0) + (ioKiB(st, e) - RATED_KIB) * (per[i] ?? 0);
  }
  for (const c of t.containers) {
    const extra = ioKiB(st, c.ent) - RATED_KIB;
    if (unsetOnly && out[c.ent] !== 0) continue;
    out[c.ent] = c.vm >= 0 ? (sum[c.vm] ?? REF_IO_MS) + extra * (per[c.vm] ?? 0) : (x.localMs[c.host] ?? REF_IO_MS) + extra * (x.localPerKiB[c.host] ?? 0);
  }
}
