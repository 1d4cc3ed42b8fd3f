/**
 * Colours for the canvas, read from the theme's CSS variables (a canvas cannot use
 * var(...)), so the Gantt follows the default / projector / high-contrast themes.
 */
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

/** Palette slot of an entity's owner: VMs by index, containers after them. */
export function ownerSlot(owner: number, vmCount: number): number {
  return (owner >= 0 ? owner : vmCount + (-2 - owner)) % VM_TOKENS.length;
}
