/**
 * The price of a shared kernel, as a student tries it in the Containers lens: a kernel
 * exploit from a container takes the host kernel and all four containers; from a VM, only
 * that VM; from a container inside a VM, that VM's kernel and its containers, not the
 * host's. The drawing and the sentence agree; an edit clears the what-if; in Korean on a
 * phone, the sentence and its column fit the screen's width.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { findCheck, makeCheck, type CheckInstance } from '../../src/checks';
import { PROGRESS_KEY } from '../../src/checks/progress';
import { atRest, attached, closeApps, closeBrowser, openApp, settled, tid, visible } from './harness';

const poll = { timeout: 15_000, interval: 50 };

afterEach(closeApps);
afterAll(closeBrowser);

const marks = (page: import('playwright-core').Page, col: string, mark: string) => page.locator(`${tid(`ct-col-${col}`)} rect[data-mark="${mark}"]`).count();

describe('kernel exploit reach', () => {
  test('from a container: the host kernel and 4 of 4 containers; from a VM: 1 of 4 VMs; an edit clears it', async () => {
    const { page, errors } = await openApp('scenario=vm-vs-container&lens=containers&lang=en&autoplay=0&tick=8000');
    await settled(page, 8000);
    await page.locator(tid('ct-exploit-host-containers')).click();
    const ctSays = page.locator(tid('ct-exploit-says-host-containers'));
    await expect.poll(() => ctSays.textContent(), poll).toContain('4 of 4 containers reached');
    expect(await ctSays.getAttribute('data-reached-cts')).toBe('4');
    expect(await page.locator(tid('ct-kernel-host-containers')).getAttribute('data-taken')).toBe('true');
    expect(await marks(page, 'host-containers', 'reached')).toBe(4);
    // The VM column side by side: its exploit stays inside one VM.
    await page.locator(tid('ct-exploit-host-vms')).click();
    const vmSays = page.locator(tid('ct-exploit-says-host-vms'));
    await expect.poll(() => vmSays.textContent(), poll).toContain('1 of 4 VMs reached');
    expect(await marks(page, 'host-vms', 'reached')).toBe(1);
    expect(await marks(page, 'host-vms', 'held')).toBe(3);
    expect(await page.locator(tid('ct-kernel-host-vms')).getAttribute('data-taken')).toBe('false');
    expect(await ctSays.count()).toBe(1); // both shown at once
    // Clear one (its button says so, unpressed); then the exploit starts from the selected VM.
    await page.locator(tid('ct-exploit-host-vms')).click();
    await expect.poll(() => page.locator(tid('ct-exploit-host-vms')).getAttribute('aria-pressed'), poll).toBe('false');
    expect(await vmSays.count()).toBe(0);
    await page.locator(tid('ct-col-host-vms')).getByRole('button', { name: /app-vm-3/ }).click();
    await expect.poll(() => page.locator(tid('ct-exploit-host-vms')).textContent(), poll).toBe('Try a kernel exploit from app-vm-3');
    // An edit (one more container) changes the topology: the what-if is cleared, not misdrawn.
    // The edit is taken once the column's exploit button is unpressed (nothing else clears it here).
    await page.locator(tid('ct-add-ct-host-containers')).click();
    await expect.poll(() => page.locator(tid('ct-exploit-host-containers')).getAttribute('aria-pressed'), poll).toBe('false');
    expect(await ctSays.count()).toBe(0);
    expect(await marks(page, 'host-containers', 'reached')).toBe(0);
    expect(errors).toEqual([]);
  });

  // Audit 43, P13: beside the course tour at a projector (step 23) the buttons broke their source's name at its hyphen ("…from app-" / "vm-1").
  test('course step 23 at the projector (en): each exploit button keeps its source\'s name whole on one line', async () => {
    const { page, errors } = await openApp('tour=course&step=23&lang=en&theme=projector', { viewport: { width: 1280, height: 720 } });
    await visible(page, '[data-testid^="ct-exploit-"]');
    // Read once the lens holds its layout (it fits its columns to the room beside the tour after it opens).
    const lines = await atRest(page, () => page.evaluate(() => [...document.querySelectorAll('button[data-testid^="ct-exploit-"]')].map((b) => {
      const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const m = /[a-z]+(?:-[a-z0-9]+)+/.exec(n.textContent ?? '');
        if (m === null) continue;
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
        return `${m[0]}: ${tops.size} line(s)`;
      }
      return `${b.textContent}: no name`;
    })), 'the exploit buttons\' names');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(l).toMatch(/: 1 line\(s\)$/);
    expect(errors).toEqual([]);
  });

  test('from a container inside a VM: that guest kernel and its containers, not the host kernel; in Korean on a phone', async () => {
    const { page, errors } = await openApp('scenario=vm-vs-container&lens=containers&lang=ko&autoplay=0&tick=8000', { viewport: { width: 390, height: 844 }, touch: true });
    await settled(page, 8000);
    await page.locator(tid('ct-show-nested')).check();
    await page.locator(tid('ct-exploit-host-nested')).click();
    const says = page.locator(tid('ct-exploit-says-host-nested'));
    await expect.poll(() => says.textContent(), poll).toContain('docker-vm의 게스트 커널을 장악합니다');
    expect(await says.getAttribute('data-reached-cts')).toBe('4');
    expect(await says.getAttribute('data-reached-vms')).toBe('1');
    expect(await page.locator(tid('ct-kernel-host-nested')).getAttribute('data-taken')).toBe('false');
    expect(await marks(page, 'host-nested', 'reached')).toBe(5); // docker-vm and its four containers
    // The sentence and its column are readable without scrolling sideways.
    const ids = ['ct-exploit-says-host-nested', 'ct-col-host-nested'];
    const boxes = await atRest(page, () => Promise.all(ids.map((id) => page.locator(tid(id)).boundingBox())), 'the sentence and its column');
    ids.forEach((id, i) => {
      const box = boxes[i] ?? null;
      expect(box !== null && box.x >= 0 && box.x + box.width <= 390, id).toBe(true);
    });
    expect(errors).toEqual([]);
  });

  test('the concept check: for a student whose source is a bare-host container, a VM, and a container inside a VM, the engine count is the answer the app accepts and the drawing agrees', async () => {
    const def = findCheck('containers.exploit');
    if (def === undefined) throw new Error('no check');
    // One student per kind of source, found here from the seeds (the page's own seed is set to it).
    const kindOf = (c: CheckInstance): string => {
      const sel = c.world.select;
      if (sel?.kind === 'vm') return 'vm';
      return sel?.kind === 'container' && (c.world.scenario.containers[sel.index]?.vm ?? '') !== '' ? 'nested' : 'bare';
    };
    const students = new Map<string, number>();
    for (let st = 1; students.size < 3 && st < 500; st++) {
      const k = kindOf(makeCheck(def, st, 0));
      if (!students.has(k)) students.set(k, st);
    }
    expect([...students.keys()].toSorted()).toEqual(['bare', 'nested', 'vm']);
    for (const [kind, student] of students) {
      const c = makeCheck(def, student, 0);
      const { page, errors } = await openApp('lang=en&autoplay=0');
      await page.evaluate(([key, st]) => localStorage.setItem(String(key), JSON.stringify({ v: 1, student: st, attempts: {}, answers: [] })), [PROGRESS_KEY, student] as const);
      await page.reload();
      await attached(page, tid('app-ready'));
      await attached(page, tid('keys-ready'));
      await page.keyboard.press('k');
      await visible(page, tid('checks-panel'));
      await page.locator(tid('check-pick')).selectOption('containers.exploit');
      const q = page.locator(`${tid('check-question')}[data-check="containers.exploit"]`);
      await visible(page, `${tid('check-question')}[data-check="containers.exploit"]`, 30_000);
      expect(Number(await q.getAttribute('data-seed')), kind).toBe(c.seed);
      await page.locator(tid(`check-choice-${c.answer}`)).check();
      await page.locator(tid('check-reveal')).click();
      await expect.poll(() => page.locator(tid('check-result')).getAttribute('data-correct'), poll).toBe('true');
      await settled(page, c.reveal.tick);
      // The world opened with the instance selected: its column (shown even inside a VM) offers the exploit from it.
      const from = String(c.question.params?.['from']);
      const button = page.locator('[data-testid^="ct-exploit-"]').filter({ hasText: `from ${from}` });
      await expect.poll(() => button.count(), poll).toBe(1);
      await button.click();
      const says = page.locator('[data-testid^="ct-exploit-says-"]');
      await expect.poll(() => says.count(), poll).toBe(1);
      const reached = Number(await says.getAttribute('data-reached-cts')) + Number(await says.getAttribute('data-reached-vms'));
      expect(String(reached), kind).toBe(c.answer);
      expect(errors).toEqual([]);
    }
  });
});
