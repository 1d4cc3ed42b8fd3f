/**
 * "Visually hidden" (out of sight, still read by screen readers) is one rule, app.css's
 * `.visually-hidden`: a place that hides a label only on some screens or in one theme
 * applies that class from its component under the same condition, never a copy of the
 * declarations (the header's picker word on a short screen, the projector's tool names).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

describe('visually hidden', () => {
  it('its declarations stand once, in app.css', () => {
    const css = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
    const holders = css.filter((f) => /clip-path:\s*inset\(50%\)/.test(readFileSync(join(SRC, f), 'utf8')));
    expect(holders).toEqual([join('ui', 'app.css')]);
    expect(readFileSync(join(SRC, 'ui', 'app.css'), 'utf8').match(/clip-path:\s*inset\(50%\)/g)).toHaveLength(1);
  });
});
