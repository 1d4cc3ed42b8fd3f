/**
 * One row per VM on the host: a stacked bar of %RUN (guest, then hypervisor overhead, then lock spinning) / %RDY / %CSTP / %MLMTD / %MEM / %WAIT per vCPU
 * over the last second (the engine's sliding window), the numbers beside it with a
 * warning when ready passes 5 % or co-stop passes 3 % (ESXi's rules of thumb,
 * DOMAIN.md), and the controls that change its share: vCPUs (hot add / remove),
 * weight, cap, remove. Steal = ready + co-stop: runnable but not running. Time held back
 * by the VM's own cap is %MLMTD (as esxtop reports it), never ready time: a capped VM
 * alone on an idle host waits for its limit, not for a pCPU, and trips no warning.
 */
import { memo, useRef } from 'react';
import { POWER, type Snapshot, type Topology } from '../../engine';
import { useT, withUnit } from '../../i18n';
import { select, selectLang, sendCommand, useStore } from '../../store';
import { v, type TokenName } from '../../theme/tokens';
import { vmToken } from '../shared/palette';
import { useKeptHeight } from '../shared/useKeptHeight';
import { useSnapshot } from '../shared/useSnapshot';
import { vmShares, type Shares } from './layoutCpu';

export const READY_WARN = 5;
/** Above 10 % ready the guest's work visibly suffers (DOMAIN.md). */
export const READY_HURTS = 10;
export const COSTOP_WARN = 3;
const PARTS: readonly [keyof Shares | 'guest', TokenName][] = [
  ['guest', 'stateRunning'],
  ['ovh', 'costCpu'],
  ['spin', 'stateSpin'],
  ['ready', 'stateReady'],
  ['costop', 'stateCostop'],
  ['mlmtd', 'stateOff'],
  ['mem', 'stateMemWait'],
  ['wait', 'stateBlocked'],
];
/** Above this % of time waiting on memory, the row says why the VM does less work. */
export const MEMWAIT_WARN = 2;

function Bar({ sh }: { sh: Shares }) {
  // %RUN is drawn in two parts: the guest's own code, then the hypervisor's work for it.
  const parts: Record<string, number> = { ...sh, guest: Math.max(0, sh.run - sh.ovh - sh.spin) };
  const widths = PARTS.map(([k]) => ((parts[k] ?? 0) / 100) * 160);
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

/** One VM's live numbers, rounded as shown, so a row re-renders only when its text would change. */
interface RowLive {
  on: boolean;
  sh: Shares | null;
}

function rowLive(snap: Snapshot, i: number): RowLive {
  const sh = vmShares(snap, i);
  const r = (x: number, d: number): number => Math.round(x * d) / d;
  return { on: snap.vms.power[i] !== POWER.off, sh: sh === null ? null : { run: r(sh.run, 1), ready: r(sh.ready, 10), costop: r(sh.costop, 10), wait: r(sh.wait, 1), work: r(sh.work, 1), mlmtd: r(sh.mlmtd, 1), ovh: r(sh.ovh, 1), mem: r(sh.mem, 1), spin: r(sh.spin, 1) } };
}

const sameRow = (a: RowLive, b: RowLive): boolean => a.on === b.on && (a.sh === b.sh || (a.sh !== null && b.sh !== null && a.sh.run === b.sh.run && a.sh.ready === b.sh.ready && a.sh.costop === b.sh.costop && a.sh.wait === b.sh.wait && a.sh.work === b.sh.work && a.sh.mlmtd === b.sh.mlmtd && a.sh.ovh === b.sh.ovh && a.sh.mem === b.sh.mem && a.sh.spin === b.sh.spin));

const VmRow = memo(function VmRow({ topology, i, live }: { topology: Topology; i: number; live: RowLive }) {
  const t = useT();
  const vm = topology.vms[i];
  if (vm === undefined) return null;
  const { sh, on } = live;
  const cmd = (patch: { weight?: number; capPct?: number; vcpus?: number }) => void sendCommand({ type: 'setVmCpu', vm: vm.id, ...patch });
  const readyHigh = sh !== null && sh.ready > READY_WARN;
  const costopHigh = sh !== null && sh.costop > COSTOP_WARN;
  return (
    <tr data-testid={`cpu-vm-${vm.id}`}>
      <th scope="row">
        <button type="button" className="cpu-vm-name" onClick={() => select({ kind: 'vm', index: i })}>
          <span className="cpu-swatch" style={{ background: v(vmToken(topology, i)) }} aria-hidden="true" />
          {vm.name}
        </button>
        {!on && <span className="muted"> ({t('power.off')})</span>}
      </th>
      <td>{sh === null ? '–' : <Bar sh={sh} />}</td>
      <td className="cpu-nums" data-testid={`cpu-shares-${vm.id}`}>
        {sh === null ? t('cpu.vms.noData') : t('cpu.vms.shares', { run: sh.run.toFixed(0), ready: sh.ready.toFixed(1), costop: sh.costop.toFixed(1), wait: sh.wait.toFixed(0), mem: sh.mem.toFixed(0) })}
        {sh !== null && sh.ovh >= 0.5 && <span data-testid={`cpu-ovh-${vm.id}`}>{` · ${t('cpu.vms.ovh', { ovh: sh.ovh.toFixed(0) })}`}</span>}
        {sh !== null && sh.spin >= 0.5 && <span data-testid={`cpu-spin-${vm.id}`}>{` · ${t('cpu.vms.spin', { spin: sh.spin.toFixed(0) })}`}</span>}
        {sh !== null && sh.mlmtd >= 0.5 && <span data-testid={`cpu-mlmtd-${vm.id}`}>{` · ${t('cpu.vms.mlmtd', { mlmtd: sh.mlmtd.toFixed(0) })}`}</span>}
        {sh !== null && sh.mem > MEMWAIT_WARN && <strong className="cpu-warn" data-testid={`cpu-memwait-${vm.id}`}>{` ⚠ ${t('cpu.vms.memWaitHigh', { mem: sh.mem.toFixed(0) })}`}</strong>}
        {readyHigh && <strong className="cpu-warn">{` ⚠ ${t(sh.ready > READY_HURTS ? 'cpu.vms.readyHurts' : 'cpu.vms.readyHigh')}`}</strong>}
        {costopHigh && <strong className="cpu-warn">{` ⚠ ${t('cpu.vms.costopHigh')}`}</strong>}
      </td>
      <td className="cpu-nums" data-testid={`cpu-work-${vm.id}`}>
        {sh === null ? '–' : t('cpu.vms.work', { work: sh.work.toFixed(0) })}
        {sh !== null && sh.run - sh.ovh - sh.spin - sh.work > 5 && <span className="cpu-tag" data-drawing>{` ${t('cpu.vms.htTag')}`}</span>}
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
              {c === 0 ? t('cpu.vms.noCap') : withUnit(c, '%')}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button type="button" aria-label={t('cpu.vms.removeVm', { vm: vm.name })} onClick={() => void sendCommand({ type: 'removeVm', vm: vm.id })}>
          ✕
        </button>
      </td>
    </tr>
  );
}, (a, b) => a.topology === b.topology && a.i === b.i && sameRow(a.live, b.live));

export function VmTable({ topology, hostIndex }: { topology: Topology; hostIndex: number }) {
  const t = useT();
  const lang = useStore(selectLang);
  const rows = topology.vms.map((vm, i) => ({ vm, i })).filter((x) => x.vm.host === hostIndex);
  const live = useSnapshot((s) => rows.map(({ i }) => rowLive(s, i)), 4, (a, b) => a.length === b.length && a.every((x, k) => sameRow(x, b[k] as RowLive))) ?? [];
  // %SPIN can show only in a VM of two or more vCPUs (a sibling vCPU holds the lock: engine cpu/spin.ts): while the table
  // has one, the note saying what %SPIN is stays under it, so it does not come and go with the numbers and move what is below.
  // A VM just cut to one vCPU still shows its last second's %SPIN: the note stays while it does.
  const spinCan = rows.some(({ vm }) => vm.vcpus >= 2);
  // A row's numbers wrap to one more line while a warning or %SPIN shows: the table keeps its tallest height (at its width,
  // for these rows, in this language, in this world: an edit or another scenario starts it again), so what is under it does
  // not move up and down at the numbers' 4 Hz.
  const box = useRef<HTMLDivElement>(null);
  useKeptHeight(box, `${lang}|${rows.map(({ vm }) => vm.id).join(' ')}`, topology);
  return (
    <div className="cpu-vms" ref={box}>
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
          {rows.map(({ vm, i }, k) => {
            const l = live[k];
            return l === undefined ? null : <VmRow key={vm.id} topology={topology} i={i} live={l} />;
          })}
        </tbody>
      </table>
      {/* What the Work column and a row's %SPIN mean, in words under the table (a tooltip would say it only to a mouse). */}
      <p className="muted cpu-notes" data-testid="cpu-vms-notes">
        <span data-testid="cpu-vms-work-note">{`${t('cpu.vms.workCol')}: ${t('cpu.vms.htSlow')}`}</span>
        {(spinCan || live.some((l) => l.sh !== null && l.sh.spin >= 0.5)) && <span data-testid="cpu-vms-spin-note">{` %SPIN: ${t('cpu.vms.spinWhy')}`}</span>}
      </p>
    </div>
  );
}
