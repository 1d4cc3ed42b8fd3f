/**
 * What the Cluster lens sees of the cluster: a copy of its plain data (decisions,
 * DRS verdicts, migration rounds, the failed hosts from the kernel), the migration's
 * page grid as a typed array (moved, not copied, to the main thread), and per host the
 * numbers the UI would otherwise have to recompute: reserved and free memory, CPU
 * demand, memory in use by guest OSes and apps (from the channel), failed or not. It
 * lands in `fleet`, beside the container runtime's `fleet.ct`.
 */
import { reservedMiB } from '../kernel/capacity';
import { haAdmission } from './admission';
import { CT_MEM_USED, meter, VM_MEM_USED } from '../kernel/channel';
import { POWER } from '../kernel/codes';
import { isHostFailed } from '../kernel/lifecycle';
import { GUEST_OS_MIB } from '../kernel/workload';
import type { InstanceRecord } from './instances';
import type { ClusterState, ClusterWorld } from './state';

export interface FleetHost {
  reservedMiB: number;
  freeMiB: number;
  /** Busy vCPUs over pCPUs, in %: above 100 means vCPUs wait in the ready queue. */
  cpuDemandPct: number;
  memPct: number;
  failed: boolean;
  /** Configured memory of its powered VMs (may exceed the host: overcommit). */
  configuredMiB: number;
  /** Memory in use, split: guest OSes (VMs only) and apps. */
  guestOsMiB: number;
  appMiB: number;
}

export type ClusterSnapshot = Omit<ClusterState, 'migration' | 'instances'> & {
  /** Ids of failed hosts, in the order they failed. */
  failed: string[];
  /** HA admission control's figures (MiB): working capacity, failover kept free, reserved by running VMs. */
  admission: { capacityMiB: number; failoverMiB: number; reservedMiB: number };
  migration: Omit<NonNullable<ClusterState['migration']>, 'pages'> | null;
};

export interface ClusterPart {
  cl: ClusterSnapshot;
  /** Page states of the migration in progress (PAGE codes), or an empty array. */
  pages: Uint8Array;
  hosts: FleetHost[];
  /** Instances asked for, in the order asked (instances.ts). */
  instances: InstanceRecord[];
}

function hostFigures(st: ClusterWorld): FleetHost[] {
  const t = st.topology;
  const vmMem = meter(st, VM_MEM_USED);
  const ctMem = meter(st, CT_MEM_USED);
  return t.hosts.map((h, i) => {
    let busy = 0;
    let os = 0;
    let app = 0;
    let configured = 0;
    t.vms.forEach((vm, j) => {
      if (vm.host !== i || st.vmPower[j] === POWER.off) return;
      configured += vm.memoryMiB;
      busy += st.cluster.vmDemand[j] ?? 0;
      const used = vmMem[j] ?? 0;
      const guest = Math.min(used, GUEST_OS_MIB[vm.guestOs]);
      os += guest;
      app += used - guest;
    });
    t.containers.forEach((c, j) => {
      if (c.vm < 0 && c.host === i) app += ctMem[j] ?? 0;
    });
    const reserved = reservedMiB(st, i);
    return { reservedMiB: reserved, freeMiB: h.memoryMiB - reserved, cpuDemandPct: (100 * busy) / Math.max(1, h.pcpuCount), memPct: (100 * reserved) / h.memoryMiB, failed: isHostFailed(st, i), configuredMiB: configured, guestOsMiB: os, appMiB: app };
  });
}

export function clusterSnapshot(st: ClusterWorld): ClusterPart {
  const { rev, policy, drsEnabled, drsThresholdPct, link, ha, migration, instances, ...rest } = st.cluster;
  // Field order is the snapshot's (and the digest's): the failed hosts sit after `ha`, the migration last.
  const cl: ClusterSnapshot = structuredClone({ rev, policy, drsEnabled, drsThresholdPct, link, ha, failed: st.failedHosts, admission: haAdmission(st), ...rest, migration: null });
  let pages = new Uint8Array(0);
  if (migration !== null) {
    const { pages: p, ...info } = migration;
    pages = p.slice();
    cl.migration = structuredClone(info);
  }
  return { cl, pages, hosts: hostFigures(st), instances: structuredClone(instances) };
}
