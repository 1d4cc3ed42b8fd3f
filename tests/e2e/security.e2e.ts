/**
 * Security in the browser: the production page carries a strict Content-Security-Policy
 * (no inline script, no eval), no lens triggers a violation, and user text that looks
 * like markup is shown as text (no element created, no dialog opened).
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { parseScenario } from '../../src/engine';
import { markupNames, SCRIPT } from '../hostile/corpus';
import { attached, closeApps, closeBrowser, openApp, selectThing, settled, showLens, tid } from './harness';

afterEach(closeApps);
afterAll(closeBrowser);

const RECORD_VIOLATIONS = `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`;

describe('security', () => {
  test('a strict CSP is in force and no lens violates it', async () => {
    const { page, errors, context } = await openApp('lang=en&autoplay=1');
    await context.addInitScript(RECORD_VIOLATIONS);
    await page.reload();
    await attached(page, tid('app-ready'));
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    // Each lens's chunk and styles have loaded once it has rendered; a blocked load would
    // have reported its violation by then.
    const lenses = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.id.replace(/^tab-/, '')));
    for (const lens of lenses) await showLens(page, lens);
    expect(await page.evaluate('window.__csp')).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('markup in names is rendered as text', async () => {
    const { page, errors } = await openApp('lang=en&autoplay=0&debug=1');
    await settled(page, 0);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const parsed = parseScenario(JSON.parse(markupNames()[0]?.text ?? '{}'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await page.evaluate(`window.virtlab.client.load(${JSON.stringify(parsed.scenario)}, 'custom')`);
    await expect.poll(() => page.locator('.overview-svg').textContent(), { timeout: 10_000 }).toContain('<img src=x');
    expect(await page.locator('.overview-svg img, .overview-svg script').count()).toBe(0);
    await settled(page, 0);
    await selectThing(page, 'vm-0', SCRIPT.slice(0, 20));
    expect(await page.locator('[data-testid="inspector"] img').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });
});
