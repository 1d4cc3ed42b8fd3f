/**
 * What the Storage lens shows of a world without a SAN to choose in (fewer than two arrays),
 * under its empty state's reason and above the offer of its lesson presets: the one array
 * and the volumes on it, if there is one (as the Overview draws it), and the hosts' local disks
 * that VMs without volumes and containers use, with their I/O rate and latency, and whose
 * I/O it is (nothing while none has issued any). Four times a second, like the lens.
 */
import type { StorageSnapshot } from '../../engine';
import { useT } from '../../i18n';
import { selectTopology, useStore } from '../../store';
import { useSnapshot } from '../shared/useSnapshot';
import { LocalDisks } from './StorageGuide';
import './storage.css';

const storageOf = (s: { storage: StorageSnapshot }): StorageSnapshot => s.storage;

export default function StoragePartial() {
  const t = useT();
  const st = useSnapshot(storageOf, 4);
  const topo = useStore(selectTopology);
  if (st === null || topo === null) return null;
  const one = st.arrays.length === 1 ? st.arrays[0] : undefined;
  return (
    <div className="storage-partial" data-testid="storage-partial">
      {one !== undefined && (
        <p data-testid="storage-one-array">
          {st.volumes.length === 0
            ? t('storage.partial.oneArrayEmpty', { array: one.name, rack: one.rack, cap: one.capacityGiB })
            : t('storage.partial.oneArray', { array: one.name, rack: one.rack, used: Math.round(one.usedGiB), cap: one.capacityGiB, list: st.volumes.map((v) => v.name).join(', ') })}
        </p>
      )}
      <LocalDisks st={st} topo={topo} />
    </div>
  );
}
