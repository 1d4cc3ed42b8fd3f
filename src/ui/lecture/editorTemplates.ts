/**
 * "Add" buttons of the scenario editor: append a valid new host, VM, container, array,
 * vSwitch or scheduled event to the edited JSON, with a fresh id, so people edit from
 * a working example instead of a blank. Pure: text in, text out (null when the text
 * does not parse, so the editor can say so instead).
 */
export type AddKind = 'host' | 'vm' | 'container' | 'array' | 'vswitch' | 'event';
export const ADD_KINDS: readonly AddKind[] = ['host', 'vm', 'container', 'array', 'vswitch', 'event'];

import { freshId as firstFree } from '../../views/shared/ids';

type Obj = Record<string, unknown>;

/** A new entry's id: after the list's length, the first one not taken. */
function freshId(prefix: string, list: unknown[]): string {
  const used = list.flatMap((x) => (typeof x === 'object' && x !== null && typeof (x as Obj)['id'] === 'string' ? [(x as Obj)['id'] as string] : []));
  return firstFree(`${prefix}-`, used, list.length + 1);
}

function firstId(list: unknown, fallback: string): string {
  const x = Array.isArray(list) ? (list[0] as Obj | undefined) : undefined;
  return typeof x?.['id'] === 'string' ? x['id'] : fallback;
}

const TABLE: Record<AddKind, string> = { host: 'hosts', vm: 'vms', container: 'containers', array: 'storageArrays', vswitch: 'vswitches', event: 'events' };

function template(kind: AddKind, s: Obj, id: string): Obj {
  const host = firstId(s['hosts'], 'host-1');
  switch (kind) {
    case 'host':
      return { id, name: id, sockets: 1, coresPerSocket: 2, threadsPerCore: 2, memoryMiB: 16384 };
    case 'vm':
      return { id, name: id, host, vcpus: 1, memoryMiB: 2048, workload: 'web' };
    case 'container':
      return { id, name: id, host, image: 'nginx:1.27', workload: 'web' };
    case 'array':
      return { id, name: id, capacityGiB: 2048, iops: 20000, latencyMs: 1, rack: 'rack-1' };
    case 'vswitch':
      return { id, name: id, host, vlans: [0] };
    case 'event':
      return { at: 5000, command: { type: 'setTimeslice', host, ms: 10 } };
  }
}

export function addToScenarioText(text: string, kind: AddKind): string | null {
  let s: unknown;
  try {
    s = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return null;
  const obj = s as Obj;
  const key = TABLE[kind];
  const list = Array.isArray(obj[key]) ? (obj[key] as unknown[]) : [];
  const prefix = kind === 'array' ? 'array' : kind;
  const next = [...list, template(kind, obj, freshId(prefix, list))];
  return `${JSON.stringify({ ...obj, [key]: next }, null, 2)}\n`;
}
