/**
 * How each protocol is drawn: a theme colour and a letter, so protocols are told apart
 * without relying on colour.
 */
import type { Protocol } from '../../engine';
import type { TokenName } from '../../theme/tokens';

export const PROTO_STYLE: Readonly<Record<Protocol, { token: TokenName; glyph: string }>> = {
  http: { token: 'protoHttp', glyph: 'H' },
  sql: { token: 'protoSql', glyph: 'Q' },
  replication: { token: 'protoReplication', glyph: 'R' },
  migration: { token: 'protoMigration', glyph: 'M' },
  storage: { token: 'protoStorage', glyph: 'S' },
  display: { token: 'protoDisplay', glyph: 'D' },
};
