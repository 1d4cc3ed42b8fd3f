/**
 * Audit 17 #12: course step 21's task is true on every screen (at P the I/O figures are cards, not a table: it names the
 * "I/O path" each shows) and names the VMs by their real ids, which the tour panel keeps whole on a line (keepNames: the
 * task box broke "vm-" / "passthrough)를").
 */
import { describe, expect, it } from 'vitest';
import en from './lenses/tours.en';
import ko from './lenses/tours.ko';
import { nameRuns } from '../views/shared/keepNames';

describe('course step 21 (I/O paths) task', () => {
  it('names the I/O path control, not a table, in en and ko', () => {
    expect(en['tour.course.ioPaths.task']).not.toMatch(/table/);
    expect(ko['tour.course.ioPaths.task']).not.toMatch(/표/);
    expect(en['tour.course.ioPaths.task']).toContain('I/O path');
    expect(ko['tour.course.ioPaths.task']).toContain('I/O 경로');
  });
  it('names the VMs by their ids, which the task box keeps whole on a line (keepNames), in en and ko', () => {
    for (const s of [en['tour.course.ioPaths.task'], ko['tour.course.ioPaths.task']]) {
      const names = nameRuns(s).filter((r) => r.name).map((r) => r.text);
      expect(names.some((n) => n.startsWith('vm-emulated'))).toBe(true);
      expect(names.some((n) => n.startsWith('vm-passthrough'))).toBe(true);
    }
  });
});
