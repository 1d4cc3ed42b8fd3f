/**
 * The dirty rate: how fast each VM writes its memory, the figure live migration's
 * pre-copy races against. Every ms, every vCPU the memory model sees running adds its
 * workload's store bandwidth; every ACCOUNT_PERIOD the sum becomes the VM's
 * rate on the channel (VM_DIRTY_MIBPS), and each ms what it wrote is posted as a flow
 * (VM_DIRTIED_MIB) that live migration's pre-copy takes. So a VM that waits for a pCPU, is throttled,
 * paused, idle or off dirties less than its workload could, as on a real host.
 * The per-vCPU store bandwidths are illustrative (an in-memory database is the worst
 * case); the rest is measured by the model (docs/model.md, Cluster: "Live migration by pre-copy").
 */
import { meter, VM_DIRTIED_MIB, VM_DIRTY_MIBPS, type MeterSpec } from '../kernel/channel';
import { ENT, POWER } from '../kernel/codes';
import type { WorkloadKind } from '../scenario/parts';
import type { MemWorld } from './model';

/** MiB/s one running vCPU of each workload writes to memory (illustrative). */
export const STORE_MIBPS_PER_VCPU: Readonly<Record<WorkloadKind, number>> = {
  idle: 20,
  'io-bound': 60,
  web: 160,
  'cpu-bound': 150,
  database: 1300,
};

/** Running-vCPU samples x store MiB/s, since the last publication (memory's own flow). */
export const STORE_SAMPLES = 'mem.storeSamples';

export const DIRTY_METERS: readonly MeterSpec[] = [
  { id: STORE_SAMPLES, space: 'vm', kind: 'flow', unit: 'MiB/s x samples', doc: 'Store bandwidth of each running vCPU, added every ms; memory takes it every 250 ms to publish mem.dirtyMiBps.' },
];

/**
 * One sample (every ms): add the store bandwidth of each VM's running vCPUs to its rate's
 * sum, and post what they wrote this ms (mutates the meters; the hot loop: meters fetched once).
 */
export function sampleStores(st: MemWorld): void {
  const acc = meter(st, STORE_SAMPLES);
  const out = meter(st, VM_DIRTIED_MIB);
  const vms = st.topology.vms;
  for (let v = 0; v < vms.length; v++) {
    const t = vms[v];
    if (t === undefined || st.vmPower[v] !== POWER.on) continue;
    let running = 0;
    for (let e = t.entOffset; e < t.entOffset + t.vcpus; e++) if (st.ent.state[e] === ENT.running) running += 1;
    if (running === 0) continue;
    const rate = running * STORE_MIBPS_PER_VCPU[t.workload];
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
