/**
 * "Same workload, three policies": replays the current world (scenario plus every
 * accepted command) from tick 0 under round robin, Xen Credit and fair share, and
 * measures each VM's %RUN / %RDY / %CSTP over the last stretch. Pure and
 * deterministic (the engine is), so a class comparing numbers sees the same ones.
 * Runs on the main thread on request only, bounded to COMPARE_MAX_TICKS per policy.
 */
import { applyCommand, cpuPolicies, createSim, step, type CommandInput, type Scenario, type SimState } from '../../engine';

export const COMPARE_MAX_TICKS = 20_000;
const WINDOW = 5000;

export interface PolicyRow {
  policy: (typeof cpuPolicies)[number];
  vms: { id: string; name: string; run: number; ready: number; costop: number }[];
  contextSwitches: number;
}

function totals(st: SimState): Map<string, [number, number, number, number]> {
  const out = new Map<string, [number, number, number, number]>();
  for (const vm of st.topology.vms) {
    const t: [number, number, number, number] = [0, 0, 0, 0];
    for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
      t[0] += st.ent.run[e] ?? 0;
      t[1] += st.ent.ready[e] ?? 0;
      t[2] += st.cpu.costop[e] ?? 0;
      t[3] += st.ent.alive[e] ?? 0;
    }
    out.set(vm.id, t);
  }
  return out;
}

export function comparePolicies(scenario: Scenario, log: readonly { tick: number; command: CommandInput }[], upTo: number): { ticks: number; rows: PolicyRow[] } {
  const end = Math.max(WINDOW + 1000, Math.min(COMPARE_MAX_TICKS, upTo));
  const cmds = log.filter((l) => (l.command as { type: string }).type !== 'setPolicy' && l.tick < end);
  const rows = cpuPolicies.map((policy): PolicyRow => {
    const sc: Scenario = { ...scenario, hosts: scenario.hosts.map((h) => ({ ...h, hypervisor: { ...h.hypervisor, cpu: { ...h.hypervisor.cpu, policy } } })) };
    let st = createSim(sc);
    for (const c of cmds) {
      st = step(st, c.tick - st.tick);
      st = applyCommand(st, c.command).state;
    }
    st = step(st, end - WINDOW - st.tick);
    const a = totals(st);
    const cs = st.contextSwitches;
    st = step(st, WINDOW);
    const b = totals(st);
    const vms = st.topology.vms.map((vm) => {
      const x = b.get(vm.id) ?? [0, 0, 0, 0];
      const y = a.get(vm.id) ?? [0, 0, 0, 0];
      const alive = Math.max(1, x[3] - y[3]);
      return { id: vm.id, name: vm.name, run: (100 * (x[0] - y[0])) / alive, ready: (100 * (x[1] - y[1])) / alive, costop: (100 * (x[2] - y[2])) / alive };
    });
    return { policy, vms, contextSwitches: st.contextSwitches - cs };
  });
  return { ticks: end, rows };
}
