import { describe, expect, it } from 'vitest';
import { TOURS } from '../../tours';
import { scrollToShow, stepTarget, taskTarget, TALL_SHARE } from './taskTarget';

describe('taskTarget: where a step\'s task is done, and where its answer shows', () => {
  it('points at the control a waiting task asks for, and at the inspector\'s answer once a "select" task is done', () => {
    expect(taskTarget({ kind: 'hvType', type: 'type2' }, false)).toBe('[data-testid="hv-type"]');
    expect(taskTarget({ kind: 'vmOff' }, false)).toBe('[data-testid="vm-stop"]');
    expect(taskTarget({ kind: 'pathEnd', instr: 'io' }, false)).toBe('[data-testid="tq-next"]');
    expect(taskTarget({ kind: 'ioPath', path: 'virtio', min: 2 }, false)).toBe('[data-testid="io-table"]');
    expect(taskTarget({ kind: 'select', sel: 'vcpu' }, false)).toBe('[data-testid="cpu-queues"] ol');
    expect(taskTarget({ kind: 'select', sel: 'vm' }, false)).toBeNull();
    expect(taskTarget({ kind: 'select', sel: 'vm' }, true)).toBe('[data-testid="inspector"] [data-answer]');
    expect(taskTarget({ kind: 'select', sel: 'vcpu' }, true)).toBe('[data-testid="inspector"] [data-answer]');
    // A kind whose panel marks no answer: the inspector itself.
    expect(taskTarget({ kind: 'select', sel: 'pcpu' }, true)).toBe('[data-testid="inspector"]');
    // Done with a control: nothing more to point at; a task of waiting: the picture is the place.
    expect(taskTarget({ kind: 'hvType', type: 'type2' }, true)).toBeNull();
    expect(taskTarget({ kind: 'tick', at: 4200 }, false)).toBeNull();
    expect(taskTarget({ kind: 'state', state: 'ready', min: 2 }, false)).toBeNull();
    expect(taskTarget(undefined, false)).toBeNull();
  });

  it('gives every shipped task that is done with a control a target', () => {
    const withControl = new Set(['hvType', 'vmOff', 'pathEnd', 'ioPath']);
    for (const tour of TOURS) {
      for (const s of tour.steps) {
        if (s.waitFor !== undefined && withControl.has(s.waitFor.kind)) expect(taskTarget(s.waitFor, false), `${tour.id}/${s.id}`).not.toBeNull();
      }
    }
  });
});

describe('stepTarget: where a step brings the reader, with a task or without', () => {
  it('a step without a task brings the control its words ask about: the exploit buttons', () => {
    expect(stepTarget({ focus: 'exploit' }, false, true)).toBe('button[data-testid^="ct-exploit-"]');
    expect(stepTarget({}, false, true)).toBeNull();
  });
  it('a task\'s own control comes first', () => {
    expect(stepTarget({ waitFor: { kind: 'vmOff' }, focus: 'exploit' }, true, false)).toBe('[data-testid="vm-stop"]');
    expect(stepTarget({ waitFor: { kind: 'select', sel: 'vm' } }, true, true)).toBe('[data-testid="inspector"] [data-answer]');
  });
  // The course's steps with no task bring what their words ask about: the isolation step its exploit buttons, the VDI step the
  // VDI card's first thin client and the desktop it shows, the RAID step the disk controls its words end on ("fail a disk").
  it.each([
    ['isolation', 23, 'button[data-testid^="ct-exploit-"]'],
    ['vdi', 8, '[data-testid="kinds-vdi"] > .kinds-row:nth-child(2)'],
    ['raid', 19, '[data-testid="raid-controls"]'],
  ] as const)('the course\'s %s step (%i), which has no task, brings %s', (id, n, target) => {
    const steps = TOURS.find((x) => x.id === 'course')?.steps ?? [];
    const i = steps.findIndex((s) => s.id === id);
    expect(i + 1).toBe(n);
    expect(steps[i]?.waitFor).toBeUndefined();
    expect(stepTarget(steps[i] ?? {}, false, false)).toBe(target);
  });
});

describe('scrollToShow: how far a frame scrolls to show a target', () => {
  const frame = { top: 100, bottom: 600 };
  it('does not scroll for a target already in view', () => {
    expect(scrollToShow(frame, { top: 200, bottom: 300 })).toBe(0);
  });
  it('brings a short target below the frame up to its bottom edge, what was above it staying in view', () => {
    expect(scrollToShow(frame, { top: 650, bottom: 700 })).toBe(108);
  });
  it('gives a tall target below the frame only its share of the frame', () => {
    expect(scrollToShow(frame, { top: 550, bottom: 1500 })).toBe(550 + 500 * TALL_SHARE - 600 + 8);
  });
  it('brings a target above the frame down to its top edge', () => {
    expect(scrollToShow(frame, { top: 40, bottom: 90 })).toBe(-68);
  });
  it('shows all of a target when asked for its whole height', () => {
    expect(scrollToShow(frame, { top: 500, bottom: 620 }, 1, 4)).toBe(24);
  });
});
