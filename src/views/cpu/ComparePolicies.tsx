/**
 * The "compare the three policies" panel: one button replays this world under each
 * policy and shows, per VM, how much CPU it got and how long it waited, side by side,
 * with the number of context switches. The words under the table say what to look for.
 */
import { useState } from 'react';
import { useT } from '../../i18n';
import { useStore } from '../../store';
import { comparePolicies, type PolicyRow } from './compare';

export function ComparePolicies() {
  const t = useT();
  const [result, setResult] = useState<{ ticks: number; rows: PolicyRow[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = (): void => {
    const s = useStore.getState();
    if (s.scenario === null) return;
    setBusy(true);
    const scenario = s.scenario;
    const log = s.log;
    const upTo = s.snapshot?.tick ?? 0;
    setTimeout(() => {
      setResult(comparePolicies(scenario, log, upTo));
      setBusy(false);
    }, 0);
  };
  const vms = result?.rows[0]?.vms ?? [];
  return (
    <section className="cpu-compare" data-testid="cpu-compare" aria-label={t('cpu.compare.title')}>
      <h3>{t('cpu.compare.title')}</h3>
      <p className="muted">{t('cpu.compare.help')}</p>
      <button type="button" data-testid="cpu-compare-run" onClick={run} disabled={busy}>
        {busy ? t('cpu.compare.busy') : t('cpu.compare.run')}
      </button>
      {result !== null && (
        <>
          <p>{t('cpu.compare.window', { s: (result.ticks / 1000).toFixed(0) })}</p>
          <table className="cpu-compare-table">
            <thead>
              <tr>
                <th scope="col">{t('cpu.vms.vm')}</th>
                {result.rows.map((r) => (
                  <th scope="col" key={r.policy}>
                    {t(`cpu.policy.${r.policy}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {vms.map((vm, i) => (
                <tr key={vm.id}>
                  <th scope="row">{vm.name}</th>
                  {result.rows.map((r) => {
                    const x = r.vms[i];
                    return <td key={r.policy}>{x === undefined ? '–' : t('cpu.compare.cell', { run: x.run.toFixed(0), ready: x.ready.toFixed(1), costop: x.costop.toFixed(1) })}</td>;
                  })}
                </tr>
              ))}
              <tr>
                <th scope="row">{t('cpu.compare.switches')}</th>
                {result.rows.map((r) => (
                  <td key={r.policy}>{r.contextSwitches}</td>
                ))}
              </tr>
            </tbody>
          </table>
          <p className="muted">{t('cpu.compare.lesson')}</p>
        </>
      )}
    </section>
  );
}
