/**
 * The SAN in the Overview: under the hosts, the storage arrays pooled as one store (many
 * devices seen as one), the fabric that every host reaches them by, and each VM's disk
 * linked to the arrays that hold its volume's replicas: always when the world has a few
 * such VMs, otherwise for the VM (or the host's VMs) selected. The same numbers as the
 * Storage lens, which draws the placement in full.
 */
import { memo } from 'react';
import type { StorageSnapshot, Topology } from '../../engine';
import { useT } from '../../i18n';
import { selectSelection, useStore } from '../../store';
import { v } from '../../theme/tokens';
import { fitText } from '../fitText';
import { vmIndexById } from '../shared/ids';
import { Selectable } from '../shared/Selectable';
import { useSnapshot } from '../shared/useSnapshot';
import { useDrawScale, useLabelSize } from '../shared/labels';
import type { OverviewLayout, SanBand as Band, VmBox } from './layoutOverview';

/** With this many VMs on the SAN or fewer, every VM's link is drawn. */
const ALL_LINKS_UP_TO = 6;

const storageOf = (s: { storage: StorageSnapshot }): StorageSnapshot => s.storage;

function Text({ x, y, size: asked = 12, weight = 400, max, children }: { x: number; y: number; size?: number; weight?: number; max: number; children: string }) {
  const size = useLabelSize(useDrawScale())(asked);
  const shown = fitText(children, max, size * (weight >= 700 ? 1.06 : 1));
  return (
    <text x={x} y={y} dominantBaseline="middle" style={{ fontSize: size, fontWeight: weight, fill: v('text') }}>
      {shown !== children && <title>{children}</title>}
      {shown}
    </text>
  );
}

/** Which arrays hold each VM's volumes (by VM index): one pass over the volumes, owners found through the topology's VM index. */
export function vmArrays(topo: Topology, st: StorageSnapshot): Map<number, number[]> {
  const byVm = new Map<number, number[]>();
  const vmIndex = vmIndexById(topo);
  for (const vol of st.volumes) {
    const vm = vol.owner === null ? -1 : (vmIndex.get(vol.owner) ?? -1);
    if (vm < 0) continue;
    const list = byVm.get(vm) ?? [];
    for (const r of vol.replicas) if (!r.leaving && !list.includes(r.array)) list.push(r.array);
    byVm.set(vm, list);
  }
  return byVm;
}

export const SanBand = memo(function SanBand({ layout, topo }: { layout: OverviewLayout; topo: Topology }) {
  const t = useT();
  const st = useSnapshot(storageOf, 2);
  const sel = useStore(selectSelection);
  const band: Band | null = layout.san;
  if (band === null || st === null) return null;
  const cap = st.arrays.reduce((a, x) => a + (x.failed ? 0 : x.capacityGiB), 0);
  const used = st.arrays.reduce((a, x) => a + (x.failed ? 0 : x.usedGiB), 0);
  const byVm = vmArrays(topo, st);
  const vmBoxes = new Map<number, VmBox>();
  for (const h of layout.hosts) for (const vb of h.vms) vmBoxes.set(vb.index, vb);
  const shown = (vm: number): boolean =>
    byVm.size <= ALL_LINKS_UP_TO || (sel?.kind === 'vm' && sel.index === vm) || (sel?.kind === 'host' && topo.vms[vm]?.host === sel.index);
  const namesOn = (a: number): string =>
    [...byVm.entries()].filter(([, arrays]) => arrays.includes(a)).map(([vm]) => topo.vms[vm]?.name ?? '').join(', ');
  return (
    <g data-testid="overview-san" data-arrays={st.arrays.length}>
      {/* The fabric: every host's devices reach the trunk, the trunk reaches the SAN. */}
      <g aria-hidden="true" style={{ stroke: v('textMuted'), strokeWidth: 2, fill: 'none' }}>
        {layout.hosts.map((h) => (
          <line key={h.index} x1={h.devices.x + h.devices.w} y1={h.devices.y + 12} x2={band.trunkX} y2={h.devices.y + 12} />
        ))}
        {layout.hosts.length > 0 && <line x1={band.trunkX} y1={(layout.hosts[0]?.devices.y ?? band.y) + 12} x2={band.trunkX} y2={band.y + 20} />}
        <line x1={band.trunkX} y1={band.y + 20} x2={band.x + band.w} y2={band.y + 20} />
      </g>
      <rect x={band.x} y={band.y} width={band.w} height={band.h} rx={8} style={{ fill: v('surface2'), stroke: v('border'), strokeWidth: v('strokeWidth') }} />
      <Text x={band.x + 10} y={band.y + 14} weight={700} max={band.w - 20}>
        {t('overview.san.title', { n: st.arrays.length, used: Math.round(used), cap: Math.round(cap) })}
      </Text>
      <Text x={band.x + 10} y={band.y + 30} size={11} max={band.w - 20}>
        {t('overview.san.pooled')}
      </Text>
      {band.arrays.map(({ index, rect: r }) => {
        const a = st.arrays[index];
        if (a === undefined) return null;
        const share = a.capacityGiB > 0 ? Math.min(1, a.usedGiB / a.capacityGiB) : 0;
        return (
          <Selectable key={a.id} sel={{ kind: 'array', index }} label={t('overview.san.arrayLabel', { array: a.name, used: Math.round(a.usedGiB), cap: a.capacityGiB, state: t(a.failed ? 'overview.san.failed' : 'overview.san.ok') })}>
            <rect x={r.x} y={r.y} width={r.w} height={r.h} rx={5} style={{ fill: a.failed ? v('danger') : v('surface'), fillOpacity: a.failed ? 0.2 : 1, stroke: a.failed ? v('danger') : v('border'), strokeWidth: v('strokeWidth') }} />
            <Text x={r.x + 6} y={r.y + 12} weight={700} max={r.w - 12}>
              {`${a.failed ? '✗ ' : ''}${a.name} · ${a.rack}`}
            </Text>
            <rect x={r.x + 6} y={r.y + 24} width={r.w - 12} height={10} style={{ fill: v('surface2'), stroke: v('border') }} />
            <rect x={r.x + 6} y={r.y + 24} width={(r.w - 12) * share} height={10} style={{ fill: v('memUsed') }} />
            <Text x={r.x + 6} y={r.y + 48} size={11} max={r.w - 12}>
              {t('overview.san.arrayLine', { used: Math.round(a.usedGiB), cap: a.capacityGiB, vms: namesOn(index) || t('overview.san.noVms') })}
            </Text>
          </Selectable>
        );
      })}
      {/* Each VM's disk is a volume on the SAN: a line from the VM to every array holding a replica of it. */}
      <g aria-hidden="true" style={{ fill: 'none' }} data-testid="overview-san-links">
        {[...byVm.entries()].filter(([vm]) => shown(vm)).flatMap(([vm, arrays]) => {
          const vb = vmBoxes.get(vm);
          if (vb === undefined) return [];
          return arrays.map((ai) => {
            const ar = band.arrays[ai]?.rect;
            if (ar === undefined) return null;
            const selected = sel?.kind === 'vm' && sel.index === vm;
            return (
              <path
                key={`${vm}:${ai}`}
                data-vm={topo.vms[vm]?.id}
                d={`M ${vb.x + vb.w / 2} ${vb.y + vb.h} C ${vb.x + vb.w / 2} ${band.y}, ${ar.x + ar.w / 2} ${band.y}, ${ar.x + ar.w / 2} ${ar.y}`}
                style={{ stroke: selected ? v('focus') : v('accent'), strokeWidth: selected ? 3 : 1.5, strokeDasharray: '5 4', opacity: selected ? 1 : 0.45 }}
              />
            );
          });
        })}
      </g>
    </g>
  );
});
