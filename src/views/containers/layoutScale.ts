/**
 * The "At scale" view's model, from one snapshot: each node with its replicas (chips in a
 * stable order), the replicas that fit nowhere, each deployment's gauge (available of
 * desired, the rollout's floor), the colour slot of each version, and the orchestrator's
 * latest reasons. Pure, so it is tested without a browser.
 */
import type { DeploymentSnapshot, PodPhase, PodSnapshot, SimEvent, Snapshot } from '../../engine';

export interface NodeBox {
  id: string;
  name: string;
  failed: boolean;
  cpuCores: number;
  cpuRequested: number;
  memFreeGiB: number;
  pods: PodSnapshot[];
}

export interface ScaleModel {
  nodes: NodeBox[];
  pending: PodSnapshot[];
  deps: DeploymentSnapshot[];
  /** Colour slot of each version on screen (versionSlot), so 1.0 and 2.0 keep their colours whatever else is there. */
  versionSlot: Record<string, number>;
  events: SimEvent[];
}

const PHASE_ORDER: Record<PodPhase, number> = { Ready: 0, Starting: 1, Pending: 2, Terminating: 3 };
const cores = (m: number): number => Math.round(m / 100) / 10;

function byName(a: PodSnapshot, b: PodSnapshot): number {
  return PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || a.id.localeCompare(b.id, 'en', { numeric: true });
}

/** A version's colour slot, fixed by the version itself: its major number less one (1.0 -> 0, 2.0 -> 1), else a hash. */
export function versionSlot(version: string): number {
  const major = Number.parseInt(version, 10);
  if (Number.isInteger(major) && major >= 1) return (major - 1) % 8;
  let h = 0;
  for (let i = 0; i < version.length; i++) h = (h * 31 + version.charCodeAt(i)) % 8;
  return h;
}

/** Events the view narrates: the orchestrator's, and nodes failing or coming back. */
export function isScaleEvent(e: SimEvent): boolean {
  return e.key.startsWith('orch.ev.') || e.key === 'cluster.ev.failed' || e.key === 'cluster.ev.repaired';
}

export function scaleModel(snap: Snapshot, lastEvents = 6): ScaleModel {
  const o = snap.orch;
  const nodes = o.nodes.map((n) => ({
    id: n.id, name: n.name, failed: n.failed, cpuCores: cores(n.cpuM), cpuRequested: cores(n.cpuRequestedM), memFreeGiB: Math.round((n.memMiB - n.memRequestedMiB) / 102.4) / 10,
    pods: o.pods.filter((p) => p.node === n.id).toSorted(byName),
  }));
  const versions = [...new Set([...o.pods.map((p) => p.version), ...o.deps.map((d) => d.version)])];
  return {
    nodes,
    pending: o.pods.filter((p) => p.node === '').toSorted(byName),
    deps: o.deps,
    versionSlot: Object.fromEntries(versions.map((v) => [v, versionSlot(v)])),
    events: snap.events.filter(isScaleEvent).slice(-lastEvents).toReversed(),
  };
}

/** The next version to roll out to: the other known one (2.0 after 1.0, back to 1.0 after). */
export function nextVersion(current: string): string {
  return current === '2.0' ? '1.0' : '2.0';
}

/** The gauge's sentence: what is available against what is wanted, and the rollout's floor. */
export function gaugeSentence(d: DeploymentSnapshot): { key: string; params: Record<string, string | number> } {
  if (d.rolling) return { key: 'orch.gauge.rolling', params: { dep: d.name, available: d.available, desired: d.desired, version: d.version, min: Math.max(0, d.desired - d.maxUnavailable), max: d.desired + d.maxSurge } };
  return { key: 'orch.gauge.steady', params: { dep: d.name, available: d.available, desired: d.desired, version: d.version } };
}
