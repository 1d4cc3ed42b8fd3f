/**
 * The scheduler's controls for one host: policy (switchable while running), timeslice,
 * relaxed co-scheduling, the hyperthread factor, and the overcommit ratio with buttons
 * that add a VM or inject a CPU-hungry neighbour. Every control sends an engine command,
 * so it is logged, replayed on step-back, and refused with a reason when impossible.
 */
import { cpuPolicies, type HostTopo, type Topology } from '../../engine';
import { useT } from '../../i18n';
import { sendCommand } from '../../store';
import { freshId, idsOf } from '../shared/ids';
import { shallowEqual, useSnapshot } from '../shared/useSnapshot';
import { overcommit } from './layoutCpu';

export function addVm(topology: Topology, host: HostTopo, hungry: boolean): void {
  const id = freshId(hungry ? 'noisy-' : 'vm-', idsOf(topology.vms));
  void sendCommand({
    type: 'addVm',
    vm: { id, name: id, host: host.id, vcpus: hungry ? 4 : 2, memoryMiB: 2048, workload: hungry ? 'cpu-bound' : 'web' },
  });
}

export function Controls({ topology, hostIndex }: { topology: Topology; hostIndex: number }) {
  const t = useT();
  const oc = useSnapshot((s) => overcommit(s, hostIndex), 2, shallowEqual) ?? { vcpus: 0, pcpus: 1, ratio: 0 };
  const host = topology.hosts[hostIndex];
  if (host === undefined) return null;
  const cpu = host.hypervisor.cpu;
  return (
    <div className="cpu-controls" data-testid="cpu-controls">
      <fieldset className="radio-row">
        <legend>{t('cpu.controls.policy')}</legend>
        {cpuPolicies.map((p) => (
          <label key={p} title={t(`cpu.policy.${p}.help`)}>
            <input type="radio" name={`policy-${host.id}`} data-testid={`cpu-policy-${p}`} checked={cpu.policy === p} onChange={() => void sendCommand({ type: 'setPolicy', host: host.id, policy: p })} />
            {t(`cpu.policy.${p}`)}
          </label>
        ))}
      </fieldset>
      <label>
        <span>{t('cpu.controls.timeslice')}</span>
        <select value={cpu.timesliceMs} data-testid="cpu-timeslice" onChange={(e) => void sendCommand({ type: 'setTimeslice', host: host.id, ms: Number(e.target.value) })} disabled={cpu.policy === 'fair-share'}>
          {[1, 5, 10, 30, 50, 100].map((ms) => (
            <option key={ms} value={ms}>{`${ms} ms`}</option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" data-testid="cpu-cosched" checked={cpu.coSchedule === true} onChange={(e) => void sendCommand({ type: 'setCoSchedule', host: host.id, on: e.target.checked })} />
        <span>{t('cpu.controls.coSchedule')}</span>
      </label>
      <p className="muted" data-testid="cpu-cosched-help">
        {t('cpu.controls.coSchedule.help')}
        {cpu.coSchedule === true && cpu.policy !== 'round-robin' && <strong>{` ${t('cpu.controls.coSchedule.notEsx')}`}</strong>}
      </p>
      {host.threadsPerCore === 2 && (
        <label>
          <span>{t('cpu.controls.htFactor')}</span>
          <select value={cpu.htFactor ?? 1.25} onChange={(e) => void sendCommand({ type: 'setHtFactor', host: host.id, factor: Number(e.target.value) })}>
            {[1, 1.1, 1.25, 1.5, 2].map((f) => (
              <option key={f} value={f}>{`${f}x`}</option>
            ))}
          </select>
        </label>
      )}
      <p className="cpu-overcommit" data-testid="cpu-overcommit">
        {t('cpu.controls.overcommit', { vcpus: oc.vcpus, pcpus: oc.pcpus, ratio: oc.ratio.toFixed(2) })}
        {oc.ratio > 1 && <strong>{` ${t('cpu.controls.overcommitted')}`}</strong>}
      </p>
      <div className="actions">
        <button type="button" data-testid="cpu-add-vm" onClick={() => addVm(topology, host, false)}>
          {t('cpu.controls.addVm')}
        </button>
        <button type="button" data-testid="cpu-add-noisy" onClick={() => addVm(topology, host, true)}>
          {t('cpu.controls.addNoisy')}
        </button>
      </div>
      <p className="muted cpu-policy-help">{t(`cpu.policy.${cpu.policy}.help`)}</p>
      <p className="muted" data-testid="cpu-weight-model">{t(`cpu.controls.weights.${cpu.policy}`)}</p>
    </div>
  );
}
