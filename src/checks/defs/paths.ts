/**
 * Checks on where traffic goes (the notes' 가상화 종류 VDI and 네트워크 가상화): the
 * engine's own route of a flow, read from the snapshot's network graph, says whether a
 * burst stays inside the host, crosses the uplink and the physical switch, or is dropped
 * at the vSwitch because its VLAN differs.
 */
import type { CommandInput, Snapshot } from '../../engine';
import { keyedChoices } from '../choices';
import type { CheckDef, CheckInstance } from '../types';
import { opening, picker, seeded, snapshotAt } from '../world';

export const WHERE = ['client', 'inside', 'uplink', 'dropped'] as const;
export type Where = (typeof WHERE)[number];

/** Where a flow's bursts end, by the engine's route. */
export function whereFlowGoes(s: Snapshot, flowId: string): Where {
  const g = s.net.graph;
  const f = g.flows.find((x) => x.id === flowId);
  if (f === undefined) return 'dropped';
  if (f.route.dropAt >= 0) return 'dropped';
  return f.route.nodes.some((n) => g.nodes[n]?.kind === 'phys' || g.nodes[n]?.kind === 'pnic') ? 'uplink' : 'inside';
}

/** vdi: a desktop's screen on its way to the thin client that shows it. */
export const vdiPath: CheckDef = {
  id: 'kinds.vdiPath',
  section: 'kinds',
  make(seed): CheckInstance {
    const r = picker(seed);
    const n = r.int(1, 3);
    const scenario = seeded('vdi', seed);
    const tick = 5000 + r.int(0, 30) * 100;
    const answer = whereFlowGoes(snapshotAt(scenario, [], tick), `screen-${n}`);
    const client = scenario.thinClients.find((c) => c.desktop === `desktop-${n}`)?.name ?? '';
    return {
      ...opening(this, seed, { preset: 'vdi', edited: false, scenario, log: [], tick, lens: 'network', select: { kind: 'vm', index: n - 1 } }),
      question: { key: 'check.kinds.vdiPath.q', params: { desktop: `desktop-${n}`, client } },
      choices: keyedChoices(WHERE, 'check.where'),
      answer,
      reveal: { tick: tick + 1500, log: [] },
      explain: { key: `check.kinds.vdiPath.explain`, params: { desktop: `desktop-${n}`, client } },
    };
  },
};

const FLOWS = [
  { id: 'a-web-db', from: 'a-web', to: 'a-db' },
  { id: 'b-web-db', from: 'b-web', to: 'a-db' },
  { id: 'a-db-replication', from: 'a-db', to: 'a-replica' },
  { id: 'a-clients', from: 'external', to: 'a-web' },
] as const;

/** vlan-isolation, sometimes with a vNIC moved to another VLAN first. */
export const vlanPath: CheckDef = {
  id: 'network.vlanPath',
  section: 'network',
  make(seed): CheckInstance {
    const r = picker(seed);
    const flow = r.pick(FLOWS);
    const scenario = seeded('vlan-isolation', seed);
    const tick = 3000 + r.int(0, 20) * 100;
    const moves: { vm: string; vnic: string; vlan: number }[] = [
      { vm: 'b-web', vnic: 'b-web-nic', vlan: 10 },
      { vm: 'a-web', vnic: 'a-web-nic', vlan: 20 },
    ];
    const move = r.int(0, 2) === 0 ? r.pick(moves) : null;
    const log = move === null ? [] : [{ tick: tick - 500, command: { type: 'setVnicVlan', ...move } satisfies CommandInput }];
    const answer = whereFlowGoes(snapshotAt(scenario, log, tick), flow.id);
    const vlanOf = (vm: string): number => (move?.vm === vm ? move.vlan : (scenario.vms.find((v) => v.id === vm)?.vnics[0]?.vlan ?? 0));
    return {
      ...opening(this, seed, { preset: 'vlan-isolation', edited: false, scenario, log, tick, lens: 'network', select: null }),
      question: {
        key: move === null ? 'check.network.vlanPath.q' : 'check.network.vlanPath.qMoved',
        params: { from: flow.from === 'external' ? 'check.network.clients' : flow.from, to: flow.to, vm: move?.vm ?? '', vlan: move?.vlan ?? 0 },
      },
      choices: keyedChoices(WHERE.filter((w) => w !== 'client'), 'check.where'),
      answer,
      reveal: { tick: tick + 1500, log: [] },
      explain: { key: `check.network.vlanPath.${answer}`, params: { from: flow.from === 'external' ? 'check.network.clients' : flow.from, to: flow.to, fromVlan: vlanOf(flow.from), toVlan: vlanOf(flow.to) } },
    };
  },
};
