/**
 * The simulation loop: createSim, step and the per-tick order of the subsystems.
 * `step` clones the state once and then advances the clone tick by tick, mutating its
 * typed arrays in place (the hot loop); callers always get a new state and the one
 * they passed in is never touched.
 *
 * Tick order: scripted commands -> fleet (registry pulls, live migration, DRS) -> power
 * (boot progress) -> CPU scheduling per host
 * (cpu/scheduler.ts: accounting, co-stop, dispatch, preemption, slice log) -> containers
 * inside VMs (cpu/guest.ts: the guest's own fair share and quotas) -> execute one
 * millisecond -> idle pCPUs take waiting work -> memory (src/engine/memory: sampled
 * guest accesses, then each host's reclaim ladder) -> storage I/O and rebuilds (every
 * STORAGE_PERIOD ticks) -> virtualization technique costs (virt/) -> network bursts
 * (network/) -> tick + 1.
 */
import { applyCommandInPlace } from './apply';
import { cpuTick, dispatchIdle } from './cpu/scheduler';
import { scheduleGuests } from './cpu/guest';
import { onBlock, onWake } from './cpu/policies';
import { progress } from './cpu/record';
import { pushEvent } from './kernel/events';
import { stepFleet } from './cluster/fleet';
import { stepMemory } from './memory/step';
import type { Scenario } from './scenario/schema';
import { stepStorage, STORAGE_PERIOD } from './storage';
import { stepVirt } from './virt/virt';
import { stepNet } from './network/netStep';
import { buildState, cloneState, enqueue, ENT, POWER, type SimState } from './state';
import { drawBurst, drawIo, phaseCode, VM_BOOT_TICKS } from './kernel/workload';

/** Weight of one tick in the recent-utilisation averages (about 64 ticks). */
const UTIL_ALPHA = 1 / 64;

export function createSim(scenario: Scenario): SimState {
  const st = buildState(scenario);
  for (let h = 0; h < st.topology.hosts.length; h++) dispatchIdle(st, h);
  return st;
}

/** The most ticks one call may advance (an hour of simulated time); more is clamped. */
export const MAX_STEP_TICKS = 3_600_000;

/** Advance `ticks` ticks (clamped to [0, MAX_STEP_TICKS]; NaN counts as 0). Pure: returns a new state. */
export function step(state: SimState, ticks: number): SimState {
  const st = cloneState(state);
  const n = Number.isFinite(ticks) ? Math.min(MAX_STEP_TICKS, Math.max(0, Math.floor(ticks))) : ticks > 0 ? MAX_STEP_TICKS : 0;
  for (let i = 0; i < n; i++) advanceTick(st);
  return st;
}

/** One tick, in place (mutates st). */
export function advanceTick(st: SimState): void {
  while (st.scriptPos < st.script.length && (st.script[st.scriptPos]?.at ?? Infinity) <= st.tick) {
    const ev = st.script[st.scriptPos];
    st.scriptPos += 1;
    // A scripted command that changes the topology yields a rebuilt state: adopt its fields.
    if (ev !== undefined) Object.assign(st, applyCommandInPlace(st, ev.command));
  }
  stepFleet(st);
  progressPower(st);
  cpuTick(st);
  scheduleGuests(st);
  execute(st);
  for (let h = 0; h < st.topology.hosts.length; h++) dispatchIdle(st, h);
  stepMemory(st);
  if (st.tick % STORAGE_PERIOD === 0) stepStorage(st);
  stepVirt(st);
  stepNet(st);
  st.tick += 1;
}

function progressPower(st: SimState): void {
  const t = st.topology;
  for (let i = 0; i < t.vms.length; i++) {
    if (st.vmPower[i] !== POWER.booting) continue;
    const left = (st.vmBootLeft[i] ?? 0) - 1;
    st.vmBootLeft[i] = left;
    if (left > 0) continue;
    const vm = t.vms[i];
    if (vm === undefined) continue;
    st.vmPower[i] = POWER.on;
    st.ent.phaseKind.fill(phaseCode(vm.workload), vm.entOffset, vm.entOffset + vm.vcpus);
    pushEvent(st.events, st.tick, 'info', 'event.vmStarted', { vm: vm.name, ms: VM_BOOT_TICKS });
  }
  for (let i = 0; i < t.containers.length; i++) {
    if (st.ctPower[i] !== POWER.booting) continue;
    const left = (st.ctBootLeft[i] ?? 0) - 1;
    st.ctBootLeft[i] = left;
    if (left > 0) continue;
    const c = t.containers[i];
    if (c === undefined) continue;
    st.ctPower[i] = POWER.on;
    st.ent.phaseKind[c.ent] = phaseCode(c.workload);
    pushEvent(st.events, st.tick, 'info', 'event.containerStarted', { container: c.name });
  }
}

function execute(st: SimState): void {
  const ent = st.ent;
  const n = st.topology.entityCount;
  for (let e = 0; e < n; e++) {
    const s = ent.state[e];
    if (s === ENT.off) continue;
    ent.alive[e] = (ent.alive[e] ?? 0) + 1;
    const u = ent.util[e] ?? 0;
    if (s === ENT.running) {
      ent.run[e] = (ent.run[e] ?? 0) + 1;
      ent.sliceLeft[e] = (ent.sliceLeft[e] ?? 0) - 1;
      ent.util[e] = u + (1 - u) * UTIL_ALPHA;
      // Progress is fractional work (a hyperthread beside a busy sibling does ~62 %).
      const left = (ent.phaseLeft[e] ?? 0) - progress(st, e);
      ent.phaseLeft[e] = left;
      if (left <= 0) block(st, e);
    } else if (s === ENT.ready) {
      ent.ready[e] = (ent.ready[e] ?? 0) + 1;
      ent.util[e] = u - u * UTIL_ALPHA;
    } else if (s === ENT.costop) {
      st.cpu.costop[e] = (st.cpu.costop[e] ?? 0) + 1;
      ent.util[e] = u - u * UTIL_ALPHA;
    } else {
      ent.wait[e] = (ent.wait[e] ?? 0) + 1;
      ent.util[e] = u - u * UTIL_ALPHA;
      const left = (ent.phaseLeft[e] ?? 0) - 1;
      ent.phaseLeft[e] = left;
      if (left <= 0) wake(st, e);
    }
  }
  for (let p = 0; p < st.pcpuUtil.length; p++) {
    const u = st.pcpuUtil[p] ?? 0;
    st.pcpuUtil[p] = u + (((st.pcpuEnt[p] ?? -1) >= 0 ? 1 : 0) - u) * UTIL_ALPHA;
  }
}

/** The CPU burst is over: wait for I/O and give the pCPU back. */
function block(st: SimState, e: number): void {
  st.ent.state[e] = ENT.blocked;
  st.ent.phaseLeft[e] = drawIo(st.rng, st.ent.phaseKind[e] ?? 0);
  const p = st.ent.pcpu[e] ?? -1;
  if (p >= 0) st.pcpuEnt[p] = -1;
  st.ent.pcpu[e] = -1;
  onBlock(st, e);
}

/** The I/O finished: runnable again, at the back of its host's queue. */
function wake(st: SimState, e: number): void {
  st.ent.state[e] = ENT.ready;
  st.ent.phaseLeft[e] = drawBurst(st.rng, st.ent.phaseKind[e] ?? 0);
  const h = st.ent.host[e] ?? -1;
  if (h >= 0) enqueue(st, h, e);
  onWake(st, e);
}
