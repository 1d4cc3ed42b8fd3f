/**
 * A load or a share in %, for a table or a label: whole from 10 % up, one decimal below
 * (as the CPU details and the inspector write theirs), and a share that is not zero never
 * reads "0 %": under 0.05 % it is "< 0.1 %" ("0.1 % 미만").
 */
import type { Translate } from './index';
import { withUnit } from './units';

/** The smallest share written as a figure; anything above zero and under half of it says "under". */
const SMALLEST = 0.1;

export function pctText(t: Translate, pct: number): string {
  if (!(pct > 0)) return withUnit(0, '%');
  if (pct < SMALLEST / 2) return t('pct.below', { n: SMALLEST });
  return withUnit(pct < 9.95 ? pct.toFixed(1) : Math.round(pct), '%');
}
