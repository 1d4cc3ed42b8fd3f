/**
 * The host's memory settings, as engine commands (logged, replayed on step-back and
 * refused with a translated notice when they change nothing): translation scheme,
 * the features of the reclaim ladder, the host reclaim policy and the guests' policy.
 * The radios show the paging the host really uses (paging.ts, from the engine); where its
 * technique or CPU fixes it (binary translation shadows, a paravirtual guest pages
 * directly, first-generation VT-x has no EPT) they are disabled and the reason is said;
 * so is the tagged TLB on first-generation VT-x, which has no VPID.
 */
import { sendCommand } from '../../store';
import { tlbTagFixedBy, tlbTaggedOf, type Topology } from '../../engine';
import { useT } from '../../i18n';
import { pagingView } from './paging';

const FEATURES = ['pageSharing', 'interVmSharing', 'ballooning', 'compression', 'largePages', 'taggedTlb', 'idleMemoryTax'] as const;
const POLICIES = ['clock', 'lru', 'fifo', 'rand'] as const;

/** The paging radios: shadow and nested, plus direct on a paravirtual host (the only one that pages directly). */
function PagingChoice({ hv, id }: { hv: Topology['hosts'][number]['hypervisor']; id: string }) {
  const t = useT();
  const { mode, choices, fixed } = pagingView(hv);
  return (
    <fieldset data-testid="memory-paging" data-paging={mode}>
      {choices.map((m) => (
        <label key={m}>
          <input
            type="radio"
            name={`mem-mode-${id}`}
            data-testid={`memory-mode-${m}`}
            checked={mode === m}
            disabled={fixed !== ''}
            onChange={() => void (m === 'direct' ? undefined : sendCommand({ type: 'setTranslation', host: id, mode: m }))}
          />{' '}
          {t(`memory.mode.${m}`)}
        </label>
      ))}
      {fixed === '' ? null : (
        <p className="muted mem-fixed" data-testid="memory-paging-fixed">
          {t(fixed)}
        </p>
      )}
    </fieldset>
  );
}

export function MemoryControls({ topology, host }: { topology: Topology; host: number }) {
  const t = useT();
  const h = topology.hosts[host];
  if (h === undefined) return null;
  const cfg = h.hypervisor.memory;
  return (
    <details className="mem-controls" open>
      <summary>{t('memory.controls.title', { host: h.name })}</summary>
      <PagingChoice hv={h.hypervisor} id={h.id} />
      <fieldset>
        {FEATURES.map((f) => {
          // First-generation VT-x has no VPID: the tagged TLB is off and cannot be turned on (the engine refuses it too).
          const fixed = f === 'taggedTlb' ? tlbTagFixedBy(h.hypervisor) : '';
          return (
            <label key={f}>
              <input
                type="checkbox"
                data-testid={`memory-feature-${f}`}
                checked={f === 'taggedTlb' ? tlbTaggedOf(h.hypervisor) : cfg[f]}
                disabled={fixed !== ''}
                onChange={(e) => void sendCommand({ type: 'setMemoryFeature', host: h.id, feature: f, on: e.target.checked })}
              />{' '}
              {t(`memory.feature.${f}`)}
              {fixed === '' ? null : (
                <span className="muted mem-fixed" data-testid="memory-tlb-fixed">
                  {' '}
                  {t(fixed)}
                </span>
              )}
            </label>
          );
        })}
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
