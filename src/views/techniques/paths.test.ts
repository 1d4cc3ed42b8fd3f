/**
 * Instruction paths against the textbook story: an ordinary instruction never leaves
 * the guest; classic trap-and-emulate gives POPF a wrong result because it does not
 * trap (Popek and Goldberg's condition fails on x86); binary translation, hypercalls and
 * VM exits all handle it; a type-2 path crosses the host OS; paravirtual I/O skips the
 * device emulation (the virtio shortcut).
 */
import { describe, expect, it } from 'vitest';
import { INSTRS, layersFor, MODES, pathCycles, pathSteps } from './paths';

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
    expect(pathSteps('hardware-assisted', 'type1', 'movcr3').map((x) => x.key)).toContain('techniques.step.priv.vmExit');
    expect(pathSteps('binary-translation', 'type1', 'cli').map((x) => x.key)).toContain('techniques.step.priv.translate');
  });
  it('type 2 crosses the host OS on privileged and I/O paths, type 1 never', () => {
    for (const m of ['paravirtual', 'hardware-assisted'] as const) {
      expect(pathSteps(m, 'type2', 'cli').some((x) => x.layer === 'hostOs')).toBe(true);
      expect(pathSteps(m, 'type1', 'cli').some((x) => x.layer === 'hostOs')).toBe(false);
    }
    for (const m of MODES) expect(pathSteps(m, 'type2', 'io').some((x) => x.layer === 'hostOs')).toBe(true);
    expect(pathCycles(pathSteps('hardware-assisted', 'type2', 'io'))).toBeGreaterThan(pathCycles(pathSteps('hardware-assisted', 'type1', 'io')));
    expect(layersFor('type2')).toContain('hostOs');
    expect(layersFor('type1')).not.toContain('hostOs');
  });
  it('paravirtual I/O is the shortcut: no trap, no device emulation, fewer cycles', () => {
    const para = pathSteps('paravirtual', 'type1', 'io');
    const full = pathSteps('hardware-assisted', 'type1', 'io');
    expect(para.map((x) => x.key)).not.toContain('techniques.step.io.emulateDevice');
    expect(pathCycles(para)).toBeLessThan(pathCycles(full));
  });
});
