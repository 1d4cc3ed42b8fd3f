/**
 * Application virtualization in the Overview: the app packaged in a sandbox layer that
 * sits between it and the guest OS. Step through the app's writes and see each one
 * redirected into the layer ("not installed, but runs as if installed"), or switch to
 * "installed normally" and see the same writes change the OS; then remove the app and
 * compare what is left behind. Purely explanatory: it sends no engine command.
 */
import { useState } from 'react';
import type { Scenario } from '../../../engine';
import { useT } from '../../../i18n';
import { writeFacts } from './kinds';

type Sandbox = Scenario['appSandboxes'][number];

function SandboxView({ sb, vmName }: { sb: Sandbox; vmName: string }) {
  const t = useT();
  const [virtualized, setVirtualized] = useState(true);
  const [done, setDone] = useState(0);
  const [removed, setRemoved] = useState(false);
  const facts = writeFacts(sb.id, sb.writes, virtualized).slice(0, done);
  const reset = (v: boolean): void => {
    setVirtualized(v);
    setDone(0);
    setRemoved(false);
  };
  const leftovers = removed && !virtualized ? facts : [];
  return (
    <div className="kinds-app" data-testid={`kinds-app-${sb.id}`}>
      <fieldset className="radio-row">
        <legend>{t('overview.kinds.app.how', { app: sb.name })}</legend>
        <label>
          <input type="radio" name={`kinds-app-${sb.id}`} data-testid="kinds-app-virtualized" checked={virtualized} onChange={() => reset(true)} />
          {t('overview.kinds.app.virtualized')}
        </label>
        <label>
          <input type="radio" name={`kinds-app-${sb.id}`} data-testid="kinds-app-installed" checked={!virtualized} onChange={() => reset(false)} />
          {t('overview.kinds.app.installed')}
        </label>
      </fieldset>
      <div className="kinds-stack">
        <div className="kinds-layer kinds-layer-app">{removed ? t('overview.kinds.app.gone') : `▣ ${sb.name}`}</div>
        {virtualized && (
          <div className="kinds-layer kinds-layer-sandbox" data-testid="kinds-sandbox">
            <strong>{t('overview.kinds.app.layer')}</strong>
            {removed ? <span className="muted">{t('overview.kinds.app.layerRemoved')}</span> : facts.map((f) => <span key={f.path}>↪ {f.landsAt}</span>)}
          </div>
        )}
        <div className="kinds-layer kinds-layer-os" data-testid="kinds-os">
          <strong>{t('overview.kinds.app.os', { vm: vmName })}</strong>
          {facts.filter((f) => f.touchesOs).length === 0 && <span className="muted">{t('overview.kinds.app.osClean')}</span>}
          {(removed ? leftovers : facts.filter((f) => f.touchesOs)).map((f) => (
            <span key={f.path}>⚠ {removed ? t('overview.kinds.app.leftover', { path: f.path }) : t('overview.kinds.app.changed', { path: f.path })}</span>
          ))}
        </div>
      </div>
      <div className="actions">
        <button type="button" data-testid="kinds-app-write" disabled={done >= sb.writes.length || removed} onClick={() => setDone((d) => d + 1)}>
          {t('overview.kinds.app.write', { path: sb.writes[done] ?? '' })}
        </button>
        <button type="button" data-testid="kinds-app-remove" disabled={removed} onClick={() => setRemoved(true)}>
          {t('overview.kinds.app.remove')}
        </button>
      </div>
      <p className="muted">{virtualized ? t('overview.kinds.app.whyVirtual') : t('overview.kinds.app.whyInstalled')}</p>
    </div>
  );
}

export function AppVirtPanel({ scenario }: { scenario: Scenario }) {
  return (
    <div className="kinds-apps">
      {scenario.appSandboxes.map((sb) => (
        <SandboxView key={sb.id} sb={sb} vmName={scenario.vms.find((v) => v.id === sb.vm)?.name ?? sb.vm} />
      ))}
    </div>
  );
}
