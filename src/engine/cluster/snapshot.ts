/**
 * What the Containers and Cluster lenses see of the fleet: a copy of its plain data
 * (pulls, caches, writable layers, decisions, migration rounds), the migration's page
 * grid as a typed array (moved, not copied, to the main thread), and per host the
 * numbers the UI would otherwise have to recompute: reserved and free memory, CPU
 * demand, failed or not.
 */
import { POWER, type SimState } from '../state';
import { GUEST_OS_MIB } from '../kernel/workload';
import { syncContainers, type ContainersState } from '../containers/state';
import { isFailed, reservedMiB } from './capacity';
import { syncCluster, type ClusterState } from './state';

export interface FleetHost {
  reservedMiB: number;
  freeMiB: number;
  /** Busy vCPUs over pCPUs, in %: above 100 means vCPUs wait in the ready queue. */
  cpuDemandPct: number;
  memPct: number;
  failed: boolean;
  /** Memory in use, split: guest OSes (VMs only) and apps. */
  guestOsMiB: number;
  appMiB: number;
}

export interface FleetSnapshot {
  ct: ContainersState;
  cl: Omit<ClusterState, 'migration'> & { migration: (Omit<NonNullable<ClusterState['migration']>, 'pages'>) | null };
  /** Page states of the migration in progress (PAGE codes), or an empty array. */
  pages: Uint8Array;
  hosts: FleetHost[];
}

function hostFigures(st: SimState, ct: ContainersState, cl: ClusterState): FleetHost[] {
  const t = st.topology;
  return t.hosts.map((h, i) => {
    let busy = 0;
    let os = 0;
    let app = 0;
    t.vms.forEach((vm, j) => {
      if (vm.host !== i || st.vmPower[j] === POWER.off) return;
      busy += cl.vmDemand[j] ?? 0;
      const used = st.vmMemUsedMiB[j] ?? 0;
      const guest = Math.min(used, GUEST_OS_MIB[vm.guestOs]);
      os += guest;
      app += used - guest;
    });
    t.containers.forEach((c, j) => {
      if (c.vm < 0 && c.host === i) app += ct.cts[j]?.memMiB ?? 0;
    });
    const reserved = reservedMiB(st, i);
    return { reservedMiB: reserved, freeMiB: h.memoryMiB - reserved, cpuDemandPct: (100 * busy) / Math.max(1, h.pcpuCount), memPct: (100 * reserved) / h.memoryMiB, failed: isFailed(st, i), guestOsMiB: os, appMiB: app };
  });
}

export function toFleetSnapshot(st: SimState): FleetSnapshot {
  const ct = structuredClone(st.fleet.ct);
  const { migration, ...rest } = st.fleet.cl;
  const cl = structuredClone({ ...rest, migration: null }) as ClusterState;
  if (ct.rev !== st.topology.rev) syncContainers(ct, st.topology, st.scenario);
  if (cl.rev !== st.topology.rev) syncCluster(cl, st.topology);
  let pages = new Uint8Array(0);
  let m: FleetSnapshot['cl']['migration'] = null;
  if (migration !== null) {
    const { pages: p, ...info } = migration;
    pages = p.slice();
    m = structuredClone(info);
  }
  return { ct, cl: { ...cl, migration: m }, pages, hosts: hostFigures(st, ct, cl) };
}

/** Mix the fleet into a digest: its plain data as JSON, and the page grid's bytes. */
export function fleetDigestText(f: FleetSnapshot): string {
  return JSON.stringify({ ct: f.ct, cl: f.cl, hosts: f.hosts });
}
