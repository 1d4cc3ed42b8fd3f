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
  stateRunning: tok('#15803d', '#005c1c', '#00ff66'),
  stateReady: tok('#a35f00', '#7a4700', '#ffb000'),
  stateBlocked: tok('#5d6d82', '#3f4b5c', '#9ab3ff'),
  stateOff: tok('#c4c9d1', '#bfbfbf', '#555555'),
  stateCostop: tok('#b71c1c', '#8a0000', '#ff7070'),
  // Spinning on a lock a descheduled sibling vCPU holds (part of running, no progress).
  stateSpin: tok('#d12771', '#9f1853', '#ff7eb6'),
  // Waiting on memory (a swap-in, decompression or blocked allocation stalls the vCPU).
  stateMemWait: tok('#7b3fa0', '#5a1f80', '#e08bff'),
  memUsed: tok('#3f7fd1', '#1d5bb0', '#4da3ff'),
  danger: tok('#b3261e', '#8c0000', '#ff6b6b'),
  ok: tok('#1a7f37', '#005c1a', '#00ff66'),
  warn: tok('#9a6700', '#6e4a00', '#ffd400'),
  // Network protocols (always drawn with a letter too) and virtualization cost kinds.
  protoHttp: tok('#1f6fd1', '#0b3d91', '#4da3ff'),
  protoSql: tok('#8a3ffc', '#5a16c9', '#d49bff'),
  protoReplication: tok('#c77800', '#8a4f00', '#ffb000'),
  protoMigration: tok('#d12771', '#9f1853', '#ff7eb6'),
  protoStorage: tok('#0e8a7e', '#005d5d', '#3ddbd9'),
  protoDisplay: tok('#5a6b00', '#3d4a00', '#c6e64d'),
  costCpu: tok('#c77800', '#8a4f00', '#ffb000'),
  costIo: tok('#6b4fbb', '#4a2f9b', '#b39dff'),
  costHostOs: tok('#b3261e', '#8c0000', '#ff6b6b'),
  costGuest: tok('#1a8f3c', '#006b21', '#00ff66'),
  // QR codes stay dark-on-light in every theme: scanners need it.
  qrDark: tok('#000000', '#000000', '#000000'),
  qrLight: tok('#ffffff', '#ffffff', '#ffffff'),
  // Tour panel and blackout.
  tourBg: tok('#fff8e1', '#fff3c4', '#1a1a00'),
  blackout: tok('#000000', '#000000', '#000000'),
  // The one VM palette (views/shared/palette.ts): slot k has a strong colour (vmK: swatches,
  // Gantt slices, frame-grid cells, lines) and a light tint of the same hue (vmTintK: fills
  // that carry dark `vmText` labels). Always paired with a text label in the views.
  vm0: tok('#4e79a7', '#1f4e8c', '#4da3ff'),
  vm1: tok('#f28e2b', '#c05f00', '#ffa64d'),
  vm2: tok('#59a14f', '#2f7a26', '#66ff66'),
  vm3: tok('#b07aa1', '#7d3f6e', '#ff80ff'),
  vm4: tok('#76b7b2', '#2f7f79', '#00ffff'),
  vm5: tok('#edc948', '#9a7d00', '#ffff33'),
  vm6: tok('#e15759', '#a31d20', '#ff6666'),
  vm7: tok('#9c755f', '#6b4a36', '#d9b38c'),
  vmTint0: tok('#8fb8e8', '#6fa0dc', '#4da3ff'),
  vmTint1: tok('#f2b880', '#e89a55', '#ffb000'),
  vmTint2: tok('#9ed6a5', '#6cc27a', '#00ff66'),
  vmTint3: tok('#d8a6e0', '#c27fd0', '#ff66ff'),
  vmTint4: tok('#8fd3d3', '#5cbaba', '#00e5ff'),
  vmTint5: tok('#f0d67a', '#e0c040', '#ffff00'),
  vmTint6: tok('#e8a0a8', '#e08a94', '#ff8080'),
  vmTint7: tok('#d6c0b0', '#c4a590', '#d9b38c'),
  ganttHatch: tok('#1b1f24', '#000000', '#ffffff'),
  // Storage lens: the SAN fabric, text on VM tints, rebuild traffic.
  fabric: tok('#cfd8e3', '#bfcad8', '#333333'),
  /** Text on an owner-VM fill (the fills stay light or saturated in every theme, so text stays dark). */
  vmText: tok('#1b1f24', '#000000', '#000000'),
  rebuild: tok('#6a3fc8', '#4b1fa8', '#ff00ff'),
  // Memory lens: frames shared between VMs, free frames, the mark on shared frames.
  memMany: tok('#1b1f24', '#000000', '#ffffff'),
  memFree: tok('#e4e8ee', '#e6e6e6', '#202020'),
  memMark: tok('#ffffff', '#ffffff', '#000000'),
  // Stroke widths and base type size.
  strokeWidth: tok('1.5', '3', '2.5'),
  fontSize: tok('14px', '20px', '16px'),
  /** The smallest a drawing's label may be rendered (views/shared/labels.ts): the projector's back row reads 14 px. */
  labelMin: tok('0px', '14px', '0px'),
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
