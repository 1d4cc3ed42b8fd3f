/**
 * The dirty rate: how fast each VM writes its memory, the figure live migration's
 * pre-copy races against, derived from what the memory model knows of the VM. Its
 * writable working set is the part of its working set its writes fall on (working set
 * x WRITE_SHARE, the model's write share of accesses, kernel/workload.ts), and each
 * running vCPU writes that set over once per WS_WINDOW_MS (the working-set window:
 * illustrative). So a VM with a large working set writes fast and a small one slowly,
 * and what it writes re-dirties the same pages: live migration marks pages dirty only
 * inside the writable set (VM_WRITABLE_MIB). Every ms the memory model posts what the
 * running vCPUs wrote (VM_DIRTIED_MIB) and adds it to the VM's rate, published every
 * ACCOUNT_PERIOD (VM_DIRTY_MIBPS). A vCPU that waits for a pCPU, is throttled, paused,
 * halted or off writes nothing that ms (docs/model.md, Cluster: "Live migration by pre-copy").
 */
import { meter, VM_DIRTIED_MIB, VM_DIRTY_MIBPS, VM_WRITABLE_MIB, type MeterSpec } from '../kernel/channel';
import { ENT, POWER } from '../kernel/codes';
import { WRITE_SHARE } from '../kernel/workload';
import type { MemWorld } from './model';

/** Ms in which a running vCPU writes its VM's writable working set over once (the working-set window; illustrative). */
export const WS_WINDOW_MS = 600;

/** Running-vCPU samples x store MiB/s, since the last publication (memory's own flow). */
export const STORE_SAMPLES = 'mem.storeSamples';

export const DIRTY_METERS: readonly MeterSpec[] = [
  { id: STORE_SAMPLES, space: 'vm', kind: 'flow', unit: 'MiB/s x samples', doc: 'Store bandwidth of each running vCPU (its VM\'s writable working set per working-set window), added every ms; memory takes it every 250 ms to publish mem.dirtyMiBps.' },
];

/** MiB of VM v's working set that its writes fall on: working set x write share (0 unless it is on: a booting guest is no migration's concern). */
export function writableMiB(st: MemWorld, v: number): number {
  const t = st.topology.vms[v];
  const vm = st.memory.vms[v];
  if (t === undefined || vm === undefined || st.vmPower[v] !== POWER.on) return 0;
  return vm.wsPages * (st.memory.hosts[t.host]?.pageMiB ?? 0) * WRITE_SHARE;
}

/**
 * One sample (every ms): publish each VM's writable working set, add its running vCPUs'
 * store bandwidth to its rate's sum, and post what they wrote this ms (mutates the
 * meters; the hot loop: meters fetched once).
 */
export function sampleStores(st: MemWorld): void {
  const acc = meter(st, STORE_SAMPLES);
  const out = meter(st, VM_DIRTIED_MIB);
  const wr = meter(st, VM_WRITABLE_MIB);
  const vms = st.topology.vms;
  for (let v = 0; v < vms.length; v++) {
    const t = vms[v];
    const writable = writableMiB(st, v);
    wr[v] = writable;
    if (t === undefined || writable <= 0) continue;
    let running = 0;
    for (let e = t.entOffset; e < t.entOffset + t.vcpus; e++) if (st.ent.state[e] === ENT.running) running += 1;
    if (running === 0) continue;
    const rate = (running * writable * 1000) / WS_WINDOW_MS;
    acc[v] = (acc[v] ?? 0) + rate;
    // What it wrote this ms, for whoever races against it (live migration's pre-copy).
    out[v] = (out[v] ?? 0) + rate / 1000;
  }
}

/** Publish each VM's dirty rate from `samples` samples (mutates the meters). */
export function publishDirty(st: MemWorld, samples: number): void {
  const acc = meter(st, STORE_SAMPLES);
  const out = meter(st, VM_DIRTY_MIBPS);
  for (let v = 0; v < out.length; v++) {
    out[v] = (acc[v] ?? 0) / Math.max(1, samples);
    acc[v] = 0;
  }
}
