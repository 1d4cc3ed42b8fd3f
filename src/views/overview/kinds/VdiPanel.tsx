/**
 * VDI in the Overview: each thin client beside the desktop VM it shows, with where the
 * processing (the desktop's vCPUs, live) and the data (its virtual disk on the
 * data-centre storage) really are, and the remote-display traffic that is all the
 * client receives. Stopping a desktop (an engine command) leaves its client with
 * nothing to show: nothing runs on the client itself.
 */
import { sendCommand } from '../../../store';
import { POWER, type Scenario } from '../../../engine';
import { useT } from '../../../i18n';
import { selectTopology, useStore } from '../../../store';
import { rowsEqual, useSnapshot } from '../../shared/useSnapshot';
import { keepNames } from '../../shared/keepNames';
import { desktopFacts } from './kinds';

export function VdiPanel({ scenario }: { scenario: Scenario }) {
  const t = useT();
  const topology = useStore(selectTopology);
  // Whole per-cent steps: the text changes when a number a person reads changes.
  const facts = useSnapshot((s) => desktopFacts(scenario, s).map((f) => ({ ...f, util: Math.round(f.util * 100) / 100 })), 4, rowsEqual);
  if (facts === null || topology === null) return null;
  return (
    <div className="kinds-vdi" data-testid="kinds-vdi">
      <div className="kinds-cols">
        <h4 className="kinds-h-client">{t('overview.kinds.vdi.clients')}</h4>
        <span />
        <h4 className="kinds-h-dc">{t('overview.kinds.vdi.dc')}</h4>
      </div>
      {facts.map((f) => {
        const vmId = topology.vms[f.vmIndex]?.id ?? '';
        const on = f.power !== POWER.off;
        return (
          // data-answer: a part to read (course step 8 shows its first row whole, useTaskInView).
          <div key={f.client} className="kinds-cols kinds-row" data-client={f.client} data-answer="">
            <div className="kinds-box kinds-client">
              <strong>▭ {f.client}</strong>
              <span>{keepNames(on ? t('overview.kinds.vdi.showing', { vm: f.vm }) : t('overview.kinds.vdi.blank'))}</span>
              <span className="muted">{t('overview.kinds.vdi.noData')}</span>
            </div>
            <div className="kinds-wire" aria-hidden="true">
              {/* Side by side the screen comes back from the right; stacked (a narrow frame), from below. */}
              <span>
                {t('overview.kinds.vdi.pixels')} <span className="kinds-across">←</span>
                <span className="kinds-down">↑</span>
              </span>
              <span>
                <span className="kinds-across">→</span>
                <span className="kinds-down">↓</span> {t('overview.kinds.vdi.input')}
              </span>
            </div>
            <div className="kinds-box kinds-desktop">
              <strong>
                {keepNames(`${f.vm} · ${t('overview.kinds.vdi.onHost', { host: f.host })}`)}
              </strong>
              <span data-testid={`kinds-cpu-${vmId}`}>⚙ {t('overview.kinds.vdi.processing', { pct: Math.round(f.util * 100) })}</span>
              <span>◫ {keepNames(t('overview.kinds.vdi.data', { gib: f.diskGiB, storage: f.storage }))}</span>
              <span className="muted">{t('overview.kinds.vdi.screens', { n: f.screens })}</span>
              <button type="button" data-testid={`kinds-power-${vmId}`} onClick={() => void sendCommand({ type: on ? 'stopVm' : 'startVm', vm: vmId })}>
                {on ? t('overview.kinds.vdi.stop') : t('overview.kinds.vdi.start')}
              </button>
            </div>
          </div>
        );
      })}
      <table className="kinds-where">
        <caption>{t('overview.kinds.vdi.whereTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('overview.kinds.vdi.clientCol')}</th>
            <th scope="col">{t('overview.kinds.vdi.dcCol')}</th>
          </tr>
        </thead>
        <tbody>
          {(['processing', 'storage', 'screen'] as const).map((k) => (
            <tr key={k}>
              <th scope="row">{t(`overview.kinds.vdi.where.${k}`)}</th>
              <td>{k === 'screen' ? `✓ ${t('overview.kinds.yes')}` : `✗ ${t('overview.kinds.no')}`}</td>
              <td>{k === 'screen' ? `✗ ${t('overview.kinds.no')}` : `✓ ${t('overview.kinds.yes')}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
