/**
 * The live parts of a host panel, redrawn from each snapshot: vCPU chips coloured by
 * state, containers' state, memory in use, the hypervisor's ready queue, what each
 * pCPU (hardware thread) is running, and a line from every running vCPU to its pCPU.
 * Only these components subscribe to the snapshot; the frames around them do not.
 */
import { ENT, POWER, entityLabel, type Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { Fragment, memo, useContext } from 'react';
import { OverviewSnapshot, OverviewTextSizes } from './snapshotContext';
import { v } from '../../theme/tokens';
import { fitText, textWidth, wrapInto } from '../fitText';
import { boldPx, lineH } from '../shared/labels';
import { anchor, type Rect } from '../shared/geometry';
import type { HostBox } from './layoutOverview';
import { Selectable } from '../shared/Selectable';
import { stateStyle } from './stateStyle';
import { hostMemoryLine, nameLine, type OvText } from './ovText';
import { HV_PATCH, HW_PATCH, Lines, WordsPatch } from './OvLabel';
import { cellText } from './cellLabel';

/** The label sizes the drawing was laid out for (drawing units, raised on the projector). */
const useTx = (): OvText => useContext(OverviewTextSizes);

interface ChipProps {
  r: Rect;
  state: number;
  text: string;
  title: string;
}

const sameRect = (a: Rect, b: Rect): boolean => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

/**
 * A vCPU chip is drawn again only when what it shows changes (its state, its words, its
 * place): at each snapshot most of a big world's chips are as they were.
 */
const Chip = memo(ChipDrawn, (a: ChipProps, b: ChipProps) => a.state === b.state && a.text === b.text && a.title === b.title && sameRect(a.r, b.r));

function ChipDrawn({ r, state, text, title }: ChipProps) {
  const st = stateStyle(state);
  const tx = useTx();
  return (
    <g>
      <title>{title}</title>
      <rect x={r.x} y={r.y} width={r.w} height={r.h} rx={3} style={{ fill: st.fill, stroke: v('border'), strokeWidth: v('strokeWidth'), strokeDasharray: st.dash ?? 'none' }} />
      <text x={r.x + r.w / 2} y={r.y + r.h / 2 + 1} textAnchor="middle" dominantBaseline="middle" style={{ fontSize: tx.tiny, fill: v('accentText'), fontWeight: 700 }}>
        {fitText(text, r.w - 2, boldPx(tx.tiny))}
      </text>
    </g>
  );
}

function MemBar({ r, used, total, label }: { r: Rect; used: number; total: number; label: string }) {
  const frac = total > 0 ? Math.min(1, used / total) : 0;
  return (
    <g>
      <title>{label}</title>
      <rect x={r.x} y={r.y} width={r.w} height={r.h} rx={2} style={{ fill: v('surface'), stroke: v('border'), strokeWidth: 1 }} />
      <rect x={r.x} y={r.y} width={r.w * frac} height={r.h} rx={2} style={{ fill: v('memUsed') }} />
    </g>
  );
}

export function GuestDynamics({ b }: { b: HostBox }) {
  const snap = useContext(OverviewSnapshot);
  const t = useT();
  const tx = useTx();
  if (snap === null) return null;
  const topo = snap.topology;
  return (
    <g>
      {b.vms.map((vb) => {
        const vm = topo.vms[vb.index];
        if (vm === undefined) return null;
        const power = snap.vms.power[vb.index] ?? POWER.off;
        const used = snap.vms.memUsedMiB[vb.index] ?? 0;
        return (
          <g key={vm.id} pointerEvents="none" data-vm={vb.index}>
            {/* Its name, and its power state right of it in the room the name leaves (ovText's nameLine). */}
            <VmName vb={vb} name={vm.name} power={t(`power.${power === POWER.on ? 'on' : power === POWER.booting ? 'booting' : 'off'}`)} tx={tx} />
            {vb.vcpus.map((c, i) => {
              const s = snap.ent.state[c.ent] ?? ENT.off;
              return <Chip key={i} r={c.rect} state={s} text={`${i}`} title={`${vm.name} vCPU${i}: ${t(stateStyle(s).key)}`} />;
            })}
            {vb.containers.map((c) => {
              const ct = topo.containers[c.index];
              if (ct === undefined) return null;
              return <ContainerRow key={ct.id} r={c.rect} name={ct.name} state={snap.ent.state[ct.ent] ?? ENT.off} index={c.index} />;
            })}
            <MemBar r={vb.mem} used={used} total={vm.memoryMiB} label={t('overview.memUsed', { used: Math.round(used), total: vm.memoryMiB })} />
          </g>
        );
      })}
      {b.engine?.containers.map((c) => {
        const ct = topo.containers[c.index];
        if (ct === undefined) return null;
        return <ContainerRow key={ct.id} r={c.rect} name={ct.name} state={snap.ent.state[c.ent] ?? ENT.off} index={c.index} />;
      })}
      <QueueChips b={b} snap={snap} />
    </g>
  );
}

function VmName({ vb, name, power, tx }: { vb: Rect & { nameY: number; powerY: number | null }; name: string; power: string; tx: OvText }) {
  if (vb.powerY !== null) {
    // The layout gave the power word a line of its own, under the name: each whole in the box's width.
    const shownName = fitText(name, vb.w - 10, boldPx(tx.name));
    const shownPower = fitText(power, vb.w - 10, tx.tiny);
    return (
      <>
        <text x={vb.x + 5} y={vb.nameY} dominantBaseline="middle" className="label" style={{ fontSize: tx.name, fontWeight: 700, fill: v('text') }}>
          {shownName !== name && <title>{name}</title>}
          {shownName}
        </text>
        <text x={vb.x + 5} y={vb.powerY} dominantBaseline="middle" data-power style={{ fontSize: tx.tiny, fill: v('textMuted') }}>
          {shownPower !== power && <title>{power}</title>}
          {shownPower}
        </text>
      </>
    );
  }
  const shown = nameLine(name, power, vb.w, tx);
  return (
    <>
      <text x={vb.x + 5} y={vb.nameY} dominantBaseline="middle" className="label" style={{ fontSize: tx.name, fontWeight: 700, fill: v('text') }}>
        {shown.name !== name && <title>{name}</title>}
        {shown.name}
      </text>
      {shown.power !== '' && (
        <text x={vb.x + vb.w - 5} y={vb.nameY} textAnchor="end" dominantBaseline="middle" data-power style={{ fontSize: tx.tiny, fill: v('textMuted') }}>
          {shown.power !== power && <title>{power}</title>}
          {shown.power}
        </text>
      )}
    </>
  );
}

function ContainerRow({ r, name, state, index }: { r: Rect; name: string; state: number; index: number }) {
  const t = useT();
  const st = stateStyle(state);
  const tx = useTx();
  const mark = Math.max(14, tx.core + 4);
  return (
    <Selectable sel={{ kind: 'container', index }} label={t('overview.containerLabel', { name, state: t(st.key) })}>
      <rect x={r.x} y={r.y} width={r.w} height={r.h} rx={3} style={{ fill: v('surface'), stroke: v('border'), strokeWidth: v('strokeWidth') }} />
      <rect x={r.x + 2} y={r.y + 2} width={mark} height={r.h - 4} rx={2} style={{ fill: st.fill, strokeDasharray: st.dash ?? 'none', stroke: v('border') }} />
      <text x={r.x + 2 + mark / 2} y={r.y + r.h / 2 + 1} textAnchor="middle" dominantBaseline="middle" style={{ fontSize: tx.core, fill: v('accentText') }}>{st.glyph}</text>
      <text x={r.x + mark + 6} y={r.y + r.h / 2} dominantBaseline="middle" style={{ fontSize: tx.small, fill: v('text') }}>{fitText(name, r.w - mark - 10, tx.small)}</text>
    </Selectable>
  );
}

function QueueChips({ b, snap }: { b: HostBox; snap: Snapshot }) {
  const t = useT();
  const tx = useTx();
  const queue = snap.queues[b.index] ?? [];
  // As many chips as fit, with room left for the count of the rest.
  const perRow = Math.max(1, Math.floor((b.queue.w - 26) / (b.queueChipW + 4)));
  const shown = queue.slice(0, perRow);
  return (
    <g pointerEvents="none">
      {shown.map((e, i) => (
        <Chip key={i} r={{ x: b.queue.x + i * (b.queueChipW + 4), y: b.queue.y, w: b.queueChipW, h: b.queue.h }} state={ENT.ready} text={shortLabel(snap, e)} title={entityLabel(snap.topology, e)} />
      ))}
      {queue.length === 0 && (
        <>
          {(b.queueRows[1] > 1 ? wrapInto(t('overview.queueEmpty'), b.queue.w, tx.small, b.queueRows[1]) : [t('overview.queueEmpty')]).map((line, i) => {
            const y = b.queueRows[1] > 1 ? b.queue.y + (i + 0.5) * lineH(tx.small) : b.queue.y + b.queue.h / 2;
            const said = fitText(line, b.queue.w, tx.small);
            return (
              <Fragment key={i}>
                <WordsPatch x={b.queue.x} y={y} w={textWidth(said, tx.small)} size={tx.small} patch={HV_PATCH} />
                <text x={b.queue.x} y={y} dominantBaseline="middle" style={{ fontSize: tx.small, fill: v('textMuted') }}>
                  {said}
                </text>
              </Fragment>
            );
          })}
        </>
      )}
      {queue.length > shown.length && (
        <>
          <WordsPatch x={b.queue.x + b.queue.w - textWidth(`+${queue.length - shown.length}`, tx.small)} y={b.queue.y + b.queue.h / 2} w={textWidth(`+${queue.length - shown.length}`, tx.small)} size={tx.small} patch={HV_PATCH} />
          <text x={b.queue.x + b.queue.w} y={b.queue.y + b.queue.h / 2} textAnchor="end" dominantBaseline="middle" style={{ fontSize: tx.small, fill: v('text') }}>{`+${queue.length - shown.length}`}</text>
        </>
      )}
    </g>
  );
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** A few characters that say whose vCPU it is ("web-1:0"). */
function shortLabel(snap: Snapshot, e: number): string {
  for (const vm of snap.topology.vms) {
    if (e >= vm.entOffset && e < vm.entOffset + vm.vcpus) return `${clip(vm.name, 7)}:${e - vm.entOffset}`;
  }
  const c = snap.topology.containers.find((x) => x.ent === e);
  return c === undefined ? '?' : clip(c.name, 9);
}

/** Host RAM: what the VMs on it use now, against what they were promised. */
function HostMemory({ b, dy, snap }: { b: HostBox; dy: number; snap: Snapshot }) {
  const t = useT();
  const tx = useTx();
  const host = snap.topology.hosts[b.index];
  if (host === undefined) return null;
  let used = 0;
  snap.topology.vms.forEach((vm, i) => {
    if (vm.host === b.index) used += snap.vms.memUsedMiB[i] ?? 0;
  });
  const label = hostMemoryLine(t, snap.topology, b.index, used);
  const r = { ...b.memoryBar, y: b.memoryBar.y - dy };
  return (
    <g className="ov-ram">
      <Lines x={b.memory.x + 4} y={b.memoryLabelY - dy} size={tx.tiny} max={b.memory.w - 8} rows={b.deviceRows[0]} plain patch={HW_PATCH}>
        {label}
      </Lines>
      <MemBar r={r} used={used} total={host.memoryMiB} label={label} />
    </g>
  );
}

export function PcpuCells({ b, dy }: { b: HostBox; dy: number }) {
  const snap = useContext(OverviewSnapshot);
  const t = useT();
  const tx = useTx();
  if (snap === null) return null;
  return (
    <g>
      <HostMemory b={b} dy={dy} snap={snap} />
      {b.sockets.flatMap((s) =>
        s.cores.flatMap((c) =>
          c.threads.map((th) => {
            const e = snap.pcpu.ent[th.pcpu] ?? -1;
            const local = th.pcpu - (snap.topology.hosts[b.index]?.pcpuOffset ?? 0);
            const label = e >= 0 ? t('overview.pcpuBusy', { n: local, who: entityLabel(snap.topology, e) }) : t('overview.pcpuIdle', { n: local });
            return <PcpuCell key={th.pcpu} pcpu={th.pcpu} rect={th.rect} dy={dy} busy={e >= 0} label={label} text={e >= 0 ? cellText(snap.topology, e, th.rect.w - 4, tx.tiny) : `T${local}`} fontPx={tx.tiny} />;
          }),
        ),
      )}
    </g>
  );
}

interface PcpuCellProps {
  pcpu: number;
  rect: Rect;
  dy: number;
  busy: boolean;
  label: string;
  text: string;
  fontPx: number;
}

/** One pCPU (hardware thread) and what runs on it, drawn again only when that changes. */
const PcpuCell = memo(function PcpuCell({ pcpu, rect, dy, busy, label, text, fontPx }: PcpuCellProps) {
  const r = { ...rect, y: rect.y - dy };
  return (
    <Selectable sel={{ kind: 'pcpu', index: pcpu }} label={label}>
      <title>{label}</title>
      <rect x={r.x} y={r.y} width={r.w} height={r.h} rx={3} style={{ fill: busy ? v('stateRunning') : v('surface'), stroke: v('border'), strokeWidth: v('strokeWidth') }} />
      {/* What runs there, cut to the cell (a cell too narrow for a few letters keeps it in its title). */}
      {r.w >= 3 * fontPx && (
        <text x={r.x + r.w / 2} y={r.y + r.h / 2 + 1} textAnchor="middle" dominantBaseline="middle" style={{ fontSize: fontPx, fill: busy ? v('accentText') : v('textMuted') }}>
          {fitText(text, r.w - 4, fontPx)}
        </text>
      )}
    </Selectable>
  );
});

/** A line from each running vCPU (or container) down to the pCPU it runs on. */
export function RunLines({ b }: { b: HostBox }) {
  const snap = useContext(OverviewSnapshot);
  if (snap === null) return null;
  const from = new Map<number, Rect>();
  for (const vb of b.vms) for (const c of vb.vcpus) from.set(c.ent, c.rect);
  for (const c of b.engine?.containers ?? []) from.set(c.ent, c.rect);
  const to = new Map<number, Rect>();
  for (const s of b.sockets) for (const c of s.cores) for (const th of c.threads) to.set(th.pcpu, th.rect);
  const lines: { key: number; d: string }[] = [];
  for (const [ent, r] of from) {
    const p = snap.ent.pcpu[ent] ?? -1;
    const target = to.get(p);
    if (p < 0 || target === undefined) continue;
    const a = anchor(r, 'bottom');
    const z = anchor(target, 'top');
    const midY = (a.y + z.y) / 2;
    lines.push({ key: ent, d: `M${a.x},${a.y} C${a.x},${midY} ${z.x},${midY} ${z.x},${z.y}` });
  }
  return (
    <g className="ov-run-lines" pointerEvents="none" aria-hidden="true">
      {lines.map((l) => (
        <path key={l.key} d={l.d} style={{ fill: 'none', stroke: v('stateRunning'), strokeWidth: v('strokeWidth') }} />
      ))}
    </g>
  );
}
