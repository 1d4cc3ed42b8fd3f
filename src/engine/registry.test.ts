/**
 * The registry and the structure it stands for: every subsystem folder is registered and
 * has tests beside its code, every command has exactly one handler, the tick runs the
 * places in order, snapshot sections come in the digest's order, and no engine source
 * file grows past 300 lines. (Import boundaries and cycles are lint rules: .oxlintrc.json.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandSchema } from './commands';
import { kernelCommands } from './kernel/commands';
import { TICK_PLACES } from './kernel/contract';
import { SNAPSHOT_VERSION } from './kernel/snapshot';
import { WORLD_KEYS } from './kernel/world';
import { engine, SUBSYSTEMS } from './registry';
import { presets } from './scenario/presets';
import { sectionOrder } from './snapshot';

const ROOT = new URL('.', import.meta.url).pathname;
/** Folders of the engine that are not subsystems. */
const NOT_SUBSYSTEMS = new Set(['kernel', 'scenario', 'classic']);
/** A subsystem's state key when it differs from its folder's name. */
const FOLDER: Record<string, string> = { net: 'network', orch: 'orchestration' };

const folders = readdirSync(ROOT).filter((f) => statSync(join(ROOT, f)).isDirectory());
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('the registry', () => {
  it('lists every subsystem folder, once', () => {
    const registered = SUBSYSTEMS.map((s) => FOLDER[s.id] ?? s.id);
    expect(new Set(registered).size).toBe(registered.length);
    expect(registered.toSorted()).toEqual(folders.filter((f) => !NOT_SUBSYSTEMS.has(f)).toSorted());
  });

  it('every subsystem folder (and the kernel) has tests beside its code', () => {
    for (const f of [...SUBSYSTEMS.map((s) => FOLDER[s.id] ?? s.id), 'kernel']) {
      expect(readdirSync(join(ROOT, f)).filter((x) => x.endsWith('.test.ts')), f).not.toEqual([]);
    }
  });

  it('every subsystem folder is held to the import boundaries, its tests too (.oxlintrc.json)', () => {
    const lint = readFileSync(join(ROOT, '../../.oxlintrc.json'), 'utf8');
    for (const f of SUBSYSTEMS.map((s) => FOLDER[s.id] ?? s.id)) {
      expect(lint, f).toContain(`"src/engine/${f}/**/*.ts"`);
      expect(lint, f).toContain(`"src/engine/${f}/**/*.test.ts"`);
    }
  });

  it('every command has exactly one handler (kernel or one subsystem)', () => {
    const owners = new Map<string, string[]>();
    for (const [who, table] of [['kernel', kernelCommands] as const, ...SUBSYSTEMS.map((s) => [s.id, s.commands] as const)]) {
      for (const type of Object.keys(table)) owners.set(type, [...(owners.get(type) ?? []), who]);
    }
    for (const o of commandSchema.options) expect(owners.get(o.shape.type.value), o.shape.type.value).toHaveLength(1);
    expect(owners.size).toBe(commandSchema.options.length);
  });

  it('keeps the tick order: control, lifecycle, schedule, execute, arbitrate', () => {
    expect(TICK_PLACES).toEqual(['control', 'lifecycle', 'schedule', 'execute', 'arbitrate']);
    const at = (place: (typeof TICK_PLACES)[number]): string[] => SUBSYSTEMS.filter((s) => s.phases[place] !== undefined).map((s) => s.id);
    expect(at('control')).toEqual(['orch', 'containers', 'cluster']);
    expect(at('schedule')).toEqual(['cpu']);
    expect(at('execute')).toEqual(['cpu', 'gpu']);
    expect(at('arbitrate')).toEqual(['memory', 'storage', 'virt', 'net']);
  });

  it('the state is the world (WORLD_KEYS) and one key per subsystem', () => {
    const st = engine.createSim(presets.basic);
    expect(Object.keys(st).toSorted()).toEqual([...WORLD_KEYS, ...SUBSYSTEMS.map((s) => s.id)].toSorted());
  });

  it('snapshot sections come in the digest order, and the snapshot keeps its shape', () => {
    expect(sectionOrder(SUBSYSTEMS).map((s) => s.id)).toEqual(['cpu', 'storage', 'virt', 'net', 'containers', 'cluster', 'memory', 'gpu', 'appvirt', 'orch']);
    const snap = engine.toSnapshot(engine.createSim(presets.basic));
    expect(snap.v).toBe(SNAPSHOT_VERSION);
    expect(Object.keys(snap)).toEqual(['v', 'tick', 'topology', 'ent', 'pcpu', 'queues', 'vms', 'containers', 'counters', 'events', 'notable', 'cpu', 'storage', 'virt', 'net', 'fleet', 'memory', 'gpu', 'appvirt', 'orch']);
    expect(Object.keys(snap.fleet)).toEqual(['ct', 'cl', 'pages', 'hosts', 'instances']);
  });

  it('no engine source file is over 300 lines', () => {
    const long = files(ROOT)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => [f.slice(ROOT.length), readFileSync(f, 'utf8').split('\n').length - 1] as const)
      .filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });
});
