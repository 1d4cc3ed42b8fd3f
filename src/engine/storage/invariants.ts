/**
 * What must hold for storage after every tick: replicas of one volume on distinct
 * arrays and never on a failed one, no array holding more than its capacity (so thick
 * volumes never overcommit), written data within a volume's size, and a status that
 * agrees with the live replicas (nothing reported healthy without enough copies), and a
 * copy rate that is a real rate, on a replica being copied only.
 */
import { checkRaid } from './raid';
import { HISTORY_LEN, type StorageState } from './types';
import { deriveStatus, keptReplicas, usedPerArray } from './volumes';

export function checkStorageInvariants(s: StorageState): string[] {
  const out: string[] = [];
  const n = s.arrays.length;
  if (s.iops.length !== n || s.mibps.length !== n || s.util.length !== n || s.latency.length !== n || s.histUtil.length !== n * HISTORY_LEN) out.push('storage arrays and load figures differ in size');
  for (const v of s.volumes) {
    const arrays = v.replicas.map((r) => r.array);
    if (new Set(arrays).size !== arrays.length) out.push(`volume ${v.id} has two replicas on one array`);
    for (const a of arrays) {
      if (a < 0 || a >= n) out.push(`volume ${v.id} has a replica on unknown array ${a}`);
      else if (s.arrays[a]?.failed === true) out.push(`volume ${v.id} has a replica on failed array ${s.arrays[a]?.id}`);
    }
    if (v.writtenGiB < 0 || v.writtenGiB > v.sizeGiB + 1e-9) out.push(`volume ${v.id} has ${v.writtenGiB} GiB written of ${v.sizeGiB}`);
    if (v.status !== deriveStatus(v)) out.push(`volume ${v.id} is reported ${v.status} but its replicas say ${deriveStatus(v)}`);
    if (keptReplicas(v) > v.want) out.push(`volume ${v.id} keeps ${keptReplicas(v)} replicas, wants ${v.want}`);
    if (v.replicas.filter((r) => r.leaving).length > v.replicas.filter((r) => r.building).length) out.push(`volume ${v.id} has a replica leaving with no copy being made`);
    // A copy's rate (throttled, a RAID target's writes weighed by their parity work) is a real rate, and only a copy has one.
    for (const r of v.replicas) {
      if (!Number.isFinite(r.copyMiBps) || r.copyMiBps < 0 || (!r.building && r.copyMiBps !== 0)) out.push(`volume ${v.id}: copy rate ${r.copyMiBps} MiB/s into array ${r.array}${r.building ? '' : ' with no copy'}`);
    }
  }
  const used = usedPerArray(s);
  s.arrays.forEach((a, i) => {
    if ((used[i] ?? 0) > a.capacityGiB + 1e-6) out.push(`array ${a.id} holds ${used[i]} GiB of ${a.capacityGiB}`);
    if ((a.raid === undefined) !== (a.disks === undefined)) out.push(`array ${a.id} has a RAID level without disks or disks without one`);
    if (a.raid !== undefined && a.disks !== undefined) out.push(...checkRaid(a.id, a.raid, a.disks, a.failed));
  });
  return out;
}
