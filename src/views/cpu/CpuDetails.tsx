/**
 * Inspector bodies of the CPU lens: one Gantt slice (who ran where, why it got the
 * pCPU, why it stopped) and one vCPU or container task (why it is running or waiting
 * now, its accumulated run / ready / co-stop / wait time, and its pinning or cgroup
 * controls). Shown by the app's inspector for the 'cpuSlice' and 'vcpu' selections.
 */
import { ENT, type Snapshot } from '../../engine';
import { tMessage, useT } from '../../i18n';
import { selectLang, useStore, sendCommand } from '../../store';
import { explainSlice, explainVcpu, type SliceInfo } from './explainCpu';
import { entityHost, ownerIndex, shortLabel } from './layoutCpu';

export function CpuSliceDetails({ snap, slice }: { snap: Snapshot; slice: SliceInfo }) {
  const t = useT();
  const lang = useStore(selectLang);
  return (
    <div className="details" data-testid="cpu-slice-details">
      <h3>{t('cpu.inspector.slice', { who: shortLabel(snap, slice.ent) })}</h3>
      <ul className="why-list">
        {explainSlice(snap, slice).map((m, i) => (
          <li key={i}>{tMessage(lang, m)}</li>
        ))}
      </ul>
      <VcpuDetails snap={snap} e={slice.ent} compact />
    </div>
  );
}

export function VcpuDetails({ snap, e, compact = false }: { snap: Snapshot; e: number; compact?: boolean }) {
  const t = useT();
  const lang = useStore(selectLang);
  const total = (snap.ent.run[e] ?? 0) + (snap.ent.ready[e] ?? 0) + (snap.cpu.costop[e] ?? 0) + (snap.cpu.mlmtd[e] ?? 0) + (snap.cpu.memWait[e] ?? 0) + (snap.ent.wait[e] ?? 0);
  const owner = ownerIndex(snap, e);
  const vm = owner >= 0 ? snap.topology.vms[owner] : undefined;
  const policy = snap.topology.hosts[entityHost(snap, e)]?.hypervisor.cpu.policy ?? 'round-robin';
  const pct = (x: number): string => (total === 0 ? '0.0' : ((100 * x) / total).toFixed(1));
  return (
    <div className="details" data-testid="cpu-vcpu-details">
      {/* Where it runs or waits and why, and how long it waited (a lesson's task asks for it): brought whole into view by a lesson (taskTarget). */}
      <div data-answer="">
      {!compact && <h3>{t('cpu.inspector.vcpu', { who: shortLabel(snap, e) })}</h3>}
      <h4>{t('cpu.inspector.now')}</h4>
      <ul className="why-list">
        {explainVcpu(snap, e).map((m, i) => (
          <li key={i}>{tMessage(lang, m)}</li>
        ))}
      </ul>
      <dl>
        <dt>{t('cpu.inspector.steal')}</dt>
        <dd>{t('cpu.inspector.stealValue', { ms: Math.round((snap.ent.ready[e] ?? 0) + (snap.cpu.costop[e] ?? 0)) })}</dd>
      </dl>
      </div>
      <dl>
        <dt>{t('cpu.inspector.times')}</dt>
        <dd data-testid="cpu-vcpu-times">{t('cpu.inspector.timesValue', { run: pct(snap.ent.run[e] ?? 0), ready: pct(snap.ent.ready[e] ?? 0), costop: pct(snap.cpu.costop[e] ?? 0), mlmtd: pct(snap.cpu.mlmtd[e] ?? 0), limit: t(owner >= 0 ? 'cpu.limit.cap' : 'cpu.limit.quota'), mem: pct(snap.cpu.memWait[e] ?? 0), wait: pct(snap.ent.wait[e] ?? 0) })}</dd>
        <dt>{t('cpu.inspector.overhead')}</dt>
        <dd data-testid="cpu-vcpu-overhead">{t('cpu.inspector.overheadValue', { ms: Math.round(snap.cpu.ovh[e] ?? 0), run: Math.round(snap.ent.run[e] ?? 0), pct: (snap.ent.run[e] ?? 0) > 0 ? ((100 * (snap.cpu.ovh[e] ?? 0)) / (snap.ent.run[e] ?? 1)).toFixed(1) : '0.0' })}</dd>
        <dt>{t('cpu.inspector.spin')}</dt>
        <dd data-testid="cpu-vcpu-spin">{t('cpu.inspector.spinValue', { ms: Math.round(snap.cpu.spin[e] ?? 0), run: Math.round(snap.ent.run[e] ?? 0), pct: (snap.ent.run[e] ?? 0) > 0 ? ((100 * (snap.cpu.spin[e] ?? 0)) / (snap.ent.run[e] ?? 1)).toFixed(1) : '0.0' })}</dd>
        <dt>{t('cpu.inspector.done')}</dt>
        <dd>{t('cpu.inspector.doneValue', { done: Math.round(snap.cpu.done[e] ?? 0), run: Math.round(snap.ent.run[e] ?? 0) })}</dd>
        <dt>{t('cpu.inspector.migrations')}</dt>
        <dd>{snap.cpu.migrations[e] ?? 0}</dd>
        <dt>{t('cpu.inspector.sched')}</dt>
        {vm !== undefined && <dd data-testid="cpu-weight-meaning">{t(`cpu.inspector.weight.${policy}`, { weight: vm.weight, vcpus: vm.vcpus, per: (snap.cpu.weight[e] ?? 0).toFixed(0) })}</dd>}
        <dd>{t(vm === undefined ? 'cpu.inspector.schedValue' : 'cpu.inspector.schedValueVm', { weight: (snap.cpu.weight[e] ?? 0).toFixed(0), credit: (snap.cpu.credit[e] ?? 0).toFixed(1), vruntime: (snap.cpu.vruntime[e] ?? 0).toFixed(1), skew: (snap.cpu.skew[e] ?? 0).toFixed(0) })}</dd>
      </dl>
      {!compact && <EntityControls snap={snap} e={e} />}
    </div>
  );
}

function EntityControls({ snap, e }: { snap: Snapshot; e: number }) {
  const t = useT();
  const owner = ownerIndex(snap, e);
  const host = snap.topology.hosts[entityHost(snap, e)];
  if (host === undefined || snap.ent.state[e] === undefined) return null;
  if (owner >= 0) {
    const vm = snap.topology.vms[owner];
    if (vm === undefined) return null;
    const pin = snap.cpu.pin[e] ?? -1;
    return (
      <label className="actions">
        <span>{t('cpu.inspector.pin')}</span>
        <select data-testid="cpu-pin" value={pin < 0 ? -1 : pin - host.pcpuOffset} onChange={(ev) => void sendCommand({ type: 'pinVcpu', vm: vm.id, vcpu: e - vm.entOffset, pcpu: Number(ev.target.value) })}>
          <option value={-1}>{t('cpu.inspector.pinAny')}</option>
          {Array.from({ length: host.pcpuCount }, (_, p) => (
            <option key={p} value={p}>
              {t('cpu.queues.pcpu', { n: p })}
            </option>
          ))}
        </select>
      </label>
    );
  }
  const c = snap.topology.containers[-2 - owner];
  if (c === undefined) return null;
  const g = snap.topology.vms.length + (-2 - owner);
  const quota = snap.cpu.capBudget[g] ?? -1;
  return (
    <div className="actions">
      <label>
        <span>{t('cpu.inspector.shares')}</span>
        <select value={c.cpuShares} onChange={(ev) => void sendCommand({ type: 'setContainerCpu', container: c.id, shares: Number(ev.target.value) })}>
          {[...new Set([256, 512, 1024, 2048, 4096, c.cpuShares])].toSorted((a, b) => a - b).map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('cpu.inspector.quota')}</span>
        <select data-testid="cpu-quota" value={quota < 0 ? 0 : quota} onChange={(ev) => void sendCommand({ type: 'setContainerCpu', container: c.id, quotaMs: Number(ev.target.value), periodMs: 100 })}>
          {[...new Set([0, 10, 25, 50, 100, Math.max(0, quota)])].toSorted((a, b) => a - b).map((q) => (
            <option key={q} value={q}>{q === 0 ? t('cpu.vms.noCap') : t('cpu.inspector.quotaValue', { q })}</option>
          ))}
        </select>
      </label>
      {c.vm >= 0 && <p className="muted">{t('cpu.inspector.insideVm')}</p>}
      {snap.ent.state[e] === ENT.off && <p className="muted">{t('cpu.why.now.off', { who: c.name })}</p>}
    </div>
  );
}
