/**
 * One millisecond of execution, after the scheduling pass: every powered entity
 * accrues run, ready, co-stop, cap-held (a VM's cap, a container's quota: %MLMTD),
 * memory-wait or wait time. A running one that
 * the memory model charged a stall of a whole ms (stall.ms) leaves the pCPU to wait on
 * memory; otherwise it first pays the hypervisor overhead its technique charged (the
 * overhead.ms flow), then makes (fractional) progress on its CPU burst and halts or
 * waits for disk I/O when the burst is done; a blocked one wakes when its wait is over;
 * the recent-utilisation averages move. Then idle pCPUs take waiting work. Mutates st
 * (the hot loop).
 */
import { GUEST_MS, IO_LATENCY, IO_OPS, MEM_STALL, meter, OVERHEAD_MS, take } from '../kernel/channel';
import { ENT } from '../kernel/codes';
import { enqueue } from '../kernel/queues';
import { drawBurst, drawWait } from '../kernel/workload';
import type { CpuWorld } from './cpuState';
import { onBlock, onWake } from './policies';
import { progress } from './record';
import { dispatchIdle } from './scheduler';

/** Weight of one tick in the recent-utilisation averages (about 64 ticks). */
const UTIL_ALPHA = 1 / 64;

/** Scratch for drawWait (the hot loop allocates nothing). */
const WAIT = { ms: 0, ops: 0 };

export function execute(st: CpuWorld): void {
  const ent = st.ent;
  const ioOps = meter(st, IO_OPS);
  const ioLatency = meter(st, IO_LATENCY);
  const stall = meter(st, MEM_STALL);
  const cpu = st.cpu;
  const n = st.topology.entityCount;
  const charged = meter(st, OVERHEAD_MS);
  const guest = meter(st, GUEST_MS);
  const { owed, ovh, spin, spinNow } = cpu;
  for (let e = 0; e < n; e++) {
    const s = ent.state[e];
    if (s === ENT.off) continue;
    ent.alive[e] = (ent.alive[e] ?? 0) + 1;
    const u = ent.util[e] ?? 0;
    if (s === ENT.running && (stall[e] ?? 0) > 0) {
      // The memory model charged a stall (swap-in, decompression, blocked allocation): it
      // accrues until a whole ms, then the vCPU waits on memory instead of running this tick.
      const pending = (cpu.memStall[e] ?? 0) + take(stall, e);
      cpu.memStall[e] = pending;
      if (pending >= 1) {
        blockOnMemory(st, e);
        continue;
      }
    }
    if (s === ENT.running) {
      ent.run[e] = (ent.run[e] ?? 0) + 1;
      ent.sliceLeft[e] = (ent.sliceLeft[e] ?? 0) - 1;
      ent.util[e] = u + (1 - u) * UTIL_ALPHA;
      // Hypervisor work the technique charged (exits, traps, translations, host-OS
      // crossings) is paid first: that part of the ms is on the pCPU with no guest progress.
      let o = owed[e] ?? 0;
      const c = charged[e] ?? 0;
      if (c > 0) {
        o += c;
        charged[e] = 0; // taken
      }
      const paid = o < 1 ? o : 1;
      owed[e] = o - paid;
      if (paid > 0) ovh[e] = (ovh[e] ?? 0) + paid;
      guest[e] = (guest[e] ?? 0) + 1 - paid;
      // While a sibling that may hold a lock is descheduled, part of the rest is spent
      // spinning on that lock (spin.ts): on the pCPU, no guest progress.
      let share = 1 - paid;
      const sp = spinNow[e] ?? 0;
      if (sp > 0) {
        spin[e] = (spin[e] ?? 0) + share * sp;
        share -= share * sp;
      }
      // Progress is fractional work (a hyperthread beside a busy sibling does ~62 %).
      const left = (ent.phaseLeft[e] ?? 0) - progress(st, e, share);
      ent.phaseLeft[e] = left;
      if (left <= 0) block(st, e, ioOps, ioLatency);
    } else if (s === ENT.ready) {
      if (heldByCap(st, e)) st.cpu.mlmtd[e] = (st.cpu.mlmtd[e] ?? 0) + 1;
      else ent.ready[e] = (ent.ready[e] ?? 0) + 1;
      ent.util[e] = u - u * UTIL_ALPHA;
    } else if (s === ENT.costop) {
      st.cpu.costop[e] = (st.cpu.costop[e] ?? 0) + 1;
      ent.util[e] = u - u * UTIL_ALPHA;
    } else if (cpu.memBlocked[e] === 1) {
      // A pause (pauseVm) runs beside the memory wait, as beside an I/O wait.
      const held = ent.paused[e] ?? 0;
      if (held > 0) ent.paused[e] = held - 1;
      waitOnMemory(st, e);
      ent.util[e] = u - u * UTIL_ALPHA;
    } else {
      // Held off by its spent cgroup quota (throttleEntity): runnable but for its limit, %MLMTD.
      if (ent.limited[e] === 1) cpu.mlmtd[e] = (cpu.mlmtd[e] ?? 0) + 1;
      else ent.wait[e] = (ent.wait[e] ?? 0) + 1;
      ent.util[e] = u - u * UTIL_ALPHA;
      // Its I/O wait and any pause the hypervisor holds it in (pauseVm) run together: it wakes when both are over.
      const left = (ent.phaseLeft[e] ?? 0) - 1;
      ent.phaseLeft[e] = left;
      const held = ent.paused[e] ?? 0;
      if (held > 0) ent.paused[e] = held - 1;
      if (left <= 0 && held <= 1) wake(st, e);
    }
  }
  for (let p = 0; p < st.pcpuUtil.length; p++) {
    const u = st.pcpuUtil[p] ?? 0;
    st.pcpuUtil[p] = u + (((st.pcpuEnt[p] ?? -1) >= 0 ? 1 : 0) - u) * UTIL_ALPHA;
  }
}

/**
 * Is a runnable entity held back by its cap or quota (its group's budget is spent for
 * this period, counting the siblings already on pCPUs)? That time is esxtop's %MLMTD,
 * reported apart from ready time: no pCPU was refused to it, its limit was.
 */
export function heldByCap(st: CpuWorld, e: number): boolean {
  const cpu = st.cpu;
  const g = cpu.group[e] ?? -1;
  if (g < 0) return false;
  const left = cpu.capLeft[g] ?? -1;
  return left >= 0 && left - (cpu.groupRunning[g] ?? 0) < 1;
}

/**
 * The CPU burst is over: halt or wait for disk I/O, and give the pCPU back. The I/Os of
 * a vCPU or a container are posted on the channel for it (storage takes them); a halt
 * posts none. An I/O wait lasts its rounds at the entity's latency from storage
 * (IO_LATENCY), so a slow, saturated or rebuilding array, or a busy local disk, lengthens it.
 */
function block(st: CpuWorld, e: number, ioOps: Float64Array, ioLatency: Float64Array): void {
  st.ent.state[e] = ENT.blocked;
  // Each I/O round takes the latency storage published for this entity (its VM's arrays,
  // or its host's local disk for a container outside one; queueing included).
  drawWait(st.rng, st.ent.phaseKind[e] ?? 0, ioLatency[e] ?? 0, WAIT);
  st.ent.phaseLeft[e] = WAIT.ms;
  if (WAIT.ops > 0) ioOps[e] = (ioOps[e] ?? 0) + WAIT.ops;
  const p = st.ent.pcpu[e] ?? -1;
  if (p >= 0) st.pcpuEnt[p] = -1;
  st.ent.pcpu[e] = -1;
  onBlock(st, e);
}

/** A stall of at least 1 ms: off the pCPU, blocked on memory; this tick is the first one waited. */
function blockOnMemory(st: CpuWorld, e: number): void {
  st.ent.state[e] = ENT.blocked;
  st.cpu.memBlocked[e] = 1;
  const p = st.ent.pcpu[e] ?? -1;
  if (p >= 0) st.pcpuEnt[p] = -1;
  st.ent.pcpu[e] = -1;
  onBlock(st, e);
  const u = st.ent.util[e] ?? 0;
  st.ent.util[e] = u - u * UTIL_ALPHA;
  waitOnMemory(st, e);
}

/** One ms waiting on memory; under 1 ms left, the page is in: ready again, its burst resumes where it stopped. */
function waitOnMemory(st: CpuWorld, e: number): void {
  const cpu = st.cpu;
  cpu.memWait[e] = (cpu.memWait[e] ?? 0) + 1;
  const left = (cpu.memStall[e] ?? 0) - 1;
  cpu.memStall[e] = left;
  if (left >= 1) return;
  cpu.memBlocked[e] = 0;
  if ((st.ent.paused[e] ?? 0) > 0) {
    // The page is in, but a pause that began meanwhile is not over: the vCPU sits out the
    // rest, blocked, then resumes its burst (wake, ent.resume).
    st.ent.resume[e] = Math.max(1, st.ent.phaseLeft[e] ?? 0);
    st.ent.phaseLeft[e] = 0;
    return;
  }
  st.ent.state[e] = ENT.ready;
  const h = st.ent.host[e] ?? -1;
  if (h >= 0) enqueue(st, h, e);
  onWake(st, e);
}

/** The I/O or pause finished: runnable again, at the back of its host's queue, with a new burst or the one a pause held (ent.resume). */
function wake(st: CpuWorld, e: number): void {
  st.ent.state[e] = ENT.ready;
  st.ent.limited[e] = 0;
  const held = st.ent.resume[e] ?? 0;
  st.ent.phaseLeft[e] = held > 0 ? held : drawBurst(st.rng, st.ent.phaseKind[e] ?? 0);
  st.ent.resume[e] = 0;
  const h = st.ent.host[e] ?? -1;
  if (h >= 0) enqueue(st, h, e);
  onWake(st, e);
}

/** Every host's idle pCPUs take the best eligible waiting entity. */
export function dispatchAll(st: CpuWorld): void {
  for (let h = 0; h < st.topology.hosts.length; h++) dispatchIdle(st, h);
}
