/**
 * Inspector bodies, one per kind of thing: VM, host hardware, hypervisor, pCPU,
 * container. Each shows live numbers, explains the current state in words, and offers
 * the commands that make sense for it (start/stop, workload, hypervisor type ...).
 */
import { ENT, POWER, entityLabel, hypervisorTypes, techniques, workloadKinds, type Snapshot } from '../../engine';
import { tMessage, useT, withUnit } from '../../i18n';
import { keepNames } from '../../views/shared/keepNames';
import { selectLang, useStore, sendCommand } from '../../store';
import { explainEntity, pcpuPlace, shares } from './explain';
import { containerIoText, IoPattern } from './ContainerIo';
import { hypervisorWords } from '../../views/overview/ovText';

const pct = (x: number): string => withUnit(x.toFixed(1), '%');

function powerKey(p: number | undefined): string {
  return p === POWER.on ? 'power.on' : p === POWER.booting ? 'power.booting' : 'power.off';
}

export function VmDetails({ snap, index }: { snap: Snapshot; index: number }) {
  const t = useT();
  const lang = useStore(selectLang);
  const vm = snap.topology.vms[index];
  if (vm === undefined) return null;
  const ents = Array.from({ length: vm.vcpus }, (_, i) => vm.entOffset + i);
  const sh = shares(snap, ents);
  const power = snap.vms.power[index];
  const used = snap.vms.memUsedMiB[index] ?? 0;
  return (
    <div className="details">
      {/* The VM's name, then its commands right under it, above what it owns and its vCPUs: a 1280x720 projector's side
          column shows a step's task and the Stop button it asks for together (the scheduling tour's last step; under the
          vCPUs the task went above the fold). */}
      <h3>{t('inspector.vm', { vm: vm.name })}</h3>
      <div className="actions">
        <label>
          <span>{t('inspector.workload')}</span>
          <select value={vm.workload} onChange={(e) => void sendCommand({ type: 'setWorkload', vm: vm.id, workload: e.target.value as (typeof workloadKinds)[number] })}>
            {workloadKinds.map((k) => (
              <option key={k} value={k}>
                {t(`workload.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {power === POWER.off ? (
          <button type="button" onClick={() => void sendCommand({ type: 'startVm', vm: vm.id })}>
            {t('inspector.start')}
          </button>
        ) : (
          <button type="button" data-testid="vm-stop" onClick={() => void sendCommand({ type: 'stopVm', vm: vm.id })}>
            {t('inspector.stop')}
          </button>
        )}
      </div>
      {/* What it believes it owns (the course's first task asks for it), facts only, no commands: the lesson's answer,
          brought whole into view and marked by a lesson (taskTarget). */}
      <div data-answer="">
      <dl>
        <dt>{t('inspector.power')}</dt>
        <dd>{t(powerKey(power))}</dd>
        <dt>{t('inspector.host')}</dt>
        <dd>{snap.topology.hosts[vm.host]?.name}</dd>
        <dt>{t('inspector.guestOs')}</dt>
        <dd>{t(`guestOs.${vm.guestOs}`)}</dd>
        <dt>{t('inspector.memory')}</dt>
        <dd>{t('overview.memUsed', { used: Math.round(used), total: vm.memoryMiB })}</dd>
        <dt>{t('inspector.shares')}</dt>
        <dd>{t('inspector.sharesValue', { run: pct(sh.run), ready: pct(sh.ready), wait: pct(sh.wait) })}</dd>
      </dl>
      </div>
      <h4>{t('inspector.vcpus')}</h4>
      <ul className="why-list">
        {ents.map((e, i) => (
          <li key={e}>
            {keepNames(tMessage(lang, explainEntity(snap, e, index, `vCPU${i}`)))}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function HostDetails({ snap, index }: { snap: Snapshot; index: number }) {
  const t = useT();
  const h = snap.topology.hosts[index];
  if (h === undefined) return null;
  const busy = Array.from({ length: h.pcpuCount }, (_, i) => snap.pcpu.util[h.pcpuOffset + i] ?? 0);
  const avg = busy.reduce((a, b) => a + b, 0) / Math.max(1, busy.length);
  return (
    <div className="details">
      <h3>{t('inspector.hostTitle', { host: h.name })}</h3>
      <p>{t('inspector.hostExplain', { sockets: h.sockets, cores: h.coresPerSocket, threads: h.threadsPerCore, pcpus: h.pcpuCount })}</p>
      <dl>
        <dt>{t('inspector.memory')}</dt>
        <dd>{withUnit(Math.round(h.memoryMiB / 1024), 'GiB')}</dd>
        <dt>{t('inspector.utilisation')}</dt>
        <dd>{pct(avg * 100)}</dd>
      </dl>
    </div>
  );
}

export function HypervisorDetails({ snap, index }: { snap: Snapshot; index: number }) {
  const t = useT();
  const h = snap.topology.hosts[index];
  if (h === undefined) return null;
  const hv = h.hypervisor;
  const queue = snap.queues[index] ?? [];
  return (
    <div className="details">
      <h3>{t('inspector.hypervisorTitle', { host: h.name })}</h3>
      <p>{t(`hvType.${hv.type}.explain`)}</p>
      <fieldset className="radio-row" data-testid="hv-type">
        <legend>{t('inspector.hvType')}</legend>
        {hypervisorTypes.map((ty) => (
          <label key={ty}>
            <input type="radio" name={`hvtype-${h.id}`} data-testid={`hvtype-${ty}`} checked={hv.type === ty} onChange={() => void sendCommand({ type: 'setHypervisorType', host: h.id, hvType: ty })} />
            {t(`hvType.${ty}`)}
          </label>
        ))}
      </fieldset>
      <label>
        <span>{t('inspector.technique')}</span>
        <select value={hv.technique} onChange={(e) => void sendCommand({ type: 'setTechnique', host: h.id, technique: e.target.value as (typeof techniques)[number] })}>
          {techniques.map((k) => (
            <option key={k} value={k}>
              {t(`technique.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('inspector.timeslice')}</span>
        <select value={hv.cpu.timesliceMs} onChange={(e) => void sendCommand({ type: 'setTimeslice', host: h.id, ms: Number(e.target.value) })}>
          {[1, 5, 10, 30, 50, 100].map((ms) => (
            <option key={ms} value={ms}>{`${ms} ms`}</option>
          ))}
        </select>
      </label>
      {/* The scheduler and the overcommit, as the Overview's hypervisor box says them (at the projector, only here). */}
      {hypervisorWords(t, snap.topology, index)
        .slice(1)
        .map((line, k) => (
          <p key={k} data-testid={k === 0 ? 'hv-scheduler' : 'hv-overcommit'}>
            {line}
          </p>
        ))}
      <dl>
        <dt>{t('inspector.readyQueue')}</dt>
        <dd>{queue.length === 0 ? t('overview.queueEmpty') : queue.map((e) => entityLabel(snap.topology, e)).join(', ')}</dd>
        <dt>{t('inspector.contextSwitches')}</dt>
        <dd>{snap.counters.contextSwitches}</dd>
      </dl>
    </div>
  );
}

export function PcpuDetails({ snap, pcpu }: { snap: Snapshot; pcpu: number }) {
  const t = useT();
  const place = pcpuPlace(snap, pcpu);
  if (place === null) return null;
  const h = snap.topology.hosts[place.host];
  const e = snap.pcpu.ent[pcpu] ?? -1;
  return (
    <div className="details">
      <h3>{t('inspector.pcpuTitle', { n: place.local, host: h?.name ?? '' })}</h3>
      <p>{t('inspector.pcpuPlace', { socket: place.socket, core: place.core, thread: place.thread })}</p>
      {h !== undefined && h.threadsPerCore === 2 && <p>{t('inspector.pcpuSibling')}</p>}
      <p>{e >= 0 ? keepNames(t('inspector.pcpuRuns', { who: entityLabel(snap.topology, e) })) : t('inspector.pcpuIdle')}</p>
      <p>{t('inspector.utilisationValue', { pct: pct((snap.pcpu.util[pcpu] ?? 0) * 100) })}</p>
    </div>
  );
}

export function ContainerDetails({ snap, index }: { snap: Snapshot; index: number }) {
  const t = useT();
  const lang = useStore(selectLang);
  const c = snap.topology.containers[index];
  if (c === undefined) return null;
  const power = snap.containers.power[index];
  const where = c.vm >= 0 ? t('inspector.insideVm', { vm: snap.topology.vms[c.vm]?.name ?? '' }) : t('inspector.onHost', { host: snap.topology.hosts[c.host]?.name ?? '' });
  const sh = shares(snap, [c.ent]);
  return (
    <div className="details">
      {/* What it shares and what it owns (a lesson's task asks for it): brought whole into view by a lesson (taskTarget). */}
      <div data-answer="">
      <h3>{t('inspector.container', { name: c.name })}</h3>
      <p>{t('inspector.containerExplain')}</p>
      <dl>
        <dt>{t('inspector.image')}</dt>
        <dd>{c.image}</dd>
        <dt>{t('inspector.where')}</dt>
        <dd>{where}</dd>
        <dt>{t('inspector.power')}</dt>
        <dd>{t(powerKey(power))}</dd>
        <dt>{t('inspector.shares')}</dt>
        <dd>{t('inspector.sharesValue', { run: pct(sh.run), ready: pct(sh.ready), wait: pct(sh.wait) })}</dd>
        <dt>{t('containers.io.title')}</dt>
        <dd data-testid="ct-inspector-io">{containerIoText(snap, index, t)}</dd>
        <dt>{t('storage.inspector.pattern')}</dt>
        <dd><IoPattern kind={c.workload} who="app" /></dd>
      </dl>
      </div>
      <p>{snap.ent.state[c.ent] === ENT.off ? '' : keepNames(tMessage(lang, explainEntity(snap, c.ent, null, c.name)))}</p>
      <div className="actions">
        <button type="button" onClick={() => void sendCommand({ type: power === POWER.off ? 'startContainer' : 'stopContainer', container: c.id })}>
          {power === POWER.off ? t('inspector.start') : t('inspector.stop')}
        </button>
      </div>
    </div>
  );
}
