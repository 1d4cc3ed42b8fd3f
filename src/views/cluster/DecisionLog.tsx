/**
 * Every cluster decision with its reason, newest first: placements (with the table of
 * candidate hosts the policy ranked: free memory, fits or not, chosen), DRS moves,
 * manual migrations and their results, host failures and HA restarts (or why a VM
 * could not be restarted anywhere).
 */
import type { Decision } from '../../engine';
import { useT } from '../../i18n';
import { keepNames } from '../shared/keepNames';

const GLYPH: Readonly<Record<Decision['kind'], string>> = { place: '＋', drs: '⚖', migrate: '⇢', migrated: '✓', ha: '↻', haFail: '✗', fail: '⚡', repair: '🔧' };

function Candidates({ d }: { d: Decision }) {
  const t = useT();
  return (
    <table className="ct-table" data-testid="cl-candidates">
      <caption>{t('cluster.cand.title')}</caption>
      <thead>
        <tr><th scope="col">{t('cluster.cand.host')}</th><th scope="col">{t('cluster.cand.free')}</th><th scope="col">{t('cluster.cand.vms')}</th><th scope="col">{t('cluster.cand.fits')}</th></tr>
      </thead>
      <tbody>
        {d.candidates.map((c) => (
          <tr key={c.host}>
            <td>{c.chosen ? `★ ${c.host}` : c.host}</td>
            <td>{t('cluster.mibOf', { free: Math.round(c.freeMiB), need: c.needMiB })}</td>
            <td>{c.vms}</td>
            <td>{c.failed ? t('cluster.cand.failed') : c.fits ? t('cluster.cand.yes') : t('cluster.cand.no')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DecisionLog({ list }: { list: Decision[] }) {
  const t = useT();
  const withCandidates = list.findLast((d) => d.candidates.length > 0);
  return (
    <section className="cl-log" aria-labelledby="cl-log-h" data-testid="cl-log">
      <h3 id="cl-log-h">{t('cluster.log.title')}</h3>
      {list.length === 0 && <p className="muted">{t('cluster.log.empty')}</p>}
      <ol reversed>
        {list.toReversed().slice(0, 12).map((d) => (
          <li key={d.seq}>
            <span aria-hidden="true">{GLYPH[d.kind]} </span>
            <span className="muted">{t('cluster.at', { s: (d.tick / 1000).toFixed(1) })} </span>
            {keepNames(t(d.message.key, d.message.params))}
          </li>
        ))}
      </ol>
      {withCandidates !== undefined && <Candidates d={withCandidates} />}
    </section>
  );
}
