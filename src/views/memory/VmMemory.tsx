/**
 * Per VM on the host: configured memory as a stacked bar (private, shared, compressed,
 * swapped, ballooned, never touched, each with a pattern-free label in the legend and
 * exact MiB in the tooltip), the working set marked on it, a stacked area (D3) of the same
 * parts over the last 20 simulated seconds, and its translation counters (TLB,
 * walk references, VM exits, faults, swap-ins, double paging).
 */
import type { Topology } from '../../engine';
import { useT } from '../../i18n';
import { sendCommand } from '../../store';
import { v, type TokenName } from '../../theme/tokens';
import { vmToken } from '../shared/palette';
import { useSnapshot } from '../shared/useSnapshot';
import { useLabelSize } from '../shared/labels';
import { PARTS, stackedAreasOnce, vmSegments, type Part, type PartSample } from './layoutMemory';
import { stallParams } from './stall';

const BAR_W = 360;
const PART_FILL: Record<Part, TokenName> = {
  resident: 'memUsed',
  shared: 'memMany',
  compressed: 'warn',
  swapped: 'danger',
  ballooned: 'stateBlocked',
  untouched: 'memFree',
};
/** Short glyphs drawn on wide segments, so parts never depend on colour alone. */
const PART_GLYPH: Record<Part, string> = { resident: 'P', shared: 'S', compressed: 'C', swapped: 'W', ballooned: 'B', untouched: '' };

export function PartLegend() {
  const t = useT();
  // The swatch grows with its glyph (14 px on the projector).
  const fs = useLabelSize()(10);
  const w = Math.max(16, fs + 4);
  const h = fs + 4;
  return (
    <ul className="mem-legend" aria-label={t('legend.title')}>
      {PARTS.map((p) => (
        <li key={p}>
          <svg width={w} height={h} aria-hidden="true">
            <rect width={w} height={h} rx={2} style={{ fill: v(PART_FILL[p]), stroke: v('border'), strokeWidth: 1 }} />
            <text x={w / 2} y={h / 2} textAnchor="middle" dominantBaseline="central" style={{ fontSize: fs, fill: v('memMark'), fontWeight: 700 }}>{PART_GLYPH[p]}</text>
          </svg>
          {PART_GLYPH[p] === '' ? '' : `${PART_GLYPH[p]} = `}{t(`memory.part.${p}`)}
        </li>
      ))}
    </ul>
  );
}

/** Reservation, limit and shares of one VM, each a control that sends setVmMemory. */
function Entitlement({ id, name, configured, e }: { id: string; name: string; configured: number; e: { reservationMiB: number; limitMiB: number; shares: number } }) {
  const t = useT();
  const fractions = [0, 0.25, 0.5, 1];
  const res = [...new Set([...fractions.map((f) => Math.round(configured * f)), e.reservationMiB])].toSorted((a, b) => a - b);
  const lim = [...new Set([0, Math.round(configured * 0.5), Math.round(configured * 0.75), e.limitMiB])].toSorted((a, b) => a - b);
  const shares = [...new Set([configured * 5, configured * 10, configured * 20, e.shares])].toSorted((a, b) => a - b);
  return (
    <p className="mem-entitlement" data-testid={`memory-entitlement-${id}`}>
      <label>
        {t('memory.vm.reservation')}{' '}
        <select aria-label={t('memory.vm.reservationOf', { vm: name })} value={e.reservationMiB} onChange={(ev) => void sendCommand({ type: 'setVmMemory', vm: id, reservationMiB: Number(ev.target.value) })}>
          {res.map((x) => <option key={x} value={x}>{t('memory.vm.mib', { mib: x })}</option>)}
        </select>
      </label>{' '}
      <label>
        {t('memory.vm.limit')}{' '}
        <select aria-label={t('memory.vm.limitOf', { vm: name })} value={e.limitMiB} onChange={(ev) => void sendCommand({ type: 'setVmMemory', vm: id, limitMiB: Number(ev.target.value) })}>
          {lim.map((x) => <option key={x} value={x}>{x === 0 ? t('memory.vm.noLimit') : t('memory.vm.mib', { mib: x })}</option>)}
        </select>
      </label>{' '}
      <label>
        {t('memory.vm.shares')}{' '}
        <select aria-label={t('memory.vm.sharesOf', { vm: name })} value={e.shares} onChange={(ev) => void sendCommand({ type: 'setVmMemory', vm: id, shares: Number(ev.target.value) })}>
          {shares.map((x) => <option key={x} value={x}>{t('memory.vm.sharesValue', { shares: x, per: Math.round(x / Math.max(1, configured)) })}</option>)}
        </select>
      </label>
    </p>
  );
}

interface Props {
  topology: Topology;
  v: number;
  /** The lens's history by VM id (read at each render: it grows as the world runs). */
  histories: ReadonlyMap<string, readonly PartSample[]>;
  onFocus: () => void;
  focused: boolean;
}

export function VmMemory({ topology, v: vi, histories, onFocus, focused }: Props) {
  const t = useT();
  const fs = useLabelSize()(10);
  const vm = topology.vms[vi];
  // The VM's storage latency now prices a swap-in, as the engine does (stall.ts).
  const live = useSnapshot((s) => ({ m: s.memory.vms[vi], pageMiB: s.memory.hosts[vm?.host ?? 0]?.pageMiB ?? 1, latencyMs: s.storage.vmLatencyMs[vi] ?? 0 }), 4, (a, b) => a.m === b.m && a.pageMiB === b.pageMiB && a.latencyMs === b.latencyMs);
  if (vm === undefined || live === null || live.m === undefined) return null;
  const { m, pageMiB, latencyMs } = live;
  const history = histories.get(vm.id) ?? [];
  const segs = vmSegments(m.counts, m.pages, BAR_W);
  const wsX = (m.wsPages / Math.max(1, m.pages)) * BAR_W;
  const c = m.c;
  return (
    <li className="mem-vm" data-testid={`memory-vm-${vm.id}`}>
      <button type="button" className={focused ? 'mem-vm-name selected' : 'mem-vm-name'} aria-pressed={focused} onClick={onFocus}>
        <svg width={12} height={12} aria-hidden="true"><rect width={12} height={12} rx={2} style={{ fill: v(vmToken(topology, vi)) }} /></svg> {vm.name}
      </button>{' '}
      <span>{t('memory.vm.line', { vm: vm.name, configured: vm.memoryMiB, ws: Math.round(m.wsPages * pageMiB), acc: Math.round(m.accountedMiB) })}</span>
      <svg width="100%" viewBox={`0 0 ${BAR_W + 130} 26`} className="mem-bar">
        {segs.map((s) =>
          s.w <= 0 ? null : (
            <g key={s.part}>
              <title>{t('memory.part.value', { part: t(`memory.part.${s.part}`), mib: s.pages * pageMiB })}</title>
              <rect x={s.x} y={2} width={s.w} height={18} style={{ fill: v(PART_FILL[s.part]), stroke: v('border'), strokeWidth: 0.5 }} />
              {s.w > fs + 4 && <text x={s.x + s.w / 2} y={11} textAnchor="middle" dominantBaseline="central" style={{ fontSize: fs, fill: v('memMark'), fontWeight: 700 }}>{PART_GLYPH[s.part]}</text>}
            </g>
          ),
        )}
        <line x1={wsX} x2={wsX} y1={0} y2={24} style={{ stroke: v('text'), strokeWidth: 2, strokeDasharray: '3 2' }} />
        <g transform={`translate(${BAR_W + 14} 1)`} data-testid={`memory-history-${vm.id}`}>
          <title>{t('memory.history', { s: Math.round((history.length * 250) / 1000) })}</title>
          {stackedAreasOnce(history, m.pages, 112, 22).map((a) => (
            <path key={a.part} d={a.d} style={{ fill: v(PART_FILL[a.part]), stroke: v('border'), strokeWidth: 0.3 }} />
          ))}
        </g>
      </svg>
      <Entitlement id={vm.id} name={vm.name} configured={vm.memoryMiB} e={m.entitlement} />
      <p className="muted mem-counters" data-testid={`memory-counters-${vm.id}`}>
        {t('memory.counters', { hits: c.tlbHits, misses: c.tlbMisses, refs: c.walkRefs, exits: c.exits, gf: c.guestFaults, hf: c.hvFaults, si: c.swapIns, dp: c.doublePaging })}
      </p>
      {c.stallMs > 0 && (
        <p className="mem-stall" data-testid={`memory-stall-${vm.id}`}>
          {t('memory.stall', stallParams(c, pageMiB, latencyMs))}
        </p>
      )}
    </li>
  );
}
