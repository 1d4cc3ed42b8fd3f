/**
 * Every e2e test keeps the suite's bound (vitest.e2e.config.ts: 45 s a test, no retry):
 * no test, describe or hook there asks for more. A test that needs more is split (one per
 * case, screen or lens), so a real hang costs 45 s and a slow machine shows in one case's
 * name, not in a single test that measures everything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const E2E = join(import.meta.dirname, '..', 'e2e');
const BOUND_MS = 45_000;

/**
 * Bounds asked for: an options object `{ timeout: N }` (also with other fields) right before
 * a test's or describe's function, or a number after a function's closing brace, the last
 * argument of a test, describe or hook: `}, 90_000)`.
 */
function askedBounds(source: string): number[] {
  const found: number[] = [];
  for (const m of source.matchAll(/\{[^{}]*\btimeout:\s*([\d_]+)[^{}]*\}\s*,\s*(?:async\s*)?(?:\(|function)/g)) found.push(Number(m[1]?.replaceAll('_', '')));
  for (const m of source.matchAll(/\}\s*,\s*([\d_]+)\s*\)/g)) found.push(Number(m[1]?.replaceAll('_', '')));
  return found;
}

describe('e2e bounds', () => {
  test('the parser finds a bound given to a test, a hook or a describe', () => {
    expect(askedBounds("test('x', { timeout: 300_000 }, async () => {});")).toEqual([300_000]);
    expect(askedBounds("describe('x', { retry: 0, timeout: 60_000 }, () => {});")).toEqual([60_000]);
    expect(askedBounds('afterAll(async () => { await closeBrowser(); }, 90_000);')).toEqual([90_000]);
    expect(askedBounds("test('x', async () => {\n  await go();\n}, 60_000);")).toEqual([60_000]);
    // A wait inside a test is not a test's bound.
    expect(askedBounds("await expect.poll(() => readTick(page), { timeout: 20_000, interval: 50 }).toBeGreaterThan(1);")).toEqual([]);
  });

  test(`no e2e test, describe or hook asks for more than ${BOUND_MS / 1000} s`, () => {
    const over: string[] = [];
    for (const f of readdirSync(E2E).filter((n) => n.endsWith('.ts'))) {
      for (const ms of askedBounds(readFileSync(join(E2E, f), 'utf8'))) if (ms > BOUND_MS) over.push(`${f}: ${ms} ms`);
    }
    expect(over).toEqual([]);
  });
});
