/**
 * Lessons in real Chromium: a teacher builds a lesson from what is on screen (two views,
 * with a change made and a task), saves it as a file and as a link; a student's browser
 * opens the file and the link and sees the same steps, worlds and text (in Korean). A
 * shipped tour is edited as a copy and round-trips too. Bad files and links are refused
 * with the field and a translated reason, and change nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp, readText, readTick, settled, tid, visible, readDownload } from './harness';

const poll = { timeout: 15_000, interval: 50 };

afterEach(closeApps);
afterAll(closeBrowser);

async function openLessons(page: Page): Promise<void> {
  await page.locator(tid('open-tours')).click();
  await visible(page, tid('dialog-tours'));
}

async function addStep(page: Page, n: number, en: string, ko: string): Promise<void> {
  await page.locator(tid('lesson-add-step')).click();
  await page.locator(tid(`lesson-step-${n}-title-en`)).fill(en);
  await page.locator(tid(`lesson-step-${n}-title-ko`)).fill(ko);
  await page.locator(tid(`lesson-step-${n}-body-en`)).fill(`${en}: look at the screen.`);
  await page.locator(tid(`lesson-step-${n}-body-ko`)).fill(`${ko}: 화면을 보세요.`);
}

describe('lessons', () => {
  test('built in the app, saved as a file and a link, opened by a student with the same steps', async () => {
    const a = await openApp('lang=en&autoplay=0&tick=700');
    // View 1: the basic host with batch-1 stopped, paused at a known tick.
    await a.page.locator('[data-sel="vm-2"]').click();
    await a.page.locator(tid('inspector')).getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => a.page.locator(tid('inspector')).textContent(), poll).toContain('vCPU0 is off');
    const tick1 = await settled(a.page);
    const digest1 = await readText(a.page, 'state-digest');
    await openLessons(a.page);
    await a.page.locator(tid('lesson-new')).click();
    await visible(a.page, tid('dialog-lesson'));
    await a.page.locator(tid('lesson-id')).fill('week-3');
    await a.page.locator(tid('lesson-title-en')).fill('Week 3: one host, many VMs');
    await a.page.locator(tid('lesson-title-ko')).fill('3주차: 호스트 하나, 가상머신 여럿');
    await addStep(a.page, 1, 'A stopped VM', '멈춘 가상머신');
    await a.page.locator(tid('lesson-step-1-task')).selectOption('tick');
    await a.page.locator(tid('lesson-step-1-tasktext-en')).fill('Let it run a little.');
    // View 2, set up behind the closed editor: the memory lens a little later.
    await a.page.locator(tid('dialog-close')).click();
    await a.page.locator('#tab-memory').click();
    for (let i = 0; i < 3; i++) await a.page.locator(tid('step-forward')).click();
    await expect.poll(() => readTick(a.page), poll).toBe(tick1 + 3);
    await openLessons(a.page);
    await a.page.locator(tid('lesson-draft')).click();
    await addStep(a.page, 2, 'Memory', '메모리');

    const [dl] = await Promise.all([a.page.waitForEvent('download'), a.page.locator(tid('lesson-download')).click()]);
    expect(dl.suggestedFilename()).toBe('week-3.virtlab-lesson.json');
    const file = await readDownload(dl);
    const json = JSON.parse(file.toString('utf8')) as { kind: string; steps: { lens: string; tick: number; log?: { command: { type: string } }[]; waitFor?: { kind: string } }[] };
    expect(json.kind).toBe('virtlab-lesson');
    expect(json.steps.map((s) => [s.lens, s.tick])).toEqual([
      ['overview', tick1],
      ['memory', tick1 + 3],
    ]);
    expect(json.steps[0]?.log?.[0]?.command.type).toBe('stopVm');
    expect(json.steps[0]?.waitFor?.kind).toBe('tick');
    const link = await a.page.locator(tid('lesson-link')).inputValue();
    expect(link).toMatch(/\/course\/lab\/virtlab\/\?lesson=[A-Za-z0-9_-]+$/);

    // A student, in Korean, opens the file.
    const b = await openApp('lang=ko&autoplay=0');
    await openLessons(b.page);
    await b.page.locator(tid('lesson-file')).setInputFiles({ name: 'week-3.virtlab-lesson.json', mimeType: 'application/json', buffer: file });
    await expect.poll(() => readText(b.page, 'tour-step'), poll).toBe('2단계 중 1단계');
    expect(await readText(b.page, 'tour-title')).toBe('멈춘 가상머신');
    expect(await readText(b.page, 'tour-body')).toBe('멈춘 가상머신: 화면을 보세요.');
    await expect.poll(() => readText(b.page, 'state-digest'), poll).toBe(digest1);
    // The task text was written in English only: a Korean student still reads it.
    expect(await b.page.locator(tid('tour-task')).textContent()).toContain('Let it run a little.');
    await b.page.keyboard.press('PageDown');
    await expect.poll(() => readText(b.page, 'tour-step'), poll).toBe('2단계 중 2단계');
    await expect.poll(() => b.page.locator('#tab-memory').getAttribute('aria-selected'), poll).toBe('true');
    await expect.poll(() => readTick(b.page), poll).toBe(tick1 + 3);

    // Another student opens the link, straight at step 2.
    const c = await openApp(`${link.slice(link.indexOf('?') + 1)}&step=2&lang=en`);
    await expect.poll(() => readText(c.page, 'tour-step'), poll).toBe('step 2 of 2');
    expect(await readText(c.page, 'tour-title')).toBe('Memory');
    await c.page.locator(tid('tour-prev')).click();
    await expect.poll(() => readText(c.page, 'state-digest'), poll).toBe(digest1);
    expect([...a.errors, ...b.errors, ...c.errors]).toEqual([]);
  });

  test('a shipped tour edited as a copy goes out as a file and comes back as the same lesson', async () => {
    const { page, errors } = await openApp('lang=en&autoplay=0');
    await openLessons(page);
    await page.locator(tid('edit-lesson-scheduling')).click();
    await visible(page, tid('dialog-lesson'));
    expect(await page.locator(tid('lesson-id')).inputValue()).toBe('scheduling-2');
    expect(await page.locator(tid('lesson-step-1-title-ko')).inputValue()).toBe('Type 1인가 Type 2인가?');
    await page.locator(tid('lesson-step-1-title-en')).fill('Type 1 or type 2? (our version)');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(tid('lesson-download')).click()]);
    const file = await readDownload(dl);
    await page.locator(tid('dialog-close')).click();
    const b = await openApp('lang=en&autoplay=0');
    await openLessons(b.page);
    await b.page.locator(tid('lesson-file')).setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: file });
    await expect.poll(() => readText(b.page, 'tour-step'), poll).toBe('step 1 of 4');
    expect(await readText(b.page, 'tour-title')).toBe('Type 1 or type 2? (our version)');
    // The copy keeps the shipped task: switching to type 2 completes it.
    await b.page.locator(tid('hvtype-type2')).click();
    await expect.poll(() => b.page.locator(tid('tour-task')).getAttribute('data-done'), poll).toBe('true');
    expect([...errors, ...b.errors]).toEqual([]);
  });

  test('bad lesson files and links are refused with the field and a translated reason, and change nothing', async () => {
    const { page, errors } = await openApp('lang=ko&autoplay=0&tick=1200');
    const digest = await readText(page, 'state-digest');
    const good = { kind: 'virtlab-lesson', v: 1, id: 'x', title: { en: 'X' }, steps: [{ id: 's', lens: 'cpu', preset: 'basic', title: { en: 'S' }, body: { en: 'B' } }] };
    const cases: [unknown, string, string][] = [
      [{ ...good, steps: [{ ...good.steps[0], lens: 'gpu' }] }, 'steps.0.lens', 'VirtLab의 렌즈가 아닙니다'],
      [{ ...good, v: 9 }, 'v', '수업 버전이 9입니다'],
      [{ ...good, kind: 'virtlab-state' }, 'kind', 'VirtLab 수업이 아닙니다'],
      [{ ...good, steps: [{ ...good.steps[0], __proto__x: 1 }] }, 'steps.0', '알 수 없는'],
    ];
    await openLessons(page);
    for (const [json, field, reason] of cases) {
      await page.locator(tid('lesson-file')).setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
      await expect.poll(() => page.locator(tid('lesson-errors')).textContent(), poll).toContain(reason);
      expect(await page.locator(tid('lesson-errors')).textContent()).toContain(field);
    }
    await page.locator(tid('lesson-file')).setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"kind": "virtlab-lesson",') });
    await expect.poll(() => page.locator(tid('lesson-errors')).textContent(), poll).toContain('JSON');
    await page.locator(tid('dialog-close')).click();
    expect(await page.locator(tid('tour-panel')).count()).toBe(0);
    expect(await readText(page, 'state-digest')).toBe(digest);
    expect(await readTick(page)).toBe(1200);

    const b = await openApp('lang=en&autoplay=0&lesson=eJxLy0nMBQAGpQH7');
    await b.page.locator(tid('notice')).filter({ hasText: 'The lesson in this link was not opened' }).first().waitFor({ timeout: 20_000 });
    expect(await b.page.locator(tid('tour-panel')).count()).toBe(0);
    expect(await readTick(b.page)).toBe(0);
    expect([...errors, ...b.errors]).toEqual([]);
  });
});
