/**
 * What a kernel exploit reaches. Containers are processes on a kernel they share; a VM
 * runs its own guest kernel behind the hypervisor. So a kernel bug exploited from inside
 * a container gives the attacker the kernel the container runs on, and with it every
 * other container on that kernel; exploited from inside a VM, it gives only that VM's
 * guest kernel (and the containers inside that VM). When the shared kernel is the host's
 * own, it also runs the hypervisor (KVM-style; a type-2 hypervisor is a program on it),
 * so the VMs on that host are within reach too. An escape from a VM through the
 * hypervisor itself is a different, rarer class of bug, left out here (docs/model.md).
 * Pure: from the topology alone.
 */
import type { Topology } from '../kernel/topology';

export type Exploited = { kind: 'container' | 'vm'; index: number };

export interface KernelReach {
  /** Whose kernel the attacker now holds: a host's (index) or a VM's guest kernel. */
  kernel: { kind: 'host' | 'vm'; index: number };
  /** Containers and VMs on that kernel (the exploited one included). */
  containers: number[];
  vms: number[];
  /** On the same host but out of reach: held back by the VM boundary. */
  heldContainers: number[];
  heldVms: number[];
}

function onHost(t: Topology, h: number): { cts: number[]; vms: number[] } {
  return {
    cts: t.containers.flatMap((c, i) => (c.host === h ? [i] : [])),
    vms: t.vms.flatMap((v, i) => (v.host === h ? [i] : [])),
  };
}

/** The reach of a kernel exploit run from a container or a VM, or null if there is no such thing. */
export function kernelReach(t: Topology, from: Exploited): KernelReach | null {
  const guestOf = (vm: number): KernelReach => {
    const host = onHost(t, t.vms[vm]?.host ?? -1);
    const containers = t.containers.flatMap((c, i) => (c.vm === vm ? [i] : []));
    return {
      kernel: { kind: 'vm', index: vm },
      containers,
      vms: [vm],
      heldContainers: host.cts.filter((i) => !containers.includes(i)),
      heldVms: host.vms.filter((i) => i !== vm),
    };
  };
  if (from.kind === 'vm') return t.vms[from.index] === undefined ? null : guestOf(from.index);
  const c = t.containers[from.index];
  if (c === undefined) return null;
  if (c.vm >= 0) return guestOf(c.vm);
  // The host's own kernel: every container on it, and the hypervisor it runs with its VMs.
  const host = onHost(t, c.host);
  return { kernel: { kind: 'host', index: c.host }, containers: host.cts, vms: host.vms, heldContainers: [], heldVms: [] };
}
