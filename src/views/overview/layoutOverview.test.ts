/**
 * Layout of the Overview lens: every pCPU gets exactly one cell inside its core and
 * socket, every vCPU a chip inside its VM, boxes stay inside their host and do not
 * overlap, and the host-OS layer exists exactly for type-2 hypervisors.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, toSnapshot, type Scenario, type Topology } from '../../engine';
import type { Rect } from '../shared/geometry';
import { layoutOverview } from './layoutOverview';

const topo = (s: Scenario): Topology => toSnapshot(createSim(s)).topology;
const inside = (a: Rect, b: Rect): boolean => a.x >= b.x - 0.01 && a.y >= b.y - 0.01 && a.x + a.w <= b.x + b.w + 0.01 && a.y + a.h <= b.y + b.h + 0.01;
const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe.each([
  ['basic', presets.basic],
  ['datacenter-32', presets['datacenter-32']],
])('layoutOverview on %s', (_name, scenario) => {
  const t = topo(scenario);
  for (const width of [360, 960, 1600]) {
    const layout = layoutOverview(t, width);

    it(`gives each pCPU one cell inside its core and socket (width ${width})`, () => {
      const cells = layout.hosts.flatMap((h) => h.sockets.flatMap((s) => s.cores.flatMap((c) => c.threads.map((th) => ({ th, c, s })))));
      expect(cells.map((x) => x.th.pcpu).toSorted((a, b) => a - b)).toEqual(Array.from({ length: t.pcpuCount }, (_v, i) => i));
      for (const { th, c, s } of cells) {
        expect(inside(th.rect, c.rect)).toBe(true);
        expect(inside(c.rect, s.rect)).toBe(true);
      }
    });

    it(`gives each vCPU a chip inside its VM, VMs side by side inside the host (width ${width})`, () => {
      for (const h of layout.hosts) {
        const hostVms = t.vms.filter((v) => v.host === h.index).length;
        expect(h.vms).toHaveLength(hostVms);
        for (const vb of h.vms) {
          expect(inside(vb, h)).toBe(true);
          expect(vb.vcpus).toHaveLength(t.vms[vb.index]?.vcpus ?? -1);
          for (const c of vb.vcpus) expect(inside(c.rect, vb)).toBe(true);
          for (const other of h.vms) if (other !== vb) expect(overlap(vb, other)).toBe(false);
        }
        expect(inside(h.hypervisor, h)).toBe(true);
        expect(inside(h.hardware, h)).toBe(true);
        expect(h.hostOs).toBeNull();
      }
    });

    it(`stacks hosts without overlap and fits the width (width ${width})`, () => {
      layout.hosts.forEach((h, i) => {
        expect(h.x + h.w).toBeLessThanOrEqual(layout.width);
        const next = layout.hosts[i + 1];
        if (next !== undefined) expect(overlap(h, next)).toBe(false);
      });
      expect(layout.height).toBeGreaterThan(0);
    });
  }
});

describe('host OS layer', () => {
  it('appears for type 2, between hypervisor and hardware, and makes the host taller', () => {
    const type1 = presets.basic;
    const type2: Scenario = { ...type1, hosts: type1.hosts.map((h) => ({ ...h, hypervisor: { ...h.hypervisor, type: 'type2' } })) };
    const a = layoutOverview(topo(type1), 960).hosts[0];
    const b = layoutOverview(topo(type2), 960).hosts[0];
    expect(a?.hostOs).toBeNull();
    const os = b?.hostOs;
    expect(os).not.toBeNull();
    if (b === undefined || os === null || os === undefined || a === undefined) return;
    expect(os.y).toBeGreaterThan(b.hypervisor.y + b.hypervisor.h - 1);
    expect(os.y + os.h).toBeLessThan(b.hardware.y + 1);
    expect(b.h).toBeGreaterThan(a.h);
  });

  it('puts containers of the bare host in the container engine, and containers in VMs inside their VM', () => {
    const l = layoutOverview(topo(presets.basic), 960).hosts[0];
    expect(l?.engine?.containers.map((c) => c.index)).toEqual([0, 1]);
    const withInner: Scenario = { ...presets.basic, containers: [{ ...presets.basic.containers[0]!, host: undefined, vm: 'web-1' } as Scenario['containers'][number]] };
    const l2 = layoutOverview(topo(withInner), 960).hosts[0];
    expect(l2?.engine).toBeNull();
    expect(l2?.vms[0]?.containers.map((c) => c.index)).toEqual([0]);
  });
});

describe('the SAN under the hosts', () => {
  it.each([
    ['san-placement', 960],
    ['datacenter-32', 960],
    ['rack-awareness', 390],
  ] as const)('%s at %i px: every array sits in the band, below every host, without overlap', (id, width) => {
    const t = topo(presets[id]);
    const l = layoutOverview(t, width);
    const san = l.san;
    expect(san).not.toBeNull();
    if (san === null) return;
    expect(san.arrays).toHaveLength(t.storageArrays.length);
    for (const h of l.hosts) expect(san.y).toBeGreaterThan(h.y + h.h);
    for (const a of san.arrays) expect(inside(a.rect, san)).toBe(true);
    for (const a of san.arrays) for (const b of san.arrays) if (a !== b) expect(overlap(a.rect, b.rect)).toBe(false);
    expect(l.height).toBeGreaterThanOrEqual(san.y + san.h);
    expect(san.trunkX).toBeLessThanOrEqual(width);
  });
  it('a world without arrays has no band', () => {
    const t = topo(presets.basic);
    expect(layoutOverview({ ...t, storageArrays: [] }, 960).san).toBeNull();
  });
});
