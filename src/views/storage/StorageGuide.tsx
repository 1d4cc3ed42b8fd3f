/**
 * Words beside the picture: a "try this" line for each storage preset (what to do and
 * what to watch for, so a student exploring alone has a question to answer), and, when
 * a VM is selected, that VM's disks as the SAN sees them, each one a button to inspect it.
 */
import type { StorageSnapshot, Topology } from '../../engine';
import { useT } from '../../i18n';
import { select, selectScenarioId, selectSelection, useStore } from '../../store';

const GUIDED = ['san-placement', 'array-failure', 'thin-overcommit', 'rack-awareness', 'raid-striping'];

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
          <li key={v.id}>
            <button type="button" className="linkish" onClick={() => select({ kind: 'volume', index: i })}>
              {v.name}
            </button>{' '}
            {t('storage.vmDisks.line', {
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
