/**
 * Instruction paths against the textbook story: an ordinary instruction never leaves
 * the guest; classic trap-and-emulate gives POPF a wrong result because it does not
 * trap (Popek and Goldberg's condition fails on x86); binary translation, hypercalls and
 * VM exits all handle it; a type-2 path crosses the host OS; paravirtual I/O skips the
 * device emulation (the virtio shortcut); under hardware assistance CLI and POPF never
 * exit, and a CR3 load exits only without EPT/NPT (first-generation VT-x or shadow paging).
 */
import { describe, expect, it } from 'vitest';
import type { HwMode } from '../../engine';
import { INSTRS, layersFor, MODES, pathCycles, pathSteps } from './paths';

const FIRST_GEN: HwMode = { era: 'first-gen', translation: 'nested' };
const SHADOW: HwMode = { era: 'modern', translation: 'shadow' };
const exits = (steps: { key: string }[]) => steps.some((x) => x.key === 'techniques.step.priv.vmExit');

describe('pathSteps', () => {
  it('an ordinary instruction runs directly, at no cost, under every mode', () => {
    for (const m of MODES) {
      const p = pathSteps(m, 'type1', 'add');
      expect(p.map((x) => x.layer)).toEqual(['guest', 'hardware']);
      expect(pathCycles(p)).toBe(0);
    }
  });
  it('trap-and-emulate on classic x86 gets POPF wrong, and only it', () => {
    expect(pathSteps('trap-and-emulate', 'type1', 'popf').some((x) => x.wrong === true)).toBe(true);
    for (const m of MODES.slice(1)) for (const i of INSTRS) expect(pathSteps(m, 'type1', i).some((x) => x.wrong === true)).toBe(false);
    expect(pathSteps('trap-and-emulate', 'type1', 'cli').some((x) => x.wrong === true)).toBe(false);
  });
  it('each technique takes its own road into the hypervisor', () => {
    expect(pathSteps('paravirtual', 'type1', 'cli').map((x) => x.key)).toContain('techniques.step.priv.hypercall');
    expect(pathSteps('hardware-assisted', 'type1', 'movcr3', FIRST_GEN).map((x) => x.key)).toContain('techniques.step.priv.vmExit');
    expect(pathSteps('binary-translation', 'type1', 'cli').map((x) => x.key)).toContain('techniques.step.priv.translate');
  });
  it('type 2 crosses the host OS on privileged and I/O paths, type 1 never', () => {
    for (const [m, i] of [['paravirtual', 'cli'], ['hardware-assisted', 'movcr3']] as const) {
      expect(pathSteps(m, 'type2', i, FIRST_GEN).some((x) => x.layer === 'hostOs')).toBe(true);
      expect(pathSteps(m, 'type1', i, FIRST_GEN).some((x) => x.layer === 'hostOs')).toBe(false);
    }
    for (const m of MODES) expect(pathSteps(m, 'type2', 'io').some((x) => x.layer === 'hostOs')).toBe(true);
    expect(pathCycles(pathSteps('hardware-assisted', 'type2', 'io'))).toBeGreaterThan(pathCycles(pathSteps('hardware-assisted', 'type1', 'io')));
    expect(layersFor('type2')).toContain('hostOs');
    expect(layersFor('type1')).not.toContain('hostOs');
  });
  it('hardware assistance: CLI and POPF never exit (VMX non-root); a CR3 load exits only without EPT/NPT', () => {
    for (const hw of [undefined, FIRST_GEN, SHADOW]) {
      expect(exits(pathSteps('hardware-assisted', 'type2', 'cli', hw))).toBe(false);
      expect(exits(pathSteps('hardware-assisted', 'type2', 'popf', hw))).toBe(false);
    }
    expect(exits(pathSteps('hardware-assisted', 'type1', 'movcr3'))).toBe(false);
    expect(exits(pathSteps('hardware-assisted', 'type1', 'movcr3', FIRST_GEN))).toBe(true);
    expect(exits(pathSteps('hardware-assisted', 'type1', 'movcr3', SHADOW))).toBe(true);
    expect(pathCycles(pathSteps('hardware-assisted', 'type1', 'movcr3', FIRST_GEN))).toBeGreaterThan(pathCycles(pathSteps('hardware-assisted', 'type1', 'movcr3', SHADOW)));
  });
  it('binary translation never traps on a sensitive instruction: it runs translated code', () => {
    for (const i of ['cli', 'popf', 'movcr3'] as const) expect(pathSteps('binary-translation', 'type1', i).some((x) => x.layer === 'hardware')).toBe(false);
  });
  it('paravirtual I/O is the shortcut: no trap, no device emulation, fewer cycles', () => {
    const para = pathSteps('paravirtual', 'type1', 'io');
    const full = pathSteps('hardware-assisted', 'type1', 'io');
    expect(para.map((x) => x.key)).not.toContain('techniques.step.io.emulateDevice');
    expect(pathCycles(para)).toBeLessThan(pathCycles(full));
  });
});
