/**
 * Colours for the canvas, read from the theme's CSS variables (a canvas cannot use
 * var(...)), so the Gantt follows the default / projector / high-contrast themes.
 */
import type { Topology } from '../../engine';
import { cssVarName, type TokenName } from '../../theme/tokens';

export const VM_TOKENS: readonly TokenName[] = ['vm0', 'vm1', 'vm2', 'vm3', 'vm4', 'vm5', 'vm6', 'vm7'];

export function tokenColour(name: TokenName): string {
  return getComputedStyle(document.documentElement).getPropertyValue(cssVarName(name)).trim() || 'gray';
}

export interface Palette {
  vm: string[];
  text: string;
  muted: string;
  border: string;
  surface2: string;
  hatch: string;
  focus: string;
  accent: string;
  costop: string;
}

/** `theme` only documents the dependency: the CSS variables already hold its values. */
export function readPalette(theme: string): Palette {
  void theme;
  return {
    vm: VM_TOKENS.map(tokenColour),
    text: tokenColour('text'),
    muted: tokenColour('textMuted'),
    border: tokenColour('border'),
    surface2: tokenColour('surface2'),
    hatch: tokenColour('ganttHatch'),
    focus: tokenColour('focus'),
    accent: tokenColour('accent'),
    costop: tokenColour('stateCostop'),
  };
}

/**
 * Palette slot of an entity's owner (VM index, or -2 - container index): its position
 * among the VMs (then containers) of the same host, so neighbours on one host never
 * share a colour while there are at most eight of them.
 */
export function ownerSlot(topology: Topology, owner: number): number {
  if (owner >= 0) {
    const host = topology.vms[owner]?.host ?? -1;
    let pos = 0;
    for (let i = 0; i < owner; i++) if (topology.vms[i]?.host === host) pos += 1;
    return pos % VM_TOKENS.length;
  }
  const ci = -2 - owner;
  const host = topology.containers[ci]?.host ?? -1;
  let pos = topology.vms.filter((v) => v.host === host).length;
  for (let i = 0; i < ci; i++) if (topology.containers[i]?.host === host) pos += 1;
  return pos % VM_TOKENS.length;
}

export function vmToken(topology: Topology, vm: number): TokenName {
  return VM_TOKENS[ownerSlot(topology, vm)] ?? 'vm0';
}
