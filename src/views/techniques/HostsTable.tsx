/**
 * Every host at a glance: its hypervisor type, technique and its guests' device (when they
 * share one: much of a full-virtualization guest's overhead is its emulated device), and what its guests are
 * paying right now (the engine's recent overhead, averaged over its running VMs). On
 * the comparison presets the hosts run the same VMs, so this table is the live race:
 * type 1 against type 2, binary translation against hypercalls against VM exits.
 */
import { ioPaths, VF, type Snapshot } from '../../engine';
import { useT, withUnit } from '../../i18n';
import { selectTopology, useStore } from '../../store';
import { useSnapshot } from '../shared/useSnapshot';
import { vmCounters } from './counts';

/** Each host's guests' mean recent overhead, in tenths of a per cent (as shown). */
function overheads(snap: Snapshot): number[] {
  return snap.topology.hosts.map((_, hi) => {
    const vms = snap.topology.vms.flatMap((vm, i) => (vm.host === hi ? [i] : []));
    const ov = vms.length === 0 ? 0 : vms.reduce((n, i) => n + vmCounters(snap.virt.vm, i).recentOverhead, 0) / vms.length;
    return Math.round(ov * 1000) / 1000;
  });
}
/** Each host's guests' I/O path (an index in ioPaths), or -1 when they differ or it has none. */
function devices(snap: Snapshot): number[] {
  return snap.topology.hosts.map((_, hi) => {
    const paths = new Set(snap.topology.vms.flatMap((vm, i) => (vm.host === hi ? [snap.virt.vm[i * VF.count + VF.ioPath] ?? 0] : [])));
    return paths.size === 1 ? ([...paths][0] ?? -1) : -1;
  });
}
const sameNumbers = (a: number[], b: number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export function HostsTable({ host, setHost }: { host: number; setHost: (h: number) => void }) {
  const topology = useStore(selectTopology);
  const ovs = useSnapshot(overheads, 4, sameNumbers);
  const devs = useSnapshot(devices, 2, sameNumbers);
  const t = useT();
  if (topology === null || ovs === null || topology.hosts.length < 2) return null;
  return (
    <section aria-labelledby="tq-hosts-h">
      <h3 id="tq-hosts-h">{t('techniques.hostsTable.title')}</h3>
      <table className="tq-table" data-testid="tq-hosts-table">
        <thead>
          <tr>
            <th scope="col">{t('techniques.hostsTable.host')}</th>
            <th scope="col">{t('techniques.hostsTable.setup')}</th>
            <th scope="col">{t('techniques.col.overhead')}</th>
          </tr>
        </thead>
        <tbody>
          {topology.hosts.map((h, hi) => {
            const ov = ovs[hi] ?? 0;
            const device = ioPaths[devs?.[hi] ?? -1];
            return (
              <tr key={h.id} className={hi === host ? 'tq-here' : undefined} data-host={h.id}>
                <th scope="row">
                  <button type="button" onClick={() => setHost(hi)} aria-pressed={hi === host}>
                    {h.name}
                  </button>
                </th>
                <td className="tq-left">
                  {t(`hvType.${h.hypervisor.type}`)} · {t(`technique.${h.hypervisor.technique}`)}
                  {device !== undefined && ` · ${t(`ioPath.${device}`)}`}
                </td>
                <td className="tq-ov">
                  <span className="tq-ov-bar" aria-hidden="true">
                    <span style={{ width: `${Math.min(100, ov * 200)}%` }} />
                  </span>
                  <span data-testid={`tq-host-ov-${h.id}`}>{withUnit((ov * 100).toFixed(1), '%')}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
