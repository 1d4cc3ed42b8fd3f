/**
 * Human-readable names for entities, used in event parameters ("web-1 vCPU 0").
 */
import type { Topology } from './topology';

export function entityLabel(t: Topology, e: number): string {
  for (const vm of t.vms) {
    if (e >= vm.entOffset && e < vm.entOffset + vm.vcpus) return `${vm.name} vCPU${e - vm.entOffset}`;
  }
  for (const c of t.containers) if (c.ent === e) return c.name;
  return `#${e}`;
}

/** Which VM (index) or container (index) owns an entity. */
export function entityOwner(t: Topology, e: number): { kind: 'vm' | 'container'; index: number; vcpu: number } | null {
  for (let i = 0; i < t.vms.length; i++) {
    const vm = t.vms[i];
    if (vm !== undefined && e >= vm.entOffset && e < vm.entOffset + vm.vcpus) return { kind: 'vm', index: i, vcpu: e - vm.entOffset };
  }
  for (let i = 0; i < t.containers.length; i++) if (t.containers[i]?.ent === e) return { kind: 'container', index: i, vcpu: 0 };
  return null;
}
