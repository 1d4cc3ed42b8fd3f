/**
 * The cluster's knobs, each an engine command (logged, replayed on step-back, refused
 * with a reason when impossible): the placement policy and a button to place a new VM
 * by it, the DRS balancer and its threshold, a manual live migration, and the
 * migration link speed, allowed downtime and fallback for non-converging rounds.
 */
import { sendCommand } from '../../store';
import { useState } from 'react';
import { migrationFallbacks, vmPlacementPolicies, type Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { freshId, idsOf } from '../shared/ids';

const LINKS = [125, 1250, 3125] as const;
const SIZES = [2048, 4096, 8192] as const;
/** Share of its memory a placed VM reserves (vSphere's default is none). */
const RESERVES = [0, 0.5, 1] as const;


const cfg = (c: Record<string, unknown>): void => void sendCommand({ type: 'configureCluster', ...c });

function PlacementControls({ snap }: { snap: Snapshot }) {
  const t = useT();
  const cl = snap.fleet.cl;
  const [size, setSize] = useState<number>(4096);
  const [reserve, setReserve] = useState<number>(0);
  const place = (): void => {
    const id = freshId('new-', idsOf(snap.topology.vms));
    void sendCommand({ type: 'placeVm', vm: { id, name: id, vcpus: 2, memoryMiB: size, reservationMiB: Math.round(size * reserve), workload: 'web' } });
  };
  return (
    <fieldset>
      <legend>{t('cluster.place.title')}</legend>
      <label>{t('cluster.place.policy')}{' '}
        <select value={cl.policy} onChange={(e) => cfg({ placement: e.target.value })} data-testid="cl-policy">
          {vmPlacementPolicies.map((p) => <option key={p} value={p}>{t(`cluster.policy.${p}`)}</option>)}
        </select>
      </label>
      <label>{t('cluster.place.size')}{' '}
        <select value={size} onChange={(e) => setSize(Number(e.target.value))} data-testid="cl-size">
          {SIZES.map((s) => <option key={s} value={s}>{t('cluster.gib', { n: s / 1024 })}</option>)}
        </select>
      </label>
      <label>{t('cluster.place.reserve')}{' '}
        <select value={reserve} onChange={(e) => setReserve(Number(e.target.value))} data-testid="cl-reserve">
          {RESERVES.map((r) => <option key={r} value={r}>{t(`cluster.reserve.${r * 100}`)}</option>)}
        </select>
      </label>
      <button type="button" className="primary" onClick={place} data-testid="cl-place">{t('cluster.place.button')}</button>
    </fieldset>
  );
}

function DrsControls({ snap }: { snap: Snapshot }) {
  const t = useT();
  const cl = snap.fleet.cl;
  return (
    <fieldset>
      <legend>{t('cluster.drs.title')}</legend>
      <label><input type="checkbox" checked={cl.drsEnabled} onChange={(e) => cfg({ drsEnabled: e.target.checked })} data-testid="cl-drs" /> {t('cluster.drs.enable')}</label>
      <label>{t('cluster.drs.threshold', { pct: cl.drsThresholdPct })}{' '}
        <input type="range" min={5} max={100} step={5} value={cl.drsThresholdPct} onChange={(e) => cfg({ drsThresholdPct: Number(e.target.value) })} data-testid="cl-threshold" />
      </label>
      <label><input type="checkbox" checked={cl.ha} onChange={(e) => cfg({ ha: e.target.checked })} data-testid="cl-ha" /> {t('cluster.ha.enable')}</label>
      {cl.ha && <p className="muted" data-testid="cl-ha-admission">{t('cluster.ha.admission', { reserved: cl.admission.reservedMiB, allowed: cl.admission.capacityMiB - cl.admission.failoverMiB, failover: cl.admission.failoverMiB })}</p>}
      {cl.lastCheck !== null && <p className="muted" data-testid="cl-drs-check">{t('cluster.drs.last', { s: (cl.lastCheck.tick / 1000).toFixed(1) })} {t(cl.lastCheck.verdict.key, cl.lastCheck.verdict.params)}</p>}
    </fieldset>
  );
}

function MigrationControls({ snap }: { snap: Snapshot }) {
  const t = useT();
  const cl = snap.fleet.cl;
  const topo = snap.topology;
  const [vm, setVm] = useState(topo.vms[0]?.id ?? '');
  // Until the reader picks a host, the form offers the first host the VM is not on (a move to its own host does nothing).
  const [picked, setTo] = useState('');
  const on = topo.vms.find((x) => x.id === vm)?.host ?? -1;
  const to = picked !== '' ? picked : (topo.hosts.find((_, i) => i !== on)?.id ?? topo.hosts[0]?.id ?? '');
  return (
    <fieldset>
      <legend>{t('cluster.migrate.title')}</legend>
      <label>{t('cluster.migrate.vm')}{' '}
        <select value={vm} onChange={(e) => setVm(e.target.value)} data-testid="cl-mig-vm">
          {topo.vms.map((x) => <option key={x.id} value={x.id}>{`${x.name} (${topo.hosts[x.host]?.name ?? ''})`}</option>)}
        </select>
      </label>
      <label>{t('cluster.migrate.to')}{' '}
        <select value={to} onChange={(e) => setTo(e.target.value)} data-testid="cl-mig-to">
          {topo.hosts.map((h) => <option key={h.id} value={h.id}>{h.name}</option>)}
        </select>
      </label>
      <button type="button" className="primary" onClick={() => void sendCommand({ type: 'migrateVm', vm, host: to })} data-testid="cl-migrate">{t('cluster.migrate.button')}</button>
      <label>{t('cluster.migrate.link')}{' '}
        <select value={cl.link.linkMiBps} onChange={(e) => cfg({ linkMiBps: Number(e.target.value) })} data-testid="cl-link">
          {[...new Set([...LINKS, cl.link.linkMiBps])].map((l) => <option key={l} value={l}>{t('cluster.linkOpt', { mibps: l, gbit: Math.round((l * 8) / 1000) })}</option>)}
        </select>
      </label>
      <label>{t('cluster.migrate.fallback')}{' '}
        <select value={cl.link.fallback} onChange={(e) => cfg({ fallback: e.target.value })} data-testid="cl-fallback">
          {migrationFallbacks.map((f) => <option key={f} value={f}>{t(`cluster.fallback.${f}`)}</option>)}
        </select>
      </label>
    </fieldset>
  );
}

export function ClusterControls({ snap }: { snap: Snapshot }) {
  const t = useT();
  return (
    <section className="cl-controls" aria-label={t('cluster.controls')}>
      <PlacementControls snap={snap} />
      <DrsControls snap={snap} />
      <MigrationControls snap={snap} />
    </section>
  );
}
