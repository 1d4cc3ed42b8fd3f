/**
 * The Techniques lens's I/O paths tab: for each VM of a host, the data path one I/O takes
 * (emulated device, virtio ring, or passthrough through the IOMMU), drawn first and
 * largest with a request travelling along it (slower where the path is longer), then
 * the figures side by side: exits, hypervisor CPU and added latency per I/O (the
 * engine's cost model for the VM's path on this host), I/Os per second and totals
 * (counted in the run). A control per VM switches its path (the setIoPath command;
 * refusals arrive as translated notices).
 */
import { useLabelSize } from '../shared/labels';
import { Fragment, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { costOf, IO_PATH, ioPaths, VF, type IoPathId, type Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { selectPlaying, sendCommand, useStore } from '../../store';
import { useWidth } from '../../ui/useWidth';
import { ZOOM_GUTTER, ZoomPan } from '../shared/ZoomPan';
import { useSnapshot } from '../shared/useSnapshot';
import { ioNarrow, ioPathsHeight, layoutIoPaths, PACKET_R, routeD, type IoBoxKind, type IoLayer, type IoLayout } from './layoutIoPaths';

export interface IoRow {
  vm: string;
  name: string;
  path: IoPathId;
  explicit: boolean;
  batch: number;
  exitsPerIo: number;
  cpuUsPerIo: number;
  latencyUs: number;
  iops: number;
  ios: number;
  ioCpuMs: number;
}

const ONE_IO = { runMs: 0, sensitive: 0, io: 1, sensitiveSinceFlush: 0 };
const CYCLES_PER_US = 2000;

/** The rows of a host's VMs from a snapshot (per-I/O figures from the engine's cost model for each VM's path). */
export function ioRows(s: Snapshot, host: number): IoRow[] {
  const h = s.topology.hosts[host];
  if (h === undefined) return [];
  const hv = h.hypervisor;
  const hw = { era: hv.hwEra, translation: hv.memory.translation };
  return s.topology.vms.flatMap((vm, i) => {
    if (vm.host !== host) return [];
    const f = (k: number): number => s.virt.vm[i * VF.count + k] ?? 0;
    const path = ioPaths[f(VF.ioPath)] ?? 'emulated';
    const batch = Math.max(1, f(VF.ioBatch));
    const one = costOf(hv.technique, hv.type, ONE_IO, hw, { path, batch });
    return [{
      vm: vm.id, name: vm.name, path, explicit: f(VF.ioExplicit) > 0, batch,
      exitsPerIo: one.ioExits, cpuUsPerIo: (one.ioCycles + one.hostOsCycles) / CYCLES_PER_US, latencyUs: one.ioLatencyUs,
      iops: Math.round(f(VF.recentIops)), ios: Math.round(f(VF.io)), ioCpuMs: Math.round(f(VF.ioCycles) / (CYCLES_PER_US * 1000)),
    }];
  });
}

function rowsEqual(a: IoRow[], b: IoRow[]): boolean {
  return a.length === b.length && a.every((r, i) => {
    const o = b[i];
    return o !== undefined && (Object.keys(r) as (keyof IoRow)[]).every((k) => Object.is(r[k], o[k]));
  });
}

const BOXES: readonly IoBoxKind[] = ['driver', 'deviceModel', 'ring', 'backend', 'device', 'bypass', 'iommu', 'vf'];
const LAYERS: readonly IoLayer[] = ['guest', 'hypervisor', 'hardware'];

const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

function Drawing({ layout, rows, hostName }: { layout: IoLayout; rows: IoRow[]; hostName: string }) {
  const t = useT();
  // The requests move while the simulation plays (and motion is welcome); paused, the drawing is still.
  const moving = useStore(selectPlaying) && !reducedMotion();
  const lh = layout.lineH;
  return (
    <svg width={layout.width} height={layout.height} role="img" aria-label={t('iopaths.svg', { host: hostName })} data-testid="io-drawing" className={layout.narrow ? 'io-narrow' : undefined}>
      {layout.bands.map((b) => (
        <g key={b.layer}>
          <rect x={0} y={b.y + 1} width={layout.width} height={b.h - 2} className={`tq-band tq-band-${b.layer}`} />
          {/* Narrow, the name sits in a strip atop its band, over the first column's route: painted on the band's colour. */}
          <text x={b.label.x} y={b.label.y} className={`tq-band-label io-band-label-${b.layer}`}>{t(`iopaths.layer.${b.layer}`)}</text>
        </g>
      ))}
      {layout.columns.map((c, i) => {
        const row = rows[i];
        const d = routeD(c.route);
        // A request takes longer along a longer path: 0.8 s plus 0.25 s per µs the path adds.
        const dur = `${(0.8 + 0.25 * (row?.latencyUs ?? 0)).toFixed(2)}s`;
        return (
          <g key={row?.vm ?? i} data-testid={`io-col-${row?.vm ?? i}`} data-path={c.path}>
            <text x={c.x + c.w / 2} y={layout.vmY} textAnchor="middle" className="io-vm-label">{row?.name}</text>
            <path d={d} className="io-route" />
            {/* Under the boxes: a moving request passes behind their words; a still one rests on the line between two boxes. */}
            <circle r={PACKET_R} className="io-packet" cx={moving ? 0 : c.rest.x} cy={moving ? 0 : c.rest.y}>
              {moving && <animateMotion dur={dur} repeatCount="indefinite" path={d} />}
            </circle>
            {c.boxes.map((b) => {
              const cx = b.rect.x + b.rect.w / 2;
              const y0 = b.rect.y + b.rect.h / 2 - ((b.lines.length - 1) * lh) / 2 + 4;
              return (
                <g key={b.kind} data-box={b.kind}>
                  <rect x={b.rect.x} y={b.rect.y} width={b.rect.w} height={b.rect.h} rx={6} className={`io-box io-box-${b.kind}`} />
                  <text x={cx} y={y0} textAnchor="middle" className="io-box-label">
                    {b.lines.map((line, j) => <tspan key={j} x={cx} y={y0 + j * lh}>{line}</tspan>)}
                  </text>
                </g>
              );
            })}
            {c.marks.map((m, j) => <circle key={j} cx={m.x} cy={m.y} r={5} className="io-mark" />)}
            <text x={c.note.x} y={c.note.y} className="io-note">
              {c.noteLines.map((line, j) => <tspan key={j} x={c.note.x} y={c.note.y + j * lh}>{line}</tspan>)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Whether the figures' table is wider than `width` (the lens's), so they are shown as one card per VM instead: read when
 * the table is on the page (at its natural width, its path pickers whole); it comes back once the lens is as wide as the
 * table needed, so the choice does not flicker.
 */
function useCards(width: number): [RefObject<HTMLTableElement | null>, boolean] {
  const ref = useRef<HTMLTableElement | null>(null);
  const [need, setNeed] = useState(0);
  const cards = need > 0 && width < need;
  useEffect(() => {
    const table = ref.current;
    if (cards || table === null || typeof ResizeObserver === 'undefined') return undefined;
    // Read again as the table's words change (its VMs, their paths, the language).
    const ro = new ResizeObserver(() => {
      if (width > 0 && table.offsetWidth > width + 1) setNeed(table.offsetWidth);
    });
    ro.observe(table);
    return () => ro.disconnect();
  }, [width, cards]);
  return [ref, cards];
}

/**
 * The figures: a table with a column per VM where the lens is wide enough for it (a laptop), else a card per VM (a phone,
 * a projector), where a table of three columns of path pickers ran past the lens's edge and was scrolled sideways.
 */
function Figures({ rows, width }: { rows: IoRow[]; width: number }) {
  const t = useT();
  const fmt = (n: number, digits = 2): string => n.toLocaleString(undefined, { maximumFractionDigits: digits });
  const metrics: { key: string; cell: (r: IoRow) => string; testid?: string }[] = [
    { key: 'iopaths.exitsPerIo', cell: (r) => fmt(r.exitsPerIo, 3), testid: 'io-exits' },
    { key: 'iopaths.cpuPerIo', cell: (r) => t('iopaths.us', { n: fmt(r.cpuUsPerIo) }), testid: 'io-cpu' },
    { key: 'iopaths.latencyPerIo', cell: (r) => t('iopaths.us', { n: fmt(r.latencyUs) }), testid: 'io-latency' },
    { key: 'iopaths.iops', cell: (r) => fmt(r.iops, 0), testid: 'io-iops' },
    { key: 'iopaths.ioDone', cell: (r) => fmt(r.ios, 0) },
    { key: 'iopaths.ioCpuMs', cell: (r) => t('iopaths.ms', { n: fmt(r.ioCpuMs, 0) }) },
    { key: 'iopaths.migration', cell: (r) => t(r.path === 'passthrough' ? 'iopaths.migration.no' : 'iopaths.migration.ok') },
  ];
  const picker = (r: IoRow) => (
    <>
      <select aria-label={t('iopaths.setPath', { vm: r.name })} data-testid={`io-path-${r.vm}`} value={r.path} onChange={(e) => void sendCommand({ type: 'setIoPath', vm: r.vm, path: e.target.value as IoPathId })}>
        {ioPaths.map((p) => <option key={p} value={p}>{t(`ioPath.${p}`)}</option>)}
      </select>
      {!r.explicit && <div className="muted">{t('iopaths.usual')}</div>}
    </>
  );
  const [tableRef, cards] = useCards(width);
  if (cards) {
    return (
      <div className="io-cards" data-testid="io-table" data-cards="true">
        {rows.map((r) => (
          <section key={r.vm} className="io-card" aria-labelledby={`io-card-${r.vm}`}>
            <h4 id={`io-card-${r.vm}`}>{r.name}</h4>
            <dl>
              <dt>{t('iopaths.path')}</dt>
              <dd>{picker(r)}</dd>
              {metrics.map((m) => (
                <Fragment key={m.key}>
                  <dt>{t(m.key)}</dt>
                  <dd data-testid={m.testid === undefined ? undefined : `${m.testid}-${r.vm}`}>{m.cell(r)}</dd>
                </Fragment>
              ))}
            </dl>
          </section>
        ))}
      </div>
    );
  }
  return (
    <div className="tq-table-wrap">
      <table ref={tableRef} className="tq-table io-table" data-testid="io-table">
        <thead>
          <tr>
            <th scope="col">{t('iopaths.metric')}</th>
            {rows.map((r) => <th key={r.vm} scope="col">{r.name}</th>)}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('iopaths.path')}</th>
            {rows.map((r) => <td key={r.vm}>{picker(r)}</td>)}
          </tr>
          {metrics.map((m) => (
            <tr key={m.key}>
              <th scope="row">{t(m.key)}</th>
              {rows.map((r) => <td key={r.vm} data-testid={m.testid === undefined ? undefined : `${m.testid}-${r.vm}`}>{m.cell(r)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function IoPaths({ host, hostName, exitCost }: { host: number; hostName: string; exitCost: number }) {
  const t = useT();
  const [ref, width] = useWidth<HTMLDivElement>();
  const rows = useSnapshot((s) => ioRows(s, host), 4, rowsEqual) ?? [];
  const paths = rows.map((r) => r.path).join(',');
  const batches = rows.map((r) => r.batch).join(',');
  const traps = IO_PATH.emulatedTraps;
  // Laid out to the zoom frame (less its scroll bar's room): it opens whole at 100 %.
  const w = Math.max(320, width - ZOOM_GUTTER);
  const n = paths === '' ? 0 : paths.split(',').length;
  // Picture first: the drawing takes most of a projector screen's height (a phone's: taller, for its wrapped words).
  const height = ioPathsHeight(n, w);
  // The sizes techniques.css gives the labels (raised to the theme's floor), so the layout wraps each box's words to fit.
  const ls = useLabelSize();
  const narrow = ioNarrow(n, w);
  const px = ls(narrow ? 11 : 12);
  const bandPx = ls(13);
  const words = useMemo(() => ({
    box: Object.fromEntries(BOXES.map((k) => [k, t(`iopaths.box.${k}`)])) as Record<IoBoxKind, string>,
    note: paths === '' ? [] : paths.split(',').map((p, i) => (p === 'emulated' ? t('iopaths.mark.traps', { n: traps }) : p === 'virtio' ? t('iopaths.mark.kick', { n: Number(batches.split(',')[i] ?? 1) }) : t('iopaths.mark.dma'))),
    band: Object.fromEntries(LAYERS.map((k) => [k, t(`iopaths.layer.${k}`)])) as Record<IoLayer, string>,
    px,
    bandPx,
  }), [t, traps, paths, batches, px, bandPx]);
  const layout = useMemo(() => layoutIoPaths(paths === '' ? [] : (paths.split(',') as IoPathId[]), w, height, traps, words), [paths, w, height, traps, words]);
  return (
    <section className="io-paths" aria-labelledby="io-h" data-testid="io-paths">
      <h3 id="io-h">{t('iopaths.title')}</h3>
      <div ref={ref} className="io-picture">
        {rows.length === 0 ? (
          <p className="muted" data-picture>{t('iopaths.none')}</p>
        ) : (
          <ZoomPan label={t('iopaths.title')} picture testid="io-zoom">
            <div className="tq-path">
              <Drawing layout={layout} rows={rows} hostName={hostName} />
            </div>
          </ZoomPan>
        )}
      </div>
      {rows.length > 0 && <Figures rows={rows} width={width} />}
      <p className="muted">{t('iopaths.intro')}</p>
      <ul className="io-explain muted">
        {ioPaths.map((p) => <li key={p}>{t(`iopaths.explain.${p}`)}</li>)}
      </ul>
      <p className="muted">{t('iopaths.note', { exit: exitCost.toLocaleString() })}</p>
    </section>
  );
}
