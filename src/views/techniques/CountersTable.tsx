/**
 * Live counters per VM of the chosen host, charged by the engine under the technique
 * and hypervisor type in force: sensitive instructions, traps / VM exits, hypercalls,
 * translated blocks, host-OS crossings, and the recent overhead as a bar with its
 * number (never colour alone).
 */
import type { Snapshot } from '../../engine';
import { useT, withUnit } from '../../i18n';
import { select, selectTopology, useStore } from '../../store';
import { rowsEqual, useSnapshot } from '../shared/useSnapshot';
import { vmCounters } from './counts';

const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');

/** The host's VMs' counters, rounded as shown (a row changes when its text would). */
function countersOf(snap: Snapshot, host: number) {
  return snap.topology.vms.flatMap((vm, i) => {
    if (vm.host !== host) return [];
    const c = vmCounters(snap.virt.vm, i);
    const r = Math.round;
    return [{ i, runMs: r(c.runMs), sensitive: r(c.sensitive), traps: r(c.traps), hypercalls: r(c.hypercalls), translations: r(c.translations), hostOsCrossings: r(c.hostOsCrossings), io: r(c.io), pct: Math.round(c.recentOverhead * 1000) / 10 }];
  });
}

export function CountersTable({ host }: { host: number }) {
  const topology = useStore(selectTopology);
  const rows = useSnapshot((s) => countersOf(s, host), 4, rowsEqual);
  const t = useT();
  if (topology === null || rows === null) return null;
  return (
    <section aria-labelledby="tq-counters-h">
      <h3 id="tq-counters-h">{t('techniques.counters.title')}</h3>
      <div className="tq-table-wrap">
        <table className="tq-table" data-testid="tq-counters">
          <thead>
            <tr>
              <th scope="col">{t('techniques.col.vm')}</th>
              <th scope="col">{t('techniques.col.run')}</th>
              <th scope="col">{t('techniques.col.sensitive')}</th>
              <th scope="col">{t('techniques.col.traps')}</th>
              <th scope="col">{t('techniques.col.hypercalls')}</th>
              <th scope="col">{t('techniques.col.translations')}</th>
              <th scope="col">{t('techniques.col.hostOs')}</th>
              <th scope="col">{t('techniques.col.io')}</th>
              <th scope="col">{t('techniques.col.overhead')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const vm = topology.vms[c.i];
              if (vm === undefined) return null;
              const i = c.i;
              const pct = c.pct;
              return (
                <tr key={vm.id} data-vm={vm.id}>
                  <th scope="row">
                    {/* Selecting the VM lets the inspector explain it (and start or stop it). */}
                    <button type="button" className="tq-link" onClick={() => select({ kind: 'vm', index: i })} title={t('techniques.inspect')}>
                      {vm.name}
                    </button>{' '}
                    <span className="muted">({t(`workload.${vm.workload}`)})</span>
                  </th>
                  <td>{fmt(c.runMs)}</td>
                  <td>{fmt(c.sensitive)}</td>
                  <td>{fmt(c.traps)}</td>
                  <td>{fmt(c.hypercalls)}</td>
                  <td>{fmt(c.translations)}</td>
                  <td>{fmt(c.hostOsCrossings)}</td>
                  <td>{fmt(c.io)}</td>
                  <td className="tq-ov">
                    <span className="tq-ov-bar" aria-hidden="true">
                      <span style={{ width: `${Math.min(100, pct * 2)}%` }} />
                    </span>
                    <span data-testid={`tq-ov-${vm.id}`}>{withUnit(pct.toFixed(1), '%')}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted">{t('techniques.counters.note')}</p>
    </section>
  );
}
