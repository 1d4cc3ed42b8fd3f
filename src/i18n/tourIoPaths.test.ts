/**
 * Audit 17 #12: course step 21's task is true on every screen (at P the I/O figures are cards, not a table: it names the
 * "I/O path" each shows) and keeps the VM names whole (a no-break hyphen: the task box broke "vm-" / "passthrough)를").
 */
import { describe, expect, it } from 'vitest';
import en from './lenses/tours.en';
import ko from './lenses/tours.ko';

describe('course step 21 (I/O paths) task', () => {
  it('names the I/O path control, not a table, in en and ko', () => {
    expect(en['tour.course.ioPaths.task']).not.toMatch(/table/);
    expect(ko['tour.course.ioPaths.task']).not.toMatch(/표/);
    expect(en['tour.course.ioPaths.task']).toContain('I/O path');
    expect(ko['tour.course.ioPaths.task']).toContain('I/O 경로');
  });
  it('keeps vm‑emulated and vm‑passthrough whole (no breaking hyphen)', () => {
    for (const s of [en['tour.course.ioPaths.task'], ko['tour.course.ioPaths.task']]) {
      expect(s).toContain('vm\u2011emulated');
      expect(s).toContain('vm\u2011passthrough');
      expect(s).not.toMatch(/vm-/);
    }
  });
});
