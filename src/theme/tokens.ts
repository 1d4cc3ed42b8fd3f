/**
 * Colour, stroke and type tokens with default, projector and high-contrast values.
 * Views never write a colour: they use `var(--vl-…)` names, set on <html> from here.
 * Projector mode is large type and thick strokes on a light ground with 7:1 text;
 * high contrast is black and white with saturated state colours.
 */
import type { ThemeName } from '../store';

type TokenValues = Readonly<Record<ThemeName, string>>;

const tok = (d: string, p: string, c: string): TokenValues => ({ default: d, projector: p, contrast: c });

export const tokens = {
  bg: tok('#f6f7f9', '#ffffff', '#000000'),
  surface: tok('#ffffff', '#ffffff', '#000000'),
  surface2: tok('#eef1f5', '#f2f2f2', '#1a1a1a'),
  text: tok('#1b1f24', '#000000', '#ffffff'),
  textMuted: tok('#4a5361', '#1f1f1f', '#e6e6e6'),
  border: tok('#7b8594', '#333333', '#ffffff'),
  accent: tok('#1f5fbf', '#0b3d91', '#ffd400'),
  accentText: tok('#ffffff', '#ffffff', '#000000'),
  focus: tok('#c2410c', '#b00000', '#00e5ff'),
  // Layers of the architecture stack.
  layerHardware: tok('#dfe5ee', '#d9d9d9', '#202020'),
  layerHostOs: tok('#e8dff5', '#e0d4f0', '#2a0a3a'),
  layerHypervisor: tok('#d7ecf7', '#cfe6f5', '#002b45'),
  layerGuest: tok('#fbf3dc', '#f7ecc8', '#2b2000'),
  layerContainer: tok('#e0f2e9', '#d2eddf', '#00311a'),
  // vCPU states: green running, amber ready (waiting for a pCPU), blue-grey blocked on I/O.
  stateRunning: tok('#1a8f3c', '#006b21', '#00ff66'),
  stateReady: tok('#c77800', '#9a5a00', '#ffb000'),
  stateBlocked: tok('#6b7c93', '#4d5b6e', '#9ab3ff'),
  stateOff: tok('#c4c9d1', '#bfbfbf', '#555555'),
  stateCostop: tok('#c62828', '#a00000', '#ff4d4d'),
  memUsed: tok('#3f7fd1', '#1d5bb0', '#4da3ff'),
  danger: tok('#b3261e', '#8c0000', '#ff6b6b'),
  ok: tok('#1a7f37', '#005c1a', '#00ff66'),
  warn: tok('#9a6700', '#6e4a00', '#ffd400'),
  // Memory lens: one colour per VM (cycled), frames shared between VMs, free frames.
  memVm0: tok('#3f7fd1', '#1d5bb0', '#4da3ff'),
  memVm1: tok('#d9822b', '#b35c00', '#ffa64d'),
  memVm2: tok('#2f9e6f', '#137a4c', '#33ff99'),
  memVm3: tok('#a355c9', '#7a2ea3', '#d98cff'),
  memVm4: tok('#c9475c', '#a3213a', '#ff6680'),
  memVm5: tok('#2aa3b8', '#0b7f94', '#4de1ff'),
  memVm6: tok('#8c7a2b', '#665400', '#ffe14d'),
  memVm7: tok('#6d7fa8', '#48597f', '#b3c6ff'),
  memMany: tok('#1b1f24', '#000000', '#ffffff'),
  memFree: tok('#e4e8ee', '#e6e6e6', '#202020'),
  memMark: tok('#ffffff', '#ffffff', '#000000'),
  // Stroke widths and base type size.
  strokeWidth: tok('1.5', '3', '2.5'),
  fontSize: tok('14px', '20px', '16px'),
} as const;

export type TokenName = keyof typeof tokens;

export function cssVarName(name: TokenName): string {
  return `--vl-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** `var(--vl-…)` for use in styles and SVG attributes. */
export function v(name: TokenName): string {
  return `var(${cssVarName(name)})`;
}

export function applyTheme(theme: ThemeName, root: HTMLElement): void {
  for (const [name, values] of Object.entries(tokens) as [TokenName, TokenValues][]) {
    root.style.setProperty(cssVarName(name), values[theme]);
  }
  root.dataset['theme'] = theme;
}
