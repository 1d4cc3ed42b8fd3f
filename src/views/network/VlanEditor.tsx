/**
 * Move a vNIC to another VLAN (port group): an engine command, so it is logged, replayed
 * on step-back, and rejected with a translated notice when impossible. The choices are
 * the VLANs of the vSwitch it is plugged into, plus one that no port group carries (to
 * see why such traffic is dropped).
 */
import { sendCommand } from '../../store';
import type { NetGraph, Topology } from '../../engine';
import { useT } from '../../i18n';

export function VlanEditor({ graph, topology }: { graph: NetGraph; topology: Topology }) {
  const t = useT();
  // VM vNICs only: setVnicVlan edits a VM's interfaces.
  const vnics = graph.nodes.map((n, i) => ({ n, i })).filter((e) => e.n.kind === 'vnic' && e.n.vm >= 0);
  if (vnics.length === 0) return null;
  return (
    <section aria-labelledby="net-vlan-h">
      <h3 id="net-vlan-h">{t('network.vlan.title')}</h3>
      <p className="muted">{t('network.vlan.help')}</p>
      <div className="net-vlans">
        {vnics.map(({ n }) => {
          const vm = topology.vms[n.vm];
          const sw = topology.vswitches.find((w) => w.id === graph.nodes[n.vswitch]?.id);
          const options = [...new Set([...(sw?.vlans ?? []), n.vlan, 99])].toSorted((a, b) => a - b);
          return (
            <label key={n.id} className="tq-pick">
              <span>{t('network.vlan.of', { vm: vm?.name ?? '?', vnic: n.id })}</span>
              <select
                data-testid={`net-vlan-${n.id}`}
                value={n.vlan}
                onChange={(e) => void sendCommand({ type: 'setVnicVlan', vm: vm?.id ?? '', vnic: n.id, vlan: Number(e.target.value) })}
              >
                {options.map((vl) => (
                  <option key={vl} value={vl}>
                    {sw?.vlans.includes(vl) === true ? t('network.vlan.option', { vlan: vl }) : t('network.vlan.optionNone', { vlan: vl })}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
    </section>
  );
}
