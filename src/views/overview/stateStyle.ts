/**
 * How a vCPU/pCPU state looks: a theme colour plus a glyph, so state never rests on
 * colour alone.
 */
import { ENT } from '../../engine';
import { v } from '../../theme/tokens';

export interface StateStyle {
  fill: string;
  glyph: string;
  key: string;
  dash?: string;
}

export const STATE_STYLES: Readonly<Record<number, StateStyle>> = {
  [ENT.off]: { fill: v('stateOff'), glyph: '·', key: 'state.off' },
  [ENT.running]: { fill: v('stateRunning'), glyph: '▶', key: 'state.running' },
  [ENT.ready]: { fill: v('stateReady'), glyph: '…', key: 'state.ready', dash: '3 2' },
  [ENT.blocked]: { fill: v('stateBlocked'), glyph: '‖', key: 'state.blocked' },
  [ENT.costop]: { fill: v('stateCostop'), glyph: '■', key: 'cpu.state.costop', dash: '1 2' },
};

export function stateStyle(code: number | undefined): StateStyle {
  return STATE_STYLES[code ?? ENT.off] ?? { fill: v('stateOff'), glyph: '?', key: 'state.off' };
}
