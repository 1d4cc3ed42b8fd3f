/**
 * tokens.css gives the page the default theme's colours before any script runs (the
 * static shell in index.html paints with them); it must say exactly what tokens.ts says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssVarName, tokens, type TokenName } from './tokens';

describe('tokens.css', () => {
  it('holds every default token value of tokens.ts', () => {
    const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
    const declared = new Map([...css.matchAll(/(--vl-[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]));
    const expected = (Object.keys(tokens) as TokenName[]).map((k) => [cssVarName(k), tokens[k].default] as const);
    for (const [name, value] of expected) expect(declared.get(name), `${name} (update src/theme/tokens.css)`).toBe(value);
    expect(declared.size).toBe(expected.length);
  });
});
