/**
 * A corpus of hostile scenario files: malformed JSON, wrong versions, huge and negative
 * numbers, prototype keys, unknown fields, deep nesting, very long strings and script
 * in names. Each entry is the raw text a user might import or a host page might post.
 * Used by the unit test beside parseScenario's consumers and by the import e2e test.
 */
import { presets } from '../../src/engine';

export interface HostileInput {
  name: string;
  text: string;
}

const base = (): Record<string, unknown> => structuredClone(presets.basic) as unknown as Record<string, unknown>;
const json = (v: unknown): string => JSON.stringify(v);

function withPath(path: (string | number)[], value: unknown): string {
  const doc = base();
  let cur: Record<string | number, unknown> = doc;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, unknown>;
  cur[path[path.length - 1] ?? ''] = value;
  return json(doc);
}

const malformed = [
  '', ' ', '{', '}', '[', '{"schemaVersion":1,', 'null', 'true', '42', '"a string"', '[]', '[1,2,3]',
  "{'single':'quotes'}", '{"a":1,}', 'NaN', 'undefined', '{"a":Infinity}', '<html></html>', '\u0000', '{"a":"\\ud800"',
];

const badValues: unknown[] = [-1, 0, 1e308, -1e308, 1.5, '4', null, true, [], {}, 'NaN', 2 ** 53, -0.0001];
const numericPaths: (string | number)[][] = [
  ['hosts', 0, 'sockets'], ['hosts', 0, 'coresPerSocket'], ['hosts', 0, 'threadsPerCore'], ['hosts', 0, 'memoryMiB'],
  ['vms', 0, 'vcpus'], ['vms', 0, 'memoryMiB'], ['vms', 0, 'weight'], ['vms', 0, 'capPct'], ['seed'],
  ['hosts', 0, 'hypervisor', 'cpu', 'timesliceMs'], ['containers', 0, 'cpuShares'], ['storageArrays', 0, 'capacityGiB'],
];

function deep(n: number): string {
  return '['.repeat(n) + ']'.repeat(n);
}

const SCRIPT = '<img src=x onerror=alert(1)><script>alert(1)</script>';

export function hostileCorpus(): HostileInput[] {
  const out: HostileInput[] = malformed.map((text, i) => ({ name: `malformed ${i}`, text }));
  for (const v of [0, 2, 99, '1', null, -1, 1.1]) out.push({ name: `schemaVersion ${json(v)}`, text: withPath(['schemaVersion'], v) });
  for (const path of numericPaths) {
    for (const v of badValues) {
      // 0 is a valid cap ("no cap") and a valid seed.
      if (v === 0 && (path.includes('capPct') || path.includes('seed'))) continue;
      out.push({ name: `${path.join('.')} = ${json(v)}`, text: withPath(path, v) });
    }
  }
  for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'extra']) {
    out.push({ name: `top-level key ${key}`, text: json(base()).replace('{', `{"${key}":{"polluted":true},`) });
    out.push({ name: `host key ${key}`, text: json(base()).replace('"id":"host-1"', `"${key}":{"polluted":true},"id":"host-1"`) });
  }
  out.push({ name: 'deep array nesting', text: withPath(['vms'], JSON.parse(deep(200)) as unknown) });
  out.push({ name: 'deep raw nesting', text: deep(5000) });
  out.push({ name: 'very long name', text: withPath(['name'], 'x'.repeat(100_000)) });
  out.push({ name: 'very long id', text: withPath(['vms', 0, 'id'], 'a'.repeat(5000)) });
  out.push({ name: 'script in id', text: withPath(['vms', 0, 'id'], SCRIPT) });
  out.push({ name: 'unknown host reference', text: withPath(['vms', 0, 'host'], 'nowhere') });
  out.push({ name: 'duplicate VM ids', text: withPath(['vms', 1, 'id'], 'web-1') });
  out.push({ name: 'container on host and vm', text: withPath(['containers', 0, 'vm'], 'web-1') });
  out.push({ name: 'too many VMs', text: withPath(['vms'], Array.from({ length: 300 }, (_v, i) => ({ id: `v${i}`, name: `v${i}`, host: 'host-1', vcpus: 1, memoryMiB: 512 }))) });
  out.push({ name: 'hosts empty', text: withPath(['hosts'], []) });
  out.push({ name: 'hosts missing', text: json({ ...base(), hosts: undefined }) });
  out.push({ name: 'bad workload', text: withPath(['vms', 0, 'workload'], 'bitcoin-miner') });
  out.push({ name: 'bad hypervisor type', text: withPath(['hosts', 0, 'hypervisor', 'type'], 'type3') });
  out.push({ name: 'bad event command', text: withPath(['events'], [{ at: 5, command: { type: 'formatDisk', vm: 'web-1' } }]) });
  out.push({ name: 'negative event tick', text: withPath(['events'], [{ at: -5, command: { type: 'stopVm', vm: 'web-1' } }]) });
  out.push({ name: 'event with extra field', text: withPath(['events'], [{ at: 5, command: { type: 'stopVm', vm: 'web-1', rm: '-rf' } }]) });
  out.push({ name: 'vm unknown field', text: withPath(['vms', 0, 'gpu'], 'A100') });
  out.push({ name: 'numbers as strings everywhere', text: json(base()).replace(/:(\d+)/g, ':"$1"') });
  return out;
}

/** Valid files whose user text looks like markup: accepted, and must be shown as text. */
export function markupNames(): HostileInput[] {
  return [
    { name: 'script in VM name', text: withPath(['vms', 0, 'name'], SCRIPT) },
    { name: 'markup in scenario name', text: withPath(['name'], '<b onclick=alert(1)>bold</b>') },
  ];
}

export { SCRIPT };
