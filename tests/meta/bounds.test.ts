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

/** A number as written in a bound: digits with separators, or a product of them (`60 * 1000`). */
const NUM = String.raw`(\d[\d_]*(?:\s*\*\s*\d[\d_]*)*)`;
const FORMS = [
  // An options object right before a test's or describe's function: `{ timeout: N }`, also with other fields.
  String.raw`\{[^{}]*\btimeout:\s*${NUM}[^{}]*\}\s*,\s*(?:async\b|function\b|\()`,
  // An options object after the function (the third argument): `}, { timeout: N })`.
  String.raw`\}\s*,\s*\{[^{}]*\btimeout:\s*${NUM}[^{}]*\}\s*,?\s*\)`,
  // A number after a function's closing brace, the last argument of a test, describe or hook: `}, 90_000)`.
  String.raw`\}\s*,\s*${NUM}\s*,?\s*\)`,
  // A hook given a function by name: `afterAll(closeBrowser, 60_000)`.
  String.raw`\b(?:beforeAll|afterAll|beforeEach|afterEach)\(\s*[\w$.]+\s*,\s*${NUM}\s*,?\s*\)`,
].map((f) => new RegExp(f, 'g'));

/** The bounds, in ms, that the tests, describes and hooks of `source` ask for. */
function askedBounds(source: string): number[] {
  return FORMS.flatMap((re) => [...source.matchAll(re)].map((m) => (m[1] ?? '').split('*').reduce((n, f) => n * Number(f.trim().replaceAll('_', '')), 1)));
}

/** Every TypeScript file under `dir` (the fuzzer's suite is in a folder of its own). */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('e2e bounds', () => {
  test('the parser finds a bound given to a test, a hook or a describe', () => {
    expect(askedBounds("test('x', { timeout: 300_000 }, async () => {});")).toEqual([300_000]);
    expect(askedBounds("describe('x', { retry: 0, timeout: 60_000 }, () => {});")).toEqual([60_000]);
    expect(askedBounds('afterAll(async () => { await closeBrowser(); }, 90_000);')).toEqual([90_000]);
    expect(askedBounds("test('x', async () => {\n  await go();\n}, 60_000);")).toEqual([60_000]);
    expect(askedBounds("test('x', async () => {\n  await go();\n}, 60 * 1000,\n);")).toEqual([60_000]);
    expect(askedBounds("test('x', async () => {\n  await go();\n}, { timeout: 50_000 });")).toEqual([50_000]);
    expect(askedBounds('afterAll(closeBrowser, 60_000);')).toEqual([60_000]);
    // A wait inside a test is not a test's bound.
    expect(askedBounds("await expect.poll(() => readTick(page), { timeout: 20_000, interval: 50 }).toBeGreaterThan(1);")).toEqual([]);
  });

  test(`no e2e test, describe or hook asks for more than ${BOUND_MS / 1000} s`, () => {
    const over: string[] = [];
    const all = files(E2E);
    expect(all.some((f) => f.endsWith(join('fuzz', 'suite.ts'))), 'the fuzzer\'s suite is read').toBe(true);
    for (const f of all) {
      for (const ms of askedBounds(readFileSync(f, 'utf8'))) if (ms > BOUND_MS) over.push(`${f.slice(E2E.length + 1)}: ${ms} ms`);
    }
    expect(over).toEqual([]);
  });
});
