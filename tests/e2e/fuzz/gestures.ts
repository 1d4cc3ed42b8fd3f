/**
 * Whole gestures for the fuzzer: edit the scenario's JSON in the editor (one random field
 * set to a random value, which the editor takes or refuses with a reason), import a file
 * (a preset, a damaged file, one over the size limit, a saved state), and a share-link
 * round trip: pause, read the picture's digest, open the share link and check that it
 * shows the same tick and digest. Each gesture gives up quietly when the controls it needs
 * are not on screen (a blackout, an embed without the header).
 */
import type { Page } from 'playwright-core';
import { createRng, nextInt, type Scenario } from '../../../src/engine';
import { attached, readText, tid, visible } from '../harness';
import { waitQuiet } from './page';

export type FileKind = 'preset' | 'broken' | 'huge' | 'state';

/** How many of each gesture ran to the end (not given up for want of a control), for the run's summary. */
export const completed = new Map<string, number>();
const done = (name: string): void => void completed.set(name, (completed.get(name) ?? 0) + 1);
/** Why gestures gave up, for the run's summary (a missing control, or a step that never answered). */
export const gaveUp = new Map<string, number>();
const quit = (why: string): void => void gaveUp.set(why, (gaveUp.get(why) ?? 0) + 1);

const QUICK = { timeout: 1500 };
/** The most lines the edit gesture types as they are (see editScenario). */
const FILL_LINES = 400;

async function closeDialogs(page: Page): Promise<void> {
  for (let i = 0; i < 3 && (await page.locator('[role=dialog]:visible, dialog[open]').count()) > 0; i++) await page.keyboard.press('Escape');
}

/**
 * A header control, reached as a person would: on a phone the header's Share, Edit and
 * Export sit in its menu, so open the menu first when the control itself is not shown.
 */
async function reach(page: Page, id: string): Promise<boolean> {
  const control = page.locator(tid(id));
  if (await control.isVisible()) return true;
  const menu = page.locator(tid('header-menu'));
  if (!(await menu.isVisible())) return false;
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click(QUICK).catch(() => undefined);
  return control.isVisible();
}

/** Open the editor; false (and why, in the summary) when it cannot be opened from here. */
async function openEditor(page: Page, gesture: string): Promise<boolean> {
  await closeDialogs(page);
  const open = page.locator(tid('open-editor'));
  if (!(await reach(page, 'open-editor'))) return quit(`${gesture}: no Edit button`), false;
  if (!(await open.click(QUICK).then(() => true, () => false))) return quit(`${gesture}: Edit click`), false;
  // The editor loads on first use: wait for it (a slow machine is not a missing control).
  if (!(await shown(page, tid('dialog-editor')))) return quit(`${gesture}: no editor`), false;
  return true;
}

/** Visible now or within a few seconds (a lazily loaded part); false when it never appears. */
function shown(page: Page, selector: string): Promise<boolean> {
  return visible(page, selector, 5000).then(
    () => true,
    () => false,
  );
}

/** Every leaf of a JSON value, as a path. */
function leaves(x: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(x)) x.forEach((v, i) => leaves(v, [...path, i], out));
  else if (typeof x === 'object' && x !== null) for (const [k, v] of Object.entries(x)) leaves(v, [...path, k], out);
  else out.push(path);
  return out;
}

const VALUES: unknown[] = [-1, 0, 1, 2, 3, 7, 64, 1e9, 0.5, '', 'x', '<img src=x onerror=alert(1)>', null, true, 'cpu-bound', 'type2'];

/** Set one random field of the scenario JSON (chosen by `seed`) to a random value and apply. */
export async function editScenario(page: Page, seed: number): Promise<void> {
  if (!(await openEditor(page, 'edit'))) return;
  await page.locator(tid('editor-view-json')).click(QUICK).catch(() => quit('edit: json view click'));
  const area = page.locator(tid('editor-text'));
  if (!(await shown(page, tid('editor-text')))) return closeDialogs(page).then(() => quit('edit: no text'));
  const rng = createRng(seed);
  let json: unknown;
  try {
    json = JSON.parse(await area.inputValue());
  } catch {
    return closeDialogs(page).then(() => quit('edit: text not JSON'));
  }
  const paths = leaves(json);
  const path = paths[nextInt(rng, 0, Math.max(0, paths.length - 1))] ?? [];
  let node = json as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) node[last] = VALUES[nextInt(rng, 0, VALUES.length - 1)];
  // Chromium inserts a many-line text into a textarea in quadratic time (2,000 lines 7 s, 4,000 over 15 s,
  // on a bare page too), so a big world's edit goes in on one line: the same scenario, the same apply.
  const pretty = JSON.stringify(json, null, 2);
  await area.fill(pretty.split('\n').length > FILL_LINES ? JSON.stringify(json) : pretty);
  await page.locator(tid('editor-apply')).click(QUICK).catch(() => undefined);
  done('edit');
  await closeDialogs(page);
}

function fileFor(kind: FileKind, preset: Scenario): { name: string; mimeType: string; buffer: Buffer } {
  const json = (x: unknown): Buffer => Buffer.from(JSON.stringify(x));
  switch (kind) {
    case 'preset':
      return { name: 'lab.json', mimeType: 'application/json', buffer: json(preset) };
    case 'broken':
      return { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"hosts": [') };
    case 'huge':
      return { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 10, 32) };
    case 'state':
      return {
        name: 'virtlab-state.json',
        mimeType: 'application/json',
        buffer: json({ v: 1, kind: 'virtlab-state', preset: 'basic', seed: 3, log: [], tick: 777, lens: 'cpu', selection: null, speed: 1, theme: 'default', lang: 'en', playing: false }),
      };
  }
}

/** Import a file through the editor: taken, or refused with a reason; nothing breaks. */
export async function importFile(page: Page, kind: FileKind, preset: Scenario): Promise<void> {
  if (!(await openEditor(page, 'import'))) return;
  await page.locator(tid('editor-file')).setInputFiles(fileFor(kind, preset));
  done('import');
  await closeDialogs(page);
}

/** Pause, share, open the link: the same tick and the same digest, or a failure as text. */
export async function shareRoundTrip(page: Page): Promise<string | null> {
  await closeDialogs(page);
  const toggle = page.locator(tid('play-toggle'));
  if (!(await toggle.isVisible())) return quit('share: no Share button'), null;
  if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click(QUICK).catch(() => undefined);
  const q = await waitQuiet(page, 20_000);
  if (q.playing) return quit('share: still playing'), null;
  const digest = await readText(page, 'state-digest');
  if (!(await reach(page, 'open-share'))) return quit('share: no Share button'), null;
  if (!(await page.locator(tid('open-share')).click(QUICK).then(() => true, () => false))) return quit('share: Share click'), null;
  const full = page.locator(tid('share-full'));
  // The share dialog loads on first use: wait for its link, or its word that the world is too big for one.
  if (!(await shown(page, `${tid('share-full')}, ${tid('share-too-long')}`))) return closeDialogs(page).then(() => (quit('share: no link'), null));
  if ((await full.count()) === 0) return closeDialogs(page).then(() => (done('share: too long for a link'), null));
  const link = await full.inputValue();
  await closeDialogs(page);
  // A world switch the page had queued can land between the look and the link (a concept
  // check restores its own world a while after `k`): the page was not at rest after all,
  // so the link is of the new world (at the tick it opens at), not of the picture read;
  // count it and skip the comparison.
  const still = await page.locator(`${tid('tick')}[data-settled="true"][data-tick="${q.tick}"]`).count();
  if (still === 0 || (await readText(page, 'state-digest')) !== digest) return quit('share: the world changed while sharing'), null;
  await page.goto(`${link}&debug=1`);
  await attached(page, tid('app-ready'));
  await attached(page, `${tid('tick')}[data-settled="true"][data-tick="${q.tick}"]`);
  // The digest is drawn with the same snapshot; allow a text that updates at a human rate to catch up.
  const same = page.waitForFunction(
    ([sel, want]) => [...document.querySelectorAll(sel)].some((e) => (e.textContent ?? '').includes(want)),
    [tid('state-digest'), digest] as const,
    { polling: 16, timeout: 5000 },
  );
  done('share');
  if (await same.then(() => true, () => false)) return null;
  return `share link reopened tick ${q.tick} with digest ${await readText(page, 'state-digest')}, not ${digest} (${link})`;
}
