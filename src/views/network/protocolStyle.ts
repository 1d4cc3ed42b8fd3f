/**
 * How each protocol is drawn: a theme colour and a letter, so protocols are told apart
 * without relying on colour. Also reads theme tokens' current values for the canvas,
 * which cannot use CSS variables directly.
 */
import type { Protocol } from '../../engine';
import { cssVarName, type TokenName } from '../../theme/tokens';

export const PROTO_STYLE: Readonly<Record<Protocol, { token: TokenName; glyph: string }>> = {
  http: { token: 'protoHttp', glyph: 'H' },
  sql: { token: 'protoSql', glyph: 'Q' },
  replication: { token: 'protoReplication', glyph: 'R' },
  migration: { token: 'protoMigration', glyph: 'M' },
  storage: { token: 'protoStorage', glyph: 'S' },
  display: { token: 'protoDisplay', glyph: 'D' },
};

/** The resolved value of a token on <html> (for canvas drawing). */
export function tokenValue(name: TokenName): string {
  if (typeof document === 'undefined') return '#000';
  return getComputedStyle(document.documentElement).getPropertyValue(cssVarName(name)).trim() || '#000';
}
