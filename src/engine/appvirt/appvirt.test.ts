/**
 * Application virtualization on the app-virtualization preset, with checkInvariants after
 * every step: writes land in the sandbox's layer (a copy hides an OS entry from that app
 * only), reads fall through to the OS unless the sandbox has its own copy, two versions
 * of one app hold different values at one path, and removing a sandbox discards its layer
 * and leaves the OS exactly as it was. Refused commands change nothing; a property checks
 * any sequence of writes, reads and removes.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { applyCommand, checkInvariants, createSim, OS_BASE, presets, type CommandInput, type SimState } from '../index';
import { runChecked, applyOk } from '../testing';

vi.setConfig({ testTimeout: 60_000 });

const SETTINGS = 'C:\\Program Files\\PhotoEdit\\settings.ini';
const RUNTIME = 'C:\\Windows\\System32\\vcruntime140.dll';
const FONT = 'C:\\Windows\\Fonts\\malgun.ttf';

const run = (st: SimState, ticks: number, chunk = 500): SimState => runChecked(st, ticks, chunk);

const apply = applyOk;

const box = (st: SimState, id: string) => {
  const b = st.appvirt.boxes.find((x) => x.id === id);
  if (b === undefined) throw new Error(id);
  return b;
};
const os = (st: SimState) => st.appvirt.os[0]?.entries;
/** A fresh preset with no scripted events, its VM up. */
const booted = () => run(createSim({ ...presets['app-virtualization'], events: [] }), 4500);

describe('application virtualization', () => {
  it('the scripted lesson: v1 and v2 hold their own settings; v2 hides the shared runtime only from itself; the OS is unchanged', () => {
    const st = run(createSim(presets['app-virtualization']), 30_000);
    expect(box(st, 'photo-v1').layer.find((e) => e.path === SETTINGS)?.value).toBe('theme=light');
    expect(box(st, 'photo-v2').layer.find((e) => e.path === SETTINGS)?.value).toBe('theme=dark');
    expect(box(st, 'photo-v2').layer.find((e) => e.path === RUNTIME)?.shadows).toBe(true);
    expect(box(st, 'photo-v2').lastRead).toMatchObject({ path: RUNTIME, from: 'layer', value: '14.38' });
    expect(box(st, 'photo-v1').lastRead).toMatchObject({ path: SETTINGS, from: 'layer', value: 'theme=light' });
    expect(os(st)).toEqual(OS_BASE);
    const keys = st.events.list.map((e) => e.key);
    expect(keys).toContain('appvirt.ev.readOs');
  });

  it('a read falls through to the OS, then hits the sandbox once it has its own copy (case-insensitive paths)', () => {
    let st = booted();
    st = apply(st, { type: 'sandboxRead', sandbox: 'photo-v1', path: FONT });
    expect(box(st, 'photo-v1').lastRead).toMatchObject({ from: 'os', value: 'Malgun Gothic 6.2' });
    st = apply(st, { type: 'sandboxWrite', sandbox: 'photo-v1', path: FONT.toUpperCase(), value: 'embedded font' });
    st = apply(st, { type: 'sandboxRead', sandbox: 'photo-v1', path: FONT });
    expect(box(st, 'photo-v1').lastRead).toMatchObject({ from: 'layer', value: 'embedded font' });
    st = apply(st, { type: 'sandboxRead', sandbox: 'photo-v2', path: FONT });
    expect(box(st, 'photo-v2').lastRead).toMatchObject({ from: 'os', value: 'Malgun Gothic 6.2' });
    st = apply(st, { type: 'sandboxRead', sandbox: 'photo-v2', path: 'C:\\nowhere.txt' });
    expect(box(st, 'photo-v2').lastRead).toMatchObject({ from: 'none', value: null });
    expect(os(st)).toEqual(OS_BASE);
  });

  it('removing a sandbox discards its layer, leaves the OS and the other version as they were, and refuses it afterwards', () => {
    let st = run(createSim(presets['app-virtualization']), 20_000);
    const v2 = structuredClone(box(st, 'photo-v2'));
    st = apply(st, { type: 'removeSandbox', sandbox: 'photo-v1' });
    expect(box(st, 'photo-v1')).toMatchObject({ removed: true, layer: [] });
    expect(box(st, 'photo-v2')).toEqual(v2);
    expect(os(st)).toEqual(OS_BASE);
    for (const cmd of [
      { type: 'sandboxWrite', sandbox: 'photo-v1', path: SETTINGS, value: 'x' },
      { type: 'sandboxRead', sandbox: 'photo-v1', path: SETTINGS },
      { type: 'removeSandbox', sandbox: 'photo-v1' },
    ] as const) {
      const r = applyCommand(st, cmd);
      expect(r.ok ? '' : r.reason.key).toBe('appvirt.reason.removed');
      expect(r.state).toBe(st);
    }
    st = run(st, 2000);
    expect(checkInvariants(st)).toEqual([]);
  });

  it('refuses an unknown sandbox, a VM that is off, and a full layer, changing nothing', () => {
    const cold = createSim(presets['app-virtualization']);
    const off = applyCommand(cold, { type: 'sandboxWrite', sandbox: 'photo-v1', path: SETTINGS, value: 'x' });
    expect(off.ok ? '' : off.reason.key).toBe('appvirt.reason.vmOff');
    expect(off.state).toBe(cold);
    let st = booted();
    const none = applyCommand(st, { type: 'sandboxRead', sandbox: 'nope', path: SETTINGS });
    expect(none.ok ? '' : none.reason.key).toBe('appvirt.reason.noSandbox');
    for (let i = 0; i < 16; i++) st = apply(st, { type: 'sandboxWrite', sandbox: 'photo-v2', path: `C:\\f${i}`, value: String(i) });
    const full = applyCommand(st, { type: 'sandboxWrite', sandbox: 'photo-v2', path: 'C:\\one-more', value: 'x' });
    expect(full.ok ? '' : full.reason.key).toBe('appvirt.reason.full');
    expect(full.state).toBe(st);
    st = apply(st, { type: 'sandboxWrite', sandbox: 'photo-v2', path: 'C:\\f3', value: 'again' });
    expect(box(st, 'photo-v2').layer).toHaveLength(16);
  });

  it('property: under any writes, reads and removes the OS never changes, each sandbox reads back its own last write, untouched paths fall through', () => {
    const start = booted();
    const paths = [...OS_BASE.map((e) => e.path), SETTINGS, 'HKLM\\Software\\PhotoEdit\\Version', 'C:\\temp\\a.txt'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('write' as const), box: fc.integer({ min: 0, max: 1 }), path: fc.constantFrom(...paths), value: fc.string({ maxLength: 8 }) }),
      fc.record({ kind: fc.constant('read' as const), box: fc.integer({ min: 0, max: 1 }), path: fc.constantFrom(...paths) }),
      fc.record({ kind: fc.constant('remove' as const), box: fc.integer({ min: 0, max: 1 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let st = start;
        const ids = ['photo-v1', 'photo-v2'];
        const mine = ids.map(() => new Map<string, string>());
        const gone = ids.map(() => false);
        for (const o of ops) {
          const id = ids[o.box]!;
          const cmd: CommandInput = o.kind === 'write' ? { type: 'sandboxWrite', sandbox: id, path: o.path, value: o.value } : o.kind === 'read' ? { type: 'sandboxRead', sandbox: id, path: o.path } : { type: 'removeSandbox', sandbox: id };
          const r = applyCommand(st, cmd);
          expect(r.ok).toBe(!gone[o.box]);
          st = r.state;
          expect(checkInvariants(st)).toEqual([]);
          expect(os(st)).toEqual(OS_BASE);
          if (!r.ok) continue;
          if (o.kind === 'write') mine[o.box]!.set(o.path, o.value);
          if (o.kind === 'remove') gone[o.box] = true;
          if (o.kind === 'read') {
            const own = mine[o.box]!.get(o.path);
            const base = OS_BASE.find((e) => e.path === o.path)?.value;
            expect(box(st, id).lastRead).toMatchObject(own !== undefined ? { from: 'layer', value: own } : base !== undefined ? { from: 'os', value: base } : { from: 'none', value: null });
          }
        }
        ids.forEach((id, k) => expect(box(st, id).layer.length).toBe(gone[k] ? 0 : mine[k]!.size));
      }),
      { numRuns: 60 },
    );
  });
});
