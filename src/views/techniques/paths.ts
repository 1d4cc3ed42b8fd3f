/**
 * The path one guest instruction takes, step by step, under each way of virtualizing a
 * CPU: trap-and-emulate on classic x86 (which fails on sensitive instructions that do
 * not trap, such as POPF), full virtualization by binary translation, paravirtualization
 * (hypercalls) and hardware assistance (VM exits); on a type-2 hypervisor the path also
 * crosses the host OS. Pure data and functions: the stepper animates these steps and the
 * tests check them against the textbook story.
 */
import { COST, exitCycles, IO_PATH, MODERN, pagingOf, type HvTypeId, type HwMode, type TechniqueId } from '../../engine';

export type Mode = 'trap-and-emulate' | TechniqueId;
export const MODES: readonly Mode[] = ['trap-and-emulate', 'binary-translation', 'paravirtual', 'hardware-assisted'];
import type { Instr } from './instrs';
export { INSTRS, type Instr } from './instrs';
export type Layer = 'app' | 'guest' | 'hypervisor' | 'hostOs' | 'hardware';

export interface Step {
  layer: Layer;
  /** i18n key of the caption: what happens here and why. */
  key: string;
  /** Illustrative cycles this step costs (0 = native speed). */
  cycles: number;
  /** True when the step produces a wrong result (the guest's state is now incorrect). */
  wrong?: boolean;
}

const s = (layer: Layer, key: string, cycles = 0, wrong = false): Step => (wrong ? { layer, key, cycles, wrong } : { layer, key, cycles });

/** The layers of the stack, bottom up, for a hypervisor type. */
export function layersFor(type: HvTypeId): Layer[] {
  return type === 'type2' ? ['hardware', 'hostOs', 'hypervisor', 'guest', 'app'] : ['hardware', 'hypervisor', 'guest', 'app'];
}

function privileged(mode: Mode, instr: Instr, hw: HwMode): Step[] {
  const k = `techniques.step.${instr === 'popf' ? 'popf' : 'priv'}`;
  switch (mode) {
    case 'trap-and-emulate':
      if (instr === 'popf') return [s('guest', `${k}.deprivileged`), s('hardware', `${k}.noTrap`), s('guest', `${k}.wrong`, 0, true)];
      return [s('guest', `${k}.deprivileged`), s('hardware', `${k}.trap`, exitCycles(hw)), s('hypervisor', `${k}.emulate`), s('guest', `${k}.resume`)];
    case 'binary-translation':
      return [s('hypervisor', `${k}.translate`, COST.btTranslate), s('guest', `${k}.translated`, COST.btEmulate), s('guest', `${k}.continue`)];
    case 'paravirtual':
      return [s('guest', `${k}.modified`), s('hypervisor', `${k}.hypercall`, COST.hypercall / COST.paraBatch), s('guest', `${k}.return`)];
    case 'hardware-assisted':
      // In VMX non-root mode CLI/STI/POPF only change the guest's own interrupt flag: no exit.
      if (instr === 'popf') return [s('guest', `${k}.ring0`), s('guest', `${k}.native`)];
      if (instr === 'cli') return [s('guest', `${k}.ring0`), s('guest', 'techniques.step.cli.native')];
      // With EPT/NPT the guest owns its page tables: a CR3 load does not exit.
      if (pagingOf('hardware-assisted', hw) === 'nested') return [s('guest', `${k}.ring0`), s('guest', 'techniques.step.movcr3.ept')];
      return [s('guest', `${k}.ring0`), s('hardware', `${k}.vmExit`, exitCycles(hw) / 2), s('hypervisor', `${k}.handleExit`), s('hardware', `${k}.vmEntry`, exitCycles(hw) / 2), s('guest', `${k}.resume`)];
  }
}

function io(mode: Mode, type: HvTypeId, hw: HwMode): Step[] {
  const k = 'techniques.step.io';
  // The technique's usual device (engine virt/ioPath.ts): virtio under paravirtualization, else an emulated one.
  const kick = exitCycles(hw) + IO_PATH.virtioKick;
  const out: Step[] = mode === 'paravirtual'
    ? [s('guest', `${k}.frontend`), s('hypervisor', `${k}.backend`, kick / IO_PATH.defaultQueueDepth + IO_PATH.virtioBackend)]
    : [s('guest', `${k}.guestDriver`), s('hardware', `${k}.trap`, IO_PATH.emulatedTraps * (exitCycles(hw) + IO_PATH.trapDecode)), s('hypervisor', `${k}.emulateDevice`, IO_PATH.emulatedBackend)];
  if (type === 'type2') out.push(s('hostOs', `${k}.hostOs`, COST.hostOsIo));
  out.push(s(type === 'type2' ? 'hostOs' : 'hypervisor', `${k}.driver`), s('hardware', `${k}.device`), s('guest', `${k}.complete`));
  return out;
}

/** Insert the host-OS crossing after the first hypervisor step (type 2, except BT's in-VMM emulation). */
function withHostOs(steps: Step[], mode: Mode, type: HvTypeId): Step[] {
  if (type === 'type1' || mode === 'binary-translation') return steps;
  const i = steps.findIndex((x) => x.layer === 'hypervisor');
  if (i < 0) return steps;
  return [...steps.slice(0, i + 1), s('hostOs', 'techniques.step.hostOsCrossing', COST.hostOsTrap), ...steps.slice(i + 1)];
}

/** Every step of one instruction's path (hardware assistance: on a VT-x generation and paging mode). */
export function pathSteps(mode: Mode, type: HvTypeId, instr: Instr, hw: HwMode = MODERN): Step[] {
  const start = s('app', 'techniques.step.syscall');
  if (instr === 'add') return [s('guest', 'techniques.step.add.direct'), s('hardware', 'techniques.step.add.native')];
  if (instr === 'io') return [start, ...io(mode, type, hw)];
  return [start, ...withHostOs(privileged(mode, instr, hw), mode, type)];
}

export function pathCycles(steps: readonly Step[]): number {
  return steps.reduce((n, x) => n + x.cycles, 0);
}
