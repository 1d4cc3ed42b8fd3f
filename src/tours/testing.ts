/**
 * Re-exports for the tour tests plus the notes-order check, kept out of index.ts so
 * the app bundle does not carry test-only helpers.
 */
import { NOTES_SECTIONS, type Tour } from './types';

export * from './index';

/** Steps that go back to an earlier section of the notes than the step before them. */
export function NOTES_ORDER_CHECK(tour: Tour): string[] {
  const out: string[] = [];
  let last = 0;
  for (const s of tour.steps) {
    const at = NOTES_SECTIONS.indexOf(s.section);
    if (at < last) out.push(`${s.id} (${s.section}) comes after ${NOTES_SECTIONS[last] ?? ''}`);
    last = Math.max(last, at);
  }
  return out;
}
