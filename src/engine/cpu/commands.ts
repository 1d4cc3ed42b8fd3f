/**
 * The CPU lens's commands: scheduler policy, co-scheduling, hyperthread factor, VM
 * weight / cap / vCPU count, vCPU pinning, container shares and quota. Each validates
 * everything before it changes anything, edits the scenario (so the change survives
 * rebuilds, replays and share links) and narrates itself in the event log.
 */
import type { Command } from '../commands';
import { pushEvent } from '../kernel/events';
import type { Scenario } from '../scenario/schema';
import { ENT, POWER, powerOnEntities, type SimState } from '../state';
import type { Message } from '../kernel/types';
import { BOOT_CODE, phaseCode } from '../kernel/workload';
import { END } from './cpuState';
import { takeOff } from './scheduler';

type Outcome = { ok: true; state: SimState } | { ok: false; reason: Message };
export type CpuCommand = Extract<Command, { type: 'setPolicy' | 'setCoSchedule' | 'setHtFactor' | 'setVmCpu' | 'pinVcpu' | 'setContainerCpu' }>;
export interface ApplyHelpers {
  withScenario: (st: SimState, edit: (s: Scenario) => Scenario) => Outcome;
  reject: (key: string, params?: Record<string, string | number>) => Outcome;
}

type HostCpu = Scenario['hosts'][number]['hypervisor']['cpu'];

function editHostCpu(st: SimState, id: string, h: ApplyHelpers, edit: (c: HostCpu) => HostCpu, key: string, value: string | number): Outcome {
  const i = st.topology.hosts.findIndex((x) => x.id === id);
  const host = st.topology.hosts[i];
  if (host === undefined) return h.reject('reason.noSuchHost', { host: id });
  const r = h.withScenario(st, (s) => ({ ...s, hosts: s.hosts.map((x, j) => (j === i ? { ...x, hypervisor: { ...x.hypervisor, cpu: edit(x.hypervisor.cpu) } } : x)) }));
  if (r.ok) pushEvent(r.state.events, st.tick, 'info', key, { host: host.name, value });
  return r;
}

export function applyCpuCommand(st: SimState, cmd: CpuCommand, h: ApplyHelpers): Outcome {
  switch (cmd.type) {
    case 'setPolicy': {
      const r = editHostCpu(st, cmd.host, h, (c) => ({ ...c, policy: cmd.policy }), 'cpu.event.policy', `cpu.policy.${cmd.policy}`);
      if (r.ok && cmd.policy === 'fair-share') startFairPeriod(r.state, cmd.host);
      return r;
    }
    case 'setCoSchedule':
      return editHostCpu(st, cmd.host, h, (c) => ({ ...c, coSchedule: cmd.on }), 'cpu.event.coSchedule', cmd.on ? 'cpu.on' : 'cpu.off');
    case 'setHtFactor':
      return editHostCpu(st, cmd.host, h, (c) => ({ ...c, htFactor: cmd.factor }), 'cpu.event.htFactor', cmd.factor);
    case 'setVmCpu':
      return setVmCpu(st, cmd, h);
    case 'pinVcpu':
      return pinVcpu(st, cmd, h);
    case 'setContainerCpu':
      return setContainerCpu(st, cmd, h);
  }
}

function setVmCpu(st: SimState, cmd: CpuCommand & { type: 'setVmCpu' }, h: ApplyHelpers): Outcome {
  const i = st.topology.vms.findIndex((v) => v.id === cmd.vm);
  const vm = st.topology.vms[i];
  if (vm === undefined) return h.reject('reason.noSuchVm', { vm: cmd.vm });
  const r = h.withScenario(st, (s) => ({
    ...s,
    vms: s.vms.map((v, j) => {
      if (j !== i) return v;
      const out = { ...v, weight: cmd.weight ?? v.weight, capPct: cmd.capPct ?? v.capPct, vcpus: cmd.vcpus ?? v.vcpus };
      if (v.pin !== undefined) out.pin = v.pin.slice(0, out.vcpus);
      return out;
    }),
  }));
  if (!r.ok) return r;
  const next = r.state.topology.vms[i];
  const power = r.state.vmPower[i];
  if (next !== undefined && power !== POWER.off) {
    // New vCPUs of a running VM start runnable at once (CPU hot-add).
    for (let e = next.entOffset; e < next.entOffset + next.vcpus; e++) {
      if (r.state.ent.state[e] === ENT.off) powerOnEntities(r.state, e, 1, power === POWER.booting ? BOOT_CODE : phaseCode(next.workload));
    }
  }
  pushEvent(r.state.events, st.tick, 'info', 'cpu.event.vmCpu', { vm: vm.name, weight: next?.weight ?? 0, cap: next?.capPct ?? 0, vcpus: next?.vcpus ?? 0 });
  return r;
}

function pinVcpu(st: SimState, cmd: CpuCommand & { type: 'pinVcpu' }, h: ApplyHelpers): Outcome {
  const i = st.topology.vms.findIndex((v) => v.id === cmd.vm);
  const vm = st.topology.vms[i];
  if (vm === undefined) return h.reject('reason.noSuchVm', { vm: cmd.vm });
  if (cmd.vcpu >= vm.vcpus) return h.reject('cpu.reason.noSuchVcpu', { vm: vm.name, vcpu: cmd.vcpu });
  const host = st.topology.hosts[vm.host];
  if (host !== undefined && cmd.pcpu >= host.pcpuCount) return h.reject('cpu.reason.noSuchPcpu', { pcpu: cmd.pcpu, host: host.name });
  const r = h.withScenario(st, (s) => ({
    ...s,
    vms: s.vms.map((v, j) => {
      if (j !== i) return v;
      const pin = Array.from({ length: v.vcpus }, (_, k) => v.pin?.[k] ?? -1);
      pin[cmd.vcpu] = cmd.pcpu;
      return { ...v, pin };
    }),
  }));
  if (!r.ok) return r;
  const e = vm.entOffset + cmd.vcpu;
  const p = r.state.ent.pcpu[e] ?? -1;
  // Pinned elsewhere: leave this pCPU now and wait for the one it is pinned to.
  if (p >= 0 && host !== undefined && cmd.pcpu >= 0 && p !== host.pcpuOffset + cmd.pcpu) takeOff(r.state, vm.host, p, END.pin);
  pushEvent(r.state.events, st.tick, 'info', cmd.pcpu < 0 ? 'cpu.event.unpinned' : 'cpu.event.pinned', { vm: vm.name, vcpu: cmd.vcpu, pcpu: cmd.pcpu });
  return r;
}

function setContainerCpu(st: SimState, cmd: CpuCommand & { type: 'setContainerCpu' }, h: ApplyHelpers): Outcome {
  const i = st.topology.containers.findIndex((c) => c.id === cmd.container);
  const c = st.topology.containers[i];
  if (c === undefined) return h.reject('reason.noSuchContainer', { container: cmd.container });
  const r = h.withScenario(st, (s) => ({
    ...s,
    containers: s.containers.map((x, j) => (j === i ? { ...x, cpuShares: cmd.shares ?? x.cpuShares, cpuQuotaMs: cmd.quotaMs ?? x.cpuQuotaMs, cpuPeriodMs: cmd.periodMs ?? x.cpuPeriodMs } : x)),
  }));
  const spec = r.ok ? r.state.scenario.containers[i] : undefined;
  if (r.ok && spec !== undefined) {
    pushEvent(r.state.events, st.tick, 'info', 'cpu.event.containerCpu', { container: c.name, shares: spec.cpuShares, quota: spec.cpuQuotaMs, period: spec.cpuPeriodMs });
  }
  return r;
}

/** Switching to fair share starts everyone on the host level: old virtual runtimes mean nothing now. */
function startFairPeriod(st: SimState, hostId: string): void {
  const host = st.topology.hosts.findIndex((x) => x.id === hostId);
  for (let e = 0; e < st.topology.entityCount; e++) if (st.ent.host[e] === host) st.cpu.vruntime[e] = 0;
  st.cpu.minVruntime[host] = 0;
}
