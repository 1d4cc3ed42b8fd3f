/**
 * What each lens needs from a world, and the lesson presets that give it that: one small
 * pure function per lens says whether the snapshot on screen exercises the lens (Cluster
 * needs a second host, Storage two arrays to place among, ...), and `LENS_LESSONS` lists
 * each lens's lesson presets in the order a lesson takes them. A lens the world does not
 * exercise says so and offers these presets (ui/LensEmpty.tsx); Storage's "try this" line
 * reads the same list. Plain data and functions (no React), so tests and tours can use them.
 */
import type { PresetId, Snapshot } from '../engine';
import type { KnownLensId } from './lensIds';

/** Each lens's lesson presets, first the one a lesson opens with. */
export const LENS_LESSONS = {
  overview: ['basic', 'datacenter-32', 'server-virtualization', 'vdi', 'app-virtualization'],
  cpu: ['cpu-overcommit', 'noisy-neighbor', 'smp-costop', 'hyperthreads'],
  memory: ['memory-overcommit', 'balloon', 'page-sharing', 'shadow-vs-nested', 'memory-16k'],
  storage: ['san-placement', 'array-failure', 'thin-overcommit', 'rack-awareness', 'raid-striping'],
  techniques: ['type1-vs-type2', 'bt-vs-para-vs-hw', 'io-paths', 'gpu-sharing'],
  network: ['vswitch-basics', 'vlan-isolation'],
  containers: ['vm-vs-container', 'docker-layers', 'orchestration'],
  cluster: ['drs-balance', 'live-migration', 'host-failure', 'instances-on-demand'],
} as const satisfies Record<KnownLensId, readonly PresetId[]>;

type Topo = Snapshot['topology'];

/** Overview: at least one host to draw. */
export const overviewExercised = (t: Topo): boolean => t.hosts.length > 0;
/** CPU: something to schedule (a VM or a container). */
export const cpuExercised = (t: Topo): boolean => t.vms.length + t.containers.length > 0;
/** Memory: guest memory to map onto a host (at least one VM). */
export const memoryExercised = (t: Topo): boolean => t.vms.length > 0;
/** Storage: a SAN to place volumes in, which takes two arrays at least (one leaves no choice). */
export const storageExercised = (t: Topo): boolean => t.storageArrays.length >= 2;
/** Techniques: guest instructions to trap, translate or pass through (at least one VM). */
export const techniquesExercised = (t: Topo): boolean => t.vms.length > 0;
/** Network: a virtual switch with a VM's vNIC on one of its VLANs. */
export const networkExercised = (t: Topo): boolean =>
  t.vswitches.some((w) => t.vms.some((vm) => vm.host === w.hostIndex && vm.vnics.some((n) => w.vlans.includes(n.vlan))));
/** Containers: at least one container to set beside the VMs. */
export const containersExercised = (t: Topo): boolean => t.containers.length > 0;
/** Cluster: a second host to place, balance or migrate onto. */
export const clusterExercised = (t: Topo): boolean => t.hosts.length >= 2;

/** What the lenses look at to decide: the topology, and the orchestrator's deployments. */
type LensWorld = Pick<Snapshot, 'topology' | 'orch'>;

const onTopology = (f: (t: Topo) => boolean) => (s: LensWorld): boolean => f(s.topology);

const EXERCISED: Record<KnownLensId, (s: LensWorld) => boolean> = {
  overview: onTopology(overviewExercised),
  cpu: onTopology(cpuExercised),
  memory: onTopology(memoryExercised),
  storage: onTopology(storageExercised),
  techniques: onTopology(techniquesExercised),
  network: onTopology(networkExercised),
  // A deployment counts before its first replica exists (the orchestrator starts them on its first pass).
  containers: (s) => containersExercised(s.topology) || s.orch.deps.length > 0,
  cluster: onTopology(clusterExercised),
};

/** Whether the world in `snap` gives `lens` something to show (an unknown lens: yes). */
export function lensExercised(lens: string, snap: LensWorld): boolean {
  const f = (EXERCISED as Record<string, ((s: LensWorld) => boolean) | undefined>)[lens];
  return f === undefined || f(snap);
}

/** The lesson presets of `lens` (none for an unknown lens). */
export function lensLessons(lens: string): readonly PresetId[] {
  return (LENS_LESSONS as Record<string, readonly PresetId[] | undefined>)[lens] ?? [];
}
