/**
 * Phone and tablet chrome, and nothing the user built is lost. On a 390x844 phone in
 * Korean the header is one title row with a Menu (the lecture tools, language and
 * theme) and the scenario picker's row, so the lens starts in the top third; the Menu
 * opens, lists the tools, closes on Escape with focus back on its button, and its Share
 * opens the share dialog. At 1280x800 the header is as before. Switching scenarios away
 * from a world the user changed (a command, an applied edit) offers one Undo that
 * brings that world back exactly: scenario, commands and tick.
 */
import { axe } from './axe';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { findTour } from '../../src/tours';
import { atRest, attached, closeApps, closeBrowser, openApp, seekTo, settled, showLens, tid, visible, whenStill } from './harness';

afterEach(closeApps);
afterAll(closeBrowser);

const poll = { timeout: 20_000, interval: 50 };
const PHONE = { viewport: { width: 390, height: 844 }, touch: true };
const focusedTestId = (page: Page): Promise<string | undefined> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid);

describe('the playback bar on a tablet', () => {
  for (const lang of ['en', 'ko']) {
    test(`768x1024, ${lang}: one row at a six-digit tick, at 1x and at top speed, its timeline whole inside the bar`, async () => {
      const { page, errors } = await openApp(`scenario=cpu-overcommit&lens=cpu&lang=${lang}&autoplay=0&tick=123456`, { viewport: { width: 768, height: 1024 }, touch: true });
      await settled(page, 123456);
      for (const speed of ['1', 'max']) {
        await page.locator(tid('speed')).selectOption(speed);
        await expect.poll(() => page.locator(tid('speed')).inputValue(), poll).toBe(speed);
        // Every part's middle within a few px of the others' (a second row is 40 px or more lower).
        const spread = await page.locator('.playback').evaluate((bar) => {
          const mids = [...bar.children].map((c) => c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2);
          return Math.max(...mids) - Math.min(...mids);
        });
        expect(spread, `at ${speed}`).toBeLessThan(12);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
      expect(errors).toEqual([]);
    });
  }
});

describe('the playback bar on a phone', () => {
  for (const lang of ['en', 'ko']) {
    test(`390x844, ${lang}: two rows, the steps, Play and the speed on the first, at 1x and at top speed`, async () => {
      const { page, errors } = await openApp(`scenario=basic&lens=overview&lang=${lang}&autoplay=0&tick=3000`, PHONE);
      await settled(page, 3000);
      for (const speed of ['1', 'max']) {
        await page.locator(tid('speed')).selectOption(speed);
        await expect.poll(() => page.locator(tid('speed')).inputValue(), poll).toBe(speed);
        // The distinct rows the bar's parts sit on (parts whose middles are within 12 px share a row).
        const rows = await page.locator('.playback').evaluate((bar) => {
          const mid = (e: Element): number => e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2;
          const byRow: number[] = [];
          for (const m of [...bar.children].map(mid).toSorted((a, b) => a - b)) if (byRow.every((r) => Math.abs(r - m) >= 12)) byRow.push(m);
          const first = ['[data-testid=step-back]', '[data-testid=play-toggle]', '[data-testid=step-forward]', '.speed'].map((s) => mid(bar.querySelector(s) as Element));
          return { rows: byRow.length, firstSpread: Math.max(...first) - Math.min(...first) };
        });
        expect(rows.rows, `at ${speed}`).toBe(2);
        expect(rows.firstSpread, `at ${speed}`).toBeLessThan(12);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(errors).toEqual([]);
    });
  }
});

describe('the compact header on a phone', () => {
  test('Menu opens with the tools, language and theme; Escape closes it and focus returns; Share opens its dialog', async () => {
    const { page, errors } = await openApp('scenario=basic&lens=cpu&lang=ko&autoplay=0', PHONE);
    const menu = page.locator(tid('header-menu'));
    const panel = page.locator(tid('header-menu-panel'));
    expect(await menu.textContent()).toContain('메뉴');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator(tid('open-share')).count()).toBe(0);
    expect(await page.locator(tid('scenario')).isVisible()).toBe(true);

    // The picture starts in the top third, and the page never scrolls sideways.
    const top = await page.locator('[role=tabpanel]').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(844 / 3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await menu.click();
    await panel.waitFor({ state: 'visible' });
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const items = await panel.locator('button').allTextContents();
    expect(items.map((s) => s.trim())).toEqual(['▶ 수업', '⇪ 공유', '</> 임베드', '✎ 시나리오 편집', '⤓ 내보내기', '? 단축키']);
    expect(await panel.locator(tid('lang')).isVisible()).toBe(true);
    expect(await panel.locator(tid('theme')).isVisible()).toBe(true);
    // Touch targets of 24 px or more (WCAG 2.5.8), the Menu button included.
    const sizes = await page.locator(`${tid('header-menu')}, ${tid('header-menu-panel')} button, ${tid('header-menu-panel')} select`).evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.locator(tid('open-tours')).focus();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedTestId(page)).toBe('header-menu');

    await menu.click();
    await page.locator(tid('open-share')).click();
    await visible(page, tid('dialog-share'));
    expect(await panel.isHidden()).toBe(true);
    // Closing the dialog hands focus back to the Menu, as a header button gets it back on a wide screen.
    await page.keyboard.press('Escape');
    await page.locator(tid('dialog-share')).waitFor({ state: 'detached' });
    await expect.poll(() => focusedTestId(page), poll).toBe('header-menu');

    // The theme chosen in the Menu applies at once, as the wide header's select does.
    await menu.click();
    await page.locator(tid('theme')).selectOption('contrast');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme), poll).toContain('contrast');
    expect(errors).toEqual([]);
  });

  test('at 1280x800 the header is as before: Share and the selects in view, no Menu', async () => {
    const { page, errors } = await openApp('scenario=basic&lens=cpu&lang=en&autoplay=0');
    expect(await page.locator(tid('header-menu')).count()).toBe(0);
    expect(await page.locator(tid('open-share')).isVisible()).toBe(true);
    expect(await page.locator(tid('lang')).isVisible()).toBe(true);
    expect(await page.locator(tid('theme')).isVisible()).toBe(true);
    expect(await page.locator('.app-header').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(100);
    expect(errors).toEqual([]);
  });
});

describe('switching scenarios keeps a way back', () => {
  test('a preset changed by a command comes back exactly (commands and tick) after another preset', async () => {
    const { page, errors } = await openApp('scenario=basic&lens=cpu&lang=en&autoplay=0&debug=1');
    await settled(page, 0);
    await page.locator(tid('cpu-add-vm')).click();
    await expect.poll(() => page.locator(tid('cpu-overcommit')).textContent(), poll).toContain('9\u00a0vCPUs');
    await seekTo(page, 400);

    await page.locator(tid('scenario')).selectOption('array-failure');
    const undo = page.locator(tid('world-undo'));
    await expect.poll(() => undo.textContent(), poll).toContain('Another scenario replaced your changed “Basic: 1 host, 3 VMs, 2 containers”');
    expect(await undo.getAttribute('role')).toBeNull();
    expect(await page.locator('.world-undo-dock').getAttribute('role')).toBe('status');
    await settled(page, 0);
    await expect.poll(() => page.locator(tid('cpu-overcommit')).first().textContent(), poll).not.toContain('9\u00a0vCPUs');

    // Keyboard: the Undo button is in the tab order; Enter brings the world back where it was.
    await page.locator(tid('world-undo-button')).focus();
    await page.keyboard.press('Enter');
    await settled(page, 400);
    expect(await page.locator(tid('scenario')).inputValue()).toBe('basic');
    await expect.poll(() => page.locator(tid('cpu-overcommit')).textContent(), poll).toContain('9\u00a0vCPUs');
    // The preset it replaced was untouched, so nothing is offered now; focus is on the picker naming the world.
    expect(await undo.count()).toBe(0);
    expect(await focusedTestId(page)).toBe('scenario');
    expect(errors).toEqual([]);
  });

  test('on a phone, in Korean: an applied edit survives a lesson preset and comes back with Undo', async () => {
    const { page, errors } = await openApp('scenario=basic&lens=overview&lang=ko&autoplay=0', PHONE);
    await page.locator(tid('header-menu')).click();
    await page.locator(tid('open-editor')).click();
    await page.locator(tid('editor-view-json')).click();
    await page.locator(tid('editor-add-vm')).click();
    await page.locator(tid('editor-apply')).click();
    await expect.poll(() => page.locator(tid('scenario')).inputValue(), poll).toBe('custom');
    await expect.poll(() => page.locator('.overview-svg').textContent(), poll).toContain('vm-4');

    // Another world from a lens's lesson presets (the empty-state card), as a student would.
    await showLens(page, 'storage');
    await page.locator(tid('lens-empty-preset-san-placement')).click();
    await expect.poll(() => page.locator(tid('scenario')).inputValue(), poll).toBe('san-placement');
    const undo = page.locator(tid('world-undo'));
    await expect.poll(() => undo.textContent(), poll).toContain('직접 수정한 ‘사용자 시나리오’ 대신 다른 시나리오를 열었습니다.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.locator(tid('world-undo-button')).click();
    await expect.poll(() => page.locator(tid('scenario')).inputValue(), poll).toBe('custom');
    await settled(page, 0);
    await showLens(page, 'overview');
    await expect.poll(() => page.locator('.overview-svg').textContent(), poll).toContain('vm-4');
    // The lesson preset was untouched: nothing more is offered.
    expect(await undo.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('accessibility of the Menu and the Undo notice', () => {
  for (const theme of ['default', 'projector', 'contrast']) {
    test(`390x844 in Korean, ${theme} theme: no axe violation with the Menu open, then with the Undo notice`, async () => {
      const { page, errors } = await openApp(`scenario=basic&lens=cpu&lang=ko&autoplay=0&theme=${theme}`, PHONE);
      await page.locator(tid('header-menu')).click();
      await visible(page, tid('header-menu-panel'));
      const open = await axe(page).analyze();
      expect(open.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')} ${v.help}`)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator(tid('cpu-add-vm')).click();
      await expect.poll(() => page.locator(tid('cpu-overcommit')).textContent(), poll).toContain('vCPU 9개');
      await page.locator(tid('scenario')).selectOption('array-failure');
      await visible(page, tid('world-undo'));
      const undo = await axe(page).analyze();
      expect(undo.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')} ${v.help}`)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

describe('the inspector and the event feed as a sheet on phones', () => {
  test('390x844 in Korean: closed it is one row; a tapped VM opens it on the inspector with the lens still in view; events and closing; axe', async () => {
    const { page, errors } = await openApp('scenario=basic&lens=overview&lang=ko&autoplay=0&tick=6000', PHONE);
    await settled(page, 6000);
    const sheet = page.locator(tid('sheet'));
    expect(await sheet.getAttribute('data-open')).toBe('');
    const closed = await sheet.boundingBox();
    expect(closed?.height ?? 999).toBeLessThan(70);
    await page.locator('[data-sel="vm-1"]').first().tap();
    await expect.poll(() => sheet.getAttribute('data-open'), poll).toBe('inspector');
    await expect.poll(() => page.locator('#sheet-inspector').textContent(), poll).toContain('가상머신 db-1');
    // The lens shrinks above the sheet; the picture keeps its top on screen, nothing is covered (read once the sheet's
    // opening has laid out).
    const { lens, open } = await atRest(page, async () => ({ lens: await page.locator('#lens-panel').boundingBox(), open: await sheet.boundingBox() }), 'the lens and the open sheet');
    expect(lens !== null && open !== null && lens.y >= 0 && lens.y + 80 < open.y, JSON.stringify({ lens, open })).toBe(true);
    expect(open !== null && open.y + open.height <= 844, JSON.stringify(open)).toBe(true);
    await page.locator(tid('sheet-events')).tap();
    await expect.poll(() => sheet.getAttribute('data-open'), poll).toBe('events');
    expect(await page.locator('#sheet-events').textContent()).toContain('방금 일어난 일');
    const found = await axe(page).analyze();
    expect(found.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')} ${v.help}`)).toEqual([]);
    await page.locator(tid('sheet-events')).tap();
    await expect.poll(() => sheet.getAttribute('data-open'), poll).toBe('');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });

  test('at 1280x800 the inspector and feed stay in the side column: no sheet', async () => {
    const { page, errors } = await openApp('scenario=basic&lang=en&autoplay=0', { viewport: { width: 1280, height: 800 } });
    await visible(page, '.side [data-testid=inspector]');
    expect(await page.locator(tid('sheet')).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('a lesson on a phone shares the screen with its picture', () => {
  // Each step: the lens frame starts in view with its picture's top (the drawing a step talks
  // about, not whatever lies at its bottom), above the step, with at least 45 % of the height;
  // the step's task and its Next or Finish button are in view above the sheet, none of the
  // task under the buttons; the sheet stays closed.
  const cases = [
    // The course's 25 steps in two tests, each well inside the 45 s bound on a slow machine (all 25 took 22 s here).
    { lesson: 'course', lang: 'ko', from: 1, to: 12 },
    { lesson: 'course', lang: 'ko', from: 13, to: Infinity },
    { lesson: 'scheduling', lang: 'en', from: 1, to: Infinity },
  ];
  for (const { lesson, lang, from, to } of cases) {
    const which = from === 1 && to === Infinity ? `every ${lesson} step` : `${lesson} steps ${from}${to === Infinity ? ' on' : `-${to}`}`;
    test(`390x844, ${lang}, ${which}: the picture starts in view above the step; the task and Next in view`, async () => {
      const { page, errors } = await openApp(`lang=${lang}&tour=${lesson}&step=${from}`, PHONE);
      const stepOf = await page.locator(tid('tour-step')).innerText();
      const total = Number((lang === 'en' ? /of (\d+)/ : /(\d+)단계 중/).exec(stepOf)?.[1] ?? 0);
      const steps = findTour(lesson)?.steps ?? [];
      expect(total).toBeGreaterThan(3);
      expect(total).toBe(steps.length);
      const bad: string[] = [];
      const last = Math.min(to, total);
      for (let step = from; step <= last; step++) {
        const stepText = lang === 'en' ? `step ${step} of ${total}` : `${total}단계 중 ${step}단계`;
        await page.locator(tid('tour-step'), { hasText: stepText }).waitFor();
        const where = `step ${step}`;
        // The step's lens drawn (its code may still be on the way: the page is still then, with no picture), and the
        // control its task or words point at marked (useTaskInView; the task is not done, the test only presses Next).
        // Both as the app resolved the step (TourPanel's data-step-lens and data-step-target, set with its words).
        const panel = page.locator(tid('tour-panel'));
        const lensId = await panel.getAttribute('data-step-lens');
        const target = await panel.getAttribute('data-step-target');
        if (lensId === null) throw new Error(`${where}: the tour panel names no lens`);
        await attached(page, `#lens-panel ${tid(`lens-${lensId}`)}`, 10_000).catch(() => {
          throw new Error(`${where}: the ${lensId} lens never came`);
        });
        if (target !== null) {
          await attached(page, `:is(${target})[data-tour-target]`, 10_000).catch(() => {
            throw new Error(`${where}: its target ${target} never came marked`);
          });
        }
        // Its picture laid out (a picture of a part still loading has no size yet).
        await page
          .waitForFunction(() => [...document.querySelectorAll('#lens-panel [data-picture]')].some((el) => el.getBoundingClientRect().height > 0), undefined, { polling: 16, timeout: 10_000 })
          .catch(() => undefined);
        // Read once the step's layout holds: a lens may redraw the step's target after the step opens, and the
        // step then finds and marks it again (useTaskInView), which can scroll; the first reading may be passing.
        const read = () => page.evaluate(() => {
          const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect() ?? null;
          return {
            workspace: box('.workspace'),
            lens: box('#lens-panel'),
            // The lens's picture as laid out (a picture of a part still loading has no size yet).
            picture: [...document.querySelectorAll('#lens-panel [data-picture]')].map((el) => el.getBoundingClientRect()).find((r) => r.height > 0) ?? null,
            panel: box('[data-testid=tour-panel]'),
            task: box('[data-testid=tour-task]'),
            buttons: box('.tour-buttons'),
            next: box('[data-testid=tour-next], [data-testid=tour-finish]'),
            sheet: box('[data-testid=sheet]'),
            sheetOpen: document.querySelector('[data-testid=sheet]')?.getAttribute('data-open') ?? '?',
            // The narration, which scrolls on its own: whether more of it is under its edge, and whether it says so.
            text: ((t) => (t === null ? null : { over: t.scrollHeight - t.scrollTop - t.clientHeight, more: t.hasAttribute('data-more'), mask: getComputedStyle(t).maskImage }))(document.querySelector<HTMLElement>('#tour-text')),
          };
        });
        const held = await whenStill(page, read);
        if ('moving' in held) bad.push(`${where}: the layout did not hold still (${JSON.stringify(held.moving)})`);
        const at = 'still' in held ? held.still : held.moving[1];
        const { workspace, lens, picture, panel: tour, task, buttons, next, sheet, sheetOpen, text } = at;
        // A line of the narration cut in half by its edge read as its end: while more is under the edge, its last line fades.
        if (text !== null && text.over > 1 && (!text.more || text.mask === 'none')) bad.push(`${where}: ${Math.round(text.over)} px of the narration under its edge, no cue (data-more ${text.more}, mask ${text.mask})`);
        // A step's own selection leaves the sheet closed: the reader opens it when the step asks.
        if (sheetOpen !== '') bad.push(`${where}: the sheet opened on '${sheetOpen}' by itself`);
        if (workspace === null || lens === null || tour === null || buttons === null || next === null || sheet === null) {
          bad.push(`${where}: missing parts`);
        } else {
          if (lens.top < workspace.top - 1) bad.push(`${where}: the lens frame starts ${Math.round(workspace.top - lens.top)} px above the screen`);
          if (picture === null) bad.push(`${where}: no picture laid out in the ${lensId} lens`);
          else if (picture.top < workspace.top - 1) bad.push(`${where}: the picture starts ${Math.round(workspace.top - picture.top)} px above the screen`);
          if (lens.bottom > tour.top + 1) bad.push(`${where}: the step covers the lens`);
          if (tour.top - workspace.top < 0.45 * workspace.height - 12) bad.push(`${where}: the lens keeps only ${Math.round(tour.top - workspace.top)} px`);
          if (next.top < workspace.top || next.bottom > sheet.top) bad.push(`${where}: Next is out of view`);
          if (task !== null && (task.top < tour.top - 1 || task.bottom > buttons.top + 1)) bad.push(`${where}: the task is out of view or under the buttons`);
        }
        if (step < last) await page.locator(tid('tour-next')).click();
      }
      expect(bad).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

describe('the narration of a tour step on a phone', () => {
  test('390x844, en, course step 1: its last line fades while more is under its edge, and not once it is read to the end', async () => {
    const { page, errors } = await openApp('lang=en&tour=course&step=1', PHONE);
    await visible(page, '#tour-text[data-more]');
    const fade = await page.locator('#tour-text').evaluate((t) => getComputedStyle(t).maskImage);
    expect(fade).toContain('linear-gradient');
    await page.locator('#tour-text').evaluate((t) => t.scrollTo({ top: t.scrollHeight, behavior: 'instant' }));
    await attached(page, '#tour-text:not([data-more])');
    expect(await page.locator('#tour-text').evaluate((t) => getComputedStyle(t).maskImage)).toBe('none');
    expect(errors).toEqual([]);
  });
});

describe('a lesson task done in the inspector, on a phone', () => {
  test('390x844, en: the task offers to open the inspector; there the hypervisor switches to type 2 and the task is done; Next closes the sheet', async () => {
    const { page, errors } = await openApp('lang=en&tour=scheduling&step=1', PHONE);
    await page.locator(tid('tour-step'), { hasText: 'step 1 of 4' }).waitFor();
    const sheet = page.locator(tid('sheet'));
    expect(await sheet.getAttribute('data-open')).toBe('');
    await page.locator(tid('tour-open-inspector')).click();
    await expect.poll(() => sheet.getAttribute('data-open'), poll).toBe('inspector');
    await page.locator(`${tid('sheet')} ${tid('hvtype-type2')}`).click();
    await expect.poll(() => page.locator(tid('tour-task')).getAttribute('data-done'), poll).toBe('true');
    expect(await page.locator(tid('tour-open-inspector')).count()).toBe(0);
    await page.locator(tid('tour-next')).click();
    await page.locator(tid('tour-step'), { hasText: 'step 2 of 4' }).waitFor();
    await expect.poll(() => sheet.getAttribute('data-open'), poll).toBe('');
    expect(errors).toEqual([]);
  });
});

describe('the classroom tools on a touch screen', () => {
  for (const s of [
    { name: '390x844 phone, ko', lang: 'ko', viewport: { width: 390, height: 844 } },
    { name: '768x1024 tablet, en', lang: 'en', viewport: { width: 768, height: 1024 } },
    { name: '1024x768 tablet on its side, en', lang: 'en', viewport: { width: 1024, height: 768 } },
  ]) {
    test(`${s.name}: every tool says its name beside its icon (no tooltip to hover), in one row`, async () => {
      const { page, errors } = await openApp(`scenario=basic&lang=${s.lang}&autoplay=0`, { viewport: s.viewport, touch: true });
      const tools = await page.locator('.classroom-bar .tool-btn').evaluateAll((buttons) =>
        buttons.map((b) => {
          const name = b.querySelector('span');
          const r = name?.getBoundingClientRect();
          return { id: (b as HTMLElement).dataset.testid ?? '', text: name?.textContent ?? '', w: r?.width ?? 0, h: r?.height ?? 0, top: Math.round(b.getBoundingClientRect().top) };
        }),
      );
      expect(tools.length).toBeGreaterThanOrEqual(8);
      expect(tools.filter((x) => x.text.trim() === '' || x.w < 8 || x.h < 8).map((x) => x.id)).toEqual([]);
      expect(new Set(tools.map((x) => x.top)).size, 'one row').toBe(1);
      // A row of its own under the lens tabs starts where they do, not flush with the screen's edge (in the side column it has that column's edge).
      const lefts = await page.evaluate(() => ({ own: document.querySelector('.tabs-row > .classroom-bar') !== null, tool: document.querySelector('.classroom-bar .tool-btn')?.getBoundingClientRect().left ?? -1, tabs: document.querySelector('.lens-tabs')?.getBoundingClientRect().left ?? -1 }));
      if (lefts.own) expect(lefts.tool - lefts.tabs, `tools start at ${lefts.tool} px, the tabs' strip at ${lefts.tabs} px`).toBeGreaterThanOrEqual(12);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(s.viewport.width);
      expect(errors).toEqual([]);
    });
  }
});
