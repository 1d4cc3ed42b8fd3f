/**
 * Disk I/O in words, one copy for every place that shows it: a workload's I/O pattern
 * (size, read share, queue depth, or that it halts and issues none), and a container's
 * I/O as storage serves it (its IOPS, the latency it gets back, and which storage that
 * is: its VM's volumes, or its host's local disk). The engine decides the same way
 * (storage/entityIo.ts): a container in a VM with volumes uses them, any other its host's disk.
 */
import { onLocalDisk, PROFILES, type Snapshot, type WorkloadKind } from '../../engine';
import { useT } from '../../i18n';

/** The workload's I/O pattern (`who`: 'guest' for a VM, 'app' for a container). */
export function IoPattern({ kind, who }: { kind: WorkloadKind; who: 'guest' | 'app' }) {
  const t = useT();
  const p = PROFILES[kind];
  const name = t(`workload.${kind}`);
  if (p.ioShare <= 0) return <>{t(who === 'guest' ? 'storage.inspector.patternIdle' : 'containers.io.patternIdle', { kind: name })}</>;
  return <>{t('storage.inspector.patternValue', { kind: name, kib: p.ioKiB, read: Math.round(p.read * 100), depth: p.depth, share: Math.round(p.ioShare * 100) })}</>;
}

/** Where container `index`'s I/O lands, its IOPS and the latency it gets (from the snapshot's record). */
export function containerIoText(snap: Snapshot, index: number, t: ReturnType<typeof useT>): string {
  const topo = snap.topology;
  const c = topo.containers[index];
  const rec = snap.fleet.ct.cts[index];
  if (c === undefined || rec === undefined) return '';
  const onVolumes = c.vm >= 0 && !onLocalDisk(snap.storage, topo.vms[c.vm]?.id ?? '');
  const where = onVolumes ? t('containers.io.onVolumes', { vm: topo.vms[c.vm]?.name ?? '' }) : t('containers.io.onLocal', { host: topo.hosts[c.host]?.name ?? '' });
  return t('containers.io.value', { iops: Math.round(rec.iops), ms: rec.ioLatencyMs.toFixed(2), where });
}
