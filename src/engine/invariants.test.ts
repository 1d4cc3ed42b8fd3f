/**
 * checkInvariants after every single tick: each preset runs for thousands of ticks
 * (through the end of boot, where workloads switch) with the check after each one, and
 * so do harder variants (1 ms timeslice, a scripted storm of commands). The second half
 * proves the checker is not vacuous: each kind of corruption it promises to catch, done
 * by hand to a healthy state, is reported.
 */
import { describe, expect, it } from 'vitest';
import {
  advanceTick,
  checkInvariants,
  cloneState,
  createSim,
  ENT,
  parseScenario,
  POWER,
  PRESET_IDS,
  presets,
  step,
  VM_BOOT_TICKS,
  type Scenario,
  type SimState,
} from './index';
import { EVENT_CAP } from './kernel/events';
import { meter, VM_MEM_USED } from './kernel/channel';

/** Advance a private clone tick by tick; return the first violations found, with their tick. */
function runChecked(start: SimState, ticks: number): { tick: number; violations: string[] } | null {
  const st = cloneState(start);
  const first = checkInvariants(st);
  if (first.length > 0) return { tick: st.tick, violations: first };
  for (let i = 0; i < ticks; i++) {
    advanceTick(st);
    const v = checkInvariants(st);
    if (v.length > 0) return { tick: st.tick, violations: v };
  }
  return null;
}

function withEdits(base: Scenario, edit: (json: Record<string, unknown> & { hosts: Record<string, unknown>[] }) => void): Scenario {
  const json = JSON.parse(JSON.stringify(base)) as Record<string, unknown> & { hosts: Record<string, unknown>[] };
  edit(json);
  const r = parseScenario(json);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

const TICKS: Record<string, number> = { basic: 8000, 'datacenter-32': 5000 };

describe('invariants hold after every tick', () => {
  it.each(PRESET_IDS)('%s', (id) => {
    const ticks = TICKS[id] ?? 5000;
    expect(ticks).toBeGreaterThan(VM_BOOT_TICKS);
    expect(runChecked(createSim(presets[id]), ticks)).toBeNull();
  });

  it('basic with a 1 ms timeslice and no hyperthreads (constant preemption)', () => {
    const s = withEdits(presets.basic, (j) => {
      const h = j.hosts[0]!;
      h['threadsPerCore'] = 1;
      h['hypervisor'] = { ...(h['hypervisor'] as object), cpu: { policy: 'round-robin', timesliceMs: 1 } };
    });
    const sim = createSim(s);
    expect(sim.topology.pcpuCount).toBe(2);
    expect(runChecked(sim, 5000)).toBeNull();
    expect(step(sim, 2000).contextSwitches).toBeGreaterThan(step(createSim(presets.basic), 2000).contextSwitches);
  });

  it('basic with a scripted storm of commands, valid and not', () => {
    const storm = [
      { at: 0, command: { type: 'stopVm', vm: 'web-1' } },
      { at: 10, command: { type: 'startVm', vm: 'web-1' } },
      { at: 11, command: { type: 'startVm', vm: 'web-1' } },
      { at: 50, command: { type: 'addVm', vm: { id: 'extra', name: 'extra', host: 'host-1', vcpus: 3, memoryMiB: 1024, workload: 'cpu-bound' } } },
      { at: 50, command: { type: 'removeVm', vm: 'db-1' } },
      { at: 120, command: { type: 'setTimeslice', host: 'host-1', ms: 2 } },
      { at: 300, command: { type: 'stopContainer', container: 'api' } },
      { at: 301, command: { type: 'startContainer', container: 'api' } },
      { at: 400, command: { type: 'setWorkload', vm: 'batch-1', workload: 'idle' } },
      { at: 4100, command: { type: 'setWorkload', vm: 'extra', workload: 'io-bound' } },
      { at: 4200, command: { type: 'removeVm', vm: 'extra' } },
      { at: 4300, command: { type: 'setHypervisorType', host: 'host-1', hvType: 'type2' } },
      { at: 4400, command: { type: 'stopVm', vm: 'ghost' } },
    ];
    const s = withEdits(presets.basic, (j) => (j['events'] = storm));
    expect(runChecked(createSim(s), 6000)).toBeNull();
    // The event list is bounded, so collect rejections as they happen.
    const rejected: unknown[] = [];
    const st = createSim(s);
    for (let i = 0; i < 6000; i++) {
      const seq = st.events.seq;
      advanceTick(st);
      for (const e of st.events.list) if (e.seq > seq && e.key === 'event.commandRejected') rejected.push([e.tick, e.params?.['reason']]);
    }
    expect(rejected).toEqual([[11, 'reason.vmAlreadyOn'], [4400, 'reason.noSuchVm']]);
    expect(st.topology.vms.map((v) => v.id)).toEqual(['web-1', 'batch-1']);
    expect(st.topology.hosts[0]?.hypervisor).toMatchObject({ type: 'type2', cpu: { timesliceMs: 2 } });
  });
});

describe('checkInvariants catches corruption', () => {
  /** A healthy basic state after boot with at least one running and one ready entity. */
  function healthy(): SimState {
    const s = step(createSim(presets.basic), VM_BOOT_TICKS);
    while (queueLen(s) === 0) advanceTick(s);
    expect(checkInvariants(s)).toEqual([]);
    return s;
  }
  const runningEntity = (s: SimState): number => s.pcpuEnt.find((e) => e >= 0) ?? -1;
  const q0 = (s: SimState): { buf: Int32Array; head: number; len: number } => s.queues[0]!;

  it.each<[string, (s: SimState) => void, RegExp]>([
    ['an entity on two pCPUs', (s) => {
      const p = s.pcpuEnt.findIndex((e) => e < 0 || e !== runningEntity(s));
      s.pcpuEnt[p] = runningEntity(s);
    }, /runs on two pCPUs|thinks it is on/],
    ['a pCPU running a non-running entity', (s) => (s.ent.state[runningEntity(s)] = ENT.blocked), /which is not running/],
    ['a running entity without a pCPU', (s) => {
      const e = runningEntity(s);
      s.pcpuEnt[s.ent.pcpu[e]!] = -1;
    }, /running without a pCPU/],
    ['time accounting that does not add up', (s) => (s.ent.run[0] = (s.ent.run[0] ?? 0) + 1), /run\+ready\+wait/],
    ['a ready entity missing from the queue', (s) => {
      q0(s).len = 0;
    }, /is not queued/],
    ['a duplicated queue entry', (s) => {
      const q = q0(s);
      q.buf[(q.head + q.len) % q.buf.length] = q.buf[q.head]!;
      q.len += 1;
    }, /duplicates/],
    ['a queued entity that is not ready', (s) => {
      const q = q0(s);
      s.ent.state[q.buf[q.head]!] = ENT.blocked;
    }, /not ready here/],
    ['a VM whose power and vCPU states disagree', (s) => (s.vmPower[0] = POWER.off), /power and vCPU 0 state disagree/],
    ['a container whose power and state disagree', (s) => (s.ctPower[1] = POWER.off), /container cache power/],
    ['memory above the VM size', (s) => (meter(s, VM_MEM_USED)[2] = 1e9), /VM batch-1 uses/],
    ['negative memory', (s) => (meter(s, VM_MEM_USED)[2] = -1), /VM batch-1 uses -1/],
    ['arrays of the wrong size', (s) => (s.pcpuEnt = new Int32Array(1)), /array sizes/],
    ['an unbounded event list', (s) => {
      for (let i = 0; i <= EVENT_CAP * 2; i++) s.events.list.push({ seq: -i, tick: 0, level: 'detail', key: 'x', params: {} });
    }, /unbounded/],
  ])('%s', (_, corrupt, expected) => {
    const s = healthy();
    expect(queueLen(s)).toBeGreaterThan(0);
    corrupt(s);
    const v = checkInvariants(s);
    expect(v.some((m) => expected.test(m)), v.join('\n')).toBe(true);
  });
});

function queueLen(s: SimState): number {
  return s.queues[0]?.len ?? 0;
}
