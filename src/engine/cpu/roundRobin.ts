/**
 * The first CPU scheduler: round robin over a host's pCPUs (hardware threads) with
 * one ready queue per host and a fixed timeslice. A running vCPU keeps its pCPU until
 * it blocks on I/O or its slice ends while someone else is waiting; then it goes to
 * the back of the queue. The CPU lens replaces this with Credit, fair share and
 * co-scheduling; the contract (mutate pcpuEnt / ent.state / queues) stays.
 */
import { pushEvent } from '../events';
import { dequeue, enqueue, ENT, type SimState } from '../state';
import { entityLabel } from '../labels';

/** One scheduling pass for one host at the start of a tick (mutates st). */
export function scheduleRoundRobin(st: SimState, host: number): void {
  const h = st.topology.hosts[host];
  const q = st.queues[host];
  if (h === undefined || q === undefined) return;
  const slice = h.hypervisor.cpu.timesliceMs;
  const end = h.pcpuOffset + h.pcpuCount;
  // Queued entities up to the number of idle pCPUs get one in this pass without waiting,
  // so an expired slice is preempted only when queued work exceeds the idle pCPUs.
  let idle = 0;
  for (let p = h.pcpuOffset; p < end; p++) if ((st.pcpuEnt[p] ?? -1) < 0) idle += 1;
  for (let p = h.pcpuOffset; p < end; p++) {
    const e = st.pcpuEnt[p] ?? -1;
    if (e < 0 || (st.ent.sliceLeft[e] ?? 0) > 0) continue;
    if (q.len <= idle) {
      st.ent.sliceLeft[e] = slice; // nobody would wait: keep running on a fresh slice
      continue;
    }
    st.ent.state[e] = ENT.ready;
    st.ent.pcpu[e] = -1;
    st.pcpuEnt[p] = -1;
    idle += 1;
    enqueue(st, host, e);
    st.contextSwitches += 1;
    pushEvent(st.events, st.tick, 'detail', 'event.preempted', {
      who: entityLabel(st.topology, e),
      pcpu: p - h.pcpuOffset,
      slice,
      waiting: q.len - idle, // others that would have waited had it kept running
    });
  }
  dispatchIdle(st, host);
}

/**
 * Give every idle pCPU of a host the head of its ready queue (mutates st). Also run at
 * the end of each tick, so no snapshot ever shows a vCPU waiting beside an idle pCPU.
 */
export function dispatchIdle(st: SimState, host: number): void {
  const h = st.topology.hosts[host];
  const q = st.queues[host];
  if (h === undefined || q === undefined) return;
  const end = h.pcpuOffset + h.pcpuCount;
  for (let p = h.pcpuOffset; p < end && q.len > 0; p++) {
    if ((st.pcpuEnt[p] ?? -1) >= 0) continue;
    const e = dequeue(st, host);
    st.pcpuEnt[p] = e;
    st.ent.pcpu[e] = p;
    st.ent.state[e] = ENT.running;
    st.ent.sliceLeft[e] = h.hypervisor.cpu.timesliceMs;
  }
}
