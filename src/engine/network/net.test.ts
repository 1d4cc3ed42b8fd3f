/**
 * The network subsystem in the node environment: routes hop by hop (traffic between
 * VMs on one vSwitch never touches the physical NIC; a VLAN delivers only inside
 * itself), bursts flowing and being dropped with their reason over a long run with
 * invariants checked all along, the setVnicVlan command (accepted and rejected), and
 * determinism of the whole.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, checkInvariants, createSim, presets, snapshotDigest, step, toSnapshot, type SimState } from '../index';
import { PROTOCOLS } from './graph';
import { HIST_LEN } from './net';

const run = (s: SimState, ticks: number, every = 500): SimState => {
  let st = s;
  for (let t = 0; t < ticks; t += every) {
    st = step(st, every);
    expect(checkInvariants(st)).toEqual([]);
  }
  return st;
};

const flowIndex = (st: SimState, id: string): number => st.net.graph.flows.findIndex((f) => f.id === id);
const stats = (st: SimState, id: string) => {
  const i = flowIndex(st, id);
  return { sent: st.net.flowStats[i * 3] ?? 0, delivered: st.net.flowStats[i * 3 + 1] ?? 0, dropped: st.net.flowStats[i * 3 + 2] ?? 0 };
};
const kinds = (st: SimState, id: string): string[] => {
  const f = st.net.graph.flows[flowIndex(st, id)];
  return (f?.route.nodes ?? []).map((n) => st.net.graph.nodes[n]?.kind ?? '?');
};

describe('routes', () => {
  const st = createSim(presets['vswitch-basics']);
  it('VM to VM on one host stays inside the vSwitch', () => {
    expect(kinds(st, 'web-app')).toEqual(['vnic', 'vswitch', 'vnic']);
  });
  it('VM to VM on two hosts goes out the uplink, over the physical switch, and in', () => {
    expect(kinds(st, 'app-db')).toEqual(['vnic', 'vswitch', 'pnic', 'phys', 'pnic', 'vswitch', 'vnic']);
  });
  it('external clients come in through the physical switch', () => {
    expect(kinds(st, 'clients-web')).toEqual(['ext', 'phys', 'pnic', 'vswitch', 'vnic']);
  });
  it('a VLAN mismatch is dropped at the vSwitch, with the reason', () => {
    const v = createSim(presets['vlan-isolation']);
    const f = v.net.graph.flows[flowIndex(v, 'b-web-db')];
    expect(f?.route.reason).toBe('network.reason.vlanMismatch');
    expect(v.net.graph.nodes[f?.route.nodes[f.route.dropAt] ?? -1]?.kind).toBe('vswitch');
  });
});

describe('bursts over time', () => {
  const st = run(createSim(presets['vlan-isolation']), 9000);
  it('delivers within a VLAN and drops across VLANs', () => {
    expect(stats(st, 'a-web-db').delivered).toBeGreaterThan(10);
    expect(stats(st, 'a-web-db').dropped).toBe(0);
    expect(stats(st, 'b-web-db').delivered).toBe(0);
    expect(stats(st, 'b-web-db').dropped).toBeGreaterThan(5);
    expect(st.events.list.some((e) => e.key === 'network.event.dropped' && e.params?.['flow'] === 'b-web-db')).toBe(true);
  });
  it('several protocols share the physical wire, and its history records them', () => {
    const g = st.net.graph;
    const wire = g.links.findIndex((l) => l.kind === 'wire' && g.nodes[l.b]?.kind === 'phys' && g.nodes[l.a]?.host === 0);
    const P = PROTOCOLS.length;
    const seen = PROTOCOLS.filter((_, q) => {
      let sum = 0;
      for (let i = 0; i < HIST_LEN; i++) sum += st.net.histTraffic[(wire * P + q) * HIST_LEN + i] ?? 0;
      return sum > 0;
    });
    expect(seen).toEqual(expect.arrayContaining(['http', 'replication']));
  });
  it('moving a vNIC into the VLAN lets its traffic through', () => {
    const r = applyCommand(st, { type: 'setVnicVlan', vm: 'b-web', vnic: 'b-web-nic', vlan: 10 });
    expect(r.ok).toBe(true);
    const before = stats(r.state, 'b-web-db').delivered;
    const after = run(r.state, 2000);
    expect(stats(after, 'b-web-db').delivered).toBeGreaterThan(before);
  });
  it('a rejected setVnicVlan changes nothing', () => {
    for (const cmd of [
      { type: 'setVnicVlan', vm: 'b-web', vnic: 'nope', vlan: 10 },
      { type: 'setVnicVlan', vm: 'b-web', vnic: 'b-web-nic', vlan: 20 },
      { type: 'setVnicVlan', vm: 'ghost', vnic: 'b-web-nic', vlan: 10 },
    ]) {
      const r = applyCommand(st, cmd);
      expect(r.ok).toBe(false);
      expect(snapshotDigest(toSnapshot(r.state))).toBe(snapshotDigest(toSnapshot(st)));
    }
  });
  it('is deterministic', () => {
    const a = step(createSim(presets['vswitch-basics']), 7000);
    const b = step(createSim(presets['vswitch-basics']), 7000);
    expect(snapshotDigest(toSnapshot(a))).toBe(snapshotDigest(toSnapshot(b)));
  });
});

describe('containers', () => {
  it('have vNICs too: their bursts flow once the container is up', () => {
    const st = run(createSim(presets['vswitch-basics']), 7000);
    expect(kinds(st, 'web-api')).toEqual(['vnic', 'vswitch', 'pnic', 'phys', 'pnic', 'vswitch', 'vnic']);
    const dst = st.net.graph.nodes[st.net.graph.flows[flowIndex(st, 'web-api')]!.dst]!;
    expect(dst.ct).toBeGreaterThanOrEqual(0);
    expect(stats(st, 'web-api').delivered).toBeGreaterThan(5);
    const stopped = applyCommand(st, { type: 'stopContainer', container: 'api' });
    const later = run(stopped.state, 1500);
    expect(stats(later, 'web-api').dropped).toBeGreaterThan(0);
  });
});

describe('live-migration traffic', () => {
  it('flows between VMkernel ports in its own VLAN, only inside its window', () => {
    const early = run(createSim(presets['vswitch-basics']), 7500);
    expect(stats(early, 'vmotion').sent).toBe(0);
    expect(kinds(early, 'vmotion')).toEqual(['vmk', 'vswitch', 'pnic', 'phys', 'pnic', 'vswitch', 'vmk']);
    const during = run(early, 3000);
    expect(stats(during, 'vmotion').delivered).toBeGreaterThan(20);
    const after = run(during, 4000);
    const sent = stats(after, 'vmotion').sent;
    expect(stats(run(after, 1000), 'vmotion').sent).toBe(sent);
  });
});
