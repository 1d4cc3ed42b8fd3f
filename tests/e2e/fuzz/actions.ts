/**
 * The fuzzer's hands: what a random action is (a logged, replayable record), how one is
 * chosen from a seeded random stream, and how it is carried out. Besides clicks, taps,
 * drags, key presses, option choices and typing on whatever is on screen, there are
 * whole gestures a person makes: a URL with random parameters (some of them tours), an
 * edit in the scenario editor's JSON, a file import (good, damaged, huge, a saved state),
 * and a share-link round trip that must reopen the very same picture.
 */
import type { Page } from 'playwright-core';
import { nextFloat, nextInt, presets, PRESET_IDS, type RngState } from '../../../src/engine';
import { attached, baseUrl, tid } from '../harness';
import { look, type Found, type Target } from './page';
import { completed, editScenario, importFile, shareRoundTrip, type FileKind } from './gestures';

export type Action =
  | { k: 'press'; t: Target }
  | { k: 'drag'; t: Target; f: number }
  | { k: 'select'; t: Target; value: string }
  | { k: 'fill'; t: Target; value: string }
  | { k: 'key'; key: string }
  | { k: 'goto'; query: string }
  | { k: 'edit'; seed: number }
  | { k: 'import'; file: FileKind; preset: string }
  | { k: 'share' };

export interface World {
  page: Page;
  touch: boolean;
  /** Parameters every URL of this case keeps (debug=1, the case's theme). */
  fixed: string;
  lenses: readonly string[];
  tours: readonly string[];
}

const KEYS = ['Space', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Tab', 'Tab', 'Shift+Tab', 'Enter', 'Escape', 'Escape', '+', '-', 'p', 'c', 'b', 'x', '?', 'k', '1'];
const PARAMS = [
  'lang=ko', 'lang=en', 'theme=contrast', 'theme=default', 'speed=max', 'speed=0.25', 'speed=banana', 'autoplay=1', 'autoplay=0', 'autoplay=0',
  'tick=1234', 'tick=-5', 'tick=3000', 'seed=7', 'scenario=datacenter-32', 'scenario=nope', 'embed=1', 'lens=__proto__', 'step=99', 'tour=x', 'keys=0', 'origins=https://a.example', 'origins=bad/origin',
];
const TEXT = ['0', '1', '7', '-1', '99999', '3.5', '', 'abc', '<b>x</b>', '가상머신', 'https://course.example.edu', 'x'.repeat(300)];

const choose = <T,>(rng: RngState, xs: readonly T[]): T => xs[nextInt(rng, 0, xs.length - 1)] as T;

function randomQuery(rng: RngState, w: World): string {
  const parts = [w.fixed, `lens=${choose(rng, w.lenses)}`, `scenario=${choose(rng, PRESET_IDS)}`];
  if (nextFloat(rng) < 0.3) parts.push(`tour=${choose(rng, w.tours)}`, `step=${nextInt(rng, 1, 20)}`);
  for (let i = nextInt(rng, 0, 3); i > 0; i--) parts.push(choose(rng, PARAMS));
  return parts.join('&');
}

/** Which kind of action comes next, from one random number (element actions need a look first). */
export type Kind = 'goto' | 'edit' | 'import' | 'share' | 'key' | 'element';
export function nextKind(r: number): Kind {
  if (r < 0.006) return 'goto';
  if (r < 0.011) return 'edit';
  if (r < 0.015) return 'import';
  if (r < 0.019) return 'share';
  if (r < 0.24) return 'key';
  return 'element';
}

/** Build the action of a kind; `found` is the element `look` picked for an element action. */
export function makeAction(rng: RngState, w: World, kind: Kind, found: Found | null): Action {
  switch (kind) {
    case 'goto':
      return { k: 'goto', query: randomQuery(rng, w) };
    case 'edit':
      return { k: 'edit', seed: nextInt(rng, 0, 1_000_000) };
    case 'import':
      return { k: 'import', file: choose(rng, ['preset', 'preset', 'broken', 'huge', 'state'] as const), preset: choose(rng, PRESET_IDS) };
    case 'share':
      return { k: 'share' };
    case 'key':
      return { k: 'key', key: choose(rng, KEYS) };
    case 'element':
      break;
  }
  if (found === null) return { k: 'key', key: 'Escape' };
  const t: Target = { desc: found.desc, nth: found.nth };
  if (found.tag === 'select' && found.options.length > 0) return { k: 'select', t, value: choose(rng, found.options) };
  if ((found.tag === 'input' && !['checkbox', 'radio', 'button', 'range'].includes(found.type)) || found.tag === 'textarea') return { k: 'fill', t, value: choose(rng, TEXT) };
  if (nextFloat(rng) < 0.1) return { k: 'drag', t, f: Math.round(nextFloat(rng) * 100) / 100 };
  return { k: 'press', t };
}

/** The element an action is aimed at, if any. */
export function targetOf(a: Action): Target | null {
  return 't' in a ? a.t : null;
}

async function pressAt(w: World, x: number, y: number): Promise<void> {
  if (w.touch) await w.page.touchscreen.tap(x, y);
  else await w.page.mouse.click(x, y);
}

/** A drag across an element: a mouse drag, or on a phone a touch swipe. */
async function dragAcross(w: World, f: Found, frac: number): Promise<void> {
  const y = f.y;
  const x0 = f.x - f.w / 2 + 2;
  const x1 = f.x - f.w / 2 + f.w * frac;
  if (w.touch) {
    const cdp = await w.page.context().newCDPSession(w.page);
    const at = (x: number): { x: number; y: number }[] => [{ x, y }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(x0) });
    for (let i = 1; i <= 2; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(x0 + ((x1 - x0) * i) / 2) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    return;
  }
  await w.page.mouse.move(x0, y);
  await w.page.mouse.down();
  await w.page.mouse.move(x1, y, { steps: 2 });
  await w.page.mouse.up();
}

/** Carry out an action on `found` (the element `look` found for it, null if it is gone). */
export async function perform(w: World, action: Action, found: Found | null, base: string = baseUrl()): Promise<string | null> {
  const page = w.page;
  const el = async (_t: Target): Promise<Found | null> => found;
  const marked = page.locator('[data-fuzz="1"]');
  switch (action.k) {
    case 'goto':
      await page.goto(`${base}?${action.query}`);
      await attached(page, tid('app-ready'));
      if (action.query.includes('tour=')) completed.set('tour', (completed.get('tour') ?? 0) + 1);
      return null;
    case 'key':
      await page.keyboard.press(action.key);
      return null;
    case 'edit':
      await editScenario(page, action.seed);
      return null;
    case 'import':
      await importFile(page, action.file, presets[action.preset as keyof typeof presets] ?? presets.basic);
      return null;
    case 'share':
      return shareRoundTrip(page);
    case 'press': {
      const f = await el(action.t);
      if (f !== null) await pressAt(w, f.x, f.y);
      return null;
    }
    case 'drag': {
      const f = await el(action.t);
      if (f !== null) await dragAcross(w, f, action.f);
      return null;
    }
    case 'select':
      if ((await el(action.t)) !== null) await marked.selectOption(action.value, { timeout: 1000 }).catch(() => undefined);
      return null;
    case 'fill':
      if ((await el(action.t)) !== null) await marked.fill(action.value, { timeout: 1000 }).catch(() => undefined);
      return null;
  }
}

/** Before an action: back into the app if it left (an outside link); then wait until quiet and look. */
export async function observe(w: World, r: number | null, want: Target | null, pick: boolean, base: string = baseUrl()): Promise<{ problem: string | null; found: Found | null }> {
  const page = w.page;
  if (!page.url().startsWith(base)) {
    await page.goto(`${base}?${w.fixed}`);
    await attached(page, tid('app-ready'));
  }
  const { quiet, found } = await look(page, r, want, pick);
  if (quiet.bad.length > 0) return { problem: `notice: ${quiet.bad.join(' | ')}`, found };
  if (!quiet.quiet) return { problem: 'the app did not settle within 20 s', found };
  return { problem: null, found };
}
