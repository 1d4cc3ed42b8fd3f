/**
 * The scenario editor's form, as data: which tables it edits, which fields each row
 * shows and how each is typed (whole number with range, decimal, text, choice, yes/no,
 * a reference to another table's ids). Ranges mirror the engine's schema so the form
 * warns early, while parseScenario stays the judge on Apply. Pure helpers read and
 * write one cell of the scenario object immutably.
 */
import { techniques, workloadKinds } from '../../engine';

export type Table = 'hosts' | 'vms' | 'containers' | 'storageArrays' | 'vswitches' | 'events';
export const TABLES: readonly Table[] = ['hosts', 'vms', 'containers', 'storageArrays', 'vswitches', 'events'];

export type FieldKind =
  | { kind: 'text' }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'ref'; table: Table; optional: boolean }
  | { kind: 'bool' }
  /** A nested value edited as JSON text (e.g. an event's command). */
  | { kind: 'json' };

export interface Field {
  /** Path inside the row, e.g. ['hypervisor', 'type']. */
  path: readonly string[];
  type: FieldKind;
}

const f = (path: string | string[], type: FieldKind): Field => ({ path: typeof path === 'string' ? [path] : path, type });
const text: FieldKind = { kind: 'text' };

export const FIELDS: Readonly<Record<Table, readonly Field[]>> = {
  hosts: [
    f('id', text),
    f('sockets', { kind: 'int', min: 1, max: 8 }),
    f('coresPerSocket', { kind: 'int', min: 1, max: 64 }),
    f('threadsPerCore', { kind: 'int', min: 1, max: 2 }),
    f('memoryMiB', { kind: 'int', min: 256, max: 4_194_304 }),
    f(['hypervisor', 'type'], { kind: 'choice', options: ['type1', 'type2'] }),
    f(['hypervisor', 'technique'], { kind: 'choice', options: techniques }),
  ],
  vms: [
    f('id', text),
    f('host', { kind: 'ref', table: 'hosts', optional: false }),
    f('vcpus', { kind: 'int', min: 1, max: 32 }),
    f('memoryMiB', { kind: 'int', min: 64, max: 1_048_576 }),
    f('workload', { kind: 'choice', options: workloadKinds }),
    f('guestOs', { kind: 'choice', options: ['linux', 'windows', 'bsd'] }),
    f('autostart', { kind: 'bool' }),
  ],
  containers: [
    f('id', text),
    f('host', { kind: 'ref', table: 'hosts', optional: true }),
    f('vm', { kind: 'ref', table: 'vms', optional: true }),
    f('image', text),
    f('workload', { kind: 'choice', options: workloadKinds }),
    f('memoryLimitMiB', { kind: 'int', min: 0, max: 1_048_576 }),
  ],
  storageArrays: [
    f('id', text),
    f('capacityGiB', { kind: 'int', min: 1, max: 10_000_000 }),
    f('iops', { kind: 'int', min: 1, max: 10_000_000 }),
    f('latencyMs', { kind: 'number', min: 0.01, max: 1000 }),
    f('rack', text),
  ],
  vswitches: [f('id', text), f('host', { kind: 'ref', table: 'hosts', optional: false }), f('uplinks', { kind: 'int', min: 0, max: 8 })],
  events: [f('at', { kind: 'int', min: 0, max: 1_000_000_000 }), f('command', { kind: 'json' })],
};

type Obj = Record<string, unknown>;

export function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function rows(s: Obj, table: Table): unknown[] {
  const r = s[table];
  return Array.isArray(r) ? r : [];
}

export function cell(row: unknown, path: readonly string[]): unknown {
  let x: unknown = row;
  for (const k of path) x = isObj(x) ? x[k] : undefined;
  return x;
}

function setPath(o: Obj, path: readonly string[], value: unknown): Obj {
  const [head, ...rest] = path;
  if (head === undefined) return o;
  const next = { ...o };
  if (rest.length === 0) {
    if (value === undefined) delete next[head];
    else next[head] = value;
  } else {
    next[head] = setPath(isObj(o[head]) ? o[head] : {}, rest, value);
  }
  return next;
}

/** A copy of the scenario with one cell changed (undefined removes the field). */
export function setCell(s: Obj, table: Table, index: number, path: readonly string[], value: unknown): Obj {
  const list = [...rows(s, table)];
  const row = list[index];
  if (!isObj(row)) return s;
  // A VM's or container's name follows its id, so people edit one thing.
  const withName = path[0] === 'id' && table !== 'events' ? setPath(row, ['name'], value) : row;
  list[index] = setPath(withName, path, value);
  return { ...s, [table]: list };
}

export function removeRow(s: Obj, table: Table, index: number): Obj {
  return { ...s, [table]: rows(s, table).filter((_, i) => i !== index) };
}

/** Ids of a table, for reference pickers. */
export function ids(s: Obj, table: Table): string[] {
  return rows(s, table).flatMap((r) => (isObj(r) && typeof r['id'] === 'string' ? [r['id']] : []));
}

/** Parse what a person typed into a cell; undefined for an empty optional value. */
export function parseInput(type: FieldKind, raw: string): unknown {
  switch (type.kind) {
    case 'int':
    case 'number':
      return raw.trim() === '' ? undefined : Number(raw);
    case 'bool':
      return raw === 'true';
    case 'ref':
      return raw === '' ? undefined : raw;
    case 'json':
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return raw;
      }
    case 'text':
    case 'choice':
      return raw;
  }
}
