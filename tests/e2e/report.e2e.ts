/**
 * Reporting to a course site, in real Chromium: the example host page, served from
 * ANOTHER origin, embeds VirtLab with report=xapi,height and origins= its own origin. It
 * receives xAPI statements (experienced a lens and lesson steps, answered a concept
 * check, completed a lesson) with stable IRIs built from VirtLab's page URL, and the
 * content height whenever it changes (and sizes the iframe with it). A frame that only
 * allows another origin sends it nothing. A bad host message is refused, translated,
 * and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attached, baseUrl, collectErrors, launchBrowser, readTick, tid, visible } from './harness';
import { DIST_DIR, freePort } from './server';

const poll = { timeout: 20_000, interval: 50 };

interface Stmt {
  verb: { id: string };
  object: { id: string; definition: { correctResponsesPattern?: string[] } };
  result?: { response?: string; success?: boolean; completion?: boolean };
  context: { contextActivities?: { parent?: { id: string }[] } };
  actor: { account: { homePage: string; name: string } };
}

let server: Server;
let hostOrigin = '';
let browser: Browser;

beforeAll(async () => {
  const html = readFileSync(join(DIST_DIR, 'embed-example.html'));
  server = createServer((req, res) => {
    if ((req.url ?? '').startsWith('/host.html')) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
  });
  const port = await freePort();
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  hostOrigin = `http://127.0.0.1:${port}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  server.closeAllConnections();
  await new Promise<void>((ok) => server.close(() => ok()));
});

async function openHost(query: string): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const lab = `${baseUrl()}?embed=1&lang=en&autoplay=0&${query}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${hostOrigin}/host.html?virtlab=${encodeURIComponent(lab)}`);
  expect(new URL(lab).origin).not.toBe(hostOrigin);
  const frame = await (await page.waitForSelector('#lab')).contentFrame();
  if (frame === null) throw new Error('no frame');
  await attached(frame, tid('app-ready'), 20_000);
  return { page, frame, errors };
}

const statements = (page: Page): Promise<Stmt[]> => page.evaluate(() => (window as unknown as { virtlabStatements: Stmt[] }).virtlabStatements);
const ids = async (page: Page, verb: string): Promise<string[]> => (await statements(page)).filter((s) => s.verb.id.endsWith(`/${verb}`)).map((s) => s.object.id);

describe('reporting to the course site', () => {
  test('statements and the content height reach the host page on another origin', async () => {
    const { page, frame, errors } = await openHost(`report=xapi,height&origins=${encodeURIComponent(hostOrigin)}`);
    const base = baseUrl();
    await expect.poll(() => ids(page, 'experienced'), poll).toContain(`${base}lens/overview`);
    const first = (await statements(page))[0];
    expect(first?.actor.account.homePage).toBe(base);

    // The iframe is sized to the content, and follows it when it grows.
    const bodyHeight = (): Promise<number> => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const frameHeight = (): Promise<number> => page.evaluate(() => Math.round(document.getElementById('lab')?.getBoundingClientRect().height ?? 0));
    await expect.poll(async () => Math.abs((await frameHeight()) - (await bodyHeight())), poll).toBeLessThanOrEqual(2);
    const h0 = await frameHeight();
    await frame.locator(tid('tool-btn-checks')).click();
    await visible(frame, tid('check-question'), 30_000);
    await expect.poll(frameHeight, poll).toBeGreaterThan(h0 + 100);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await bodyHeight())), poll).toBeLessThanOrEqual(2);
    expect(await page.locator('#log').innerText()).toMatch(/"name":"height","data":\{"height":\d+\}/);

    // A concept check answered in the frame.
    const check = (await frame.locator(tid('check-question')).getAttribute('data-check')) ?? '';
    await frame.locator(`${tid('check-question')} input[type=radio]`).first().check();
    const choice = await frame.locator(`${tid('check-question')} input[type=radio]`).first().getAttribute('value');
    await frame.locator(tid('check-reveal')).click();
    await expect.poll(() => ids(page, 'answered'), poll).toEqual([`${base}check/${check}`]);
    const answered = (await statements(page)).find((s) => s.verb.id.endsWith('/answered'));
    const correct = (await frame.locator(tid('check-result')).getAttribute('data-correct')) === 'true';
    expect(answered?.result).toEqual({ response: choice, success: correct });
    expect(answered?.object.definition.correctResponsesPattern?.length).toBe(1);

    // A lesson started by the host, stepped through in the frame, and finished.
    await page.locator('#tour').click();
    await expect.poll(() => ids(page, 'experienced'), poll).toContain(`${base}lesson/scheduling/step/1`);
    for (let i = 0; i < 3; i++) await frame.locator(tid('tour-next')).click();
    await expect.poll(() => ids(page, 'experienced'), poll).toContain(`${base}lesson/scheduling/step/4`);
    const step4 = (await statements(page)).find((s) => s.object.id.endsWith('/step/4'));
    expect(step4?.context.contextActivities?.parent?.[0]?.id).toBe(`${base}lesson/scheduling`);
    await frame.locator(tid('tour-finish')).click();
    await expect.poll(() => ids(page, 'completed'), poll).toEqual([`${base}lesson/scheduling`]);
    expect((await statements(page)).find((s) => s.verb.id.endsWith('/completed'))?.result?.completion).toBe(true);
    // The statements list on the host page, as a course site would show or forward them.
    expect(await page.locator('#statements').innerText()).toContain('completed');
    expect(errors).toEqual([]);
  });

  test('a frame that allows only another origin sends this host nothing; a bad host message is refused and changes nothing', async () => {
    const { page, frame, errors } = await openHost('report=xapi,height&origins=https%3A%2F%2Fcourse.example.edu');
    // Every message the host page receives from here on, in arrival order.
    await page.evaluate(() => {
      const w = window as unknown as { arrived: string[] };
      w.arrived = [];
      window.addEventListener('message', (e: MessageEvent) => w.arrived.push((e.data as { marker?: string } | null)?.marker ?? `virtlab:${String((e.data as { name?: string } | null)?.name)}`));
    });
    await frame.locator(tid('tool-btn-checks')).click();
    await visible(frame, tid('check-question'), 30_000);
    // The frame confirms it has handed reports to the browser (for another origin, so none may arrive) ...
    await expect.poll(() => frame.evaluate(() => Number(document.documentElement.dataset['reported'] ?? 0)), poll).toBeGreaterThanOrEqual(1);
    // ... then posts a marker to the host: messages from one window arrive in order, so any report
    // delivered to this host would arrive before it. Waiting for the marker waits for a state, not for time.
    await frame.evaluate(() => window.parent.postMessage({ marker: 'after the reports' }, '*'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { arrived: string[] }).arrived), poll).toContain('after the reports');
    expect(await page.evaluate(() => (window as unknown as { arrived: string[] }).arrived)).toEqual(['after the reports']);
    expect(await statements(page)).toEqual([]);
    expect(await page.locator('#log').innerText()).not.toContain('"name":"height"');
    // Chromium reports each message it could not deliver to a parent of another origin.
    expect(errors.filter((e) => !/target origin provided \('https:\/\/course\.example\.edu'\) does not match/.test(e))).toEqual([]);

    const ok = await openHost(`report=xapi&origins=${encodeURIComponent(hostOrigin)}`);
    const tick = await readTick(ok.frame as unknown as Page);
    await ok.page.locator('#badname').click();
    await expect.poll(() => ok.page.locator('#log').innerText(), poll).toMatch(/"name":"error".*"command":"grade".*there is no command/);
    await expect.poll(() => ok.frame.locator(tid('notice')).first().textContent(), poll).toContain('refused');
    expect(await readTick(ok.frame as unknown as Page)).toBe(tick);
    expect(ok.errors).toEqual([]);
  });
});
