/**
 * One row per VM on the host: a stacked bar of %RUN / %RDY / %CSTP / %WAIT per vCPU
 * over the last second (the engine's sliding window), the numbers beside it with a
 * warning when ready passes 5 % or co-stop passes 3 % (ESXi's rules of thumb,
 * DOMAIN.md), and the controls that change its share: vCPUs (hot add / remove),
 * weight, cap, remove. Steal = ready + co-stop: runnable but not running.
 */
import { POWER, type Snapshot } from '../../engine';
import { simClient } from '../../client/simClient';
import { useT } from '../../i18n';
import { select } from '../../store';
import { v, type TokenName } from '../../theme/tokens';
import { vmToken } from './colours';
import { vmShares, type Shares } from './layoutCpu';

export const READY_WARN = 5;
/** Above 10 % ready the guest's work visibly suffers (DOMAIN.md). */
export const READY_HURTS = 10;
export const COSTOP_WARN = 3;
const PARTS: readonly [keyof Shares, TokenName][] = [
  ['run', 'stateRunning'],
  ['ready', 'stateReady'],
  ['costop', 'stateCostop'],
  ['wait', 'stateBlocked'],
];

function Bar({ sh }: { sh: Shares }) {
  const widths = PARTS.map(([k]) => (sh[k] / 100) * 160);
  const starts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  return (
    <svg width="160" height="16" className="cpu-bar" aria-hidden="true">
      {PARTS.map(([k, tok], i) => (
        <rect key={k} x={starts[i]} y={1} width={Math.max(0, widths[i] ?? 0)} height={14} style={{ fill: v(tok) }} />
      ))}
      <line x1={(READY_WARN / 100) * 160} x2={(READY_WARN / 100) * 160} y1={0} y2={16} style={{ stroke: v('text') }} strokeDasharray="2 2" />
    </svg>
  );
}

function VmRow({ snap, i }: { snap: Snapshot; i: number }) {
  const t = useT();
  const vm = snap.topology.vms[i];
  if (vm === undefined) return null;
  const sh = vmShares(snap, i);
  const on = snap.vms.power[i] !== POWER.off;
  const cmd = (patch: { weight?: number; capPct?: number; vcpus?: number }) => void simClient.command({ type: 'setVmCpu', vm: vm.id, ...patch });
  const readyHigh = sh !== null && sh.ready > READY_WARN;
  const costopHigh = sh !== null && sh.costop > COSTOP_WARN;
  return (
    <tr data-testid={`cpu-vm-${vm.id}`}>
      <th scope="row">
        <button type="button" className="cpu-vm-name" onClick={() => select({ kind: 'vm', index: i })}>
          <span className="cpu-swatch" style={{ background: v(vmToken(snap.topology, i)) }} aria-hidden="true" />
          {vm.name}
        </button>
        {!on && <span className="muted"> ({t('power.off')})</span>}
      </th>
      <td>{sh === null ? '–' : <Bar sh={sh} />}</td>
      <td className="cpu-nums" data-testid={`cpu-shares-${vm.id}`}>
        {sh === null ? t('cpu.vms.noData') : t('cpu.vms.shares', { run: sh.run.toFixed(0), ready: sh.ready.toFixed(1), costop: sh.costop.toFixed(1), wait: sh.wait.toFixed(0) })}
        {readyHigh && <strong className="cpu-warn">{` ⚠ ${t(sh.ready > READY_HURTS ? 'cpu.vms.readyHurts' : 'cpu.vms.readyHigh')}`}</strong>}
        {costopHigh && <strong className="cpu-warn">{` ⚠ ${t('cpu.vms.costopHigh')}`}</strong>}
      </td>
      <td className="cpu-nums" data-testid={`cpu-work-${vm.id}`} title={t('cpu.vms.htSlow')}>
        {sh === null ? '–' : t('cpu.vms.work', { work: sh.work.toFixed(0) })}
        {sh !== null && sh.run - sh.work > 5 && <span className="cpu-tag">{` ${t('cpu.vms.htTag')}`}</span>}
      </td>
      <td className="cpu-vcpus">
        <button type="button" aria-label={t('cpu.vms.fewer', { vm: vm.name })} disabled={vm.vcpus <= 1} onClick={() => cmd({ vcpus: vm.vcpus - 1 })}>
          −
        </button>
        <span data-testid={`cpu-vcpus-${vm.id}`}>{vm.vcpus}</span>
        <button type="button" aria-label={t('cpu.vms.more', { vm: vm.name })} disabled={vm.vcpus >= 32} onClick={() => cmd({ vcpus: vm.vcpus + 1 })}>
          +
        </button>
      </td>
      <td>
        <select aria-label={t('cpu.vms.weightOf', { vm: vm.name })} data-testid={`cpu-weight-${vm.id}`} value={vm.weight} onChange={(e) => cmd({ weight: Number(e.target.value) })}>
          {[...new Set([64, 128, 256, 512, 1024, vm.weight])].toSorted((a, b) => a - b).map((w) => (
            <option key={w} value={w}>
              {w}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select aria-label={t('cpu.vms.capOf', { vm: vm.name })} data-testid={`cpu-cap-${vm.id}`} value={vm.capPct} onChange={(e) => cmd({ capPct: Number(e.target.value) })}>
          {[...new Set([0, 25, 50, 100, 200, vm.capPct])].toSorted((a, b) => a - b).map((c) => (
            <option key={c} value={c}>
              {c === 0 ? t('cpu.vms.noCap') : `${c} %`}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button type="button" aria-label={t('cpu.vms.removeVm', { vm: vm.name })} onClick={() => void simClient.command({ type: 'removeVm', vm: vm.id })}>
          ✕
        </button>
      </td>
    </tr>
  );
}

export function VmTable({ snap, hostIndex }: { snap: Snapshot; hostIndex: number }) {
  const t = useT();
  const rows = snap.topology.vms.map((vm, i) => ({ vm, i })).filter((x) => x.vm.host === hostIndex);
  return (
    <div className="cpu-vms">
      <h3>{t('cpu.vms.title')}</h3>
      <p className="muted">{t('cpu.vms.help')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('cpu.vms.vm')}</th>
            <th scope="col">{t('cpu.vms.bar')}</th>
            <th scope="col">{t('cpu.vms.numbers')}</th>
            <th scope="col">{t('cpu.vms.workCol')}</th>
            <th scope="col">{t('cpu.vms.vcpus')}</th>
            <th scope="col">{t('cpu.vms.weight')}</th>
            <th scope="col">{t('cpu.vms.cap')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('cpu.vms.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ i }) => (
            <VmRow key={snap.topology.vms[i]?.id ?? i} snap={snap} i={i} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
