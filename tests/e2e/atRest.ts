/**
 * A layout reading (boxes, scroll positions, rendered sizes) taken once the page holds it:
 * a picture measures its room after it opens and lays itself out again, and a placed block
 * animates in, so a reading taken the moment an element appears may be passing. Tests
 * assert on the reading at rest, never on one taken in passing.
 */
import type { Page } from 'playwright-core';
import { whenStill } from './harness';

/** `read` once two readings two frames apart agree (whenStill); throws with both readings, `what` first, if it never settles. */
export async function atRest<T>(page: Page, read: () => Promise<T>, what: string): Promise<T> {
  const held = await whenStill(page, read);
  if ('moving' in held) throw new Error(`${what}: the layout did not hold still (${JSON.stringify(held.moving)})`);
  return held.still;
}
