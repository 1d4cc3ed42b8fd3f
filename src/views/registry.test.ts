/**
 * What each lens declares holds: every selection kind has one inspector panel from one
 * lens, and every engine command a lens's views and panels send (sendCommand) is in its
 * declared list, which names only real commands. Views never import the client.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commandSchema } from '../engine';
import { LENS_DEFS } from './registry';

const here = dirname(fileURLToPath(import.meta.url));
const commandTypes = new Set(commandSchema.options.map((o) => o.shape.type.value as string));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

/** The lens folder's files plus the panel files its panels.tsx imports from elsewhere. */
function lensFiles(id: string): string[] {
  const dir = join(here, id);
  const files = sources(dir);
  const panels = files.find((f) => f.endsWith('panels.tsx'));
  if (panels !== undefined) {
    for (const m of readFileSync(panels, 'utf8').matchAll(/from '(\.\.\/\.\.\/ui\/[^']+)'/g)) files.push(`${resolve(dir, m[1] ?? '')}.tsx`);
  }
  return files;
}

/** Command types in sendCommand({ type: ... }) calls, including `cond ? 'a' : 'b'`. */
function sentCommands(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/sendCommand\(\{\s*type:\s*([^,}]+)/g)) for (const q of (m[1] ?? '').matchAll(/'([A-Za-z]+)'/g)) out.push(q[1] ?? '');
  // Helpers that wrap sendCommand with a fixed type: `{ type: 'x', ...` handed on.
  for (const m of text.matchAll(/sendCommand\(\{\s*type:\s*'([A-Za-z]+)',\s*\.\.\./g)) out.push(m[1] ?? '');
  return out;
}

describe('lens definitions', () => {
  it('give each selection kind one inspector panel', () => {
    const owners = new Map<string, string[]>();
    for (const d of LENS_DEFS) for (const k of Object.keys(d.inspector ?? {})) owners.set(k, [...(owners.get(k) ?? []), d.id]);
    for (const kind of ['vm', 'host', 'hypervisor', 'pcpu', 'container', 'vcpu', 'cpuSlice', 'volume', 'array']) expect(owners.get(kind), kind).toHaveLength(1);
  });

  for (const d of LENS_DEFS) {
    it(`${d.id}: declares real commands, and every command it sends`, () => {
      for (const c of d.commands) expect(commandTypes.has(c), c).toBe(true);
      const sent = new Set(lensFiles(d.id).flatMap(sentCommands));
      for (const c of sent) expect(d.commands, `${d.id} sends ${c}`).toContain(c);
    });
  }

  it('views reach the engine through the store, never the client', () => {
    for (const f of sources(here)) expect(readFileSync(f, 'utf8'), f).not.toMatch(/client\/simClient/);
  });
});
