/**
 * The container runtime's per-tick work: every 10 ms note which VMs and containers
 * began or finished starting (a start takes VM_BOOT_TICKS or CONTAINER_START_TICKS
 * after any pull, so the sample is enough to know its exact length) and estimate the
 * CPU they spend starting from the same samples; move registry pulls forward (one layer at
 * a time per engine, at the registry's bandwidth; layers already present are never
 * fetched), and every 250 ms sample each running container's memory against its
 * cgroup limit (over the limit: the kernel's OOM killer ends it) and grow its writable
 * layer with the logs it writes. Uses no shared randomness, so adding it changed no
 * other subsystem's draws.
 */
import { CT_MEM_USED, meter } from '../kernel/channel';
import { ENT, POWER } from '../kernel/codes';
import type { Ctx } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import { startContainer, stopContainer } from '../kernel/lifecycle';
import { APP_MIB, CONTAINER_START_TICKS, PHASE_KINDS, phaseCode, PROFILES, VM_BOOT_TICKS } from '../kernel/workload';
import { pullOrStart } from './commands';
import { enforceQuotas } from './quota';
import { addToCache, cacheOf, REGISTRY_MIB_PER_TICK, type ContainersState, type CtWorld, type Pull } from './state';

const SAMPLE_PERIOD = 250;
const TRACK_PERIOD = 10;
/** Logs and temp files a running container writes, MiB per sample (illustrative). */
const LOG_MIB = 0.02;

function noise(tick: number, i: number): number {
  let h = Math.imul(tick ^ Math.imul(i + 1, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

function trackVmStarts(st: CtWorld, cs: ContainersState): void {
  const t = st.topology;
  for (let i = 0; i < t.vms.length; i++) {
    const p = st.vmPower[i] ?? 0;
    const rec = cs.vms[i];
    if (rec === undefined) continue;
    const was = cs.vmPower[i] ?? 0;
    if (p !== was) {
      if (p === POWER.booting) rec.requested = st.tick;
      if (p === POWER.on && was === POWER.booting) rec.lastStartMs = VM_BOOT_TICKS;
      cs.vmPower[i] = p;
    }
    if (p !== POWER.booting) continue;
    const vm = t.vms[i];
    if (vm === undefined) continue;
    for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) if (st.ent.state[e] === ENT.running) rec.bootCpuMs += TRACK_PERIOD;
  }
}

function trackContainerStarts(st: CtWorld, cs: ContainersState): void {
  const t = st.topology;
  for (let i = 0; i < t.containers.length; i++) {
    const p = st.ctPower[i] ?? 0;
    const rec = cs.cts[i];
    const c = t.containers[i];
    if (rec === undefined || c === undefined) continue;
    const was = cs.ctPower[i] ?? 0;
    if (p !== was) {
      if (p === POWER.booting && rec.requested < 0) {
        rec.requested = st.tick;
        rec.lastPullMs = -1;
      }
      if (p === POWER.on && was === POWER.booting) {
        rec.lastStartMs = Math.max(0, rec.lastPullMs) + CONTAINER_START_TICKS;
        rec.requested = -1;
      }
      cs.ctPower[i] = p;
    }
    if (p === POWER.booting && st.ent.state[c.ent] === ENT.running) rec.startCpuMs += TRACK_PERIOD;
  }
}

/** Move one pull forward by a tick's worth of bandwidth; true when its image is complete. */
function progressPull(cs: ContainersState, pull: Pull): boolean {
  const cache = cacheOf(cs, pull.engine);
  const next = pull.layers.find((l) => !cache.has(l.id));
  if (next === undefined) return true;
  next.doneMiB = Math.min(next.sizeMiB, next.doneMiB + REGISTRY_MIB_PER_TICK);
  if (next.doneMiB >= next.sizeMiB) addToCache(cs, pull.engine, next.id);
  return pull.layers.every((l) => l.id === next.id ? l.doneMiB >= l.sizeMiB : cache.has(l.id));
}

function progressPulls(st: CtWorld, cs: ContainersState, ctx: Ctx): void {
  const busy = new Set<string>();
  const done: Pull[] = [];
  for (const pull of cs.pulls) {
    if (busy.has(pull.engine)) continue;
    busy.add(pull.engine);
    if (progressPull(cs, pull)) done.push(pull);
  }
  for (const pull of done) {
    cs.pulls.splice(cs.pulls.indexOf(pull), 1);
    const i = st.topology.containers.findIndex((c) => c.id === pull.container);
    const rec = cs.cts[i];
    const c = st.topology.containers[i];
    if (rec === undefined || c === undefined) continue;
    rec.lastPullMs = st.tick - pull.startTick + 1;
    const fetched = pull.layers.filter((l) => !l.cached).reduce((n, l) => n + l.sizeMiB, 0);
    const skipped = pull.layers.filter((l) => l.cached).reduce((n, l) => n + l.sizeMiB, 0);
    pushEvent(st.events, st.tick, 'info', 'containers.ev.pulled', { container: c.name, image: c.image, fetched: Math.round(fetched), skipped: Math.round(skipped), ms: rec.lastPullMs });
    st.ctPending[i] = 0;
    startContainer(st, ctx, i);
  }
}

function sampleContainers(st: CtWorld, cs: ContainersState): void {
  const mem = meter(st, CT_MEM_USED);
  st.topology.containers.forEach((c, i) => {
    const rec = cs.cts[i];
    const p = st.ctPower[i];
    if (rec === undefined) return;
    if (p === POWER.off) {
      mem[i] = 0;
      return;
    }
    const active = PROFILES[PHASE_KINDS[phaseCode(c.workload)] ?? 'idle'].active;
    const starting = p === POWER.booting ? 0.3 : 1;
    const target = APP_MIB * active * (0.85 + 0.3 * noise(st.tick, i)) * starting;
    if (c.memoryLimitMiB > 0 && target > c.memoryLimitMiB) {
      rec.oomKills += 1;
      stopContainer(st, i);
      mem[i] = 0;
      pushEvent(st.events, st.tick, 'info', 'containers.ev.oom', { container: c.name, need: Math.round(target), limit: c.memoryLimitMiB });
      return;
    }
    const used = mem[i] ?? 0;
    mem[i] = used + (target - used) * 0.5;
    if (p === POWER.on && c.workload !== 'idle' && c.workload !== 'cpu-bound') rec.writableMiB += LOG_MIB;
  });
}

/**
 * Containers a control plane admitted (`ctPending`, e.g. the orchestrator binding a pod to
 * this host) are pulled or started like any other; a pull whose container was withdrawn
 * (removed, or no longer waiting) is dropped.
 */
function adoptPending(st: CtWorld, cs: ContainersState, ctx: Ctx): void {
  const t = st.topology;
  if (cs.pulls.length > 0) {
    cs.pulls = cs.pulls.filter((p) => {
      const i = t.containers.findIndex((c) => c.id === p.container);
      return i >= 0 && st.ctPending[i] === 1;
    });
  }
  for (let i = 0; i < t.containers.length; i++) {
    const c = t.containers[i];
    if (c === undefined || st.ctPending[i] !== 1 || st.ctPower[i] !== POWER.off || cs.pulls.some((p) => p.container === c.id)) continue;
    st.ctPending[i] = 0;
    pullOrStart(st, ctx, i);
  }
}

/** The runtime's `control` phase (mutates st). Between its 10 ms samples only a pull or a quota has work. */
export function stepContainers(st: CtWorld, ctx: Ctx): void {
  const cs = st.containers;
  if (st.tick % TRACK_PERIOD !== 0 && cs.pulls.length === 0 && cs.quotaIdx.length === 0) return;
  if (st.tick % TRACK_PERIOD === 0) {
    trackVmStarts(st, cs);
    trackContainerStarts(st, cs);
    adoptPending(st, cs, ctx);
  }
  if (cs.quotaIdx.length > 0) enforceQuotas(st);
  if (cs.pulls.length > 0) progressPulls(st, cs, ctx);
  if (st.tick % SAMPLE_PERIOD === 0) sampleContainers(st, cs);
}
