/** Owner-VM colours from theme tokens (never hex), and the status glyphs that say the same without colour. */
import { v, type TokenName } from '../../theme/tokens';

const VM_TOKENS: readonly TokenName[] = ['ownerVm0', 'ownerVm1', 'ownerVm2', 'ownerVm3', 'ownerVm4', 'ownerVm5', 'ownerVm6', 'ownerVm7'];

export function vmFill(colour: number): string {
  const name = VM_TOKENS[colour];
  return name === undefined ? v('surface2') : v(name);
}

export const STATUS_GLYPH: Record<string, string> = { ok: '■', degraded: '!', rebuilding: '▨', lost: '✕' };
