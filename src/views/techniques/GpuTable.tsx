/**
 * A GPU card's title and its VMs' table (Gpus.tsx): per VM, how hard it drives the GPU and how much GPU memory it needs,
 * changed with its buttons (setGpuLoad), its share and its wait for a turn. The table is captioned with its card's title:
 * on the projector's side by side the tables come after all the cards (Gpus.tsx, Cards), in the page as on the screen.
 */
import type { Ref } from 'react';
import type { Topology } from '../../engine';
import { useT, withUnit } from '../../i18n';
import { sendCommand } from '../../store';
import { v } from '../../theme/tokens';
import { keepNames } from '../shared/keepNames';
import { vmToken } from '../shared/palette';
import type { GpuCard, GpuRow } from './gpuModel';

const LEVELS = [0, 30, 100] as const;

/**
 * "host-slice: time-sliced vGPU (VMs take turns)": the host's name and the way's term ("time-sliced vGPU", "시분할 vGPU")
 * each whole on a line (a narrow column broke it at "time-" or after "시분할"); a line may break before the brackets
 * (<wbr>: Korean writes none of the space before them). The text is unchanged.
 */
export function CardTitle({ c }: { c: GpuCard }) {
  const t = useT();
  const mode = t(`gpu.mode.${c.mode}`);
  const at = mode.indexOf('(');
  const term = at > 0 ? mode.slice(0, at).trimEnd() : mode;
  const gap = at > 0 ? mode.slice(term.length, at) : '';
  return (
    <>
      {keepNames(c.host)}: <span className="gpu-term">{term}</span>
      {at > 0 && (gap === '' ? <wbr /> : gap)}
      {at > 0 && mode.slice(at)}
    </>
  );
}

function Row({ r, topo }: { r: GpuRow; topo: Topology }) {
  const t = useT();
  const setDemand = (pct: number) => void sendCommand({ type: 'setGpuLoad', vm: r.vmId, demandPct: pct });
  const setNeed = (gib: number) => void sendCommand({ type: 'setGpuLoad', vm: r.vmId, needGiB: Math.max(0, gib) });
  return (
    <tr data-testid={`gpu-row-${r.vmId}`} data-share={r.sharePct} data-wait={r.turnWaitMs} data-oom={r.oom}>
      <th scope="row">
        <span className="gpu-swatch" style={{ background: v(vmToken(topo, r.vm)) }} aria-hidden="true" /> {r.name}
      </th>
      <td>
        <span className="gpu-levels" role="group" aria-label={t('gpu.col.asks', { vm: r.name })}>
          {LEVELS.map((p) => (
            <button key={p} type="button" aria-pressed={r.demandPct === p} data-testid={`gpu-demand-${r.vmId}-${p}`} onClick={() => setDemand(p)}>{withUnit(p, '%')}</button>
          ))}
        </span>
        {!(LEVELS as readonly number[]).includes(r.demandPct) && <span>{` ${withUnit(r.demandPct, '%')}`}</span>}
      </td>
      <td>{r.on ? withUnit(r.sharePct, '%') : t(r.booting ? 'gpu.booting' : 'gpu.off')}</td>
      <td>{t('gpu.ms', { ms: r.turnWaitMs.toFixed(1) })}</td>
      <td>
        {r.oom ? <strong className="gpu-oom">{t('gpu.oom', { need: r.needGiB, slice: r.sliceGiB })}</strong> : t('gpu.mem', { need: r.needGiB, slice: r.sliceGiB })}{' '}
        <button type="button" aria-label={t('gpu.less', { vm: r.name })} data-testid={`gpu-less-${r.vmId}`} onClick={() => setNeed(r.needGiB - 4)}>−4</button>
        <button type="button" aria-label={t('gpu.more', { vm: r.name })} data-testid={`gpu-more-${r.vmId}`} onClick={() => setNeed(r.needGiB + 4)}>+4</button>
      </td>
    </tr>
  );
}

/** A card's table, captioned with its title: read out always, shown only where the tables come after all the drawings (`across`). */
export function GpuTable({ c, topo, across, ref }: { c: GpuCard; topo: Topology; across: boolean; ref?: Ref<HTMLTableElement> }) {
  const t = useT();
  return (
    <div className="gpu-table-wrap" data-testid={`gpu-table-${c.id}`}>
      <table ref={ref} className="gpu-table">
        <caption className={across ? 'gpu-table-cap' : 'gpu-table-cap visually-hidden'}>
          <CardTitle c={c} />
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('gpu.col.vm')}</th>
            <th scope="col">{t('gpu.col.demand')}</th>
            <th scope="col">{t('gpu.col.share')}</th>
            <th scope="col">{t('gpu.col.wait')}</th>
            <th scope="col">{t('gpu.col.memory')}</th>
          </tr>
        </thead>
        <tbody>
          {c.rows.map((r) => <Row key={r.vmId} r={r} topo={topo} />)}
        </tbody>
      </table>
    </div>
  );
}
