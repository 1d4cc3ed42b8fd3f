/**
 * Concept checks in real Chromium: the panel puts the student's own instance of a check
 * on the screen; the answer the engine computes here (in Node, from the seed the page
 * shows) is the one the app accepts, and revealing moves the running world to the moment
 * the question is about. Answers are recorded in the browser, survive a reload, are
 * summarised per section and exported as a file. Another student gets other numbers.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { findCheck } from '../../src/checks';
import { stateAt } from '../../src/checks/world';
import { toSnapshot } from '../../src/engine';
import type { CheckInstance } from '../../src/checks/types';
import { attached, closeApps, closeBrowser, openApp, readText, settled, tid, visible, readDownload } from './harness';

const poll = { timeout: 20_000, interval: 50 };

afterEach(closeApps);
afterAll(closeBrowser);

/** Pick a check in the panel and return the instance the page shows, rebuilt here from its seed. */
async function pickCheck(page: Page, id: string): Promise<CheckInstance> {
  await page.locator(tid('check-pick')).selectOption(id);
  const q = page.locator(`${tid('check-question')}[data-check="${id}"]`);
  await visible(page, `${tid('check-question')}[data-check="${id}"]`, 30_000);
  const seed = Number(await q.getAttribute('data-seed'));
  const def = findCheck(id);
  if (def === undefined) throw new Error(`no check ${id}`);
  return def.make(seed);
}

describe('concept checks', () => {
  test('answered by the engine, revealed in the running world, recorded, summarised and exported', async () => {
    const { page, errors } = await openApp('lang=en&autoplay=0');
    await page.keyboard.press('k');
    await visible(page, tid('checks-panel'));

    const c = await pickCheck(page, 'storage.nextVolume');
    await expect.poll(() => page.locator('#tab-storage').getAttribute('aria-selected'), poll).toBe('true');
    await settled(page, c.world.tick);
    expect(await readText(page, 'check-text')).toContain(`${c.question.params?.['size']}\u00a0GiB`);
    expect(await page.locator(tid('check-reveal')).isDisabled()).toBe(true);
    const volumes = async (): Promise<number> => Number(/(\d+) volumes/.exec(await readText(page, 'storage-summary'))?.[1] ?? -1);
    // The summary text updates at a human rate: wait for the count the engine has at the check's
    // tick (computed here, as the check's answer is), never read whatever the text shows first.
    const countAt = (tick: number, log: typeof c.world.log): number => toSnapshot(stateAt(c.world.scenario, log, tick)).storage.volumes.length;
    const before = countAt(c.world.tick, c.world.log);
    await expect.poll(volumes, poll).toBe(before);
    await page.locator(tid(`check-choice-${c.answer}`)).check();
    await page.locator(tid('check-reveal')).click();
    await expect.poll(() => page.locator(tid('check-result')).getAttribute('data-correct'), poll).toBe('true');
    expect(await readText(page, 'check-explain')).toContain(`It went to ${c.answer}`);
    // The reveal ran the world on: the check's volume now exists, beside any the scenario's own
    // script placed in the same 300 ms (a seed whose tick falls just before one gets both).
    await settled(page, c.reveal.tick);
    const revealed = toSnapshot(stateAt(c.world.scenario, [...c.world.log, ...c.reveal.log], c.reveal.tick)).storage.volumes;
    expect(revealed.some((v) => v.id === 'check-vol')).toBe(true);
    expect(revealed.length).toBe(countAt(c.reveal.tick, c.world.log) + 1);
    expect(revealed.length).toBeGreaterThan(before);
    await expect.poll(volumes, poll).toBe(revealed.length);

    const d = await pickCheck(page, 'containers.race');
    const wrong = d.choices.find((x) => x.id !== d.answer)?.id ?? '';
    await page.locator(tid(`check-choice-${wrong}`)).check();
    await page.locator(tid('check-reveal')).click();
    await expect.poll(() => page.locator(tid('check-result')).getAttribute('data-correct'), poll).toBe('false');
    expect(await readText(page, 'check-result')).toContain('Not this time');
    await settled(page, d.reveal.tick);

    const summary = async (): Promise<string> => readText(page, 'check-summary-storage');
    await expect.poll(summary, poll).toContain('1 of 1');
    expect(await readText(page, 'check-summary-containers')).toContain('0 of 1');

    // Kept in this browser: a reload shows the same record.
    await page.reload();
    await attached(page, tid('app-ready'));
    await attached(page, tid('keys-ready'));
    await page.keyboard.press('k');
    await visible(page, tid('checks-panel'));
    await expect.poll(summary, poll).toContain('1 of 1');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(tid('check-export-json')).click()]);
    const file = JSON.parse((await readDownload(dl)).toString('utf8')) as { kind: string; answers: { check: string; correct: boolean; seed: number }[]; summary: { section: string; answers: number; correct: number }[] };
    expect(file.kind).toBe('virtlab-progress');
    expect(file.answers.map((a) => [a.check, a.correct, a.seed])).toEqual([
      ['storage.nextVolume', true, c.seed],
      ['containers.race', false, d.seed],
    ]);
    expect(file.summary.find((s) => s.section === 'storage')).toMatchObject({ answers: 1, correct: 1 });
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator(tid('check-export-csv')).click()]);
    expect((await readDownload(csv)).toString('utf8')).toContain('storage.nextVolume');
    expect(errors).toEqual([]);
  });

  test('each student gets their own numbers, and "another one" gives new ones; Korean throughout', async () => {
    const seedOf = async (page: Page): Promise<string> => (await page.locator(tid('check-question')).getAttribute('data-seed')) ?? '';
    const a = await openApp('lang=ko&autoplay=0');
    await a.page.locator(tid('tool-btn-checks')).click();
    await visible(a.page, tid('check-question'), 30_000);
    const first = await seedOf(a.page);
    expect(await readText(a.page, 'check-text')).toMatch(/[가-힣]/);
    await a.page.locator(tid('check-another')).click();
    await expect.poll(() => seedOf(a.page), poll).not.toBe(first);
    const b = await openApp('lang=ko&autoplay=0');
    await b.page.locator(tid('tool-btn-checks')).click();
    await visible(b.page, tid('check-question'), 30_000);
    expect(await seedOf(b.page)).not.toBe(first);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});
