/**
 * parseScenario, reference side: a scenario can be well shaped and still wrong (a VM on
 * a host that does not exist, two things with one id, a container placed on both a host
 * and a VM, more pCPUs or vCPUs than a browser tab can simulate). These come back as
 * `error.ref.*` / `error.limit.*` errors that point at the offending entry.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS, parseScenario, type ScenarioError } from '../index';
import { basic } from './presets/basic';

type Row = Record<string, unknown>;
type Json = Record<string, unknown> & { hosts: Row[]; vms: Row[]; containers: Row[]; vswitches: Row[] };

function basicJson(): Json {
  return JSON.parse(JSON.stringify(basic)) as Json;
}

function errors(input: unknown): ScenarioError[] {
  const r = parseScenario(input);
  if (r.ok) throw new Error('expected the scenario to be rejected');
  for (const e of r.errors) expect(e.key).toMatch(/^error\./);
  return r.errors;
}

function at<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`no entry ${i}`);
  return v;
}

describe('cross references', () => {
  it("an array whose bandwidth cannot carry its own rated I/Os (iops x 4 KiB), and one that can", () => {
    const j = basicJson() as Json & { storageArrays: Row[] };
    const a = at(j.storageArrays, 0);
    const iops = Number(a['iops']);
    a['mibps'] = Math.ceil(iops / 256) - 1;
    expect(errors(j)).toEqual([expect.objectContaining({ path: 'storageArrays.0.mibps', key: 'error.storage.bandwidth', params: { iops, least: Math.ceil(iops / 256) } })]);
    a['mibps'] = Math.ceil(iops / 256);
    expect(parseScenario(j).ok).toBe(true);
  });

  it('a VM on an unknown host', () => {
    const j = basicJson();
    at(j.vms, 1)['host'] = 'host-9';
    expect(errors(j)).toEqual([expect.objectContaining({ path: 'vms.1.host', key: 'error.ref.unknown', params: { kind: 'schema.kind.host', id: 'host-9' } })]);
  });

  it('a container on an unknown host or inside an unknown VM', () => {
    const j = basicJson();
    at(j.containers, 0)['host'] = 'nowhere';
    delete at(j.containers, 1)['host'];
    at(j.containers, 1)['vm'] = 'ghost';
    expect(errors(j)).toEqual([
      expect.objectContaining({ path: 'containers.0.host', key: 'error.ref.unknown', params: { kind: 'schema.kind.host', id: 'nowhere' } }),
      expect.objectContaining({ path: 'containers.1.vm', key: 'error.ref.unknown', params: { kind: 'schema.kind.vm', id: 'ghost' } }),
    ]);
  });

  it('a container with both a host and a VM, or with neither', () => {
    const j = basicJson();
    at(j.containers, 0)['vm'] = 'web-1';
    delete at(j.containers, 1)['host'];
    const e = errors(j);
    expect(e).toContainEqual(expect.objectContaining({ path: 'containers.0', key: 'error.ref.containerPlacement' }));
    expect(e).toContainEqual(expect.objectContaining({ path: 'containers.1', key: 'error.ref.containerPlacement' }));
    expect(e).toHaveLength(2);
  });

  it('a container inside a known VM is accepted', () => {
    const j = basicJson();
    delete at(j.containers, 0)['host'];
    at(j.containers, 0)['vm'] = 'db-1';
    expect(parseScenario(j).ok).toBe(true);
  });

  it('a vSwitch on an unknown host', () => {
    const j = basicJson();
    at(j.vswitches, 0)['host'] = 'host-2';
    expect(errors(j)).toEqual([expect.objectContaining({ path: 'vswitches.0.host', key: 'error.ref.unknown', params: { kind: 'schema.kind.host', id: 'host-2' } })]);
  });

  it.each(['hosts', 'vms', 'containers'] as const)('duplicate ids in %s point at the second one', (table) => {
    const j = basicJson();
    const list = j[table];
    const copy = { ...at(list, 0) };
    list.push(copy);
    const e = errors(j);
    expect(e).toContainEqual(expect.objectContaining({ path: `${table}.${list.length - 1}.id`, key: 'error.ref.duplicate', params: { id: copy['id'] } }));
    expect(e.filter((x) => x.key === 'error.ref.duplicate')).toHaveLength(1);
  });

  it('ids of different kinds may coincide', () => {
    const j = basicJson();
    at(j.vms, 0)['id'] = 'host-1';
    expect(parseScenario(j).ok).toBe(true);
  });
});

describe('totals stay simulable', () => {
  const bigHost = (i: number): Row => ({ id: `h${i}`, name: `h${i}`, sockets: 8, coresPerSocket: 64, threadsPerCore: 2, memoryMiB: 1024 });

  it('too many pCPUs', () => {
    const j = basicJson();
    j.hosts = [bigHost(0), bigHost(1)];
    j.vms = [];
    j.containers = [];
    j.vswitches = [];
    expect(errors(j)).toEqual([expect.objectContaining({ path: 'hosts', key: 'error.limit.pcpus', params: { max: LIMITS.pcpus, value: 2048 } })]);
  });

  it('exactly at the pCPU limit is accepted', () => {
    const j = basicJson();
    j.hosts = [bigHost(0)];
    j.vms = [];
    j.containers = [];
    j.vswitches = [];
    expect(parseScenario(j).ok).toBe(true);
  });

  it('too many vCPUs and containers', () => {
    const j = basicJson();
    j.vms = Array.from({ length: 65 }, (_, i) => ({ id: `v${i}`, name: `v${i}`, host: 'host-1', vcpus: 32, memoryMiB: 512 }));
    j.containers = [];
    expect(errors(j)).toEqual([expect.objectContaining({ path: 'vms', key: 'error.limit.entities', params: { max: LIMITS.entities, value: 2080 } })]);
  });

  it('reports shape errors before reference errors (no reference check on a broken shape)', () => {
    const j = basicJson();
    at(j.vms, 0)['host'] = 'host-9';
    at(j.vms, 1)['vcpus'] = 99;
    const e = errors(j);
    expect(e.map((x) => x.key)).toEqual(['error.schema.tooBig']);
    expect(e[0]?.path).toBe('vms.1.vcpus');
  });
});
