/**
 * parseScenario, shape side: every preset parses (and re-parses to itself), defaults
 * fill in, and hostile input of any kind (wrong types, prototype keys, cycles, throwing
 * getters, huge strings and arrays, random garbage from fast-check) comes back as a
 * list of errors (never an exception), each naming the field (`path`), an i18n key
 * under `error.` and its parameters. Cross-reference errors live in references.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPresetId, parseScenario, PRESET_IDS, presets, type ParseResult, type ScenarioError } from '../index';
import { basic } from './presets/basic';
import { datacenter32 } from './presets/datacenter';

/** A deep, mutable copy of the basic preset as JSON would deliver it. */
function basicJson(): Record<string, unknown> & { vms: Record<string, unknown>[]; hosts: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(basic)) as ReturnType<typeof basicJson>;
}

function errorsOf(r: ParseResult): ScenarioError[] {
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.errors;
}

/** The shape contract every error must keep, whatever the input was. */
function expectWellFormed(errors: readonly ScenarioError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.length).toBeLessThanOrEqual(20);
  for (const e of errors) {
    expect(typeof e.path).toBe('string');
    expect(typeof e.message).toBe('string');
    expect(e.key).toMatch(/^error\.[a-z]+\.[A-Za-z]+$/);
    expect(e.params).toBeTypeOf('object');
    for (const v of Object.values(e.params)) expect(['string', 'number']).toContain(typeof v);
  }
}

/** Parse, expect a rejection, and return it after checking the shape contract. */
function reject(input: unknown): ScenarioError[] {
  let r: ParseResult | undefined;
  expect(() => (r = parseScenario(input))).not.toThrow();
  const errors = errorsOf(r as ParseResult);
  expectWellFormed(errors);
  return errors;
}

describe('presets', () => {
  it('has at least the basic and datacenter-32 presets', () => {
    expect(PRESET_IDS).toEqual(expect.arrayContaining(['basic', 'datacenter-32']));
    expect(isPresetId('basic')).toBe(true);
    expect(isPresetId('toString')).toBe(false);
  });

  it.each(PRESET_IDS)('%s re-parses to itself, also after a JSON round trip', (id) => {
    const direct = parseScenario(presets[id]);
    expect(direct).toEqual({ ok: true, scenario: presets[id] });
    const viaJson = parseScenario(JSON.parse(JSON.stringify(presets[id])));
    expect(viaJson).toEqual({ ok: true, scenario: presets[id] });
    // The built page ships the presets as JSON parsed at build time (vite.config.ts): the
    // same scenario, key for key, with no field JSON would lose.
    expect(JSON.parse(JSON.stringify(presets[id]))).toStrictEqual(presets[id]);
  });

  it('parses the hand-written inputs and fills the defaults', () => {
    for (const input of [basic, datacenter32]) expect(parseScenario(input).ok).toBe(true);
    const r = parseScenario(datacenter32);
    if (!r.ok) throw new Error('datacenter-32 must parse');
    expect(r.scenario.vms).toHaveLength(32);
    expect(r.scenario.hosts[0]?.hypervisor.cpu).toEqual({ policy: 'round-robin', timesliceMs: 30 });
    expect(r.scenario.vms[0]?.weight).toBe(256);
    expect(r.scenario.vms[0]?.autostart).toBe(true);
  });

  it('defaults the seed to 1 and the optional tables to empty', () => {
    const minimal = { schemaVersion: 1, name: 'm', hosts: [{ id: 'h', name: 'h', sockets: 1, coresPerSocket: 1, threadsPerCore: 1, memoryMiB: 1024 }] };
    const r = parseScenario(minimal);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.scenario.seed).toBe(1);
    expect(r.scenario.vms).toEqual([]);
    expect(r.scenario.containers).toEqual([]);
    expect(r.scenario.events).toEqual([]);
  });
});

describe('hostile input never throws', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'scenario'],
    ['a boolean', true],
    ['a bigint', 10n],
    ['a symbol', Symbol('s')],
    ['a function', () => basic],
    ['an array', [basic]],
  ])('%s is rejected as a whole document', (_, input) => {
    expect(reject(input)).toEqual([expect.objectContaining({ path: '', key: 'error.schema.type', params: { expected: 'schema.expected.object' } })]);
  });

  it.each([
    ['an empty object', {}],
    ['a null-prototype object', Object.create(null) as object],
    ['a Map', new Map([['schemaVersion', 1]])],
    ['a Date', new Date(0)],
  ])('%s is rejected for its missing required fields', (_, input) => {
    const paths = reject(input).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['schemaVersion', 'name', 'hosts']));
  });

  it('rejects __proto__ keys from JSON.parse and never pollutes prototypes', () => {
    expect(reject(JSON.parse('{"__proto__":{}}')).map((e) => e.path)).toContain('schemaVersion');
    const smuggled = JSON.stringify(basic).replace('"seed":42', '"seed":42,"__proto__":{"polluted":1}');
    const top = reject(JSON.parse(smuggled));
    expect(top).toContainEqual(expect.objectContaining({ path: '', key: 'error.schema.unknownField', params: { fields: '__proto__' } }));
    const nested = reject(JSON.parse(JSON.stringify(basic).replace('"vcpus":2', '"vcpus":2,"constructor":{"prototype":{"polluted":1}}')));
    expect(nested[0]).toMatchObject({ path: 'vms.0', key: 'error.schema.unknownField', params: { fields: 'constructor' } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('turns a throwing getter or proxy into an unreadable-input error', () => {
    const getter = { schemaVersion: 1, name: 'g', get hosts(): never { throw new Error('boom'); } };
    expect(reject(getter)).toEqual([expect.objectContaining({ path: '', key: 'error.schema.unreadable', params: {} })]);
    const nestedGetter = basicJson();
    Object.defineProperty(nestedGetter.vms[0], 'vcpus', { enumerable: true, get: () => { throw new TypeError('nope'); } });
    expect(reject(nestedGetter)[0]?.key).toBe('error.schema.unreadable');
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
    expect(reject(trap)[0]?.key).toBe('error.schema.unreadable');
  });

  it('survives cyclic objects', () => {
    const selfRef = basicJson();
    selfRef['self'] = selfRef;
    expect(reject(selfRef)[0]).toMatchObject({ path: '', key: 'error.schema.unknownField' });
    const inner = basicJson();
    const host = inner.hosts[0] as { disks: unknown[] };
    host.disks.push(host);
    expect(reject(inner).some((e) => e.path.startsWith('hosts.0.disks.1'))).toBe(true);
  });

  it('survives deep nesting, huge arrays and 10k-character strings quickly', () => {
    let deep: unknown = {};
    for (let i = 0; i < 50_000; i++) deep = { a: deep };
    expect(reject({ ...basicJson(), hosts: [deep] }).every((e) => e.path.startsWith('hosts.0'))).toBe(true);
    let deepArray: unknown = [];
    for (let i = 0; i < 50_000; i++) deepArray = [deepArray];
    reject(deepArray);
    const started = performance.now();
    // A sparse million-slot array costs nothing to build but would be slow to walk.
    // oxlint-disable-next-line unicorn/no-new-array
    expect(reject({ ...basicJson(), vms: new Array(1_000_000) })[0]).toMatchObject({ path: 'vms', key: 'error.schema.tooBig' });
    expect(performance.now() - started).toBeLessThan(2000);
    const long = 'x'.repeat(10_000);
    expect(reject({ ...basicJson(), name: long })[0]).toMatchObject({ path: 'name', key: 'error.schema.tooBig', params: { max: '80' } });
    const j = basicJson();
    (j.vms[0] as Record<string, unknown>)[long] = 1;
    const e = reject(j)[0];
    expect(e).toMatchObject({ path: 'vms.0', key: 'error.schema.unknownField' });
  });

  it('any fast-check value, alone or planted into a valid scenario, gives well-formed errors or a valid scenario', () => {
    const anything = fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, maxDepth: 4 });
    const paths = fc.constantFrom(['name'], ['seed'], ['hosts'], ['hosts', 0], ['hosts', 0, 'sockets'], ['hosts', 0, 'hypervisor'], ['vms', 1], ['vms', 0, 'vcpus'], ['vms', 2, 'disks', 0], ['containers', 0, 'host'], ['events'], ['__proto__'], ['storageArrays', 0, 'latencyMs']);
    fc.assert(
      fc.property(anything, paths, (value, path) => {
        for (const input of [value, plant(basicJson(), path, value)]) {
          const r = parseScenario(input);
          if (!r.ok) expectWellFormed(r.errors);
          else expect(r.scenario.schemaVersion).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Set `value` at `path` inside `root` (creating nothing: a missing parent leaves root as is). */
function plant(root: Record<string, unknown>, path: readonly (string | number)[], value: unknown): unknown {
  let node: unknown = root;
  for (const k of path.slice(0, -1)) node = (node as Record<string | number, unknown> | undefined)?.[k];
  const last = path[path.length - 1];
  if (node !== null && typeof node === 'object' && last !== undefined) Object.defineProperty(node, last, { value, enumerable: true, configurable: true, writable: true });
  return root;
}

describe('errors point at the field', () => {
  const set = (path: readonly (string | number)[], value: unknown): unknown => plant(basicJson(), path, value);
  it.each([
    ['vms.0.vcpus', 1000, 'error.schema.tooBig', { max: '32' }],
    ['vms.0.vcpus', 0, 'error.schema.tooSmall', { min: '1' }],
    ['vms.0.vcpus', 1.5, 'error.schema.type', { expected: 'schema.expected.int' }],
    ['vms.0.vcpus', '2', 'error.schema.type', { expected: 'schema.expected.number' }],
    ['vms.0.memoryMiB', -4096, 'error.schema.tooSmall', { min: '64' }],
    ['hosts.0.disks.0.sizeGiB', -5, 'error.schema.tooSmall', { min: '1' }],
    ['hosts.0.sockets', 1e308, 'error.schema.tooBig', undefined],
    ['hosts.0.id', 'bad id!', 'error.schema.format', {}],
    ['hosts.0.threadsPerCore', 3, 'error.schema.tooBig', { max: '2' }],
    ['hosts.0.hypervisor.cpu.timesliceMs', 0, 'error.schema.tooSmall', { min: '1' }],
    ['vms.1.workload', 'mining', 'error.schema.value', { allowed: 'cpu-bound, io-bound, web, idle, database' }],
    ['schemaVersion', 2, 'error.schema.value', { allowed: '1' }],
    ['seed', -1, 'error.schema.tooSmall', { min: '0' }],
    ['seed', 2 ** 53, 'error.schema.tooBig', undefined],
    ['name', '', 'error.schema.tooSmall', { min: '1' }],
    ['hosts', [], 'error.schema.tooSmall', { min: '1' }],
    ['vms', 'none', 'error.schema.type', { expected: 'schema.expected.array' }],
    ['events', [{ at: 5, command: { type: 'explode' } }], 'error.schema.union', {}],
  ] as const)('%s = %j -> %s', (path, value, key, params) => {
    const errors = reject(set(path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), value));
    const target = path === 'events' ? 'events.0.command.type' : path;
    const hit = errors.find((e) => e.path === target);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit?.key).toBe(key);
    if (params !== undefined) expect(hit?.params).toEqual(params);
  });

  it('reports an unknown field with its parent path and its name', () => {
    const j = basicJson();
    (j.vms[2] as Record<string, unknown>)['colour'] = 'red';
    j['author'] = 'me';
    const errors = reject(j);
    expect(errors).toContainEqual(expect.objectContaining({ path: '', key: 'error.schema.unknownField', params: { fields: 'author' } }));
    expect(errors).toContainEqual(expect.objectContaining({ path: 'vms.2', key: 'error.schema.unknownField', params: { fields: 'colour' } }));
  });

  it('caps the number of errors at 20', () => {
    const j = basicJson();
    j['vms'] = Array.from({ length: 40 }, () => ({}));
    const errors = reject(j);
    expect(errors).toHaveLength(20);
  });
});

describe('files and links written before the I/O-size model', () => {
  it('still open: a retired storage.ioKiB becomes the growth scale it meant, and a growthScale wins', () => {
    const growth = (storage: Record<string, unknown>): unknown => {
      const r = parseScenario({ ...basicJson(), storage });
      return r.ok ? r.scenario.storage.growthScale : r.errors;
    };
    expect(growth({ ioKiB: 8192 })).toBe(128);
    expect(growth({ ioKiB: 64 })).toBe(1);
    expect(growth({ ioKiB: 4 })).toBe(1);
    expect(growth({ ioKiB: 8192, growthScale: 3 })).toBe(3);
    expect(growth({})).toBe(1);
    const r = parseScenario({ ...basicJson(), storage: { ioKiB: 8192 } });
    expect(r.ok && 'ioKiB' in r.scenario.storage).toBe(false);
  });
});

