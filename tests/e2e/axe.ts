/**
 * The accessibility check every e2e file uses: axe-core with the WCAG 2.2 AA tags and two
 * rules besides them. `label-content-name-mismatch` (visible label text must be part of
 * the accessible name) is experimental in axe and switched on here; `target-size` comes
 * with the 2.2 AA tag.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Rules to run besides the tagged ones: experimental in axe (the first), or off by default. */
export const EXTRA_RULES = ['label-content-name-mismatch', 'target-size'];

/**
 * The tags and the extra rules in one options object (AxeBuilder's options() replaces
 * withTags); only violations are reported in full. Legacy mode runs axe in the page itself:
 * the page has no frames, and the default mode opens a second page for every run.
 */
export function axe(page: Page): AxeBuilder {
  const rules = Object.fromEntries(EXTRA_RULES.map((r) => [r, { enabled: true }]));
  return new AxeBuilder({ page }).setLegacyMode(true).options({ runOnly: { type: 'tag', values: TAGS }, rules, resultTypes: ['violations'] });
}

/** Each violation in one line, prefixed with `when` (the lens, theme and state checked). */
export async function violations(page: Page, when: string): Promise<string[]> {
  const result = await axe(page).analyze();
  return result.violations.map((v) => `${when} ${v.id}: ${v.nodes.length} (${v.nodes[0]?.target.join(' ')}) ${v.help}`);
}
