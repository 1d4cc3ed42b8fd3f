/**
 * Words beside the picture: a "try this" line for each storage preset (what to do and
 * what to watch for, so a student exploring alone has a question to answer), and, when
 * a VM is selected, that VM's disks as the SAN sees them, each one a button to inspect it (a lost one said to be lost,
 * in the lost style);
 * and the hosts' local disks that VMs without volumes and containers use, with their load.
 */
import { LOCAL_SSD_IOPS, LOCAL_SSD_MIBPS, onLocalDisk, type StorageSnapshot, type Topology } from '../../engine';
import { useT } from '../../i18n';
import { select, selectScenarioId, selectSelection, useStore } from '../../store';
import { lensLessons } from '../lensLessons';

const GUIDED: readonly string[] = lensLessons('storage');

export function TryThis() {
  const t = useT();
  const id = useStore(selectScenarioId);
  const key = GUIDED.includes(id) ? `storage.try.${id}` : 'storage.try.other';
  return (
    <p className="storage-try" data-testid="storage-try">
      <strong>{t('storage.try.title')}</strong> {t(key)}
    </p>
  );
}

export function VmDisks({ st, topo }: { st: StorageSnapshot; topo: Topology }) {
  const t = useT();
  const sel = useStore(selectSelection);
  if (sel?.kind !== 'vm') return null;
  const vm = topo.vms[sel.index];
  if (vm === undefined) return null;
  const mine = st.volumes.flatMap((v, i) => (v.owner === vm.id || v.access[vm.id] !== undefined ? [{ v, i }] : []));
  return (
    <section className="storage-vm-disks" data-testid="storage-vm-disks">
      <h3>{t('storage.vmDisks.title', { vm: vm.name })}</h3>
      <p className="muted">{t('storage.vmDisks.explain')}</p>
      <ul>
        {mine.map(({ v, i }) => (
          <li key={v.id} className={v.status === 'lost' ? 'storage-vm-disk-lost' : undefined} data-testid={`storage-vm-disk-${v.id}`} data-status={v.status}>
            <button type="button" className="linkish" onClick={() => select({ kind: 'volume', index: i })}>
              {v.name}
            </button>{' '}
            {v.status === 'lost'
              ? t('storage.vmDisks.lostLine', { size: v.sizeGiB })
              : t('storage.vmDisks.line', {
                  size: v.sizeGiB,
                  status: t(`storage.status.${v.status}`),
                  arrays: v.replicas.map((r) => st.arrays[r.array]?.name ?? '').join(', ') || '—',
                  r: Math.round(v.readIops),
                  w: Math.round(v.writeIops),
                })}
          </li>
        ))}
        {mine.length === 0 && <li>{t('storage.vmDisks.none')}</li>}
      </ul>
    </section>
  );
}

/** The hosts' local disks VMs without volumes and containers use (on a bare host, or in such a VM): their load and latency, and whose I/O it is. */
export function LocalDisks({ st, topo }: { st: StorageSnapshot; topo: Topology }) {
  const t = useT();
  if (st.local.length === 0) return null;
  const local = topo.vms.map((vm) => onLocalDisk(st, vm.id));
  return (
    <section className="storage-local" data-testid="storage-local">
      <h3>{t('storage.local.title')}</h3>
      <p className="muted">{t('storage.local.explain', { max: LOCAL_SSD_IOPS.toLocaleString('en-US'), bw: LOCAL_SSD_MIBPS.toLocaleString('en-US') })}</p>
      <ul>
        {st.local.map((d) => {
          const h = topo.hosts.findIndex((x) => x.id === d.host);
          const vms = topo.vms.filter((vm, i) => vm.host === h && local[i] === true).map((vm) => vm.name);
          const cts = topo.containers.filter((c) => c.host === h && (c.vm < 0 || local[c.vm] === true)).map((c) => c.name);
          return (
            <li key={d.host} data-testid={`storage-local-${d.host}`} data-iops={Math.round(d.iops)} data-ms={d.latencyMs.toFixed(2)} data-vms={vms.join(',')} data-containers={cts.join(',')}>
              {t('storage.local.line', { host: topo.hosts[h]?.name ?? d.host, iops: Math.round(d.iops), mibps: d.mibps.toFixed(1), pct: Math.round(100 * d.util), ms: d.latencyMs.toFixed(2), vms: vms.join(', ') || '—', list: cts.join(', ') || '—' })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
