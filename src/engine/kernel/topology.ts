/**
 * Topology: the slowly-changing shape of the world (hosts, pCPU ranges, VMs, their
 * vCPU ranges, containers, arrays, vSwitches), derived from the current scenario.
 * It travels to the UI only when its revision changes; per-tick data is indexed by
 * the offsets defined here.
 */
import type { Scenario } from '../scenario/schema';
import type { HypervisorSpec, StorageArraySpec, VswitchSpec, WorkloadKind } from '../scenario/parts';

export interface HostTopo {
  id: string;
  name: string;
  sockets: number;
  coresPerSocket: number;
  threadsPerCore: number;
  memoryMiB: number;
  nics: number;
  disks: { id: string; sizeGiB: number }[];
  hypervisor: HypervisorSpec;
  pcpuOffset: number;
  pcpuCount: number;
}

export interface VmTopo {
  id: string;
  name: string;
  host: number;
  vcpus: number;
  entOffset: number;
  memoryMiB: number;
  /** Memory reservation (cluster admission and the floor of memory reclaim), at most memoryMiB. */
  reservationMiB: number;
  guestOs: 'linux' | 'windows' | 'bsd';
  workload: WorkloadKind;
  weight: number;
  capPct: number;
  disks: { id: string; sizeGiB: number }[];
  vnics: { id: string; vlan: number }[];
}

export interface ContainerTopo {
  id: string;
  name: string;
  /** The physical host it ultimately runs on. */
  host: number;
  /** The VM it runs inside, or -1 for a container on the bare host. */
  vm: number;
  image: string;
  ent: number;
  workload: WorkloadKind;
  cpuShares: number;
  memoryLimitMiB: number;
}

export interface Topology {
  rev: number;
  name: string;
  hosts: HostTopo[];
  vms: VmTopo[];
  containers: ContainerTopo[];
  storageArrays: StorageArraySpec[];
  vswitches: (VswitchSpec & { hostIndex: number })[];
  pcpuCount: number;
  entityCount: number;
}

export function buildTopology(s: Scenario, rev: number): Topology {
  const hostIndex = new Map(s.hosts.map((h, i) => [h.id, i]));
  let pcpu = 0;
  const hosts = s.hosts.map((h): HostTopo => {
    const count = h.sockets * h.coresPerSocket * h.threadsPerCore;
    const t: HostTopo = {
      id: h.id,
      name: h.name,
      sockets: h.sockets,
      coresPerSocket: h.coresPerSocket,
      threadsPerCore: h.threadsPerCore,
      memoryMiB: h.memoryMiB,
      nics: h.nics,
      disks: h.disks.map((d) => ({ ...d })),
      hypervisor: structuredClone(h.hypervisor),
      pcpuOffset: pcpu,
      pcpuCount: count,
    };
    pcpu += count;
    return t;
  });
  let ent = 0;
  const vms = s.vms.map((v): VmTopo => {
    const t: VmTopo = {
      id: v.id,
      name: v.name,
      host: hostIndex.get(v.host) ?? 0,
      vcpus: v.vcpus,
      entOffset: ent,
      memoryMiB: v.memoryMiB,
      reservationMiB: Math.min(v.reservationMiB, v.memoryMiB),
      guestOs: v.guestOs,
      workload: v.workload,
      weight: v.weight,
      capPct: v.capPct,
      disks: v.disks.map((d) => ({ ...d })),
      vnics: v.vnics.map((n) => ({ id: n.id, vlan: n.vlan })),
    };
    ent += v.vcpus;
    return t;
  });
  const vmIndex = new Map(s.vms.map((v, i) => [v.id, i]));
  const containers = s.containers.map((c): ContainerTopo => {
    const vm = c.vm === undefined ? -1 : (vmIndex.get(c.vm) ?? -1);
    const host = vm >= 0 ? (vms[vm]?.host ?? 0) : (hostIndex.get(c.host ?? '') ?? 0);
    return {
      id: c.id,
      name: c.name,
      host,
      vm,
      image: c.image,
      ent: ent++,
      workload: c.workload,
      cpuShares: c.cpuShares,
      memoryLimitMiB: c.memoryLimitMiB,
    };
  });
  return {
    rev,
    name: s.name,
    hosts,
    vms,
    containers,
    storageArrays: s.storageArrays.map((a) => ({ ...a })),
    vswitches: s.vswitches.map((w) => ({ ...w, vlans: [...w.vlans], hostIndex: hostIndex.get(w.host) ?? 0 })),
    pcpuCount: pcpu,
    entityCount: ent,
  };
}

/** A stable key per entity, used to carry dynamic state across topology changes. */
export function entityKeys(t: Topology): string[] {
  const keys: string[] = Array.from({ length: t.entityCount }, () => '');
  for (const vm of t.vms) for (let i = 0; i < vm.vcpus; i++) keys[vm.entOffset + i] = `vm:${vm.id}:${i}`;
  for (const c of t.containers) keys[c.ent] = `ct:${c.id}`;
  return keys;
}
