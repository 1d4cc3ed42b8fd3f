/**
 * applyCommand: a validated change to the running world, or a rejection with a reason
 * the UI can translate. A rejected command leaves the state exactly as it was; every
 * check happens before the first mutation.
 */
import { commandSchema, type Command } from './commands';
import { dispatchIdle } from './cpu/scheduler';
import { applyCpuCommand } from './cpu/commands';
import { pushEvent } from './kernel/events';
import type { Scenario } from './scenario/schema';
import { editScenario } from './cluster/edit';
import { cloneState, POWER, powerOnEntities, type SimState } from './state';
import type { WorkloadKind } from './scenario/parts';
import type { Message } from './kernel/types';
import { storage, type StorageOutcome } from './storage/commandTable';
import { setVnicVlan } from './network/commands';
import { BOOT_CODE, CONTAINER_START_TICKS, phaseCode, VM_BOOT_TICKS } from './kernel/workload';
import { modifyFile, moveContainer, removeContainer, runContainer } from './containers/commands';
import { configureCluster, migrateVm, placeVm, repairHost } from './cluster/commands';
import { failHost } from './cluster/ha';
import { powerOffContainerAt, powerOffVmAt } from './cluster/entities';

export type ApplyResult = { ok: true; state: SimState } | { ok: false; reason: Message; state: SimState };
type Outcome = { ok: true; state: SimState } | { ok: false; reason: Message };

const reject = (key: string, params: Record<string, string | number> = {}): Outcome => ({ ok: false, reason: { key, params } });

/**
 * Validate untrusted input. safeParse reports shape errors but lets an exception from
 * reading the input (a getter or proxy that throws) escape; that is a bad command too.
 */
function parseCommand(input: unknown): { ok: true; cmd: Command } | { ok: false; reason: Message } {
  try {
    const parsed = commandSchema.safeParse(input);
    if (parsed.success) return { ok: true, cmd: parsed.data };
    const field = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
    return { ok: false, reason: { key: 'reason.badCommand', params: { field } } };
  } catch {
    return { ok: false, reason: { key: 'reason.badCommand', params: { field: '' } } };
  }
}

/** Validate and apply a command. Pure: the given state is never modified. */
export function applyCommand(state: SimState, input: unknown): ApplyResult {
  const parsed = parseCommand(input);
  if (!parsed.ok) return { ok: false, state, reason: parsed.reason };
  const clone = cloneState(state);
  const r = apply(clone, parsed.cmd);
  return r.ok ? { ok: true, state: r.state } : { ok: false, reason: r.reason, state };
}

/** For scripted events inside step: apply to a state step already owns, or log why not. */
export function applyCommandInPlace(st: SimState, input: unknown): SimState {
  const parsed = parseCommand(input);
  const r = parsed.ok ? apply(st, parsed.cmd) : reject('reason.badCommand', { field: '' });
  if (r.ok) return r.state;
  pushEvent(st.events, st.tick, 'info', 'event.commandRejected', { reason: r.reason.key });
  return st;
}

function vmIndex(st: SimState, id: string): number {
  return st.topology.vms.findIndex((v) => v.id === id);
}

function hostIndex(st: SimState, id: string): number {
  return st.topology.hosts.findIndex((h) => h.id === id);
}

/** A scenario edit, exactly as the cluster and the container runtime make one (records realigned at once). */
function withScenario(st: SimState, edit: (s: Scenario) => Scenario): Outcome {
  return editScenario(st, edit);
}

/** Apply, then let idle pCPUs take waiting work at once (commands free or add vCPUs). */
function apply(st: SimState, cmd: Command): Outcome {
  const r = applyOne(st, cmd);
  if (r.ok) for (let h = 0; h < r.state.topology.hosts.length; h++) dispatchIdle(r.state, h);
  return r;
}

function applyOne(st: SimState, cmd: Command): Outcome {
  switch (cmd.type) {
    case 'startVm':
    case 'stopVm':
      return powerVm(st, cmd.vm, cmd.type === 'startVm');
    case 'startContainer':
    case 'stopContainer':
      return powerContainer(st, cmd.container, cmd.type === 'startContainer');
    case 'setWorkload':
      return setWorkload(st, cmd.vm, cmd.workload);
    case 'setHypervisorType':
      return editHypervisor(st, cmd.host, (hv) => ({ ...hv, type: cmd.hvType }), 'event.hypervisorType', `hvType.${cmd.hvType}`);
    case 'setTechnique':
      return editHypervisor(st, cmd.host, (hv) => ({ ...hv, technique: cmd.technique }), 'event.technique', `technique.${cmd.technique}`);
    case 'setTimeslice':
      return editHypervisor(st, cmd.host, (hv) => ({ ...hv, cpu: { ...hv.cpu, timesliceMs: cmd.ms } }), 'event.timeslice', cmd.ms);
    case 'addVm':
      return addVm(st, cmd);
    case 'removeVm':
      return removeVm(st, cmd.vm);
    case 'setPolicy':
    case 'setCoSchedule':
    case 'setHtFactor':
    case 'setVmCpu':
    case 'pinVcpu':
    case 'setContainerCpu':
      return applyCpuCommand(st, cmd, { withScenario, reject });
    case 'createVolume':
      return fromStorage(st, storage.createVolume(st, cmd.volume));
    case 'deleteVolume':
      return fromStorage(st, storage.deleteVolume(st, cmd.volume));
    case 'setPlacementPolicy':
      return fromStorage(st, storage.setPolicy(st, cmd.policy));
    case 'setRackAware':
      return fromStorage(st, storage.setRackAware(st, cmd.on));
    case 'failArray':
      return fromStorage(st, storage.failArray(st, cmd.array));
    case 'repairArray':
      return fromStorage(st, storage.repairArray(st, cmd.array));
    case 'failRack':
      return fromStorage(st, storage.failRack(st, cmd.rack));
    case 'addArray':
      return addArray(st, cmd.array);
    case 'rebalance':
      return fromStorage(st, storage.doRebalance(st));
    case 'setVolumeAccess':
      return fromStorage(st, storage.setVolumeAccess(st, cmd.volume, cmd.vm, cmd.mode));
    case 'accessVolume':
      return fromStorage(st, storage.accessVolume(st, cmd.vm, cmd.volume, cmd.op));
    case 'setVnicVlan':
      return setVnicVlan(st, cmd, withScenario);
    case 'runContainer':
      return runContainer(st, cmd.container);
    case 'modifyFile':
      return modifyFile(st, cmd.container, cmd.path);
    case 'moveContainer':
      return moveContainer(st, cmd.container, cmd.host);
    case 'removeContainer':
      return removeContainer(st, cmd.container);
    case 'placeVm':
      return placeVm(st, cmd.vm, cmd.host);
    case 'migrateVm':
      return migrateVm(st, cmd.vm, cmd.host);
    case 'configureCluster':
      return configureCluster(st, cmd);
    case 'failHost':
      return failHost(st, cmd.host);
    case 'repairHost':
      return repairHost(st, cmd.host);
    case 'setRebuildBandwidth':
      return fromStorage(st, storage.setRebuildBandwidth(st, cmd.mibps));
    case 'setTranslation':
      return editMemory(st, cmd.host, 'translation', cmd.mode, 'memory.event.translation', `memory.mode.${cmd.mode}`);
    case 'setMemoryFeature':
      return editMemory(st, cmd.host, cmd.feature, cmd.on, cmd.on ? 'memory.event.featureOn' : 'memory.event.featureOff', `memory.feature.${cmd.feature}`);
    case 'setReclaimPolicy':
      return editMemory(st, cmd.host, 'policy', cmd.policy, 'memory.event.policy', `memory.policy.${cmd.policy}`);
    case 'setGuestPolicy':
      return editMemory(st, cmd.host, 'guestPolicy', cmd.policy, 'memory.event.guestPolicy', `memory.policy.${cmd.policy}`);
  }
}

function powerVm(st: SimState, id: string, on: boolean): Outcome {
  const i = vmIndex(st, id);
  const vm = st.topology.vms[i];
  if (vm === undefined) return reject('reason.noSuchVm', { vm: id });
  const isOff = st.vmPower[i] === POWER.off;
  if (on && !isOff) return reject('reason.vmAlreadyOn', { vm: vm.name });
  if (!on && isOff) return reject('reason.vmAlreadyOff', { vm: vm.name });
  if (on) {
    st.vmPower[i] = POWER.booting;
    st.vmBootLeft[i] = VM_BOOT_TICKS;
    powerOnEntities(st, vm.entOffset, vm.vcpus, BOOT_CODE);
    pushEvent(st.events, st.tick, 'info', 'event.vmBooting', { vm: vm.name });
    return { ok: true, state: st };
  }
  // The same stop as a host failure's: boot countdowns of the VM and its containers end too.
  powerOffVmAt(st, i);
  pushEvent(st.events, st.tick, 'info', 'event.vmStopped', { vm: vm.name });
  return { ok: true, state: st };
}

function powerContainer(st: SimState, id: string, on: boolean): Outcome {
  const i = st.topology.containers.findIndex((c) => c.id === id);
  const c = st.topology.containers[i];
  if (c === undefined) return reject('reason.noSuchContainer', { container: id });
  const isOff = st.ctPower[i] === POWER.off;
  if (on && !isOff) return reject('reason.containerAlreadyOn', { container: c.name });
  if (!on && isOff) return reject('reason.containerAlreadyOff', { container: c.name });
  if (on && c.vm >= 0 && st.vmPower[c.vm] === POWER.off) {
    return reject('reason.containerVmOff', { container: c.name, vm: st.topology.vms[c.vm]?.name ?? '' });
  }
  if (on) {
    st.ctPower[i] = POWER.booting;
    st.ctBootLeft[i] = CONTAINER_START_TICKS;
    powerOnEntities(st, c.ent, 1, BOOT_CODE);
    pushEvent(st.events, st.tick, 'info', 'event.containerStarting', { container: c.name });
  } else {
    powerOffContainerAt(st, i);
    pushEvent(st.events, st.tick, 'info', 'event.containerStopped', { container: c.name });
  }
  return { ok: true, state: st };
}

function setWorkload(st: SimState, id: string, workload: WorkloadKind): Outcome {
  const i = vmIndex(st, id);
  if (i < 0) return reject('reason.noSuchVm', { vm: id });
  const r = withScenario(st, (s) => ({ ...s, vms: s.vms.map((v, j) => (j === i ? { ...v, workload } : v)) }));
  if (!r.ok) return r;
  const vm = r.state.topology.vms[i];
  if (vm !== undefined && r.state.vmPower[i] === POWER.on) {
    r.state.ent.phaseKind.fill(phaseCode(workload), vm.entOffset, vm.entOffset + vm.vcpus);
  }
  pushEvent(r.state.events, st.tick, 'info', 'event.workload', { vm: vm?.name ?? id, workload: `workload.${workload}` });
  return r;
}

function editHypervisor(
  st: SimState,
  id: string,
  edit: (hv: Scenario['hosts'][number]['hypervisor']) => Scenario['hosts'][number]['hypervisor'],
  eventKey: string,
  value: string | number,
): Outcome {
  const h = hostIndex(st, id);
  const host = st.topology.hosts[h];
  if (host === undefined) return reject('reason.noSuchHost', { host: id });
  const r = withScenario(st, (s) => ({ ...s, hosts: s.hosts.map((x, j) => (j === h ? { ...x, hypervisor: edit(x.hypervisor) } : x)) }));
  if (r.ok) pushEvent(r.state.events, st.tick, 'info', eventKey, { host: host.name, value });
  return r;
}

function addVm(st: SimState, cmd: Command & { type: 'addVm' }): Outcome {
  const r = withScenario(st, (s) => ({ ...s, vms: [...s.vms, cmd.vm] }));
  if (!r.ok) return r;
  const i = r.state.topology.vms.length - 1;
  const vm = r.state.topology.vms[i];
  if (vm !== undefined && cmd.vm.autostart) {
    r.state.vmPower[i] = POWER.booting;
    r.state.vmBootLeft[i] = VM_BOOT_TICKS;
    powerOnEntities(r.state, vm.entOffset, vm.vcpus, BOOT_CODE);
  }
  pushEvent(r.state.events, st.tick, 'info', 'event.vmAdded', { vm: cmd.vm.name });
  return r;
}

function removeVm(st: SimState, id: string): Outcome {
  const i = vmIndex(st, id);
  const vm = st.topology.vms[i];
  if (vm === undefined) return reject('reason.noSuchVm', { vm: id });
  // The rebuild drops the VM's vCPUs (and its containers) from pCPUs and queues.
  const r = withScenario(st, (s) => ({
    ...s,
    vms: s.vms.filter((v) => v.id !== id),
    containers: s.containers.filter((c) => c.vm !== id),
  }));
  if (r.ok) pushEvent(r.state.events, st.tick, 'info', 'event.vmRemoved', { vm: vm.name });
  return r;
}

/** Storage commands validate before they mutate; this turns their outcome into ours. */
function fromStorage(st: SimState, r: StorageOutcome): Outcome {
  return r.ok ? { ok: true, state: st } : reject(r.key, r.params);
}

/** A new array joins the scenario (so every lens sees it) and the storage pool. */
function addArray(st: SimState, spec: Scenario['storageArrays'][number]): Outcome {
  if (st.storage.arrays.some((a) => a.id === spec.id)) return reject('storage.reason.arrayExists', { array: spec.id });
  const r = withScenario(st, (s) => ({ ...s, storageArrays: [...s.storageArrays, spec] }));
  if (!r.ok) return r;
  return fromStorage(r.state, storage.addArray(r.state, spec));
}

type MemoryOptions = Scenario['hosts'][number]['hypervisor']['memory'];

/** Change one memory option of a host's hypervisor; asking for the value it already has is refused. */
function editMemory<K extends keyof MemoryOptions>(st: SimState, id: string, key: K, value: MemoryOptions[K], eventKey: string, label: string): Outcome {
  const host = st.topology.hosts[hostIndex(st, id)];
  if (host === undefined) return reject('reason.noSuchHost', { host: id });
  if (host.hypervisor.memory[key] === value) return reject('memory.reason.unchanged', { host: host.name, value: label });
  return editHypervisor(st, id, (hv) => ({ ...hv, memory: { ...hv.memory, [key]: value } }), eventKey, label);
}
