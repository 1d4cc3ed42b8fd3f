/**
 * One host's architecture stack, drawn from its layout: the static frames and labels
 * (guests, host OS for type 2, hypervisor, hardware) and, inside them, the live parts
 * from `Dynamics.tsx`. Switching type 1 / type 2 animates the host-OS layer in or out
 * and slides the hardware beneath it (CSS transitions: this lens ships in the first
 * download, so it carries no animation library).
 */
import { memo, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Topology } from '../../engine';
import { useT } from '../../i18n';
import { v } from '../../theme/tokens';

import { GuestDynamics, PcpuCells, RunLines } from './Dynamics';
import type { Rect } from '../shared/geometry';
import type { HostBox } from './layoutOverview';
import { Selectable } from '../shared/Selectable';
import { useSnapshot } from '../shared/useSnapshot';
import { OverviewSnapshot, OverviewTextSizes } from './snapshotContext';
import { useInView } from '../shared/useInView';
import { disksLine, hypervisorWords, type HypervisorWords } from './ovText';
import { HV_PATCH, HW_PATCH, Label, Lines } from './OvLabel';
import { HostDiskLinks } from './SanBand';
import type { SanBand as Band } from './layoutSan';
import { lineH } from '../shared/labels';

const box = (r: Rect, fill: string, rx = 6, fillOpacity = 1) => (
  <rect x={r.x} y={r.y} width={r.w} height={r.h} rx={rx} style={{ fill, fillOpacity, stroke: v('border'), strokeWidth: v('strokeWidth') }} />
);

function GuestFrames({ b, t: topo }: { b: HostBox; t: Topology }) {
  const t = useT();
  const tx = useContext(OverviewTextSizes);
  const e = b.engine;
  return (
    <>
      {b.vms.map((vb) => {
        const vm = topo.vms[vb.index];
        if (vm === undefined) return null;
        return (
          <Selectable key={vm.id} sel={{ kind: 'vm', index: vb.index }} label={t('overview.vmLabel', { vm: vm.name })}>
            {box(vb, v('layerGuest'))}
            {box(vb.app, v('surface'), 3)}
            {vb.appRows > 1 ? (
              <Lines x={vb.app.x + 4} y={vb.app.y + 1 + lineH(tx.small) / 2} size={tx.small} max={vb.app.w - 8} rows={vb.appRows}>{t(`workload.${vm.workload}`)}</Lines>
            ) : (
              <Label x={vb.app.x + 4} y={vb.app.y + vb.app.h / 2} size={tx.small} max={vb.app.w - 8} short={t(`workload.${vm.workload}`)}>{t('overview.app', { workload: t(`workload.${vm.workload}`) })}</Label>
            )}
            {box(vb.os, v('surface2'), 3)}
            <Label x={vb.os.x + 4} y={vb.os.y + vb.os.h / 2} size={tx.small} max={vb.os.w - 8} short={t(`guestOs.${vm.guestOs}`)}>{t('overview.guestOs', { os: t(`guestOs.${vm.guestOs}`) })}</Label>
          </Selectable>
        );
      })}
      {e !== null && (
        <g className="ov-engine">
          {box(e, v('layerContainer'))}
          <Lines x={e.x + 5} y={e.nameY} size={tx.name} weight={700} max={e.w - 10} rows={e.rows[0]}>{t('overview.containerEngine')}</Lines>
          <Lines x={e.x + 5} y={e.noteY} size={tx.tiny} max={e.w - 10} rows={e.rows[1]}>{t('overview.sharesKernel')}</Lines>
        </g>
      )}
    </>
  );
}

function HardwareFrames({ b, t: topo, dy }: { b: HostBox; t: Topology; dy: number }) {
  const t = useT();
  const tx = useContext(OverviewTextSizes);
  const host = topo.hosts[b.index];
  if (host === undefined) return null;
  const local = (r: Rect): Rect => ({ ...r, y: r.y - dy });
  return (
    <>
      <Selectable sel={{ kind: 'host', index: b.index }} label={t('overview.hardwareLabel', { host: host.name })}>
        {box(local(b.hardware), HW_PATCH.fill, 6, HW_PATCH.opacity)}
        {b.hardwareTitle === null ? (
          <Label x={b.hardware.x + 6} y={b.hardwareTitleY - dy} size={tx.name} weight={700} max={b.hardware.w - 12} patch={HW_PATCH}>
            {t('overview.hardware', { sockets: host.sockets, cores: host.coresPerSocket, threads: host.threadsPerCore })}
          </Label>
        ) : (
          b.hardwareTitle.map((line, i) => (
            <Label key={i} x={b.hardware.x + 6} y={b.hardwareTitleY - dy + i * lineH(tx.name)} size={tx.name} weight={700} patch={HW_PATCH}>
              {line}
            </Label>
          ))
        )}
      </Selectable>
      {b.sockets.map((s, si) => (
        <g key={si}>
          {box(local(s.rect), 'none', 4)}
          <Label x={s.rect.x + 4} y={s.labelY - dy} size={tx.tiny} max={s.rect.w - 8} patch={HW_PATCH}>{t('overview.socket', { n: si })}</Label>
          {s.cores.map((c, ci) => (
            <g key={ci}>
              {box(local(c.rect), v('surface2'), 3)}
              <Label x={c.rect.x + 3} y={c.labelY - dy} size={tx.core} max={c.rect.w - 6}>{t('overview.core', { n: ci })}</Label>
            </g>
          ))}
        </g>
      ))}
      <g className="ov-devices">
        {box(local(b.devices), v('surface'), 4)}
        <Lines x={b.devices.x + 4} y={b.deviceLines[0] - dy} size={tx.tiny} max={b.devices.w - 8} rows={b.deviceRows[1]}>{disksLine(t, topo, b.index)}</Lines>
        <NicsAndGpus x={b.devices.x + 4} y={b.deviceLines[1] - dy} size={tx.tiny} max={b.devices.w - 8} host={b.index} nics={host.nics} />
      </g>
    </>
  );
}

/** The host's NICs, and its GPUs when it has any (model and how it is shared). */
function NicsAndGpus({ x, y, size, max, host, nics }: { x: number; y: number; size: number; max: number; host: number; nics: number }) {
  const t = useT();
  const gpus = useSnapshot((s) => s.gpu.devs.filter((d) => d.host === host).map((d) => `${d.model} (${t(`gpu.modeShort.${d.mode}`)})`).join(', '), 1);
  return (
    <Label x={x} y={y} size={size} max={max}>
      {gpus === null || gpus === '' ? t('overview.nics', { n: nics }) : t('overview.nicsGpus', { n: nics, gpus })}
    </Label>
  );
}

/** The hypervisor's name, scheduler and overcommit, each in the lines the layout made room for. */
function HypervisorLines({ b, words }: { b: HostBox; words: HypervisorWords }) {
  const tx = useContext(OverviewTextSizes);
  // A line with no rows is left to the inspector (the projector's brief composition).
  return words.map((text, k) => (b.hvRows[k] ?? 1) > 0 && (
    <Lines key={k} x={b.hypervisor.x + 8} y={b.hvLines[k] ?? 0} size={k === 0 ? tx.name : tx.small} weight={k === 0 ? 700 : 400} max={b.hypervisor.w - 16} rows={b.hvRows[k] ?? 1} patch={HV_PATCH}>
      {text}
    </Lines>
  ));
}

const LAYER_MS = 450;

/**
 * The host OS of a type-2 hypervisor: grows in when it appears, and shrinks away (kept
 * on screen for the length of the animation) when the host becomes type 1.
 */
function HostOsLayer({ r, label, size }: { r: Rect | null; label: string; size: number }) {
  const [gone, setGone] = useState<Rect | null>(null);
  const [seen, setSeen] = useState<Rect | null>(r);
  if (r !== seen) {
    // Adjusting state while rendering: remember the layer that is leaving.
    setGone(r === null ? seen : null);
    setSeen(r);
  }
  useEffect(() => {
    if (gone === null) return undefined;
    const id = setTimeout(() => setGone(null), LAYER_MS);
    return () => clearTimeout(id);
  }, [gone]);
  const shown = r ?? gone;
  if (shown === null) return null;
  return (
    <g key={r === null ? 'leaving' : 'here'} className={r === null ? 'ov-layer-leave' : 'ov-layer-enter'} style={{ transformOrigin: `0px ${shown.y + shown.h / 2}px` }}>
      {box(shown, v('layerHostOs'))}
      <Label x={shown.x + 8} y={shown.y + shown.h / 2} size={size} weight={700} max={shown.w - 16}>
        {label}
      </Label>
    </g>
  );
}

function HostPanelImpl({ b, hosts, topology, san }: { b: HostBox; hosts: readonly HostBox[]; topology: Topology; san: Band | null }) {
  const t = useT();
  const tx = useContext(OverviewTextSizes);
  const [ref, inView] = useInView<SVGGElement>();
  const host = topology.hosts[b.index];
  if (host === undefined) return null;
  return (
    <g className="host-panel" ref={ref} data-live={inView ? 'yes' : 'kept'}>
      <HostLive inView={inView}>
        {box(b, v('surface'), 10)}
        {b.titleLines === null ? (
          <Label x={b.x + 8} y={b.titleY} weight={700} size={tx.title} max={b.w - 16}>{t('overview.host', { host: host.name, mem: Math.round(host.memoryMiB / 1024) })}</Label>
        ) : (
          b.titleLines.map((line, i) => (
            <Label key={i} x={b.x + 8} y={b.titleY + i * lineH(tx.title)} weight={700} size={tx.title}>
              {line}
            </Label>
          ))
        )}
        {/*
          Lines pass under the guests' boxes (a line from a VM in the first row of guests runs behind the VMs of the rows
          under it, never across their words) and under the translucent hypervisor and hardware layers: the hypervisor
          does the mapping.
        */}
        <RunLines b={b} />
        {/* The disk links to the SAN that pass through this host (its VMs', and other hosts' crossing it), the same way (the SAN band draws them on outside the hosts). */}
        <HostDiskLinks b={b} hosts={hosts} band={san} topo={topology} />
        <GuestFrames b={b} t={topology} />
        <HostOsLayer r={b.hostOs} label={t('overview.hostOs')} size={tx.name} />
        <Selectable sel={{ kind: 'hypervisor', index: b.index }} label={t('overview.hypervisorLabel', { host: host.name })}>
          {box(b.hypervisor, HV_PATCH.fill, 6, HV_PATCH.opacity)}
          <HypervisorLines b={b} words={hypervisorWords(t, topology, b.index)} />
          <Lines x={b.hypervisor.x + 8} y={b.hvLines[3]} size={tx.small} max={b.hypervisor.w - 16} rows={b.queueRows[0]} patch={HV_PATCH}>{t('overview.readyQueue')}</Lines>
        </Selectable>
        <g className="ov-slide" style={{ transform: `translate(0px, ${b.hardware.y}px)` }}>
          <HardwareFrames b={b} t={topology} dy={b.hardware.y} />
          <PcpuCells b={b} dy={b.hardware.y} />
        </g>
        <GuestDynamics b={b} />
      </HostLive>
    </g>
  );
}

/**
 * The snapshot a host's live parts draw: the Overview's while the host is in view, else the
 * last one it showed (useInView), so a data centre's off-screen hosts are not redrawn.
 */
function HostLive({ inView, children }: { inView: boolean; children: ReactNode }) {
  const live = useContext(OverviewSnapshot);
  // The last snapshot shown in view (React's "information from previous renders": set while rendering, no effect).
  // A new topology is taken even out of view: the live parts index the snapshot by the layout drawn from it, so an
  // old one would name a removed VM's neighbour, or another scenario's VMs (the topology object changes only then).
  const [kept, keep] = useState(live);
  const take = inView || kept?.topology !== live?.topology;
  if (take && kept !== live) keep(live);
  return <OverviewSnapshot.Provider value={take ? live : kept}>{children}</OverviewSnapshot.Provider>;
}

export const HostPanel = memo(HostPanelImpl);
export { box };
