/**
 * DRS prices a move at the bandwidth the copy would get: in `drs-balance` the first check
 * (5 s) moves vm-6 from host-1 over its idle 10 GbE NIC; with a 3750 MiB/s backup stream
 * leaving host-1 the copy would get 1250 x 1250 / 5000 = 313 MiB/s, every move costs about
 * four times as much, and DRS says none is worth it.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step } from '../index';
import { scenarioSchema, type ScenarioInput } from '../scenario/schema';

function withBackup(mibps: number): ScenarioInput {
  const base = presets['drs-balance'];
  return {
    ...base,
    vms: base.vms.map((v) => (v.id === 'vm-8' ? { ...v, vnics: [{ id: 'vm-8-nic', vlan: 10 }] } : v)),
    vswitches: [{ id: 'vs-1', name: 'vSwitch0', host: 'host-1', vlans: [10], uplinks: 1 }],
    flows: [{ id: 'backup', from: 'vm-8-nic', to: 'external', protocol: 'replication', perSecond: 40, mibps }],
  };
}

const firstCheck = (input: ScenarioInput) => step(createSim(scenarioSchema.parse(input)), 5001).cluster.lastCheck;

describe('DRS prices a move at the bandwidth the copy would get', () => {
  it('makes a move over a busy NIC costlier, here not worth it', () => {
    const quiet = firstCheck(withBackup(0.01));
    expect(quiet?.verdict.key).toBe('cluster.check.move');
    const busy = firstCheck(withBackup(3750));
    expect(busy?.verdict).toMatchObject({ key: 'cluster.check.notWorth', params: { mibps: 313 } });
    // Its best candidate (vm-4, which writes less than vm-6) would take 8.1 s at 313 MiB/s: 40 points for 9.
    expect(busy?.verdict.params).toMatchObject({ vm: 'vm-4', s: '8.1', cost: 40, benefit: 9 });
  });

  it('says the bandwidth in the move\'s reason: the link speed over an idle NIC', () => {
    const st = step(createSim(scenarioSchema.parse(withBackup(0.01))), 5001);
    const drs = st.cluster.decisions.find((d) => d.kind === 'drs');
    expect(drs?.message.params).toMatchObject({ vm: 'vm-6', mibps: 1250, s: '2.4', cost: 12 });
  });
});
