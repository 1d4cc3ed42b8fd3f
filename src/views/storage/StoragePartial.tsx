/**
 * What the Storage lens shows of a world without a SAN (fewer than two arrays), under its
 * empty state's reason and above the offer of its lesson presets: the hosts' local disks
 * that VMs without volumes and containers use, with their I/O rate and latency, and whose
 * I/O it is (nothing while none has issued any). Four times a second, like the lens.
 */
import type { StorageSnapshot } from '../../engine';
import { selectTopology, useStore } from '../../store';
import { useSnapshot } from '../shared/useSnapshot';
import { LocalDisks } from './StorageGuide';
import './storage.css';

const storageOf = (s: { storage: StorageSnapshot }): StorageSnapshot => s.storage;

export default function StoragePartial() {
  const st = useSnapshot(storageOf, 4);
  const topo = useStore(selectTopology);
  if (st === null || topo === null) return null;
  return (
    <div className="storage-partial" data-testid="storage-partial">
      <LocalDisks st={st} topo={topo} />
    </div>
  );
}
