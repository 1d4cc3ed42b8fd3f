/**
 * The reach of a kernel exploit, on the presets that teach it: from a container on a bare
 * host it takes that host's kernel and every container on it; from a VM, or from a
 * container inside a VM, only that VM's guest kernel. And for every shipped preset, every
 * container and VM: the exploited one is always reached, reached and held apart never
 * overlap, and together they are exactly what runs on that host.
 */
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, presets } from '../index';
import { buildTopology, type Topology } from '../kernel/topology';
import { kernelReach } from './isolation';

const topo = (id: (typeof PRESET_IDS)[number]): Topology => buildTopology(presets[id], 1);
const ct = (t: Topology, id: string): number => t.containers.findIndex((c) => c.id === id);
const vm = (t: Topology, id: string): number => t.vms.findIndex((v) => v.id === id);
const names = (t: Topology, cts: number[]): string[] => cts.map((i) => t.containers[i]?.id ?? '?');

describe('kernelReach', () => {
  it('vm-vs-container: a container on the bare host reaches all four containers; a VM reaches only itself', () => {
    const t = topo('vm-vs-container');
    const fromCt = kernelReach(t, { kind: 'container', index: ct(t, 'app-ct-1') });
    expect(fromCt?.kernel).toEqual({ kind: 'host', index: t.hosts.findIndex((h) => h.id === 'host-containers') });
    expect(names(t, fromCt?.containers ?? [])).toEqual(['app-ct-1', 'app-ct-2', 'app-ct-3', 'app-ct-4']);
    expect(fromCt?.heldContainers).toEqual([]);
    const fromVm = kernelReach(t, { kind: 'vm', index: vm(t, 'app-vm-2') });
    expect(fromVm?.kernel).toEqual({ kind: 'vm', index: vm(t, 'app-vm-2') });
    expect(fromVm?.vms).toEqual([vm(t, 'app-vm-2')]);
    expect(fromVm?.heldVms.map((i) => t.vms[i]?.id)).toEqual(['app-vm-1', 'app-vm-3', 'app-vm-4']);
  });

  it('vm-vs-container: a container inside docker-vm reaches that guest kernel and its containers, not the host', () => {
    const t = topo('vm-vs-container');
    const r = kernelReach(t, { kind: 'container', index: ct(t, 'nested-ct-3') });
    expect(r?.kernel).toEqual({ kind: 'vm', index: vm(t, 'docker-vm') });
    expect(names(t, r?.containers ?? [])).toEqual(['nested-ct-1', 'nested-ct-2', 'nested-ct-3', 'nested-ct-4']);
    expect(r?.heldVms).toEqual([]);
  });

  it('basic: the host kernel also runs the hypervisor, so a container exploit reaches its VMs', () => {
    const t = topo('basic');
    const r = kernelReach(t, { kind: 'container', index: 0 });
    expect(r?.kernel.kind).toBe('host');
    expect(r?.vms.length).toBe(t.vms.length);
    expect(r?.containers.length).toBe(t.containers.length);
  });

  it('no such container or VM: null', () => {
    const t = topo('basic');
    expect(kernelReach(t, { kind: 'container', index: 99 })).toBeNull();
    expect(kernelReach(t, { kind: 'vm', index: -1 })).toBeNull();
  });

  it('every preset, every container and VM: reached and held partition the host, and the exploited one is reached', () => {
    for (const id of PRESET_IDS) {
      const t = topo(id);
      const froms = [...t.containers.map((_, i) => ({ kind: 'container' as const, index: i })), ...t.vms.map((_, i) => ({ kind: 'vm' as const, index: i }))];
      for (const from of froms) {
        const r = kernelReach(t, from);
        expect(r, `${id} ${from.kind} ${from.index}`).not.toBeNull();
        if (r === null) continue;
        expect(from.kind === 'vm' ? r.vms : r.containers).toContain(from.index);
        const host = from.kind === 'vm' ? t.vms[from.index]?.host : t.containers[from.index]?.host;
        const cts = [...r.containers, ...r.heldContainers].toSorted((a, b) => a - b);
        const vms = [...r.vms, ...r.heldVms].toSorted((a, b) => a - b);
        expect(cts).toEqual(t.containers.flatMap((c, i) => (c.host === host ? [i] : [])));
        expect(vms).toEqual(t.vms.flatMap((v, i) => (v.host === host ? [i] : [])));
      }
    }
  });
});
