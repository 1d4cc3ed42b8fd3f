/**
 * Sharing and saving in real Chromium: a share link (full, with a stopped VM and steps)
 * and a short link open exactly the same picture in a fresh browser; a damaged link is
 * refused with a notice; the scenario editor refuses bad files with the field and the
 * reason (in the person's language) and leaves the running world untouched, and takes
 * a good one; exports download real PNG, SVG, CSV, JSON and WebM files.
 */
import type { Download, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp, readText, selectThing, settled, tid, visible, readDownload } from './harness';

const poll = { timeout: 10_000, interval: 50 };

afterEach(closeApps);
afterAll(closeBrowser);

async function openShare(page: Page): Promise<void> {
  await page.locator(tid('open-share')).click();
  await visible(page, tid('dialog-share'));
}

describe('share links', () => {
  test('the full link reproduces scenario, commands, tick, lens, selection and theme', async () => {
    const a = await openApp('lang=en&autoplay=0&tick=700&theme=projector');
    await settled(a.page, 700);
    await selectThing(a.page, 'vm-2', 'VM batch-1');
    await a.page.locator(tid('inspector')).getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => a.page.locator(tid('inspector')).textContent(), poll).toContain('vCPU0 is off');
    for (let i = 0; i < 3; i++) await a.page.locator(tid('step-forward')).click();
    const tick = await settled(a.page, 703);
    const digest = await readText(a.page, 'state-digest');
    await openShare(a.page);
    expect(await a.page.locator(tid('share-short')).count()).toBe(0); // edited: no short form
    await visible(a.page, tid('share-qr'));
    const full = await a.page.locator(tid('share-full')).inputValue();
    expect(full).toMatch(/\?state=[A-Za-z0-9_-]+$/);
    expect(full.length).toBeLessThan(1000);

    const b = await openApp(full.slice(full.indexOf('?') + 1));
    await settled(b.page, tick);
    await expect.poll(() => readText(b.page, 'state-digest'), poll).toBe(digest);
    await expect.poll(() => b.page.locator(tid('inspector')).textContent(), poll).toContain('VM batch-1');
    expect(await b.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('projector');
    expect(await b.page.locator(tid('play-toggle')).getAttribute('aria-pressed')).toBe('false');
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  test('students who open the link mid-tour follow the same tour step, with the task as the class left it', async () => {
    const a = await openApp('lang=en&tour=scheduling&step=4');
    await expect.poll(() => readText(a.page, 'tour-step'), poll).toBe('step 4 of 4');
    await settled(a.page);
    await a.page.locator(tid('inspector')).getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => a.page.locator(tid('tour-task')).getAttribute('data-done'), poll).toBe('true');
    await settled(a.page);
    const digest = await readText(a.page, 'state-digest');
    await openShare(a.page);
    const full = await a.page.locator(tid('share-full')).inputValue();
    const b = await openApp(full.slice(full.indexOf('?') + 1));
    await expect.poll(() => readText(b.page, 'tour-step'), poll).toBe('step 4 of 4');
    await expect.poll(() => readText(b.page, 'state-digest'), poll).toBe(digest);
    await expect.poll(() => b.page.locator(tid('tour-task')).getAttribute('data-done'), poll).toBe('true');
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  test('a state too large for a link is offered as a file, and that file opens the same picture', async () => {
    // A scenario with 200 VMs whose ids and names are random hex: it does not compress.
    let x = 12345;
    const hex = (n: number): string => {
      let out = '';
      for (let i = 0; i < n; i++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        out += ((x >>> 16) & 15).toString(16);
      }
      return out;
    };
    const hosts = [0, 1, 2, 3].map((h) => ({ id: `h${h}`, name: `h${h}`, sockets: 2, coresPerSocket: 16, threadsPerCore: 2, memoryMiB: 1_048_576 }));
    const vms = Array.from({ length: 200 }, (_, i) => ({ id: `v${hex(30)}`, name: hex(64), host: `h${i % 4}`, vcpus: 1, memoryMiB: 1024 }));
    const big = JSON.stringify({ schemaVersion: 1, name: 'Big random lab', hosts, vms });

    const a = await openApp('lang=en&autoplay=0');
    await a.page.locator(tid('open-editor')).click();
    await a.page.locator(tid('editor-file')).setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(big) });
    await expect.poll(() => a.page.locator(tid('scenario')).inputValue(), poll).toBe('custom');
    await settled(a.page, 0);
    await a.page.locator(tid('step-forward')).click();
    const tick = await settled(a.page, 1);
    const digest = await readText(a.page, 'state-digest');
    await openShare(a.page);
    expect(await a.page.locator(tid('share-too-long')).textContent()).toContain('too large for a link');
    expect(await a.page.locator(tid('share-full')).count()).toBe(0);
    const [dl] = await Promise.all([a.page.waitForEvent('download'), a.page.locator(tid('share-file')).click()]);
    const file = await readDownload(dl);

    const b = await openApp('lang=en&autoplay=0');
    await b.page.locator(tid('open-editor')).click();
    await b.page.locator(tid('editor-file')).setInputFiles({ name: 'virtlab-state.json', mimeType: 'application/json', buffer: file });
    await settled(b.page, tick);
    await expect.poll(() => readText(b.page, 'state-digest'), poll).toBe(digest);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  test('the short link of an unedited preset is readable and reproduces the picture', async () => {
    const a = await openApp('lang=ko&autoplay=0&tick=2500');
    await settled(a.page, 2500);
    const digest = await readText(a.page, 'state-digest');
    await openShare(a.page);
    const short = await a.page.locator(tid('share-short')).inputValue();
    const q = new URL(short).searchParams;
    expect(q.get('scenario')).toBe('basic');
    expect(q.get('tick')).toBe('2500');
    expect(q.get('lang')).toBe('ko');
    // The QR code on screen is exactly the code of the short link.
    const src = (await a.page.locator(tid('share-qr')).getAttribute('src')) ?? '';
    const shown = decodeURIComponent(src.replace('data:image/svg+xml;charset=utf-8,', ''));
    const expected = await QRCode.toString(short, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
    expect(shown).toBe(expected);
    const b = await openApp(short.slice(short.indexOf('?') + 1));
    await expect.poll(() => readText(b.page, 'state-digest'), poll).toBe(digest);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  test('a damaged link is refused with a notice and the default world opens', async () => {
    const ref = await openApp('lang=en&autoplay=0');
    await settled(ref.page, 0);
    const digest = await readText(ref.page, 'state-digest');
    const { page, errors } = await openApp('lang=en&autoplay=0&state=H4sIAAAAbroken');
    await expect.poll(() => page.locator(tid('notice')).textContent(), poll).toContain('damaged');
    await settled(page, 0);
    expect(await readText(page, 'state-digest')).toBe(digest);
    expect(errors).toEqual([]);
  });
});

describe('scenario editor', () => {
  async function applyText(page: Page, text: string): Promise<string> {
    await page.locator(tid('editor-text')).fill(text);
    await page.locator(tid('editor-apply')).click();
    return (await page.locator(tid('editor-errors')).textContent({ timeout: 5000 })) ?? '';
  }

  test('bad files are refused with field and reason, and the running scenario stays', async () => {
    const { page, errors } = await openApp('lang=en&autoplay=0&tick=300');
    await settled(page, 300);
    const digest = await readText(page, 'state-digest');
    await page.locator(tid('open-editor')).click();
    await page.locator(tid('editor-view-json')).click();
    const good = JSON.parse(await page.locator(tid('editor-text')).inputValue()) as { vms: Record<string, unknown>[] };

    expect(await applyText(page, '{"hosts": [')).toContain('not valid JSON');
    expect(await applyText(page, JSON.stringify({ ...good, schemaVersion: 7 }))).toContain('schemaVersion: schemaVersion is 7');
    expect(await applyText(page, JSON.stringify({ ...good, vms: [{ ...good.vms[0], colour: 'red' }] }))).toContain('vms.0: unknown fields: colour');
    expect(await applyText(page, JSON.stringify({ ...good, vms: [{ ...good.vms[0], vcpus: 999 }] }))).toContain('vms.0.vcpus: too large: at most 32');

    await page.locator(tid('editor-file')).setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 10, 32) });
    await expect.poll(() => page.locator(tid('editor-import-errors')).textContent(), poll).toContain('at most 1024\u00a0KiB');

    await page.keyboard.press('Escape');
    expect(await readText(page, 'state-digest')).toBe(digest);
    expect(await page.locator(tid('scenario')).inputValue()).toBe('basic');
    expect(errors).toEqual([]);
  });

  test('errors are in Korean for Korean users, and a good file replaces the scenario', async () => {
    const { page, errors } = await openApp('lang=ko&autoplay=0');
    await page.locator(tid('open-editor')).click();
    await page.locator(tid('editor-view-json')).click();
    const good = JSON.parse(await page.locator(tid('editor-text')).inputValue()) as Record<string, unknown>;
    expect(await applyText(page, JSON.stringify({ ...good, schemaVersion: 2 }))).toContain('schemaVersion이 2입니다. 이 버전의 VirtLab이 읽는 버전은 1입니다');

    await page.locator(tid('editor-preset')).selectOption('basic'); // start again from the preset
    await page.locator(tid('editor-add-vm')).click();
    const added = await page.locator(tid('editor-text')).inputValue();
    expect(added).toContain('"vm-4"');
    await page.locator(tid('editor-file')).setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(added) });
    await expect.poll(() => page.locator(tid('dialog-editor')).count(), poll).toBe(0);
    await expect.poll(() => page.locator(tid('scenario')).inputValue(), poll).toBe('custom');
    await expect.poll(() => page.locator('.overview-svg').textContent(), poll).toContain('vm-4');
    expect(errors).toEqual([]);
  });
});

describe('scenario import', () => {
  test('a refused file is named, marks no field of the form, and leaves Apply off until the form changes; a good one keeps its name', async () => {
    const { page, errors } = await openApp('lang=ko&autoplay=0');
    await settled(page, 0);
    const digest = await readText(page, 'state-digest');
    await page.locator(tid('open-editor')).click();
    const apply = page.locator(tid('editor-apply'));
    // Not JSON at all (a picture): a clear Korean sentence, no "(near character ?)".
    await page.locator(tid('editor-file')).setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]) });
    const refused = page.locator(tid('editor-import-errors'));
    await expect.poll(() => refused.textContent(), poll).toContain('“photo.png” 파일을 가져오지 않았습니다');
    expect(await refused.textContent()).toContain('VirtLab 시나리오 파일이 아닙니다');
    expect(await refused.textContent()).not.toMatch(/\?|near/);
    expect(await apply.isDisabled()).toBe(true);
    // A file with a bad field: its error is listed for that file, not drawn on this form's field.
    const bad = { schemaVersion: 1, name: 'x', hosts: [{ id: 'h', name: 'h', sockets: 1, coresPerSocket: 2, threadsPerCore: 1, memoryMiB: 4096 }], vms: [{ id: 'v', name: 'v', host: 'h', vcpus: 999, memoryMiB: 512 }] };
    await page.locator(tid('editor-file')).setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => refused.textContent(), poll).toContain('vms.0.vcpus');
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(await apply.isDisabled()).toBe(true);
    expect(await readText(page, 'state-digest')).toBe(digest);
    // Changing the form clears the refusal and turns Apply back on.
    await page.getByLabel('web-1: vCPU', { exact: true }).fill('3');
    await expect.poll(() => apply.isDisabled(), poll).toBe(false);
    expect(await refused.count()).toBe(0);
    // A good file applies, and the header names it by its file.
    const good = { ...bad, vms: [{ ...bad.vms[0], vcpus: 2 }] };
    await page.locator(tid('editor-file')).setInputFiles({ name: 'lab-3.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect.poll(() => page.locator(tid('dialog-editor')).count(), poll).toBe(0);
    await expect.poll(() => page.locator(`${tid('scenario')} option:checked`).textContent(), poll).toBe('사용자 시나리오: lab-3');
    expect(errors).toEqual([]);
  });
});

describe('scenario editor form', () => {
  test('edit in the form: a wrong value is marked and named, a fixed one applies', async () => {
    const { page, errors } = await openApp('lang=en&autoplay=0');
    await settled(page, 0);
    const digest = await readText(page, 'state-digest');
    await page.locator(tid('open-editor')).click();
    const vcpus = page.getByLabel('web-1: vCPUs');
    await vcpus.fill('99');
    await page.locator(tid('editor-apply')).click();
    await expect.poll(() => page.locator(tid('editor-errors')).textContent(), poll).toContain('vms.0.vcpus: too large: at most 32');
    expect(await vcpus.getAttribute('aria-invalid')).toBe('true');
    expect(await readText(page, 'state-digest')).toBe(digest);

    await vcpus.fill('4');
    await page.locator(tid('form-add-vms')).click();
    await page.getByLabel('vm-4: Id').fill('lab-vm');
    await page.getByLabel('lab-vm: Workload').selectOption('cpu-bound');
    await page.locator(tid('editor-apply')).click();
    await expect.poll(() => page.locator(tid('dialog-editor')).count(), poll).toBe(0);
    await expect.poll(() => page.locator(tid('scenario')).inputValue(), poll).toBe('custom');
    await expect.poll(() => page.locator('.overview-svg').textContent(), poll).toContain('lab-vm');
    expect(errors).toEqual([]);
  });
});

describe('export', () => {
  async function grab(page: Page, id: string): Promise<{ name: string; body: Buffer }> {
    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.locator(tid(id)).click()]);
    const d: Download = dl;
    return { name: d.suggestedFilename(), body: await readDownload(d) };
  }

  test('PNG, SVG, CSV, JSON and a WebM clip of the current lens', async () => {
    const { page, errors } = await openApp('lang=en&autoplay=0&tick=5000');
    await settled(page, 5000);
    await page.locator(tid('open-export')).click();
    const png = await grab(page, 'export-png');
    expect(png.name).toBe('virtlab-basic-overview-t5000.png');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    expect(png.body.length).toBeGreaterThan(10_000);
    const svg = await grab(page, 'export-svg');
    expect(svg.body.toString()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.body.toString()).toContain('web-1');
    const csv = await grab(page, 'export-csv');
    expect(csv.body.toString('utf8').replace(/^\ufeff/, '').split('\r\n')[0]).toBe('tick,entity,kind,host,state,pCPU,utilisation,run ms,ready ms,I/O wait ms,ready %');
    const json = await grab(page, 'export-json');
    expect(JSON.parse(json.body.toString())).toMatchObject({ schemaVersion: 1, name: 'Basic: one host, three VMs, two containers' });

    await page.locator(tid('dialog-export')).locator('input[type=number]').fill('1');
    const webm = await grab(page, 'export-webm');
    expect(webm.name).toMatch(/\.webm$/);
    expect(webm.body.subarray(0, 4).toString('hex')).toBe('1a45dfa3'); // EBML header
    expect(webm.body.length).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
  });
});
