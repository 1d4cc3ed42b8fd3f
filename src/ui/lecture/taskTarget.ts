/**
 * Where a lesson step's task is done, or where its answer shows: the control it asks for
 * (the hypervisor's type in the inspector, a VM's Stop button, the path stepper's Next
 * step, the I/O path table) while the task waits, and for a "select something" task the
 * inspector's answer once it is done (the VM's, vCPU's or container's explanation, whole).
 * A task to click a vCPU in a ready queue points at the run queues' rows. The tour brings it
 * into view in its own scrolling frame (the side column, the lens frame) and marks it,
 * so on a short screen (a 1280x720 projector) the class sees what to press, and where to
 * read, without the instructor scrolling. A step without a task may name the control its
 * words ask about (`focus`), brought into view the same way. Plain data: the selectors are
 * the UI contract's test ids.
 */
import type { Focus, WaitFor } from '../../tours/types';

export { scrollToShow, TALL_SHARE, type Span } from '../../views/shared/showInFrame';

const tid = (id: string): string => `[data-testid="${id}"]`;

/** The inspector's part that answers a "select something" task (Details.tsx, CpuDetails.tsx): brought into view whole, not its first half. */
export const ANSWER = `${tid('inspector')} [data-answer]`;

/** A CSS selector for the task's control (waiting) or its answer (done), or null when the picture itself is the place. */
export function taskTarget(waitFor: WaitFor | undefined, done: boolean): string | null {
  if (waitFor === undefined) return null;
  switch (waitFor.kind) {
    case 'hvType':
      return done ? null : tid('hv-type');
    case 'vmOff':
      return done ? null : tid('vm-stop');
    case 'pathEnd':
      return done ? null : tid('tq-next');
    case 'ioPath':
      return tid('io-table');
    case 'select':
      // Done: the inspector's part that answers (a VM's, a vCPU's or a container's own words and figures, marked data-answer), shown whole.
      if (done) return waitFor.sel === 'vm' || waitFor.sel === 'vcpu' || waitFor.sel === 'container' ? ANSWER : tid('inspector');
      // The queues' rows (a vCPU that waits is in them), not their heading and help: the schedule above stays in view.
      return waitFor.sel === 'vcpu' ? `${tid('cpu-queues')} ol` : null;
    case 'state':
    case 'tick':
      return null;
  }
}

/**
 * What each `focus` names: the exploit buttons under the Containers lens's columns (all of them, shown as one span); the
 * Overview VDI card's first thin client beside the desktop it shows, with that desktop's processing and data (the card's
 * first row, after its column headings; in its fold, which the step opens); the RAID grid's disk controls (pick a disk,
 * fail it, replace it), which the RAID step asks for after its small write.
 */
const FOCUS: Readonly<Record<Focus, string>> = {
  exploit: 'button[data-testid^="ct-exploit-"]',
  vdi: `${tid('kinds-vdi')} > .kinds-row:nth-child(2)`,
  raidDisks: tid('raid-controls'),
};

/**
 * Where a step brings the reader: its task's control or answer (taskTarget) when it has a task it can check, else the
 * control its words ask about (`focus`: a step with no task, whose control would stay below the fold on a short
 * screen), else nowhere (the picture itself is the place).
 */
export function stepTarget(world: { waitFor?: WaitFor; focus?: Focus }, hasTask: boolean, done: boolean): string | null {
  if (hasTask) return taskTarget(world.waitFor, done);
  return world.focus === undefined ? null : FOCUS[world.focus];
}
