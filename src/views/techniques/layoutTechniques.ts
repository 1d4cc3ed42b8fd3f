/**
 * Geometry of the instruction-path stepper: one horizontal band per layer of the stack
 * (hardware at the bottom), and one point per step, left to right, on its layer's band,
 * so the drawn polyline shows the instruction going down into the hypervisor (and the
 * host OS) and back up. Also the cycle breakdown bars of the cost comparison. Pure.
 */
import type { Cost } from '../../engine';
import type { Layer, Step } from './paths';

export interface Band {
  layer: Layer;
  y: number;
  h: number;
}

export interface PathLayout {
  width: number;
  height: number;
  labelW: number;
  bands: Band[];
  points: { x: number; y: number }[];
  /** The steps' dots' radius: 12 px, more on grown bands (a fifth of a band, up to 22). */
  dotR: number;
}

export const BAND_H = 44;
/** The tallest a band grows to when the lens frame has room (four bands stay a drawing, not a wall). */
export const BAND_H_MAX = 120;

/**
 * The band height that fills `room` px with `layers` bands, between BAND_H and BAND_H_MAX,
 * and never taller in all than `aspect` times the drawing's `width` (a phone's narrow drawing
 * does not turn into a tower). Null room: BAND_H.
 */
export function growBand(layers: number, width: number, room: number | null, aspect = 0.75): number {
  if (room === null || layers === 0) return BAND_H;
  return Math.max(BAND_H, Math.min(BAND_H_MAX, Math.floor(Math.min(room, aspect * width) / layers)));
}

/** Bands for `layers` (bottom up) and a point per step; steps on a layer missing from the stack sit on the nearest one below. */
export function layoutPath(layers: readonly Layer[], steps: readonly Step[], width: number, opts: { labelW?: number; bandH?: number } = {}): PathLayout {
  // The band labels' column: as wide as the view measured its longest label, else a share of the width.
  const labelW = opts.labelW ?? Math.min(170, Math.max(110, width * 0.22));
  const bandH = opts.bandH ?? BAND_H;
  const height = layers.length * bandH;
  const bands = layers.map((layer, i) => ({ layer, y: height - (i + 1) * bandH, h: bandH }));
  const dotR = Math.max(12, Math.min(22, Math.round(bandH / 5)));
  // The first and the last dot whole inside the drawing, right of the labels.
  const usable = Math.max(60, width - labelW - 2 * dotR);
  const dx = steps.length > 1 ? usable / (steps.length - 1) : 0;
  const points = steps.map((st, i) => {
    const band = bands.find((b) => b.layer === st.layer) ?? bands[0];
    return { x: labelW + dotR + i * dx, y: (band?.y ?? 0) + bandH / 2 };
  });
  return { width, height, labelW, bands, points, dotR };
}

export interface CostBar {
  key: 'guest' | 'cpu' | 'io' | 'hostOs';
  share: number;
}

/** How a guest's pCPU time splits between its own work and each kind of overhead (shares sum to 1). */
export function costBars(c: Cost, runMs: number, cyclesPerTick: number): CostBar[] {
  const budget = runMs * cyclesPerTick;
  if (budget <= 0) return [{ key: 'guest', share: 1 }, { key: 'cpu', share: 0 }, { key: 'io', share: 0 }, { key: 'hostOs', share: 0 }];
  const scale = c.totalCycles > 0 ? c.overhead / (c.totalCycles / budget) : 0;
  const cpu = (c.cpuCycles / budget) * scale;
  const io = (c.ioCycles / budget) * scale;
  const hostOs = (c.hostOsCycles / budget) * scale;
  return [
    { key: 'guest', share: Math.max(0, 1 - cpu - io - hostOs) },
    { key: 'cpu', share: cpu },
    { key: 'io', share: io },
    { key: 'hostOs', share: hostOs },
  ];
}
