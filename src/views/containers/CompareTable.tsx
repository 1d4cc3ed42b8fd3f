/**
 * The comparison's figures as one table, a column per host ("VMs | containers"), for a
 * narrow screen where the hosts' drawings sit side by side in compact form: running, last
 * start, CPU spent starting, CPU busy, room for more, and the memory bar's parts, the same
 * numbers the wide columns show under each drawing (and the "why" sentences quote).
 */
import { useT, withUnit } from '../../i18n';
import { v } from '../../theme/tokens';
import { fmtS, lastStartMs, memorySegments, type ColumnModel } from './layoutContainers';

/** The memory bar's fills (MemoryBar.tsx), as swatches beside the rows; guest OSes are hatched there (▨ in the label). */
const SWATCH = { sys: v('layerHypervisor'), app: v('memUsed'), idle: v('surface2'), free: v('surface') } as const;

export function CompareTable({ cols }: { cols: ColumnModel[] }) {
  const t = useT();
  const sec = (ms: number): string => (ms < 0 ? '—' : t('containers.seconds', { s: fmtS(ms) }));
  const isVms = (c: ColumnModel): boolean => c.kind === 'vms';
  const rows: { key: string; label: string; cell: (c: ColumnModel) => string; id?: (c: ColumnModel) => string }[] = [
    { key: 'running', label: t('containers.running'), cell: (c) => String(c.running) },
    { key: 'last', label: t('containers.cmp.lastStart'), cell: (c) => sec(lastStartMs(c)) },
    { key: 'startCpu', label: t('containers.startCpu'), cell: (c) => sec(c.startCpuMs) },
    { key: 'cpuBusy', label: t('containers.cpuBusy'), cell: (c) => withUnit(Math.round(c.cpuBusyPct), '%') },
    { key: 'room', label: t('containers.room'), cell: (c) => (isVms(c) ? t('containers.cmp.roomVms', { n: c.roomVms }) : t('containers.cmp.roomCts', { n: c.roomContainers })), id: (c) => `ct-room-${c.name}` },
    { key: 'size', label: t('containers.cmp.size'), cell: (c) => withUnit(isVms(c) ? c.vmSizeMiB : c.ctSizeMiB, 'MiB') },
  ];
  const mem = (['sys', 'os', 'app', 'idle', 'free'] as const).map((key) => ({ key, label: t(`containers.cmp.mem.${key}`) }));
  return (
    <table className="ct-compare" data-testid="ct-compare" aria-label={t('containers.cmp.label')}>
      <thead>
        <tr>
          <td />
          {cols.map((c) => (
            // Two columns of one kind (docker-layers' two container hosts) are told apart by their hosts' names.
            <th key={c.name} scope="col">
              {t(`containers.cmp.short.${c.kind}`)}
              {cols.some((x) => x !== c && x.kind === c.kind) && <span className="vl-name"> · {c.name}</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            {cols.map((c) => <td key={c.name} id={r.id?.(c)} data-testid={`ct-${r.key}-${c.name}`}>{r.cell(c)}</td>)}
          </tr>
        ))}
        <tr className="ct-compare-sub">
          <th scope="colgroup" colSpan={cols.length + 1}>{t('containers.cmp.memory')}</th>
        </tr>
        {mem.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.key !== 'os' && <span className="ct-swatch" aria-hidden="true" style={{ background: SWATCH[r.key] }} />}{r.label}</th>
            {cols.map((c) => {
              const seg = memorySegments(c.mem).find((s) => s.key === r.key);
              return <td key={c.name} data-testid={`ct-mem-${r.key}-${c.name}`}>{withUnit(Math.round(seg?.mib ?? 0), 'MiB')}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
