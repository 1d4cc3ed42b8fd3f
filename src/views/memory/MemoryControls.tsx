/**
 * The host's memory settings, as engine commands (logged, replayed on step-back and
 * refused with a translated notice when they change nothing): translation scheme,
 * the features of the reclaim ladder, the host reclaim policy and the guests' policy.
 */
import { sendCommand } from '../../store';
import type { Topology } from '../../engine';
import { useT } from '../../i18n';

const FEATURES = ['pageSharing', 'interVmSharing', 'ballooning', 'compression', 'largePages', 'taggedTlb', 'idleMemoryTax'] as const;
const POLICIES = ['clock', 'lru', 'fifo', 'rand'] as const;

export function MemoryControls({ topology, host }: { topology: Topology; host: number }) {
  const t = useT();
  const h = topology.hosts[host];
  if (h === undefined) return null;
  const cfg = h.hypervisor.memory;
  return (
    <details className="mem-controls" open>
      <summary>{t('memory.controls.title', { host: h.name })}</summary>
      <fieldset>
        {(['shadow', 'nested'] as const).map((mode) => (
          <label key={mode}>
            <input type="radio" name={`mem-mode-${h.id}`} data-testid={`memory-mode-${mode}`} checked={cfg.translation === mode} onChange={() => void sendCommand({ type: 'setTranslation', host: h.id, mode })} />{' '}
            {t(`memory.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        {FEATURES.map((f) => (
          <label key={f}>
            <input type="checkbox" data-testid={`memory-feature-${f}`} checked={cfg[f]} onChange={(e) => void sendCommand({ type: 'setMemoryFeature', host: h.id, feature: f, on: e.target.checked })} /> {t(`memory.feature.${f}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('memory.policy.label')}{' '}
        <select data-testid="memory-policy" value={cfg.policy} onChange={(e) => void sendCommand({ type: 'setReclaimPolicy', host: h.id, policy: e.target.value as (typeof POLICIES)[number] })}>
          {POLICIES.map((p) => (
            <option key={p} value={p}>
              {t(`memory.policy.${p}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('memory.guestPolicy.label')}{' '}
        <select data-testid="memory-guest-policy" value={cfg.guestPolicy} onChange={(e) => void sendCommand({ type: 'setGuestPolicy', host: h.id, policy: e.target.value as (typeof POLICIES)[number] })}>
          {POLICIES.map((p) => (
            <option key={p} value={p}>
              {t(`memory.policy.${p}`)}
            </option>
          ))}
        </select>
      </label>
    </details>
  );
}
