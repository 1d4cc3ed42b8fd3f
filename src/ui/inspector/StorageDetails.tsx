/**
 * Inspector bodies for the Storage lens: a volume (size, provisioning, health and why,
 * each replica with its array and latency, reads and writes, per-VM permissions with
 * "try a read / write as this VM", delete) and an array (state, capacity against what
 * its volumes promise, load and latency with the reason, recent history, its replicas,
 * fail / repair / fail rack). Every action is an engine command.
 */
import { HISTORY_LEN, kibCost, RATED_KIB, STORAGE_PERIOD, type Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { select, sendCommand } from '../../store';
import { v } from '../../theme/tokens';
import { IoPattern } from './ContainerIo';
import { RaidPanel } from './RaidPanel';
import { vmIoKiB } from './vmIo';

const f1 = (x: number): string => x.toFixed(1);

function Permissions({ snap, index }: { snap: Snapshot; index: number }) {
  const t = useT();
  const vol = snap.storage.volumes[index];
  if (vol === undefined) return null;
  return (
    <>
      <h4>{t('storage.inspector.permissions')}</h4>
      <p className="muted">{t('storage.inspector.permHelp')}</p>
      <ul className="storage-perms">
        {snap.topology.vms.map((vm) => {
          const mode = vol.owner === vm.id ? 'owner' : (vol.access[vm.id] ?? 'none');
          return (
            <li key={vm.id}>
              <span>{vm.name}: </span>
              {mode === 'owner' ? (
                <span>{t('storage.inspector.ownerRw')}</span>
              ) : (
                <select aria-label={`${vm.name} ${t('storage.inspector.permissions')}`} data-testid={`perm-${vm.id}`} value={mode} onChange={(e) => void sendCommand({ type: 'setVolumeAccess', volume: vol.id, vm: vm.id, mode: e.target.value as 'rw' | 'ro' | 'none' })}>
                  {(['rw', 'ro', 'none'] as const).map((m) => (
                    <option key={m} value={m}>{t(`storage.mode.${m}`)}</option>
                  ))}
                </select>
              )}{' '}
              <span className="muted">{t('storage.inspector.try', { vm: vm.name })}</span>{' '}
              <button type="button" data-testid={`try-read-${vm.id}`} onClick={() => void sendCommand({ type: 'accessVolume', vm: vm.id, volume: vol.id, op: 'read' })}>{t('storage.inspector.tryRead')}</button>{' '}
              <button type="button" data-testid={`try-write-${vm.id}`} onClick={() => void sendCommand({ type: 'accessVolume', vm: vm.id, volume: vol.id, op: 'write' })}>{t('storage.inspector.tryWrite')}</button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The owner's workload: its I/O size and read share, or that it halts and issues none; and the containers inside it, whose I/O lands here too. */
function OwnerIo({ snap, owner }: { snap: Snapshot; owner: string | null }) {
  const t = useT();
  const vm = snap.topology.vms.find((x) => x.id === owner);
  if (vm === undefined) return null;
  const vi = snap.topology.vms.indexOf(vm);
  const ms = snap.storage.vmLatencyMs[vi] ?? 0;
  const io = vmIoKiB(snap, vi);
  const inside = snap.topology.containers.flatMap((c, i) => (c.vm === vi ? [{ name: c.name, iops: snap.fleet.ct.cts[i]?.iops ?? 0 }] : []));
  return (
    <>
      <dt>{t('storage.inspector.vmLatency')}</dt>
      <dd data-testid="volume-vm-latency">{t('storage.inspector.vmLatencyValue', { vm: vm.name, kib: io.kib, ms: ms.toFixed(2), iops: Math.round(snap.storage.vmIops[vi] ?? 0), mibps: (snap.storage.vmMiBps[vi] ?? 0).toFixed(1) })}{io.booting ? ` ${t('storage.inspector.vmBooting', { kib: io.kib })}` : ''}</dd>
      <dt>{t('storage.inspector.pattern')}</dt>
      <dd data-testid="volume-io-pattern"><IoPattern kind={vm.workload} who="guest" /></dd>
      {inside.length > 0 && (
        <>
          <dt>{t('storage.inspector.containers')}</dt>
          <dd data-testid="volume-containers">{t('storage.inspector.containersValue', { vm: vm.name, list: inside.map((c) => t('storage.inspector.containerIops', { name: c.name, iops: Math.round(c.iops) })).join(', ') })}</dd>
        </>
      )}
    </>
  );
}

export function VolumeDetails({ snap, index }: { snap: Snapshot; index: number }) {
  const t = useT();
  const st = snap.storage;
  const vol = st.volumes[index];
  if (vol === undefined) return null;
  const live = vol.replicas.filter((r) => !r.building).length;
  const racks = new Set(vol.replicas.map((r) => st.arrays[r.array]?.rack));
  return (
    <div className="details" data-testid="volume-details">
      <h3>{t('storage.inspector.volume', { name: vol.name })}</h3>
      <p>{t(`storage.inspector.why.${vol.status}`, { live, want: vol.want })}</p>
      {vol.replicas.length > 1 && racks.size === 1 && <p className="storage-warn">{t('storage.inspector.oneRack', { rack: [...racks][0] ?? '' })}</p>}
      {vol.full && <p className="storage-warn">{t('storage.inspector.full')}</p>}
      <dl>
        <dt>{t('storage.inspector.size')}</dt>
        <dd>{t('storage.inspector.sizeValue', { size: vol.sizeGiB, prov: t(vol.thin ? 'storage.prov.thin' : 'storage.prov.thick'), written: f1(vol.writtenGiB), alloc: f1(vol.allocGiB) })}</dd>
        <dt>{t('storage.inspector.owner')}</dt>
        <dd>{vol.owner ?? t('storage.controls.noOwner')}</dd>
        <dt>{t('storage.inspector.status')}</dt>
        <dd>{t(`storage.status.${vol.status}`)}</dd>
        <dt>{t('storage.inspector.io')}</dt>
        <dd>{t('storage.inspector.ioValue', { r: Math.round(vol.readIops), w: Math.round(vol.writeIops) })}</dd>
        <OwnerIo snap={snap} owner={vol.owner} />
      </dl>
      <h4>{t('storage.inspector.replicas')}</h4>
      <ul>
        {vol.replicas.map((r) => {
          const arr = st.arrays[r.array];
          // Copies into one array share its room and its maximum, so the time left depends on them all:
          // the copy's own rate of the last period (the engine throttles it), or, before its first
          // period, its share of the maximum.
          const streams = st.volumes.reduce((n, x) => n + x.replicas.filter((y) => y.building && y.array === r.array).length, 0);
          const mibps = r.copyMiBps > 0 ? r.copyMiBps : st.rebuildMiBps / Math.max(1, streams);
          const eta = ((vol.allocGiB - r.copiedGiB) * 1024) / mibps;
          const p = { array: arr?.name ?? '', rack: arr?.rack ?? '', ms: (st.load.latencyMs[r.array] ?? 0).toFixed(2), pct: Math.round((100 * r.copiedGiB) / Math.max(1e-9, vol.allocGiB)), s: Math.ceil(eta), streams: Math.max(1, streams), mibps: Math.round(mibps), max: st.rebuildMiBps };
          // A RAID disk rebuild on the copy's source or target shares that array's room with it (engine: storage/throttle.ts).
          const src = vol.replicas.find((x) => !x.building)?.array;
          const raid = r.building ? [src, r.array].map((i) => (i === undefined ? undefined : st.arrays[i])).find((x) => x?.disks?.rebuilt != null && !x.failed) : undefined;
          return (
            <li key={r.array}>
              {t(r.building ? 'storage.inspector.replicaBuilding' : r.leaving ? 'storage.inspector.replicaLeaving' : 'storage.inspector.replicaLive', p)}
              {raid !== undefined ? ` ${t('storage.inspector.replicaRaidShare', { array: raid.name })}` : ''}
            </li>
          );
        })}
      </ul>
      <p className="muted">{t('storage.inspector.readsWrites')}</p>
      <Permissions snap={snap} index={index} />
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            select(null);
            void sendCommand({ type: 'deleteVolume', volume: vol.id });
          }}
        >
          {t('storage.inspector.delete')}
        </button>
      </div>
    </div>
  );
}

function History({ snap, index }: { snap: Snapshot; index: number }) {
  const t = useT();
  const h = snap.storage.history;
  const w = 220;
  const ht = 48;
  const pts = (arr: Float32Array, cap: number): string =>
    Array.from({ length: HISTORY_LEN }, (_, k) => `${(k * w) / (HISTORY_LEN - 1)},${ht - Math.min(1, (arr[index * HISTORY_LEN + k] ?? 0) / cap) * ht}`).join(' ');
  return (
    <figure className="storage-history">
      <svg width={w} height={ht} role="img" aria-label={t('storage.inspector.history', { s: (HISTORY_LEN * STORAGE_PERIOD) / 1000 })}>
        <rect x={0} y={0} width={w} height={ht} style={{ fill: v('surface2') }} />
        <polygon points={`0,${ht} ${pts(h.used, 1)} ${w},${ht}`} style={{ fill: v('memUsed'), fillOpacity: 0.35 }} />
        <polyline points={pts(h.util, 1)} style={{ fill: 'none', stroke: v('stateRunning'), strokeWidth: 2 }} />
      </svg>
      <figcaption className="muted">{t('storage.inspector.history', { s: (HISTORY_LEN * STORAGE_PERIOD) / 1000 })}</figcaption>
    </figure>
  );
}

export function ArrayDetails({ snap, index }: { snap: Snapshot; index: number }) {
  const t = useT();
  const st = snap.storage;
  const arr = st.arrays[index];
  if (arr === undefined) return null;
  const iops = st.load.iops[index] ?? 0;
  const mibps = st.load.mibps[index] ?? 0;
  // What a 256 KiB I/O weighs in rated (4 KiB) I/Os on this array (storage/period.ts).
  const big = 1 + (256 - RATED_KIB) * kibCost(arr.iops, arr.mibps);
  const here = st.volumes.flatMap((vol) => vol.replicas.filter((r) => r.array === index).map((r) => `${vol.name}${r.building ? ' ▨' : ''}`));
  // Containers inside the VMs whose volumes live here: their I/O is part of this load.
  const users = new Set(st.volumes.filter((vol) => vol.replicas.some((r) => r.array === index)).flatMap((vol) => [vol.owner, ...Object.keys(vol.access)]));
  const cts = snap.topology.containers.flatMap((c, i) => (c.vm >= 0 && users.has(snap.topology.vms[c.vm]?.id ?? null) ? [{ name: c.name, iops: snap.fleet.ct.cts[i]?.iops ?? 0 }] : []));
  return (
    <div className="details" data-testid="array-details">
      <h3>{t('storage.inspector.array', { name: arr.name })}</h3>
      <dl>
        <dt>{t('storage.inspector.arrayState')}</dt>
        <dd>{t(arr.failed ? 'storage.inspector.arrayFailed' : 'storage.inspector.arrayOk')}</dd>
        <dt>{t('storage.controls.rack')}</dt>
        <dd>{arr.rack}</dd>
        <dt>{t('storage.inspector.capacity')}</dt>
        <dd>{t('storage.inspector.capacityValue', { used: Math.round(arr.usedGiB), cap: arr.capacityGiB, pct: Math.round((100 * arr.usedGiB) / arr.capacityGiB), prov: Math.round(arr.provisionedGiB), ratio: (arr.provisionedGiB / arr.capacityGiB).toFixed(2) })}</dd>
        <dt>{t('storage.inspector.load')}</dt>
        <dd>{t('storage.inspector.loadValue', { iops: Math.round(iops), mibps: mibps.toFixed(1), max: arr.iops, bw: Math.round(arr.mibps), pct: Math.round(100 * (st.load.util[index] ?? 0)), ms: (st.load.latencyMs[index] ?? 0).toFixed(2), kib: Math.round(iops > 0.5 ? (mibps * 1024) / iops : RATED_KIB), base: arr.latencyMs })}</dd>
      </dl>
      <p className="muted">{t('storage.inspector.loadWhy', { big: big.toFixed(1) })}</p>
      {cts.length > 0 && <p data-testid="array-containers">{t('storage.inspector.arrayContainers', { list: cts.map((c) => t('storage.inspector.containerIops', { name: c.name, iops: Math.round(c.iops) })).join(', ') })}</p>}
      <History snap={snap} index={index} />
      <h4>{t('storage.inspector.volumesOn')}</h4>
      <p>{here.length === 0 ? t('storage.inspector.noVolumes') : here.slice(0, 60).join(', ')}</p>
      <RaidPanel />
      <div className="actions">
        {arr.failed ? (
          <button type="button" data-testid="array-repair" onClick={() => void sendCommand({ type: 'repairArray', array: arr.id })}>{t('storage.inspector.repair')}</button>
        ) : (
          <>
            <button type="button" data-testid="array-fail" onClick={() => void sendCommand({ type: 'failArray', array: arr.id })}>{t('storage.inspector.fail')}</button>
            <button type="button" data-testid="rack-fail" onClick={() => void sendCommand({ type: 'failRack', rack: arr.rack })}>{t('storage.inspector.failRack', { rack: arr.rack })}</button>
          </>
        )}
      </div>
    </div>
  );
}
