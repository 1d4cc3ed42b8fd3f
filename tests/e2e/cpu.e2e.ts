/**
 * The CPU lens as a student uses it, in real Chromium: click (or arrow-key to) a Gantt
 * slice and read why that vCPU ran there; switch the scheduler policy live and step
 * back over it; inject a CPU-hungry neighbour and watch the victims' steal time rise;
 * pin a vCPU from the inspector; see a container held back by its quota; and check textbook answers in the Practice panel.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { createSim, presets, scheduleJobs, step, toSnapshot } from '../../src/engine';
import { vmShares } from '../../src/views/cpu/layoutCpu';
import { makeProblem } from '../../src/views/cpu/practice';
import { atRest, closeApps, closeBrowser, openApp, seekTo, settled, tid } from './harness';

const poll = { timeout: 15_000, interval: 50 };

afterEach(closeApps);
afterAll(closeBrowser);

const readyPct = async (page: import('playwright-core').Page, vm: string): Promise<number> => {
  const text = (await page.locator(tid(`cpu-shares-${vm}`)).textContent()) ?? '';
  const m = /%RDY ([\d.]+)/.exec(text);
  return m === null ? Number.NaN : Number(m[1]);
};

describe('CPU lens', () => {
  test('picture first: on a 1280x720 projector the schedule is whole on screen, above the controls', async () => {
    const { page, errors } = await openApp('scenario=cpu-overcommit&lens=cpu&lang=en&autoplay=0&tick=6000&theme=projector', { viewport: { width: 1280, height: 720 } });
    await settled(page, 6000);
    const box = (id: string) => page.locator(tid(id)).boundingBox();
    const { gantt, bar, controls } = await atRest(page, async () => ({ gantt: await box('cpu-gantt'), bar: await box('play-toggle'), controls: await box('cpu-controls') }), 'the schedule, the playback bar and the controls');
    expect(gantt !== null && bar !== null && gantt.y + gantt.height < bar.y).toBe(true);
    expect(gantt !== null && controls !== null && gantt.y < controls.y).toBe(true);
    expect(errors).toEqual([]);
  });

  test('clicking a Gantt slice explains who ran where and why', async () => {
    const { page, errors } = await openApp('lens=cpu&lang=en&autoplay=0&tick=9000&scenario=cpu-overcommit');
    await settled(page, 9000);
    const gantt = page.locator(tid('cpu-gantt'));
    const inspector = page.locator(tid('inspector'));
    // The chart draws on its next animation frame: click (the same spot, so the same
    // slice) until the inspector explains it.
    await expect
      .poll(async () => {
        const box = await gantt.boundingBox();
        if (box !== null) await gantt.click({ position: { x: box.width - 6, y: 20 } });
        return inspector.textContent();
      }, poll)
      .toMatch(/(ran|has been running) on pCPU 0 \(socket 0, core 0, thread 0\)/);
    await expect.poll(() => inspector.textContent(), poll).toContain('Why it got the pCPU');
    await expect.poll(() => inspector.textContent(), poll).toContain('hyperthread');
    expect(errors).toEqual([]);
  });

  test('keyboard: arrows move through slices and Enter explains one', async () => {
    const { page, errors } = await openApp('lens=cpu&lang=ko&autoplay=0&tick=6000&scenario=smp-costop');
    await settled(page, 6000);
    await page.locator(tid('cpu-gantt')).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(tid('cpu-slice-details')).textContent(), poll).toContain('pCPU 1');
    await expect.poll(() => page.locator(tid('inspector')).textContent(), poll).toMatch(/멈춘 이유|실행 중입니다/);
    expect(errors).toEqual([]);
  });

  test('switching the policy while running is logged, and step-back undoes it', async () => {
    const { page, errors } = await openApp('lens=cpu&lang=en&autoplay=0&tick=5000&scenario=cpu-overcommit');
    await settled(page, 5000);
    await expect.poll(() => page.locator(tid('cpu-policy-credit')).isChecked(), poll).toBe(true);
    await page.locator(tid('cpu-policy-fair-share')).click(); // controlled: it turns on when the engine accepts the command
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('is now Fair share');
    await expect.poll(() => page.locator(tid('cpu-policy-fair-share')).isChecked(), poll).toBe(true);
    await expect.poll(() => page.locator(tid('cpu-controls')).textContent(), poll).toContain('lowest virtual runtime');
    await page.locator(tid('step-back')).click();
    await settled(page, 4999);
    await expect.poll(() => page.locator(tid('cpu-policy-credit')).isChecked(), poll).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a CPU-hungry neighbour raises the other VMs’ steal time', async () => {
    const { page, errors } = await openApp('lens=cpu&lang=en&autoplay=0&tick=5000&scenario=noisy-neighbor&debug=1');
    await settled(page, 5000);
    await expect.poll(() => page.locator(tid('cpu-overcommit')).textContent(), poll).toContain('4\u00a0vCPUs on 4\u00a0pCPUs');
    await expect.poll(() => readyPct(page, 'orders-db'), poll).not.toBeNaN();
    const before = await readyPct(page, 'orders-db');
    await page.locator(tid('cpu-add-noisy')).click();
    await expect.poll(() => page.locator(tid('cpu-overcommit')).textContent(), poll).toContain('8\u00a0vCPUs on 4\u00a0pCPUs');
    // Seven seconds of the world later (the neighbour's command replays on the way).
    await seekTo(page, 12_000);
    await expect.poll(() => readyPct(page, 'orders-db'), poll).toBeGreaterThan(before + 5);
    await expect.poll(() => page.locator(tid('cpu-vm-noisy-1')).textContent(), poll).toMatch(/ready > (5|10)\s%/);
    expect(errors).toEqual([]);
  });

  test('pinning a vCPU from the inspector keeps it on that pCPU', async () => {
    const { page, errors } = await openApp('lens=cpu&lang=en&autoplay=0&tick=6000&scenario=cpu-overcommit');
    await settled(page, 6000);
    await page.locator(tid('cpu-chip-web:0')).click();
    await expect.poll(() => page.locator(tid('cpu-vcpu-details')).textContent(), poll).toContain('web:0');
    // The inspector shows the VM's weight as the table does, and what it means under Xen Credit.
    const tableWeight = await page.locator(tid('cpu-weight-web')).inputValue();
    await expect.poll(() => page.locator(tid('cpu-weight-meaning')).textContent(), poll).toContain(`Weight ${tableWeight} (the VM’s`);
    await expect.poll(() => page.locator(tid('cpu-weight-meaning')).textContent(), poll).toContain('weight × active vCPUs');
    await expect.poll(() => page.locator(tid('cpu-weight-model')).textContent(), poll).toContain('Xen Credit');
    await page.locator(tid('cpu-pin')).selectOption('3');
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('web vCPU0 is pinned to pCPU 3');
    await expect.poll(() => page.locator(tid('cpu-chip-web:0')).textContent(), poll).toContain('pin');
    expect(errors).toEqual([]);
  });

  test('a container whose quota is spent waits in its own tray, and the inspector counts that time as held by its quota', async () => {
    // docker-layers: batch-1 may run 20 ms per 100 ms; at 3.05 s it has run its 20 ms of this period.
    const { page, errors } = await openApp('lens=cpu&lang=en&autoplay=0&tick=3050&scenario=docker-layers');
    await settled(page, 3050);
    await expect.poll(() => page.locator(tid('cpu-held')).textContent(), poll).toContain('batch-1');
    await page.locator(tid('cpu-chip-batch-1')).click();
    await expect.poll(() => page.locator(tid('cpu-vcpu-details')).textContent(), poll).toMatch(/batch-1 used up its cgroup quota \(20\sms per 100\sms\)/);
    await expect.poll(() => page.locator(tid('cpu-vcpu-times')).textContent(), poll).toMatch(/held by quota [1-9]\d\.\d\s%/);
    expect(errors).toEqual([]);
  });

  test('comparing the three policies replays the same workload under each', async () => {
    const { page, errors } = await openApp('lens=cpu&lang=en&autoplay=0&tick=8000&scenario=cpu-overcommit');
    await settled(page, 8000);
    await page.locator(tid('cpu-weight-batch-a')).selectOption('1024');
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('weight 1024');
    await page.locator(tid('cpu-compare-run')).click();
    const table = page.locator('.cpu-compare-table');
    await expect.poll(() => table.textContent(), poll).toContain('Fair share');
    await expect.poll(() => table.locator('tbody tr').count(), poll).toBe(5);
    expect(errors).toEqual([]);
  });

  // Audit 17, 17: the Work column's meaning and lock-holder preemption were only titles (hover), which a touch screen cannot show.
  for (const lang of ['en', 'ko'] as const) test(`the VM table's notes are words on the page, no title (desktop 1920x1080, ${lang})`, async () => {
    const { page, errors } = await openApp(`lens=cpu&lang=${lang}&autoplay=0&tick=8000&scenario=cpu-overcommit`, { viewport: { width: 1920, height: 1080 } });
    await settled(page, 8000);
    await expect.poll(() => page.locator('.cpu-vms tbody tr').count(), poll).toBeGreaterThan(0);
    expect(await page.locator('.cpu-vms [title]').evaluateAll((els) => els.map((e) => e.getAttribute('title')))).toEqual([]);
    const work = page.locator(tid('cpu-vms-work-note'));
    expect(await work.isVisible()).toBe(true);
    expect(await work.textContent()).toContain(lang === 'en' ? 'Work done per vCPU, in % of a full core' : 'vCPU당 한 일의 양(코어 하나 대비 %)');
    // The lock-holder note whenever a row could show %SPIN (a VM of two or more vCPUs: cpu-overcommit has them), so whenever one does.
    const spin = page.locator(tid('cpu-vms-spin-note'));
    expect(await spin.count()).toBe(1);
    expect(await spin.textContent()).toContain(lang === 'en' ? 'Lock-holder preemption' : '락 보유자 선점');
    expect(errors).toEqual([]);
  });

  // Review 43, 6: the %SPIN note came and went with the numbers, and a row's numbers wrap to one more line while %SPIN or a
  // warning shows, so what is under the VM table moved up and down 15-32 px at the numbers' pace (4 Hz at top speed).
  test('the VM table keeps its room while the numbers change: what is under it stays put from tick to tick (laptop 1280x800, basic)', async () => {
    // basic's 2-vCPU VMs spin on a lock now and then: at 7.5 s and 10 s a row shows %SPIN, at 8 s and 12 s none does (from the engine, as the rows round it).
    const ticks = [7500, 8000, 10000, 12000];
    const spinningAt = (tick: number): string[] => {
      const s = toSnapshot(step(createSim(presets.basic), tick));
      return s.topology.vms.flatMap((vm, i) => (vm.host === 0 && Math.round(vmShares(s, i)?.spin ?? 0) >= 1 ? [`cpu-spin-${vm.id}`] : []));
    };
    const { page, errors } = await openApp(`scenario=basic&lens=cpu&lang=en&autoplay=0&debug=1&tick=${ticks[0]}`, { viewport: { width: 1280, height: 800 } });
    await settled(page, ticks[0]);
    const seen: { tick: number; spinning: string[]; under: number }[] = [];
    // Twice over the four ticks, forth and back.
    for (const tick of [...ticks, ...ticks]) {
      if (seen.length > 0) await seekTo(page, tick);
      // The rows have drawn this tick once they show %SPIN where its snapshot has it.
      const spinning = spinningAt(tick);
      await expect.poll(() => page.locator('[data-testid^="cpu-spin-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid'))), poll).toEqual(spinning);
      const under = await atRest(
        page,
        () => page.locator('.cpu-panels').evaluate((panels) => {
          const table = panels.querySelector('.cpu-vms table');
          const next = panels.nextElementSibling;
          return table === null || next === null ? Number.NaN : Math.round(next.getBoundingClientRect().top - table.getBoundingClientRect().top);
        }),
        `what is under the VM table at ${tick}`,
      );
      seen.push({ tick, spinning, under });
    }
    expect(seen.some((x) => x.spinning.length > 0) && seen.some((x) => x.spinning.length === 0), JSON.stringify(seen)).toBe(true);
    // It may grow to a taller moment (a seek passes through snapshots too), never back: what is under it never moves up.
    expect(seen.every((x, k) => k === 0 || x.under >= (seen[k - 1]?.under ?? 0)), JSON.stringify(seen)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('hyperthreads: once all four threads are busy each VM does about 62 % of a core', async () => {
    const { page, errors } = await openApp('lens=cpu&lang=en&autoplay=0&tick=9000&scenario=hyperthreads');
    await settled(page, 9000);
    const work = page.locator(tid('cpu-work-calc-1'));
    await expect.poll(() => work.textContent(), poll).toContain('HT shared');
    const pct = Number(/(\d+)\s%/.exec((await work.textContent()) ?? '')?.[1]);
    expect(pct).toBeGreaterThan(55);
    expect(pct).toBeLessThan(70);
    await expect.poll(() => page.locator('.cpu-legend').textContent(), poll).toContain('62.5\u00a0%');
    expect(errors).toEqual([]);
  });

  test('Practice: typed answers are checked against the textbook functions', async () => {
    const { page, errors } = await openApp('lens=cpu&lang=en&autoplay=0');
    await page.locator(tid('cpu-mode-practice')).click();
    await page.locator(tid('practice-kind-RR')).check();
    await page.locator(tid('practice-seed')).fill('4');
    const p = makeProblem('RR', 4);
    const solved = scheduleJobs({ policy: 'RR', quantum: p.quantum, jobs: p.jobs });
    for (const j of solved.jobs) {
      await page.locator(tid(`practice-${j.id}.response`)).fill(String(j.response));
      await page.locator(tid(`practice-${j.id}.turnaround`)).fill(String(j.id === 'A' ? j.turnaround + 1 : j.turnaround));
    }
    await page.locator(tid('practice-check')).click();
    await expect.poll(() => page.locator(tid('practice-score')).textContent(), poll).toContain('5 of 6 right');
    const wrongA = solved.jobs.find((j) => j.id === 'A')?.turnaround ?? -1;
    await expect.poll(() => page.locator(tid('practice-mark-A.turnaround')).textContent(), poll).toContain(`answer: ${wrongA}`);
    await expect(page.locator(tid('practice-trace')).count()).resolves.toBe(1);
    // MLFQ problem 1 has a priority boost: the statement says so and the reveal marks each boost,
    // after which a job that had been lowered runs in the top queue again (a full-height bar).
    const m = makeProblem('MLFQ', 1);
    await page.locator(tid('practice-kind-MLFQ')).check();
    await page.locator(tid('practice-seed')).fill('1');
    await expect.poll(() => page.locator(tid('practice-statement')).textContent(), poll).toContain(`a priority boost every ${m.mlfq?.boostInterval}\u00a0ms`);
    await page.locator(tid('practice-check')).click();
    await expect.poll(() => page.locator(tid('practice-boost')).count(), poll).toBe(m.boosts?.length ?? -1);
    expect(await page.locator(tid('practice-trace')).getAttribute('aria-label')).toContain(`Boosts at ${m.boosts?.join(', ')}\u00a0ms.`);
    expect(await page.locator(`${tid('practice-trace')} rect[data-queue="1"]`).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('memory-overcommit on its 8 GiB host: web’s vCPUs wait on memory, and its row says so in %MEM and why; db’s waits far less, under the warning', async () => {
    const { page, errors } = await openApp('lens=cpu&lang=en&autoplay=0&tick=30000&scenario=memory-overcommit');
    await settled(page, 30000);
    const warn = page.locator(tid('cpu-memwait-web'));
    await expect.poll(() => warn.textContent(), poll).toMatch(/^ ⚠ \d+\s% waiting on memory: its pages were swapped, compressed or ballooned, so its vCPUs stall \(see the memory lens\)$/);
    const mem = Number(/%MEM (\d+)/.exec((await page.locator(tid('cpu-shares-web')).textContent()) ?? '')?.[1]);
    expect(mem).toBeGreaterThan(2);
    expect(await warn.textContent()).toContain(`${mem}\u00a0% waiting on memory`);
    // While the host holds low, db's few allocations wait too, under the 2 % the row warns at, and it has no warning.
    const dbMem = Number(/%MEM (\d+)/.exec((await page.locator(tid('cpu-shares-db')).textContent()) ?? '')?.[1]);
    expect(dbMem).toBeLessThanOrEqual(2);
    expect(await page.locator(tid('cpu-memwait-db')).count()).toBe(0);
    const ko = await openApp('lens=cpu&lang=ko&autoplay=0&tick=30000&scenario=memory-overcommit');
    await settled(ko.page, 30000);
    await expect.poll(() => ko.page.locator(tid('cpu-memwait-web')).textContent(), poll).toContain(`메모리 대기 ${mem}\u00a0%: 페이지가 스왑·압축·벌룬으로 회수되어 vCPU가 멈춥니다`);
    expect(errors).toEqual([]);
    expect(ko.errors).toEqual([]);
  });

  // Audit 17 #16: at P the "Time shown" / "보여 줄 시간" label touched its select.
  for (const lang of ['en', 'ko'] as const) test(`projector 1280x720 (${lang}): the time-shown label stands apart from its select`, async () => {
    const { page, errors } = await openApp(`scenario=cpu-overcommit&lens=cpu&lang=${lang}&theme=projector&autoplay=0`, { viewport: { width: 1280, height: 720 } });
    await settled(page);
    const select = page.locator(tid('cpu-span'));
    await select.waitFor();
    const gap = await atRest(page, () => select.evaluate((el) => el.getBoundingClientRect().left - (el.previousElementSibling?.getBoundingClientRect().right ?? -Infinity)), 'the time-shown label and its select');
    expect(gap).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
  });

  // The run queues leave a chip's pop out while the world plays faster than real time on a device that cannot keep up
  // (each pop is a layer of its own for a moment). The frame loop's measure of that outlives the run: after a run at top
  // speed on a slowed device, stepping the paused world still pops a chip that moves (it did not, review 47).
  test('a chip stepped to another place pops, after a run at top speed on a device that could not keep up', async () => {
    const { page, errors } = await openApp('scenario=cpu-overcommit&lens=cpu&lang=en&autoplay=1&speed=max');
    await page.locator(tid('cpu-queues')).waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { pops: number; redrawn: number };
      w.pops = 0;
      w.redrawn = 0;
      const animate = Element.prototype.animate;
      Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
        if (this.closest('[data-testid="cpu-queues"]') !== null) w.pops += 1;
        return animate.apply(this, args);
      };
      const queues = document.querySelector('[data-testid="cpu-queues"]');
      if (queues !== null) new MutationObserver(() => (w.redrawn += 1)).observe(queues, { childList: true, subtree: true });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    // The world at top speed on a device six times slower: the queues redrawn over and over (about once a second there).
    await expect.poll(() => page.evaluate(() => (window as unknown as { redrawn: number }).redrawn), { timeout: 30_000, interval: 250 }).toBeGreaterThan(10);
    await page.locator(tid('play-toggle')).click();
    await settled(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
    const pops = (): Promise<number> => page.evaluate(() => (window as unknown as { pops: number }).pops);
    await page.evaluate(() => ((window as unknown as { pops: number }).pops = 0));
    // Stepped tick by tick until a chip has moved and popped (it moves every few ticks here).
    for (let i = 0; i < 80 && (await pops()) === 0; i++) {
      const tick = Number(await page.locator(tid('tick')).getAttribute('data-tick'));
      await page.locator(tid('step-forward')).click();
      await settled(page, tick + 1);
    }
    expect(await pops(), 'chips that popped in 80 steps').toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
