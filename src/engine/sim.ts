/**
 * The simulation loop: createSim, step and the per-tick order of the subsystems.
 * `step` clones the state once and then advances the clone tick by tick, mutating its
 * typed arrays in place (the hot loop); callers always get a new state and the one
 * they passed in is never touched.
 *
 * Tick order: scripted commands -> power (boot progress) -> CPU scheduling per host
 * -> containers inside VMs -> execute one millisecond -> memory -> storage I/O and
 * rebuilds (every STORAGE_PERIOD ticks) -> tick + 1.
 */
import { applyCommandInPlace } from './apply';
import { dispatchIdle, scheduleRoundRobin } from './cpu/roundRobin';
import { pushEvent } from './events';
import { nextFloat } from './rng';
import type { Scenario } from './scenario/schema';
import { stepStorage, STORAGE_PERIOD } from './storage';
import { buildState, cloneState, enqueue, ENT, POWER, type SimState } from './state';
import { drawBurst, drawIo, GUEST_OS_MIB, PHASE_KINDS, PROFILES, phaseCode, VM_BOOT_TICKS } from './workload';

/** Weight of one tick in the recent-utilisation averages (about 64 ticks). */
const UTIL_ALPHA = 1 / 64;
const MEMORY_PERIOD = 250;

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
  progressPower(st);
  for (let h = 0; h < st.topology.hosts.length; h++) scheduleRoundRobin(st, h);
  scheduleInsideVms(st);
  execute(st);
  for (let h = 0; h < st.topology.hosts.length; h++) dispatchIdle(st, h);
  if (st.tick % MEMORY_PERIOD === 0) updateMemory(st);
  if (st.tick % STORAGE_PERIOD === 0) stepStorage(st);
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

/** A container inside a VM runs whenever it is runnable and its VM has a vCPU on a pCPU. */
function scheduleInsideVms(st: SimState): void {
  for (const c of st.topology.containers) {
    if (c.vm < 0) continue;
    const s = st.ent.state[c.ent];
    if (s !== ENT.ready && s !== ENT.running) continue;
    const vm = st.topology.vms[c.vm];
    let running = false;
    if (vm !== undefined) {
      for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus && !running; e++) running = st.ent.state[e] === ENT.running;
    }
    st.ent.state[c.ent] = running ? ENT.running : ENT.ready;
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
      const left = (ent.phaseLeft[e] ?? 0) - 1;
      ent.phaseLeft[e] = left;
      if (left <= 0) block(st, e);
    } else if (s === ENT.ready) {
      ent.ready[e] = (ent.ready[e] ?? 0) + 1;
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
}

/** The I/O finished: runnable again, at the back of its host's queue. */
function wake(st: SimState, e: number): void {
  st.ent.state[e] = ENT.ready;
  st.ent.phaseLeft[e] = drawBurst(st.rng, st.ent.phaseKind[e] ?? 0);
  const h = st.ent.host[e] ?? -1;
  if (h >= 0) enqueue(st, h, e);
}

/** Memory in use drifts around the workload's working set (the memory lens replaces this). */
function updateMemory(st: SimState): void {
  st.topology.vms.forEach((vm, i) => {
    const power = st.vmPower[i];
    const os = Math.min(vm.memoryMiB, GUEST_OS_MIB[vm.guestOs]);
    let target = 0;
    if (power === POWER.booting) {
      target = os * (1 - (st.vmBootLeft[i] ?? 0) / VM_BOOT_TICKS);
    } else if (power === POWER.on) {
      const active = PROFILES[PHASE_KINDS[phaseCode(vm.workload)] ?? 'idle'].active;
      target = os + (vm.memoryMiB - os) * active * (0.85 + 0.3 * nextFloat(st.rng));
    }
    const used = st.vmMemUsedMiB[i] ?? 0;
    st.vmMemUsedMiB[i] = Math.min(vm.memoryMiB, used + (target - used) * 0.5);
  });
}
