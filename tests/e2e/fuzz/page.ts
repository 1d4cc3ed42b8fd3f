/**
 * The fuzzer's eyes in the page, one page.evaluate per action. `look` first waits, inside
 * the page, until the app is quiet (settled: paused with every request handled; or
 * playing, which never settles), collects notices that mean failure (an invariant
 * violation, a restarted worker), and then, if asked, picks what a person could operate
 * (inside the topmost open dialog if there is one, as a modal takes the keyboard and the
 * pointer): by a random number, or the element a replayed action names. It scrolls it into
 * view, marks it for a locator, and says where it is.
 */
import type { Page } from 'playwright-core';

export interface Target {
  /** What the element is: its test id, its drawn thing, or tag + role + type + name. */
  desc: string;
  /** Which of the elements with that description. */
  nth: number;
}

export interface Found extends Target {
  tag: string;
  type: string;
  x: number;
  y: number;
  w: number;
  h: number;
  options: string[];
}

export interface Quiet {
  /** False when the app did not become quiet within the time allowed. */
  quiet: boolean;
  tick: number;
  playing: boolean;
  /** Notices that mean the run failed. */
  bad: string[];
}

const OPERABLE =
  'button, [role=tab], [role=button], [role=slider], [role=radio], [role=checkbox], [role=switch], select, input:not([type=file]), textarea, a[href], canvas, [data-sel], [tabindex="0"]';

interface Ask {
  /** Pick an element: by a random number in [0, 1), or the one named. */
  r: number | null;
  want: Target | null;
  pick: boolean;
  timeoutMs: number;
  sel: string;
}

/** Wait until quiet (at most `timeoutMs`), then optionally pick an element. */
export async function look(page: Page, r: number | null, want: Target | null, pick: boolean, timeoutMs = 20_000): Promise<{ quiet: Quiet; found: Found | null }> {
  const ask: Ask = { r, want, pick, timeoutMs, sel: OPERABLE };
  return page.evaluate(async (a: Ask) => {
    const state = (): Quiet => {
      const tick = document.querySelector('[data-testid="tick"]');
      const playing = document.querySelector('[data-testid="play-toggle"]')?.getAttribute('aria-pressed') === 'true';
      const settled = tick?.getAttribute('data-settled') === 'true';
      const bad = [...document.querySelectorAll('[data-testid="notice"]')]
        .map((n) => n.textContent ?? '')
        .filter((t) => /Debug check failed|디버그 검사 실패|restarted|다시 시작했습니다/.test(t));
      return { quiet: settled || playing, tick: Number(tick?.getAttribute('data-tick') ?? -1), playing, bad };
    };
    const end = performance.now() + a.timeoutMs;
    let q = state();
    if (!q.quiet && q.bad.length === 0) {
      // Look again on every change to the page (the tick's data-settled, a notice), and on a slow timer for the deadline.
      await new Promise<void>((done) => {
        const check = (): void => {
          q = state();
          if (!q.quiet && q.bad.length === 0 && performance.now() < end) return;
          seen.disconnect();
          clearInterval(timer);
          done();
        };
        const seen = new MutationObserver(check);
        seen.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        const timer = setInterval(check, 50);
      });
    }
    if (!a.pick || !q.quiet) return { quiet: q, found: null };
    for (const old of document.querySelectorAll('[data-fuzz]')) old.removeAttribute('data-fuzz');
    const dialogs = [...document.querySelectorAll<HTMLElement>('[role=dialog], dialog[open]')].filter((d) => d.checkVisibility());
    const scope: ParentNode = dialogs.at(-1) ?? document;
    const usable = (e: Element): boolean =>
      e.checkVisibility({ checkVisibilityCSS: true }) && !(e as HTMLButtonElement).disabled && !(e as HTMLInputElement).readOnly && e.closest('[inert], [aria-hidden=true]') === null;
    const describe = (e: Element): string => {
      const id = e.getAttribute('data-testid');
      if (id !== null) return `testid:${id}`;
      const s = e.getAttribute('data-sel');
      if (s !== null) return `sel:${s}`;
      const name = e.getAttribute('aria-label') ?? e.textContent ?? '';
      return `${e.tagName.toLowerCase()}|${e.getAttribute('role') ?? ''}|${e.getAttribute('type') ?? ''}|${name.trim().slice(0, 40)}`;
    };
    const all = [...scope.querySelectorAll(a.sel)].filter(usable);
    if (all.length === 0) return { quiet: q, found: null };
    let i: number;
    if (a.want !== null) {
      const w = a.want;
      let seen = -1;
      i = all.findIndex((e) => describe(e) === w.desc && ++seen === w.nth);
      if (i < 0) return { quiet: q, found: null };
    } else {
      i = Math.min(all.length - 1, Math.floor((a.r ?? 0) * all.length));
    }
    const el = all[i] as HTMLElement;
    const desc = describe(el);
    const nth = all.slice(0, i).filter((e) => describe(e) === desc).length;
    el.scrollIntoView({ block: 'center', inline: 'center' });
    el.setAttribute('data-fuzz', '1');
    const b = el.getBoundingClientRect();
    const options = el instanceof HTMLSelectElement ? [...el.options].map((o) => o.value) : [];
    const found: Found = { desc, nth, tag: el.tagName.toLowerCase(), type: el.getAttribute('type') ?? '', x: b.left + b.width / 2, y: b.top + b.height / 2, w: b.width, h: b.height, options };
    return { quiet: q, found };
  }, ask);
}

/** Wait until the app is quiet; what it shows then. */
export async function waitQuiet(page: Page, timeoutMs = 20_000): Promise<Quiet> {
  return (await look(page, null, null, false, timeoutMs)).quiet;
}
