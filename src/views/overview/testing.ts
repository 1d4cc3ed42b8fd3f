/**
 * What the Overview's layout tests share (tests only): a preset's topology, its layout in the
 * roomiest arrangement (which always fits), and whether one box lies inside or over another.
 */
import { createSim, toSnapshot, type Scenario, type Topology } from '../../engine';
import type { Rect } from '../shared/geometry';
import { layoutOverview, type OverviewLayout } from './layoutOverview';

export const topo = (s: Scenario): Topology => toSnapshot(createSim(s)).topology;

/** The layout in its roomiest arrangement, which always fits. */
export function lay(t: Topology, width: number): OverviewLayout {
  const l = layoutOverview(t, width);
  if (l === null) throw new Error('no layout');
  return l;
}

export const inside = (a: Rect, b: Rect): boolean => a.x >= b.x - 0.01 && a.y >= b.y - 0.01 && a.x + a.w <= b.x + b.w + 0.01 && a.y + a.h <= b.y + b.h + 0.01;
export const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
