/**
 * The memory subsystem's `arbitrate` phase. Every MEM_PERIOD ticks: release the memory
 * of VMs that were powered off, run each VM's guest (working-set growth and sampled
 * accesses), then each host's reclaim ladder. Every ACCOUNT_PERIOD ticks it publishes
 * each VM's memory in use on the channel (VM_MEM_USED, what the Overview and the cluster
 * read), from the frames: a private frame counts for its VM, a shared frame is split
 * between the pages that map it, a compression-cache frame counts for its VM, so the
 * VMs' figures add up to the host's used memory.
 */
import { meter, VM_MEM_USED } from '../kernel/channel';
import { POWER } from '../kernel/codes';
import type { MemWorld } from './model';
import type { Topology } from '../kernel/topology';
import { runGuest } from './access';
import { publishDirty, sampleStores } from './dirty';
import { unmap } from './frames';
import { FR, MEM_PERIOD, PG, type HostMem, type MemState, type VmMem } from './model';
import { reclaimHost } from './reclaim';

// Plain module constants: the hot loops read these instead of the const objects' properties.
const FR_USED = FR.used;
const PG_RESIDENT = PG.resident;
const PG_UNTOUCHED = PG.untouched;
const POWER_OFF = POWER.off;

const ACCOUNT_PERIOD = 250;
const PERIOD = MEM_PERIOD;
/** The phase runs every ms: the dirty rate counts running vCPUs each ms (a capped VM's burst would alias a coarser sample); the periods above gate the rest. */
export const MEMORY_STEP_PERIOD = 1;

function release(h: HostMem, vm: VmMem): void {
  for (let p = 0; p < vm.pages; p++) {
    if ((vm.frame[p] ?? -1) >= 0) unmap(h, vm, p);
    vm.state[p] = PG_UNTOUCHED;
  }
  vm.growCursor = 0;
  vm.balloonPages = 0;
  vm.balloonTarget = 0;
  vm.wsPages = 0;
  vm.cacheOpen = -1;
  vm.tlb = new Int32Array(0);
  vm.ranLast.fill(0);
}

/** MiB each VM accounts for on its host (mutates nothing). */
export function accountVms(mem: MemState, topo: Topology): Float64Array {
  const out = new Float64Array(topo.vms.length);
  topo.vms.forEach((t, v) => {
    const vm = mem.vms[v];
    const h = mem.hosts[t.host];
    if (vm === undefined || h === undefined) return;
    let frames = vm.cacheFrames;
    for (let p = 0; p < vm.pages; p++) {
      if (vm.state[p] !== PG_RESIDENT) continue;
      const f = vm.frame[p] ?? 0;
      frames += h.st[f] === FR_USED ? 1 : 1 / (h.refs[f] ?? 1);
    }
    out[v] = Math.min(t.memoryMiB, frames * h.pageMiB);
  });
  return out;
}

export function stepMemory(st: MemWorld): void {
  if (st.tick % PERIOD === 0) {
    const mem = st.memory;
    st.topology.vms.forEach((t, v) => {
      const vm = mem.vms[v];
      const h = mem.hosts[t.host];
      if (vm === undefined || h === undefined) return;
      if (st.vmPower[v] === POWER_OFF) {
        if (vm.growCursor > 0 || vm.balloonPages > 0) release(h, vm);
        return;
      }
      runGuest(st, v);
    });
    for (let hi = 0; hi < st.topology.hosts.length; hi++) reclaimHost(st, hi);
  }
  // Stores are counted every ms: a capped VM's vCPUs burst together at the start of each
  // 100 ms cap period, which a sample every PERIOD ms would over-count.
  sampleStores(st);
  if (st.tick % ACCOUNT_PERIOD === 0) {
    meter(st, VM_MEM_USED).set(accountVms(st.memory, st.topology));
    publishDirty(st, ACCOUNT_PERIOD);
  }
}
