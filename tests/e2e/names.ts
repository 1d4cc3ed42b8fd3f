/**
 * Hyphenated names ("host-2로", "train-p는") broken across lines: for each element matching
 * `within` inside `scope`, every name keepNames keeps whole (its NAME pattern, passed into
 * the page, so the check follows the app) whose characters lie on more than one line.
 */
import type { Page } from 'playwright-core';
import { NAME } from '../../src/views/shared/keepNames';

export function namesBrokenAcrossLines(page: Page, scope: string, within = 'p, li'): Promise<string[]> {
  return page.locator(scope).evaluate(
    (root, [name, sel]) => {
      const out: string[] = [];
      for (const p of root.querySelectorAll(sel)) {
        const text = p.textContent ?? '';
        for (const m of text.matchAll(new RegExp(name, 'g'))) {
          // The range over the name's characters, through whatever text nodes hold them.
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let seen = 0;
          for (let n = walker.nextNode() as Text | null; n !== null; n = walker.nextNode() as Text | null) {
            const from = m.index - seen;
            const to = m.index + m[0].length - seen;
            if (from >= 0 && from < n.length) range.setStart(n, from);
            if (to > 0 && to <= n.length) {
              range.setEnd(n, to);
              break;
            }
            seen += n.length;
          }
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) out.push(m[0]);
        }
      }
      return out;
    },
    [NAME.source, within] as const,
  );
}
