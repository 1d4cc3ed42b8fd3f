/**
 * The one VM palette. Every lens colours a VM the same way: slot k of eight, given by the
 * VM's position among the VMs (then host containers) of its own host, so neighbours on a
 * host never share a colour while there are at most eight of them. Slot k has a strong
 * colour (`vmK`: swatches, Gantt slices, frame-grid cells, lines) and a light tint of the
 * same hue (`vmTintK`: fills under dark `vmText` labels). Colour is never the only key:
 * every view also writes the VM's name.
 */
import type { Topology } from '../../engine';
import type { TokenName } from '../../theme/tokens';

export const VM_TOKENS = ['vm0', 'vm1', 'vm2', 'vm3', 'vm4', 'vm5', 'vm6', 'vm7'] as const satisfies readonly TokenName[];
export const VM_TINT_TOKENS = ['vmTint0', 'vmTint1', 'vmTint2', 'vmTint3', 'vmTint4', 'vmTint5', 'vmTint6', 'vmTint7'] as const satisfies readonly TokenName[];
export const PALETTE_SIZE = VM_TOKENS.length;

interface Slots {
  vms: Uint8Array;
  containers: Uint8Array;
}

/** Slots per topology object (simClient keeps one object until the topology changes). */
const cache = new WeakMap<Topology, Slots>();

function slotsOf(topology: Topology): Slots {
  const known = cache.get(topology);
  if (known !== undefined) return known;
  const perHost = new Map<number, number>();
  const next = (host: number): number => {
    const n = perHost.get(host) ?? 0;
    perHost.set(host, n + 1);
    return n % PALETTE_SIZE;
  };
  const vms = Uint8Array.from(topology.vms, (vm) => next(vm.host));
  const containers = Uint8Array.from(topology.containers, (c) => (c.vm >= 0 ? (vms[c.vm] ?? 0) : next(c.host)));
  const slots = { vms, containers };
  cache.set(topology, slots);
  return slots;
}

/** Palette slot of VM `vm` (its index in topology.vms). */
export function vmSlot(topology: Topology, vm: number): number {
  return slotsOf(topology).vms[vm] ?? 0;
}

/**
 * Palette slot of an entity's owner as the CPU views number it: a VM index (>= 0), or
 * -2 - container index for a host container (a container inside a VM takes its VM's).
 */
export function ownerSlot(topology: Topology, owner: number): number {
  if (owner >= 0) return vmSlot(topology, owner);
  return slotsOf(topology).containers[-2 - owner] ?? 0;
}

export function slotToken(slot: number): TokenName {
  return VM_TOKENS[((slot % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE] ?? 'vm0';
}

export function slotTint(slot: number): TokenName {
  return VM_TINT_TOKENS[((slot % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE] ?? 'vmTint0';
}

export function vmToken(topology: Topology, vm: number): TokenName {
  return slotToken(vmSlot(topology, vm));
}

export function vmTint(topology: Topology, vm: number): TokenName {
  return slotTint(vmSlot(topology, vm));
}
