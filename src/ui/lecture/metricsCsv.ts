/**
 * CSV of the numbers the lenses show, one row per vCPU or container at the current
 * tick: owner, host, state, pCPU, utilisation and the run / ready (steal) / I/O-wait
 * times so far. Headers and state names are in the person's language; fields are
 * quoted when needed (RFC 4180), so names with commas survive spreadsheets.
 */
import { entityOwner, ENT, type Snapshot } from '../../engine';
import { hasKey, type Translate } from '../../i18n';

const STATE_NAMES: Record<number, string> = Object.fromEntries(Object.entries(ENT).map(([name, code]) => [code, name]));

export function csvField(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function metricsCsv(snap: Snapshot, t: Translate): string {
  const topo = snap.topology;
  const head = ['tick', 'entity', 'kind', 'host', 'state', 'pcpu', 'util', 'runMs', 'readyMs', 'waitMs', 'readyPct'].map((h) => t(`lecture.csv.${h}`));
  const rows: (string | number)[][] = [head];
  for (let e = 0; e < topo.entityCount; e++) {
    const owner = entityOwner(topo, e);
    if (owner === null) continue;
    const vm = owner.kind === 'vm' ? topo.vms[owner.index] : undefined;
    const ct = owner.kind === 'container' ? topo.containers[owner.index] : undefined;
    const name = vm !== undefined ? `${vm.name} vCPU${owner.vcpu}` : (ct?.name ?? `#${e}`);
    const host = topo.hosts[vm?.host ?? ct?.host ?? -1]?.name ?? '';
    const run = snap.ent.run[e] ?? 0;
    const ready = snap.ent.ready[e] ?? 0;
    const wait = snap.ent.wait[e] ?? 0;
    const total = run + ready + wait;
    const stateName = STATE_NAMES[snap.ent.state[e] ?? -1] ?? '?';
    rows.push([
      snap.tick,
      name,
      t(`lecture.csv.kind.${owner.kind}`),
      host,
      hasKey(`state.${stateName}`) ? t(`state.${stateName}`) : stateName,
      snap.ent.pcpu[e] ?? -1,
      (snap.ent.util[e] ?? 0).toFixed(3),
      run,
      ready,
      wait,
      total === 0 ? '0.0' : ((100 * ready) / total).toFixed(1),
    ]);
  }
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
