/**
 * Images as stacks of read-only layers, and who holds which layer. Pick an image: its
 * layers are listed top first (as `docker history` does), each with its size, how
 * many running containers share it, and for every container engine (a host's, or a
 * VM's) whether it is already there (✓), being pulled (⇣ and a percentage) or missing
 * (✗). Running a container on an engine pulls only its ✗ layers.
 */
import { sendCommand } from '../../store';
import { useMemo, useState } from 'react';
import { imageLayers, KNOWN_IMAGES, POWER, workloadKinds, type Snapshot, type WorkloadKind } from '../../engine';
import { useT } from '../../i18n';
import { freshId, idsOf } from '../shared/ids';

function engines(snap: Snapshot): { key: string; name: string }[] {
  const t = snap.topology;
  return [
    ...t.hosts.map((h) => ({ key: `h:${h.id}`, name: h.name })),
    ...t.vms.filter((_, i) => t.containers.some((c) => c.vm === i)).map((v) => ({ key: `v:${v.id}`, name: v.name })),
  ];
}

function cell(snap: Snapshot, engine: string, layer: string): string {
  if (snap.fleet.ct.cache.some((c) => c.engine === engine && c.layers.includes(layer))) return '✓';
  for (const p of snap.fleet.ct.pulls) {
    if (p.engine !== engine) continue;
    const l = p.layers.find((x) => x.id === layer);
    if (l !== undefined) return `⇣ ${Math.floor((100 * l.doneMiB) / l.sizeMiB)}%`;
  }
  return '✗';
}


export function LayersPanel({ snap }: { snap: Snapshot }) {
  const t = useT();
  const inUse = useMemo(() => [...new Set(snap.topology.containers.map((c) => c.image))], [snap.topology]);
  const [image, setImage] = useState(inUse[0] ?? 'shop-api:1.0');
  const [host, setHost] = useState(snap.topology.hosts[0]?.id ?? '');
  const [workload, setWorkload] = useState<WorkloadKind>('web');
  const [limit, setLimit] = useState(512);
  const layers = imageLayers(image).toReversed();
  const eng = engines(snap);
  const running = snap.topology.containers.filter((_, i) => snap.containers.power[i] !== POWER.off);
  const run = (): void => {
    const id = freshId('ct-', idsOf(snap.topology.containers));
    void sendCommand({ type: 'runContainer', container: { id, name: id, host, image, workload, memoryLimitMiB: limit } });
  };
  return (
    <section className="ct-layers" aria-labelledby="ct-layers-h" data-testid="ct-layers">
      <h3 id="ct-layers-h">{t('containers.layers.title')}</h3>
      <p className="muted">{t('containers.layers.intro')}</p>
      <div className="ct-form">
        <label>
          {t('containers.layers.image')}{' '}
          <select value={image} onChange={(e) => setImage(e.target.value)} data-testid="ct-image">
            {[...new Set([...inUse, ...KNOWN_IMAGES])].map((im) => <option key={im} value={im}>{im}</option>)}
          </select>
        </label>
        <label>
          {t('containers.layers.on')}{' '}
          <select value={host} onChange={(e) => setHost(e.target.value)} data-testid="ct-run-host">
            {snap.topology.hosts.map((h) => <option key={h.id} value={h.id}>{h.name}</option>)}
          </select>
        </label>
        <label>
          {t('containers.layers.workload')}{' '}
          <select value={workload} onChange={(e) => setWorkload(e.target.value as WorkloadKind)} data-testid="ct-run-workload">
            {workloadKinds.map((w) => <option key={w} value={w}>{t(`workload.${w}`)}</option>)}
          </select>
        </label>
        <label>
          {t('containers.layers.limit')}{' '}
          <select value={limit} onChange={(e) => setLimit(Number(e.target.value))} data-testid="ct-run-limit">
            {[128, 256, 512, 1024].map((m) => <option key={m} value={m}>{t('containers.mib', { mib: m })}</option>)}
          </select>
        </label>
        <button type="button" className="primary" onClick={run} data-testid="ct-run">{t('containers.layers.run')}</button>
      </div>
      <table className="ct-table">
        <thead>
          <tr>
            <th scope="col">{t('containers.layers.layer')}</th>
            <th scope="col">{t('containers.layers.size')}</th>
            <th scope="col">{t('containers.layers.shared')}</th>
            {eng.map((e) => <th scope="col" key={e.key}>{e.name}</th>)}
          </tr>
        </thead>
        <tbody>
          {layers.map((l) => (
            <tr key={l.id}>
              <td><code>{l.instruction}</code> <span className="muted">{l.id}</span></td>
              <td>{t('containers.mib', { mib: l.sizeMiB })}</td>
              <td>{running.filter((c) => imageLayers(c.image).some((x) => x.id === l.id)).length}</td>
              {eng.map((e) => <td key={e.key} data-testid={`ct-cell-${e.name}-${l.id}`}>{cell(snap, e.key, l.id)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('containers.layers.legend')}</p>
    </section>
  );
}
