/**
 * The selected container, from the inside: its writable layer (the files copy-on-write
 * copied up, and their source layer), a button to modify a file, moving it to another
 * host (the same image runs unchanged; only missing layers travel), and what its
 * namespaces let it see or hide, with its cgroup limits against what it uses, and its
 * disk I/O as storage serves it (IOPS, latency, which disk). The
 * last line is what containers give up: one kernel shared by all.
 */
import { sendCommand } from '../../store';
import { useState } from 'react';
import { imageLayers, POWER, type Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { containerIoText, IoPattern } from '../../ui/inspector/ContainerIo';

export function ContainerDetail({ snap, index }: { snap: Snapshot; index: number }) {
  const t = useT();
  const topo = snap.topology;
  const c = topo.containers[index];
  const rec = snap.fleet.ct.cts[index];
  const others = topo.hosts.filter((h, i) => c !== undefined && (c.vm >= 0 || i !== c.host));
  const [target, setTarget] = useState(others[0]?.id ?? '');
  if (c === undefined || rec === undefined) return null;
  const where = c.vm >= 0 ? t('containers.detail.inVm', { vm: topo.vms[c.vm]?.name ?? '', host: topo.hosts[c.host]?.name ?? '' }) : t('containers.detail.onHost', { host: topo.hosts[c.host]?.name ?? '' });
  const on = snap.containers.power[index] === POWER.on;
  const siblings = topo.containers.filter((o, j) => j !== index && o.host === c.host).map((o) => o.name);
  const limit = c.memoryLimitMiB;
  return (
    <section className="ct-detail" aria-labelledby="ct-detail-h" data-testid="ct-detail">
      <h3 id="ct-detail-h">{t('containers.detail.title', { name: c.name, image: c.image })}</h3>
      <p>{where}</p>
      <h4>{t('containers.detail.writable', { mib: rec.writableMiB.toFixed(2) })}</h4>
      <ul data-testid="ct-copied">
        {rec.copied.length === 0 && <li className="muted">{t('containers.detail.noCopies')}</li>}
        {rec.copied.map((f) => <li key={f.path}>{t('containers.detail.copied', { path: f.path, layer: f.from, mib: f.sizeMiB })}</li>)}
      </ul>
      <div className="actions">
        <button type="button" disabled={!on} onClick={() => void sendCommand({ type: 'modifyFile', container: c.id })} data-testid="ct-modify">{t('containers.detail.modify')}</button>
        <label>
          {t('containers.detail.moveTo')}{' '}
          <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="ct-move-host">
            {others.map((h) => <option key={h.id} value={h.id}>{h.name}</option>)}
          </select>
        </label>
        <button type="button" disabled={target === ''} onClick={() => void sendCommand({ type: 'moveContainer', container: c.id, host: target })} data-testid="ct-move">{t('containers.detail.move')}</button>
      </div>
      <p className="muted">{t('containers.detail.moveWhy')}</p>
      <p data-testid="ct-brings">{t('containers.detail.brings', { image: c.image, list: imageLayers(c.image).map((l) => l.instruction).join(' · ') })}</p>
      <h4>{t('containers.ns.title')}</h4>
      <ul className="ct-ns">
        <li>{t('containers.ns.pid', { name: c.name })}</li>
        <li>{t('containers.ns.mnt', { layers: c.image })}</li>
        <li>{t('containers.ns.net', { ip: `172.17.0.${index + 2}` })}</li>
        <li>{t('containers.ns.uts', { name: c.id })}</li>
        <li>{t('containers.ns.hidden', { others: siblings.length === 0 ? '-' : siblings.join(', ') })}</li>
        <li><strong>{t('containers.ns.kernel')}</strong></li>
      </ul>
      <h4>{t('containers.cg.title')}</h4>
      <ul className="ct-ns">
        <li>{limit > 0 ? t('containers.cg.mem', { used: Math.round(rec.memMiB), limit }) : t('containers.cg.memNone', { used: Math.round(rec.memMiB) })}</li>
        <li>{t('containers.cg.cpu', { shares: c.cpuShares })}</li>
        {rec.quotaMs > 0 && <li data-testid="ct-quota">{t('containers.cg.quota', { quota: rec.quotaMs, period: rec.periodMs, pct: Math.round((100 * rec.quotaMs) / rec.periodMs), n: rec.throttles, ms: rec.throttledMs })}</li>}
        {rec.oomKills > 0 && <li>{t('containers.cg.oom', { n: rec.oomKills })}</li>}
      </ul>
      <h4>{t('containers.io.title')}</h4>
      <p data-testid="ct-io">{containerIoText(snap, index, t)}</p>
      <p className="muted"><IoPattern kind={c.workload} who="app" /></p>
    </section>
  );
}
