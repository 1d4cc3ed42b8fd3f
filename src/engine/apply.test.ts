/**
 * applyCommand: every command type is accepted in a valid case and visibly changes the
 * world; impossible or malformed commands are rejected with a translatable reason and
 * the very same state object, untouched. Topology edits (addVm, removeVm, setWorkload,
 * setHypervisorType) keep the invariants and every surviving VM's accumulated times.
 */
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  checkInvariants,
  createSim,
  ENT,
  parseScenario,
  POWER,
  presets,
  snapshotDigest,
  step,
  toSnapshot,
  VM_BOOT_TICKS,
  type SimState,
} from './index';
import { phaseCode } from './kernel/workload';
import { meter, VM_MEM_USED } from './kernel/channel';

const digest = (s: SimState): string => snapshotDigest(toSnapshot(s));

/** basic plus a container inside db-1 and a VM that does not autostart. */
function fixture(): SimState {
  const json = JSON.parse(JSON.stringify(presets.basic)) as { vms: unknown[]; containers: unknown[] };
  json.containers.push({ id: 'inner', name: 'inner', vm: 'db-1', image: 'busybox', workload: 'cpu-bound' });
  json.vms.push({ id: 'spare', name: 'spare', host: 'host-1', vcpus: 1, memoryMiB: 512, autostart: false });
  const r = parseScenario(json);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return step(createSim(r.scenario), 777);
}

/** Apply, expecting success; also checks the input was not touched and the result is healthy. */
function ok(s: SimState, cmd: unknown): SimState {
  const before = digest(s);
  const copy = structuredClone(s);
  const r = applyCommand(s, cmd);
  if (!r.ok) throw new Error(`rejected: ${JSON.stringify(r.reason)}`);
  expect(r.state).not.toBe(s);
  expect(digest(s)).toBe(before);
  expect(s).toEqual(copy);
  expect(checkInvariants(r.state)).toEqual([]);
  expect(checkInvariants(step(r.state, 500))).toEqual([]);
  return r.state;
}

const vmAt = (s: SimState, id: string): number => s.topology.vms.findIndex((v) => v.id === id);
const lastEvent = (s: SimState): unknown => s.events.list.at(-1);
const vcpuStates = (s: SimState, id: string): number[] => {
  const vm = s.topology.vms[vmAt(s, id)]!;
  return Array.from(s.ent.state.subarray(vm.entOffset, vm.entOffset + vm.vcpus));
};

describe('each command works in a valid case', () => {
  it('stopVm powers the VM, its vCPUs and its containers off', () => {
    const s = ok(fixture(), { type: 'stopVm', vm: 'db-1' });
    expect(s.vmPower[vmAt(s, 'db-1')]).toBe(POWER.off);
    expect(vcpuStates(s, 'db-1')).toEqual([ENT.off, ENT.off]);
    expect(s.ctPower[2]).toBe(POWER.off);
    expect(meter(s, VM_MEM_USED)[vmAt(s, 'db-1')]).toBe(0);
    expect(lastEvent(s)).toMatchObject({ key: 'event.vmStopped', params: { vm: 'db-1' }, tick: 777 });
  });

  it('stopping a VM or a container while it boots ends its boot countdown (no stale bootLeft)', () => {
    // fixture() is at tick 777: every VM still boots, and so does the container inside db-1.
    const s = ok(fixture(), { type: 'stopVm', vm: 'db-1' });
    expect(s.vmBootLeft[vmAt(s, 'db-1')]).toBe(0);
    expect(s.ctBootLeft[2]).toBe(0);
    const booting = ok(ok(fixture(), { type: 'stopContainer', container: 'api' }), { type: 'startContainer', container: 'api' });
    const c = ok(booting, { type: 'stopContainer', container: 'api' });
    expect(c.ctBootLeft[0]).toBe(0);
    expect(toSnapshot(c).containers.bootLeft[0]).toBe(0);
  });

  it('startVm boots a stopped VM from the start', () => {
    const s = ok(fixture(), { type: 'startVm', vm: 'spare' });
    const i = vmAt(s, 'spare');
    expect(s.vmPower[i]).toBe(POWER.booting);
    expect(s.vmBootLeft[i]).toBe(VM_BOOT_TICKS);
    expect(vcpuStates(s, 'spare')).toEqual([ENT.ready]);
    expect(lastEvent(s)).toMatchObject({ key: 'event.vmBooting', params: { vm: 'spare' } });
    expect(step(s, VM_BOOT_TICKS).vmPower[i]).toBe(POWER.on);
  });

  it('stopContainer and startContainer', () => {
    const off = ok(fixture(), { type: 'stopContainer', container: 'api' });
    expect(off.ctPower[0]).toBe(POWER.off);
    expect(off.ent.state[off.topology.containers[0]!.ent]).toBe(ENT.off);
    expect(lastEvent(off)).toMatchObject({ key: 'event.containerStopped', params: { container: 'api' } });
    const on = ok(off, { type: 'startContainer', container: 'api' });
    expect(on.ctPower[0]).toBe(POWER.booting);
    expect(lastEvent(on)).toMatchObject({ key: 'event.containerStarting', params: { container: 'api' } });
  });

  it('setWorkload changes the topology and, once the VM is on, what its vCPUs do', () => {
    const booted = step(fixture(), VM_BOOT_TICKS);
    const s = ok(booted, { type: 'setWorkload', vm: 'web-1', workload: 'idle' });
    const vm = s.topology.vms[vmAt(s, 'web-1')]!;
    expect(vm.workload).toBe('idle');
    expect(s.scenario.vms[vmAt(s, 'web-1')]?.workload).toBe('idle');
    expect(Array.from(s.ent.phaseKind.subarray(vm.entOffset, vm.entOffset + vm.vcpus))).toEqual([phaseCode('idle'), phaseCode('idle')]);
    expect(lastEvent(s)).toMatchObject({ key: 'event.workload', params: { vm: 'web-1', workload: 'workload.idle' } });
  });

  it.each([
    [{ type: 'setHypervisorType', host: 'host-1', hvType: 'type2' }, { type: 'type2' }, 'event.hypervisorType'],
    [{ type: 'setTechnique', host: 'host-1', technique: 'paravirtual' }, { technique: 'paravirtual' }, 'event.technique'],
    [{ type: 'setTimeslice', host: 'host-1', ms: 5 }, { cpu: { policy: 'round-robin', timesliceMs: 5 } }, 'event.timeslice'],
  ])('%j edits the host hypervisor', (cmd, expected, key) => {
    const before = fixture();
    const s = ok(before, cmd);
    expect(s.topology.hosts[0]?.hypervisor).toMatchObject(expected);
    expect(s.topology.rev).toBe(before.topology.rev + 1);
    expect(lastEvent(s)).toMatchObject({ key, params: { host: 'host-1' } });
  });

  it('a shorter timeslice means more preemption', () => {
    const base = fixture();
    const short = ok(base, { type: 'setTimeslice', host: 'host-1', ms: 1 });
    const switches = (s: SimState): number => step(s, 2000).contextSwitches - s.contextSwitches;
    expect(switches(short)).toBeGreaterThan(2 * switches(base));
  });

  it('addVm appends a booting VM (or an off one without autostart)', () => {
    const before = fixture();
    const s = ok(before, { type: 'addVm', vm: { id: 'new-1', name: 'new-1', host: 'host-1', vcpus: 2, memoryMiB: 1024 } });
    expect(s.topology.vms.at(-1)).toMatchObject({ id: 'new-1', vcpus: 2, workload: 'web' });
    expect(s.topology.entityCount).toBe(before.topology.entityCount + 2);
    expect(s.vmPower[vmAt(s, 'new-1')]).toBe(POWER.booting);
    expect(vcpuStates(s, 'new-1')).toEqual([ENT.ready, ENT.ready]);
    expect(lastEvent(s)).toMatchObject({ key: 'event.vmAdded', params: { vm: 'new-1' } });
    const quiet = ok(before, { type: 'addVm', vm: { id: 'new-2', name: 'new-2', host: 'host-1', vcpus: 1, memoryMiB: 256, autostart: false } });
    expect(quiet.vmPower[vmAt(quiet, 'new-2')]).toBe(POWER.off);
  });

  it('removeVm drops the VM and the containers inside it', () => {
    const s = ok(fixture(), { type: 'removeVm', vm: 'db-1' });
    expect(s.topology.vms.map((v) => v.id)).toEqual(['web-1', 'batch-1', 'spare']);
    expect(s.topology.containers.map((c) => c.id)).toEqual(['api', 'cache']);
    expect(s.topology.entityCount).toBe(2 + 1 + 1 + 2);
    expect(lastEvent(s)).toMatchObject({ key: 'event.vmRemoved', params: { vm: 'db-1' } });
  });
});

describe('scenario edits realign the container runtime at once', () => {
  it('a first CPU quota set by command is enforced from the next tick, not from the next 10 ms sample', () => {
    const s = step(fixture(), 5000 - 777 + 3); // tick 5003: everything runs, not a sampling tick
    const i = s.topology.containers.findIndex((c) => c.id === 'api');
    const r = applyCommand(s, { type: 'setContainerCpu', container: 'api', quotaMs: 5, periodMs: 50 });
    if (!r.ok) throw new Error(r.reason.key);
    expect(r.state.containers.quotaIdx).toContain(i);
    expect(r.state.containers.cts[i]).toMatchObject({ quotaMs: 5, periodMs: 50 });
    const next = step(r.state, 1);
    // The account is read at the next tick's control phase, before that tick runs the container.
    expect(next.containers.cts[i]?.lastRunMs).toBe(r.state.ent.run[r.state.topology.containers[i]!.ent]);
  });
});

describe('rejections return the very same state', () => {
  const stopped = (): SimState => ok(fixture(), { type: 'stopVm', vm: 'db-1' });
  const tooMany = { type: 'addVm', vm: { id: 'huge', name: 'huge', host: 'host-1', vcpus: 32, memoryMiB: 64 } };
  it.each<[string, () => SimState, unknown, string, Record<string, unknown>?]>([
    ['start an unknown VM', fixture, { type: 'startVm', vm: 'ghost' }, 'reason.noSuchVm', { vm: 'ghost' }],
    ['start a booting VM', fixture, { type: 'startVm', vm: 'web-1' }, 'reason.vmAlreadyOn', { vm: 'web-1' }],
    ['start a running VM', () => step(fixture(), VM_BOOT_TICKS), { type: 'startVm', vm: 'web-1' }, 'reason.vmAlreadyOn'],
    ['stop a stopped VM', stopped, { type: 'stopVm', vm: 'db-1' }, 'reason.vmAlreadyOff', { vm: 'db-1' }],
    ['remove an unknown VM', fixture, { type: 'removeVm', vm: 'ghost' }, 'reason.noSuchVm'],
    ['set the workload of an unknown VM', fixture, { type: 'setWorkload', vm: 'ghost', workload: 'idle' }, 'reason.noSuchVm'],
    ['edit an unknown host', fixture, { type: 'setHypervisorType', host: 'host-9', hvType: 'type2' }, 'reason.noSuchHost', { host: 'host-9' }],
    ['start an unknown container', fixture, { type: 'startContainer', container: 'nope' }, 'reason.noSuchContainer'],
    ['start a running container', fixture, { type: 'startContainer', container: 'api' }, 'reason.containerAlreadyOn'],
    ['start a container in a stopped VM', stopped, { type: 'startContainer', container: 'inner' }, 'reason.containerVmOff', { container: 'inner', vm: 'db-1' }],
    ['stop a stopped container', stopped, { type: 'stopContainer', container: 'inner' }, 'reason.containerAlreadyOff'],
    ['add a VM with a duplicate id', fixture, { type: 'addVm', vm: { id: 'web-1', name: 'x', host: 'host-1', vcpus: 1, memoryMiB: 256 } }, 'error.ref.duplicate', { id: 'web-1' }],
    ['add a VM on an unknown host', fixture, { type: 'addVm', vm: { id: 'n', name: 'n', host: 'host-7', vcpus: 1, memoryMiB: 256 } }, 'error.ref.unknown', { kind: 'schema.kind.host', id: 'host-7' }],
    ['add VMs past the entity limit', nearLimit, tooMany, 'error.limit.entities', { max: 2048, value: 2055 }],
    ['a null command', fixture, null, 'reason.badCommand'],
    ['a string command', fixture, 'startVm', 'reason.badCommand'],
    ['an array command', fixture, [{ type: 'startVm', vm: 'spare' }], 'reason.badCommand'],
    ['an unknown command type', fixture, { type: 'rebootVm', vm: 'web-1' }, 'reason.badCommand', { field: 'type' }],
    ['a missing field', fixture, { type: 'startVm' }, 'reason.badCommand', { field: 'vm' }],
    ['an extra field', fixture, { type: 'startVm', vm: 'spare', force: true }, 'reason.badCommand'],
    ['an out-of-range timeslice', fixture, { type: 'setTimeslice', host: 'host-1', ms: 0 }, 'reason.badCommand', { field: 'ms' }],
    ['an addVm with too many vCPUs', fixture, { type: 'addVm', vm: { id: 'n', name: 'n', host: 'host-1', vcpus: 33, memoryMiB: 256 } }, 'reason.badCommand', { field: 'vm.vcpus' }],
    ['a command whose getter throws', fixture, { type: 'startVm', get vm(): string { throw new Error('boom'); } }, 'reason.badCommand'],
    ['a proxy that throws', fixture, new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } }), 'reason.badCommand'],
  ])('%s', (_, make, cmd, key, params) => {
    const s = make();
    const before = digest(s);
    const copy = structuredClone(s);
    const r = applyCommand(s, cmd);
    expect(r.ok).toBe(false);
    expect(r.state).toBe(s);
    expect(digest(s)).toBe(before);
    expect(s).toEqual(copy);
    if (r.ok) return;
    expect(r.reason.key).toBe(key);
    if (params !== undefined) expect(r.reason.params).toEqual(params);
  });
});

/** basic plus 63 stopped 32-vCPU VMs: 2016 + 7 entities, so one more 32-vCPU VM is too many. */
function nearLimit(): SimState {
  const json = JSON.parse(JSON.stringify(presets.basic)) as { vms: unknown[] };
  for (let i = 0; i < 63; i++) json.vms.push({ id: `v${i}`, name: `v${i}`, host: 'host-1', vcpus: 32, memoryMiB: 64, autostart: false });
  const r = parseScenario(json);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return step(createSim(r.scenario), 10);
}

describe('topology edits preserve the others', () => {
  /** Per VM id: accumulated run / ready / wait per vCPU, and which pCPU each is on. */
  function times(s: SimState): Map<string, number[][]> {
    return new Map(s.topology.vms.map((vm) => {
      const rows: number[][] = [];
      // Accumulated times only: a freed pCPU may legitimately pick up a waiting vCPU at once.
      for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) rows.push([s.ent.run[e]!, s.ent.ready[e]!, s.ent.wait[e]!]);
      return [vm.id, rows];
    }));
  }

  it.each([
    ['addVm', { type: 'addVm', vm: { id: 'z', name: 'z', host: 'host-1', vcpus: 4, memoryMiB: 2048, workload: 'cpu-bound' } }],
    ['removeVm (first)', { type: 'removeVm', vm: 'web-1' }],
    ['removeVm (middle)', { type: 'removeVm', vm: 'db-1' }],
    ['setWorkload', { type: 'setWorkload', vm: 'batch-1', workload: 'io-bound' }],
    ['setHypervisorType', { type: 'setHypervisorType', host: 'host-1', hvType: 'type2' }],
  ])('%s', (_, cmd) => {
    for (const ticks of [0, 1500, VM_BOOT_TICKS + 1200]) {
      const before = step(fixture(), ticks);
      const after = ok(before, cmd);
      const was = times(before);
      for (const [id, rows] of times(after)) if (was.has(id)) expect(rows, id).toEqual(was.get(id));
      expect(after.tick).toBe(before.tick);
      expect(after.contextSwitches).toBe(before.contextSwitches);
      expect(meter(after, VM_MEM_USED)[vmAt(after, 'batch-1')]).toBe(meter(before, VM_MEM_USED)[vmAt(before, 'batch-1')]);
    }
  });
});
