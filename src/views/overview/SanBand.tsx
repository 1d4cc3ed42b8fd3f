/**
 * The SAN in the Overview: under the hosts or beside them, the storage arrays pooled as one store (many
 * devices seen as one), the fabric that every host reaches them by, and each VM's disk
 * linked to the arrays that hold its volume's replicas: always when the world has a few
 * such VMs, otherwise for the VM (or the host's VMs) selected. The same numbers as the
 * Storage lens, which draws the placement in full.
 */
import { memo, useContext, useId } from 'react';
import type { StorageSnapshot, Topology } from '../../engine';
import { useT } from '../../i18n';
import { selectSelection, useStore } from '../../store';
import { v } from '../../theme/tokens';
import type { Rect } from '../shared/geometry';
import { vmIndexById } from '../shared/ids';
import { Selectable } from '../shared/Selectable';
import { useSnapshot } from '../shared/useSnapshot';
import type { HostBox, OverviewLayout, VmBox } from './layoutOverview';
import type { SanBand as Band } from './layoutSan';
import { Label, Lines } from './OvLabel';
import { OverviewTextSizes } from './snapshotContext';

/** With this many VMs on the SAN or fewer, every VM's link is drawn. */
const ALL_LINKS_UP_TO = 6;

const storageOf = (s: { storage: StorageSnapshot }): StorageSnapshot => s.storage;

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

/** A VM's disk to an array holding it: down to the SAN under the hosts, or across to the SAN beside them. */
function diskLink(vb: VmBox, ar: Rect, band: Band): string {
  if (band.beside) {
    const x0 = vb.x + vb.w / 2;
    const y0 = vb.y + vb.h;
    const y1 = ar.y + ar.h / 2;
    return `M ${x0} ${y0} C ${x0} ${y0 + 40}, ${band.x - 40} ${y1}, ${ar.x} ${y1}`;
  }
  return `M ${vb.x + vb.w / 2} ${vb.y + vb.h} C ${vb.x + vb.w / 2} ${band.y}, ${ar.x + ar.w / 2} ${band.y}, ${ar.x + ar.w / 2} ${ar.y}`;
}

/** One VM's disk linked to one array holding a replica of its volume. */
interface DiskLink {
  key: string;
  vm: number;
  d: string;
  selected: boolean;
}

/**
 * The disk links shown, from the VMs of `hosts`: each VM's to every array holding a replica of its volume; all of them when
 * the world has a few such VMs, else the selected VM's (or the selected host's VMs').
 */
function useDiskLinks(band: Band | null, hosts: readonly HostBox[], topo: Topology): DiskLink[] {
  const st = useSnapshot(storageOf, 2);
  const sel = useStore(selectSelection);
  if (band === null || st === null) return [];
  const byVm = vmArrays(topo, st);
  const vmBoxes = new Map<number, VmBox>();
  for (const h of hosts) for (const vb of h.vms) vmBoxes.set(vb.index, vb);
  const shown = (vm: number): boolean =>
    byVm.size <= ALL_LINKS_UP_TO || (sel?.kind === 'vm' && sel.index === vm) || (sel?.kind === 'host' && topo.vms[vm]?.host === sel.index);
  return [...byVm.entries()].filter(([vm]) => shown(vm)).flatMap(([vm, arrays]) => {
    const vb = vmBoxes.get(vm);
    if (vb === undefined) return [];
    return arrays.flatMap((ai) => {
      const ar = band.arrays[ai]?.rect;
      return ar === undefined ? [] : [{ key: `${vm}:${ai}`, vm, d: diskLink(vb, ar, band), selected: sel?.kind === 'vm' && sel.index === vm }];
    });
  });
}

/** A disk link's path, as the SAN band draws it (a selected VM's stands out). */
function LinkPath({ link, vmId }: { link: DiskLink; vmId?: string | undefined }) {
  return (
    <path
      data-vm={vmId}
      d={link.d}
      style={{ stroke: link.selected ? v('focus') : v('accent'), strokeWidth: link.selected ? 3 : 1.5, strokeDasharray: '5 4', opacity: link.selected ? 1 : 0.45 }}
    />
  );
}

/** An id for a clip path: React's own, with only the characters a url() reference takes as they are. */
function useClipId(): string {
  return `ov-clip-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/**
 * The disk links inside one host's box, drawn by the host (HostPanel) where its run lines are: under its guests' boxes and its
 * translucent layers, and under the words that stand on a patch of their layer (the hypervisor's name and scheduler were
 * crossed by the links drawn over the whole host: audit 43, P3). Every shown link, not only its own VMs': another host's link
 * crosses this box where the hosts are stacked above the SAN (a phone), and only this host draws that part of it. The SAN band
 * draws the parts outside every host.
 */
export function HostDiskLinks({ b, hosts, band, topo }: { b: HostBox; hosts: readonly HostBox[]; band: Band | null; topo: Topology }) {
  const links = useDiskLinks(band, hosts, topo);
  const clip = useClipId();
  if (links.length === 0) return null;
  return (
    <g aria-hidden="true" pointerEvents="none" style={{ fill: 'none' }} data-testid="overview-host-disk-links">
      <clipPath id={clip}>
        <rect x={b.x} y={b.y} width={b.w} height={b.h} />
      </clipPath>
      <g clipPath={`url(#${clip})`}>
        {links.map((l) => (
          <LinkPath key={l.key} link={l} />
        ))}
      </g>
    </g>
  );
}

export const SanBand = memo(function SanBand({ layout, topo }: { layout: OverviewLayout; topo: Topology }) {
  const t = useT();
  const tx = useContext(OverviewTextSizes);
  const st = useSnapshot(storageOf, 2);
  const band: Band | null = layout.san;
  const links = useDiskLinks(band, layout.hosts, topo);
  const clip = useClipId();
  if (band === null || st === null) return null;
  const cap = st.arrays.reduce((a, x) => a + (x.failed ? 0 : x.capacityGiB), 0);
  const used = st.arrays.reduce((a, x) => a + (x.failed ? 0 : x.usedGiB), 0);
  const byVm = vmArrays(topo, st);
  // The links outside the hosts' boxes (each host draws its own part, under its layers' words: HostDiskLinks).
  const outside = [`M0,0 H${layout.width} V${layout.height} H0 Z`, ...layout.hosts.map((h) => `M${h.x},${h.y} h${h.w} v${h.h} h${-h.w} Z`)].join(' ');
  const namesOn = (a: number): string =>
    [...byVm.entries()].filter(([, arrays]) => arrays.includes(a)).map(([vm]) => topo.vms[vm]?.name ?? '').join(', ');
  return (
    <g data-testid="overview-san" data-arrays={st.arrays.length}>
      {/* The fabric: every host's devices reach the trunk, the trunk reaches the SAN. */}
      <g aria-hidden="true" style={{ stroke: v('textMuted'), strokeWidth: 2, fill: 'none' }}>
        {band.fabric.map((path, i) => (
          <polyline key={i} points={path.map((p) => `${p.x},${p.y}`).join(' ')} />
        ))}
      </g>
      <g className="ov-san-head">
        <rect x={band.x} y={band.y} width={band.w} height={band.h} rx={8} style={{ fill: v('surface2'), stroke: v('border'), strokeWidth: v('strokeWidth') }} />
        <Lines x={band.x + 8} y={band.titleY} size={tx.name} weight={700} max={band.w - 16} rows={band.titleRows} plain>
          {t('overview.san.title', { n: st.arrays.length, used: Math.round(used), cap: Math.round(cap) })}
        </Lines>
      </g>
      <Lines x={band.x + 8} y={band.pooledY} size={tx.small} max={band.w - 16} rows={band.pooledLines} plain>
        {t('overview.san.pooled')}
      </Lines>
      {band.arrays.map(({ index, rect: r, nameY, bar, lineY }) => {
        const a = st.arrays[index];
        if (a === undefined) return null;
        const share = a.capacityGiB > 0 ? Math.min(1, a.usedGiB / a.capacityGiB) : 0;
        return (
          <Selectable key={a.id} sel={{ kind: 'array', index }} label={t('overview.san.arrayLabel', { array: a.name, used: Math.round(a.usedGiB), cap: a.capacityGiB, state: t(a.failed ? 'overview.san.failed' : 'overview.san.ok') })}>
            <rect x={r.x} y={r.y} width={r.w} height={r.h} rx={5} style={{ fill: a.failed ? v('danger') : v('surface'), fillOpacity: a.failed ? 0.2 : 1, stroke: a.failed ? v('danger') : v('border'), strokeWidth: v('strokeWidth') }} />
            <Label x={r.x + 6} y={nameY} size={tx.name} weight={700} max={r.w - 12} plain>
              {`${a.failed ? '✗ ' : ''}${a.name} · ${a.rack}`}
            </Label>
            <rect x={bar.x} y={bar.y} width={bar.w} height={bar.h} style={{ fill: v('surface2'), stroke: v('border') }} />
            <rect x={bar.x} y={bar.y} width={bar.w * share} height={bar.h} style={{ fill: v('memUsed') }} />
            <Lines x={r.x + 6} y={lineY} size={tx.small} max={r.w - 12} rows={band.arrayRows} plain>
              {t('overview.san.arrayLine', { used: Math.round(a.usedGiB), cap: a.capacityGiB, vms: namesOn(index) || t('overview.san.noVms') })}
            </Lines>
          </Selectable>
        );
      })}
      {/* Each VM's disk is a volume on the SAN: a line from the VM to every array holding a replica of it (here outside the hosts). */}
      <clipPath id={clip}>
        <path d={outside} clipRule="evenodd" />
      </clipPath>
      <g aria-hidden="true" style={{ fill: 'none' }} clipPath={`url(#${clip})`} data-testid="overview-san-links">
        {links.map((l) => (
          <LinkPath key={l.key} link={l} vmId={topo.vms[l.vm]?.id} />
        ))}
      </g>
    </g>
  );
});
