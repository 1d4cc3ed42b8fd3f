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
import { ALPHA, queueLatency, STORAGE_PERIOD } from './period';
import type { StorageState, StorageWorld } from './types';

/** Random IOPS a host's local SSD serves (illustrative: a data-centre SATA SSD serves tens of thousands). */
export const LOCAL_SSD_IOPS = 50_000;

/**
 * I/Os per second a VM puts on each volume it uses: its vCPUs' (`iops`, `read` of them
 * reads) plus those of the containers inside it (`ctIops`, `ctReads` of them reads).
 */
export interface VmRate {
  iops: number;
  read: number;
  ctIops: number;
  ctReads: number;
}

const readShare = (st: StorageWorld, e: number): number => profileOf(st.ent.phaseKind[e] ?? 0).read;

/** Take what entity e posted and move its smoothed rate (IO_RATE); returns the I/Os taken. */
function takeIo(ops: Float64Array, rate: Float64Array, e: number): number {
  const issued = take(ops, e);
  const r = rate[e] ?? 0;
  rate[e] = r + ALPHA * ((issued * 1000) / STORAGE_PERIOD - r);
  return issued;
}

/**
 * Take every entity's I/Os: per VM (keyed by id) what it puts on each of the `counts` live volumes
 * it uses, its containers' included; what VMs without volumes (absent from `counts`) and containers
 * on bare hosts put on their hosts' local disks is applied here.
 */
export function takeEntityIo(st: StorageWorld, s: StorageState, counts: Map<string, number>): Map<string, VmRate> {
  const ops = meter(st, IO_OPS);
  const rate = meter(st, IO_RATE);
  const t = st.topology;
  const rates = new Map<string, VmRate>();
  const local = new Float64Array(t.hosts.length);
  for (const vm of t.vms) {
    let issued = 0;
    for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) issued += takeIo(ops, rate, e);
    const n = counts.get(vm.id);
    if (issued === 0 || n === 0) continue;
    if (n === undefined) local[vm.host] = (local[vm.host] ?? 0) + (issued * 1000) / STORAGE_PERIOD;
    else rates.set(vm.id, { iops: (issued * 1000) / STORAGE_PERIOD / n, read: readShare(st, vm.entOffset), ctIops: 0, ctReads: 0 });
  }
  for (const c of t.containers) {
    const issued = takeIo(ops, rate, c.ent);
    if (issued === 0) continue;
    const iops = (issued * 1000) / STORAGE_PERIOD;
    const vm = t.vms[c.vm];
    const n = vm === undefined ? undefined : counts.get(vm.id);
    if (vm === undefined || n === undefined) {
      local[c.host] = (local[c.host] ?? 0) + iops;
      continue;
    }
    if (n === 0) continue;
    let r = rates.get(vm.id);
    if (r === undefined) {
      r = { iops: 0, read: readShare(st, vm.entOffset), ctIops: 0, ctReads: 0 };
      rates.set(vm.id, r);
    }
    r.ctIops += iops / n;
    r.ctReads += (iops * readShare(st, c.ent)) / n;
  }
  driveLocalDisks(st, s, local);
  return rates;
}

/** Each host's local disk serves what its VMs without volumes and its containers issued; its latency queues like an array's. */
function driveLocalDisks(st: StorageWorld, s: StorageState, load: Float64Array): void {
  const hosts = st.topology.hosts;
  hosts.forEach((h, i) => {
    if ((load[i] ?? 0) > 0 && !s.local.some((d) => d.host === h.id)) s.local.push({ host: h.id, iops: 0, latencyMs: REF_IO_MS });
  });
  for (const d of s.local) {
    const i = hosts.findIndex((h) => h.id === d.host);
    d.iops += ALPHA * ((i < 0 ? 0 : (load[i] ?? 0)) - d.iops);
    d.latencyMs = queueLatency(REF_IO_MS, d.iops / LOCAL_SSD_IOPS);
  }
}

/** The latency of one I/O on host h's local disk, queueing included (REF_IO_MS before it has served any). */
function localLatency(st: StorageWorld, s: StorageState, h: number): number {
  const host = st.topology.hosts[h]?.id;
  return s.local.find((d) => d.host === host)?.latencyMs ?? REF_IO_MS;
}

/**
 * Publish each entity's I/O latency (IO_LATENCY). A VM's: over the volumes it uses, the mean
 * of each volume's slowest live replica (a write waits for every copy; queueing included),
 * for all its vCPUs and the containers inside it; without any volume (absent from `counts`),
 * its host's local disk's. A container on a bare host gets its host's local disk's.
 */
export function publishLatency(st: StorageWorld, s: StorageState, counts: Map<string, number>): void {
  const out = meter(st, IO_LATENCY);
  const t = st.topology;
  const sum = new Float64Array(t.vms.length);
  const n = new Float64Array(t.vms.length);
  const index = new Map(t.vms.map((vm, i) => [vm.id, i]));
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
  t.vms.forEach((vm, i) => {
    // A VM whose volumes are lost or wait for a live copy has no latency to give: REF_IO_MS, as before any I/O.
    if (!counts.has(vm.id)) sum[i] = localLatency(st, s, vm.host);
    else sum[i] = (n[i] ?? 0) > 0 ? (sum[i] ?? 0) / (n[i] ?? 1) : REF_IO_MS;
    out.fill(sum[i] ?? 0, vm.entOffset, vm.entOffset + vm.vcpus);
  });
  for (const c of t.containers) out[c.ent] = c.vm >= 0 ? (sum[c.vm] ?? REF_IO_MS) : localLatency(st, s, c.host);
}
