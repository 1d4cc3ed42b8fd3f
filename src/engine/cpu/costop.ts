/**
 * Relaxed co-scheduling (ESXi style) for multi-vCPU VMs. A guest OS expects its vCPUs
 * to progress together (a spinlock holder that is descheduled stalls its siblings), so
 * the hypervisor tracks skew (spin.ts keeps it for every multi-vCPU VM, since without
 * co-scheduling the lag shows as lock spinning): a runnable vCPU that waits while a
 * sibling runs falls behind by one tick per tick. When a laggard's skew passes SKEW_LIMIT, the leading
 * (running) vCPUs are co-stopped; they co-start once every laggard is within half the
 * limit again (or stopped being runnable). Co-stop time is what %CSTP shows, and it is
 * also steal: runnable but not running. Idle (blocked) vCPUs carry no skew.
 */
import { pushEvent } from '../kernel/events';
import { ENT } from '../kernel/codes';
import { enqueue } from '../kernel/queues';
import type { CpuWorld } from './cpuState';
import { END } from './cpuState';
import { takeOff } from './pcpu';

/** Skew, in ticks (ms), that triggers a co-stop (ESXi uses a few ms). */
export const SKEW_LIMIT = 4;

export function coStopHost(st: CpuWorld, host: number): void {
  const h = st.topology.hosts[host];
  if (h === undefined) return;
  const on = h.hypervisor.cpu.coSchedule === true;
  if (!on && st.cpu.costopping[host] !== 1) return;
  st.cpu.costopping[host] = on ? 1 : 0;
  for (const vm of st.topology.vms) {
    if (vm.host !== host) continue;
    if (!on || vm.vcpus < 2) {
      release(st, host, vm.entOffset, vm.vcpus);
      continue;
    }
    coScheduleVm(st, host, vm.entOffset, vm.vcpus, vm.name);
  }
}

/** Co-start every co-stopped vCPU in a range (back to the ready list). */
function release(st: CpuWorld, host: number, first: number, count: number): void {
  for (let e = first; e < first + count; e++) {
    if (st.ent.state[e] !== ENT.costop) continue;
    st.ent.state[e] = ENT.ready;
    enqueue(st, host, e);
  }
}

function coScheduleVm(st: CpuWorld, host: number, first: number, count: number, name: string): void {
  const ent = st.ent;
  const skew = st.cpu.skew;
  let running = 0;
  let lag = 0;
  for (let e = first; e < first + count; e++) {
    const s = ent.state[e];
    if (s === ENT.running) running += 1;
    else if (s === ENT.ready) lag = Math.max(lag, skew[e] ?? 0);
  }
  if (lag > SKEW_LIMIT && running > 0) {
    for (let e = first; e < first + count; e++) {
      const p = ent.pcpu[e] ?? -1;
      if (ent.state[e] === ENT.running && p >= 0) takeOff(st, host, p, END.costop, true);
    }
    pushEvent(st.events, st.tick, 'detail', 'cpu.event.costop', { vm: name, skew: lag, n: running });
    return;
  }
  if (lag * 2 <= SKEW_LIMIT) release(st, host, first, count);
}
