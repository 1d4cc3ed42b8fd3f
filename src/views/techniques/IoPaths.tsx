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
import { fitText } from '../fitText';
import { useMemo } from 'react';
import { costOf, IO_PATH, ioPaths, VF, type IoPathId, type Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { sendCommand } from '../../store';
import { useWidth } from '../../ui/useWidth';
import { ZOOM_GUTTER, ZoomPan } from '../shared/ZoomPan';
import { useSnapshot } from '../shared/useSnapshot';
import { layoutIoPaths, routeD, type IoLayout } from './layoutIoPaths';

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

const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

function Drawing({ layout, rows, hostName, traps }: { layout: IoLayout; rows: IoRow[]; hostName: string; traps: number }) {
  const t = useT();
  const still = reducedMotion();
  const narrow = (layout.columns[0]?.w ?? 0) < 170;
  // The size techniques.css gives .io-box-label, so a label too long for its box is cut to it.
  const boxPx = useLabelSize()(narrow ? 10 : 12);
  const boxLabel = (kind: string, w: number): string => fitText(t(`iopaths.box.${kind}`), w - 6, boxPx * 1.03);
  return (
    <svg width={layout.width} height={layout.height} role="img" aria-label={t('iopaths.svg', { host: hostName })} data-testid="io-drawing" className={narrow ? 'io-narrow' : undefined}>
      {layout.bands.map((b) => (
        <g key={b.layer}>
          <rect x={0} y={b.y + 1} width={layout.width} height={b.h - 2} className={`tq-band tq-band-${b.layer}`} />
          <text x={8} y={b.y + 20} className="tq-band-label">{t(`iopaths.layer.${b.layer}`)}</text>
        </g>
      ))}
      {layout.columns.map((c, i) => {
        const row = rows[i];
        const d = routeD(c.route);
        // A request takes longer along a longer path: 0.8 s plus 0.25 s per µs the path adds.
        const dur = `${(0.8 + 0.25 * (row?.latencyUs ?? 0)).toFixed(2)}s`;
        return (
          <g key={row?.vm ?? i} data-testid={`io-col-${row?.vm ?? i}`} data-path={c.path}>
            <text x={c.x + c.w / 2} y={18} textAnchor="middle" className="io-vm-label">{row?.name}</text>
            {c.boxes.map((b) => (
              <g key={b.kind}>
                <rect x={b.rect.x} y={b.rect.y} width={b.rect.w} height={b.rect.h} rx={6} className={`io-box io-box-${b.kind}`} />
                <text x={b.rect.x + b.rect.w / 2} y={b.rect.y + b.rect.h / 2 + 4} textAnchor="middle" className="io-box-label">
                  {boxLabel(b.kind, b.rect.w) !== t(`iopaths.box.${b.kind}`) && <title>{t(`iopaths.box.${b.kind}`)}</title>}
                  {boxLabel(b.kind, b.rect.w)}
                </text>
              </g>
            ))}
            <path d={d} className="io-route" />
            {c.marks.map((m, j) => <circle key={j} cx={m.x} cy={m.y} r={5} className="io-mark" />)}
            <text x={c.note.x} y={c.note.y} className="io-note">
              {c.path === 'emulated' ? t('iopaths.mark.traps', { n: traps }) : c.path === 'virtio' ? t('iopaths.mark.kick', { n: row?.batch ?? 1 }) : t('iopaths.mark.dma')}
            </text>
            <circle r={7} className="io-packet" cx={still ? (c.route.at(-1)?.x ?? 0) : 0} cy={still ? (c.route.at(-1)?.y ?? 0) : 0}>
              {!still && <animateMotion dur={dur} repeatCount="indefinite" path={d} />}
            </circle>
          </g>
        );
      })}
    </svg>
  );
}

function Figures({ rows }: { rows: IoRow[] }) {
  const t = useT();
  const fmt = (n: number, digits = 2): string => n.toLocaleString(undefined, { maximumFractionDigits: digits });
  const line = (key: string, cell: (r: IoRow) => string, testid?: string) => (
    <tr>
      <th scope="row">{t(key)}</th>
      {rows.map((r) => <td key={r.vm} data-testid={testid === undefined ? undefined : `${testid}-${r.vm}`}>{cell(r)}</td>)}
    </tr>
  );
  return (
    <div className="tq-table-wrap">
      <table className="tq-table io-table" data-testid="io-table">
        <thead>
          <tr>
            <th scope="col">{t('iopaths.metric')}</th>
            {rows.map((r) => <th key={r.vm} scope="col">{r.name}</th>)}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('iopaths.path')}</th>
            {rows.map((r) => (
              <td key={r.vm}>
                <select aria-label={t('iopaths.setPath', { vm: r.name })} data-testid={`io-path-${r.vm}`} value={r.path} onChange={(e) => void sendCommand({ type: 'setIoPath', vm: r.vm, path: e.target.value as IoPathId })}>
                  {ioPaths.map((p) => <option key={p} value={p}>{t(`ioPath.${p}`)}</option>)}
                </select>
                {!r.explicit && <div className="muted">{t('iopaths.usual')}</div>}
              </td>
            ))}
          </tr>
          {line('iopaths.exitsPerIo', (r) => fmt(r.exitsPerIo, 3), 'io-exits')}
          {line('iopaths.cpuPerIo', (r) => t('iopaths.us', { n: fmt(r.cpuUsPerIo) }), 'io-cpu')}
          {line('iopaths.latencyPerIo', (r) => t('iopaths.us', { n: fmt(r.latencyUs) }), 'io-latency')}
          {line('iopaths.iops', (r) => fmt(r.iops, 0), 'io-iops')}
          {line('iopaths.ioDone', (r) => fmt(r.ios, 0))}
          {line('iopaths.ioCpuMs', (r) => t('iopaths.ms', { n: fmt(r.ioCpuMs, 0) }))}
          {line('iopaths.migration', (r) => t(r.path === 'passthrough' ? 'iopaths.migration.no' : 'iopaths.migration.ok'))}
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
  const traps = IO_PATH.emulatedTraps;
  // Picture first: the drawing takes most of a projector screen's height.
  const height = Math.round(Math.min(440, Math.max(280, width * 0.42)));
  // Laid out to the zoom frame (less its scroll bar's room): it opens whole at 100 %.
  const layout = useMemo(() => layoutIoPaths(paths === '' ? [] : (paths.split(',') as IoPathId[]), Math.max(320, width - ZOOM_GUTTER), height, IO_PATH.emulatedTraps), [paths, width, height]);
  return (
    <section className="io-paths" aria-labelledby="io-h" data-testid="io-paths">
      <h3 id="io-h">{t('iopaths.title')}</h3>
      <div ref={ref} className="io-picture">
        {rows.length === 0 ? (
          <p className="muted" data-picture>{t('iopaths.none')}</p>
        ) : (
          <ZoomPan label={t('iopaths.title')} picture testid="io-zoom">
            <div className="tq-path">
              <Drawing layout={layout} rows={rows} hostName={hostName} traps={traps} />
            </div>
          </ZoomPan>
        )}
      </div>
      {rows.length > 0 && <Figures rows={rows} />}
      <p className="muted">{t('iopaths.intro')}</p>
      <ul className="io-explain muted">
        {ioPaths.map((p) => <li key={p}>{t(`iopaths.explain.${p}`)}</li>)}
      </ul>
      <p className="muted">{t('iopaths.note', { exit: exitCost.toLocaleString() })}</p>
    </section>
  );
}
