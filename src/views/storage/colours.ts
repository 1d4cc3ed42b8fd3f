/** Owner-VM colours from theme tokens (never hex), and the status glyphs that say the same without colour. */
import { v, type TokenName } from '../../theme/tokens';

const VM_TOKENS: readonly TokenName[] = ['vm0', 'vm1', 'vm2', 'vm3', 'vm4', 'vm5', 'vm6', 'vm7'];

export function vmFill(colour: number): string {
  const name = VM_TOKENS[colour];
  return name === undefined ? v('surface2') : v(name);
}

export const STATUS_GLYPH: Record<string, string> = { ok: '■', degraded: '!', rebuilding: '▨', lost: '✕' };
