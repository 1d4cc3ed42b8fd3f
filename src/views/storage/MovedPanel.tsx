/**
 * "What moved": after a rebalance, each array's fill before and after side by side,
 * the replicas that moved, the GiB copied against the least any layout must copy (the
 * new arrays' fair share), and what each policy would have moved for the same change.
 */
import { placementPolicies, type StorageSnapshot } from '../../engine';
import { useT } from '../../i18n';
import { v } from '../../theme/tokens';
import { useLabelSize } from '../shared/labels';

const BAR_W = 120;

export function MovedPanel({ st }: { st: StorageSnapshot }) {
  const t = useT();
  const fs = useLabelSize()(10);
  const m = st.lastMove;
  if (m === null) return null;
  const name = (a: number): string => (a < 0 ? '—' : (st.arrays[a]?.name ?? '?'));
  return (
    <section className="storage-moved" data-testid="storage-moved" aria-label={t('storage.moved.title', { tick: m.tick, policy: t(`storage.policy.${m.policy}`) })}>
      <h3>{t('storage.moved.title', { tick: m.tick, policy: t(`storage.policy.${m.policy}`) })}</h3>
      <p>
        {m.fairGiB > 0
          ? t('storage.moved.summary', { moved: Math.round(m.movedGiB), total: Math.round(m.totalGiB), fair: Math.round(m.fairGiB) })
          : t('storage.moved.summaryNoNew', { moved: Math.round(m.movedGiB), total: Math.round(m.totalGiB), policy: t(`storage.policy.${m.policy}`) })}
      </p>
      <table className="storage-moved-table">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('storage.moved.before')}</th>
            <th scope="col">{t('storage.moved.after')}</th>
          </tr>
        </thead>
        <tbody>
          {st.arrays.map((a, i) => {
            const cap = a.capacityGiB;
            const before = m.usedBefore[i] ?? 0;
            const after = m.usedAfter[i] ?? 0;
            const bar = (gib: number) => (
              <svg width={BAR_W + 4 + fs * 3} height={Math.max(14, fs + 4)} aria-hidden="true">
                <rect x={0} y={1} width={BAR_W} height={12} style={{ fill: v('surface2'), stroke: v('border') }} />
                <rect x={0} y={1} width={(BAR_W * Math.min(gib, cap)) / cap} height={12} style={{ fill: v('memUsed') }} />
                <text x={BAR_W + 4} y={7} dominantBaseline="central" style={{ fontSize: fs, fill: v('text') }}>{Math.round(gib)}</text>
              </svg>
            );
            return (
              <tr key={a.id}>
                <th scope="row">{i >= m.usedBefore.length ? `${a.name} (${t('storage.moved.new')})` : a.name}</th>
                <td>{i < m.usedBefore.length ? bar(before) : '—'}</td>
                <td>{bar(after)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {m.fairGiB > 0 ? (
        <>
          <p>{t('storage.moved.byPolicy')}</p>
          <ul>
            {placementPolicies.map((p) => (
              <li key={p}>{t('storage.moved.policyRow', { policy: t(`storage.policy.${p}`), gib: Math.round(m.byPolicy[p]), x: m.fairGiB > 0 ? (m.byPolicy[p] / m.fairGiB).toFixed(1) : '—' })}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('storage.moved.noArrayChange')}</p>
      )}
      {m.moves.length === 0 ? (
        <p>{t('storage.moved.none')}</p>
      ) : (
        <ul className="storage-moves">
          {m.moves.slice(0, 12).map((mv) => (
            <li key={`${mv.volume}:${mv.to}`}>{t('storage.moved.move', { volume: mv.volume, from: name(mv.from), to: name(mv.to), gib: Math.round(mv.gib) })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
