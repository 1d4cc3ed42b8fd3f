/**
 * What holds of the orchestrator after every tick: pod ids unique; a Pending pod has no
 * node and says why; a bound pod has a node (whether its container still runs there, or
 * was removed or moved by hand, is what the next pass observes); no node is promised more than it offers; an autoscaled deployment stays within
 * its bounds.
 */
import { nodeFigures, type OrchWorld } from './state';

export function orchInvariants(st: OrchWorld): string[] {
  const out: string[] = [];
  const { deps, pods } = st.orch;
  const seen = new Set<string>();
  for (const p of pods) {
    if (seen.has(p.id)) out.push(`orch: two pods named ${p.id}`);
    seen.add(p.id);
    if (deps[p.dep] === undefined) out.push(`orch: ${p.id} belongs to no deployment`);
    if (p.phase === 'Pending' && p.node !== '') out.push(`orch: pending ${p.id} is bound to ${p.node}`);
    if (p.phase !== 'Pending' && p.phase !== 'Terminating' && !st.topology.hosts.some((h) => h.id === p.node)) out.push(`orch: ${p.id} is ${p.phase} on no node`);
  }
  for (const p of pods) if (p.phase === 'Pending' && p.reason === null && st.tick - p.since > 1) out.push(`orch: pending ${p.id} gives no reason`);
  for (const n of nodeFigures(st)) {
    if (n.cpuRequestedM > n.cpuM || n.memRequestedMiB > n.memMiB) out.push(`orch: ${n.id} promised ${n.cpuRequestedM} m of ${n.cpuM} and ${n.memRequestedMiB} MiB of ${n.memMiB}`);
  }
  deps.forEach((d) => {
    const a = d.spec.autoscale;
    if (a !== undefined && d.hpaOn && (d.desired < a.min || d.desired > a.max)) out.push(`orch: ${d.spec.id} wants ${d.desired} outside [${a.min}, ${a.max}]`);
  });
  return out;
}
