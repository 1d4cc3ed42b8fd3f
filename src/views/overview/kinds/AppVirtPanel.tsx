/**
 * Application virtualization in the Overview, drawn from the engine's sandbox model (the
 * snapshot's appvirt part): the sandboxes side by side, each its layer over the OS layer
 * below. Rows line up across the sandboxes, one per path any of them wrote: a sandbox's
 * own copy (new, or a copy hiding an OS entry from that app only), or the OS showing
 * through where it has none; an OS entry some sandbox hides says from which apps. Each card has its latest read (from its layer, or fallen
 * through to the OS); the OS card is checked against how it was installed. Write, read
 * and remove send the engine's commands.
 */
import { useState } from 'react';
import { OS_BASE, type SandboxSnapshot, type Scenario, type Snapshot } from '../../../engine';
import { useT } from '../../../i18n';
import { sendCommand } from '../../../store';
import { useSnapshot } from '../../shared/useSnapshot';
import { sandboxFacts, shortPath, type SandboxFacts, type SeesCell } from './kinds';

const select = (s: Snapshot): SandboxFacts[] => sandboxFacts(s.appvirt);
const jsonEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const FROM_MARK = { layer: '●', os: '↓', none: '∅' } as const;
const FROM_KEY = { layer: 'appvirt.fromLayer', os: 'appvirt.fromOs', none: 'appvirt.fromNone' } as const;

interface CardProps {
  b: SandboxSnapshot;
  rows: readonly string[];
  sees: readonly SeesCell[] | null;
  choices: readonly string[];
}

function SandboxCard({ b, rows, sees, choices }: CardProps) {
  const t = useT();
  const [path, setPath] = useState(choices[0] ?? '');
  const r = b.lastRead;
  return (
    <div className="appv-box" data-testid={`appv-box-${b.id}`} data-removed={b.removed}>
      <div className="appv-head">
        <strong>▣ {b.name}</strong>
        <span className="muted appv-small">{t('appvirt.writes', { n: b.writes })}</span>
        {!b.removed && (
          <button type="button" data-testid={`appv-remove-${b.id}`} aria-label={t('appvirt.removeApp', { app: b.name })} onClick={() => void sendCommand({ type: 'removeSandbox', sandbox: b.id })}>
            {t('appvirt.remove', { app: b.name })}
          </button>
        )}
      </div>
      {sees === null ? (
        <p data-testid={`appv-removed-${b.id}`}>{t('appvirt.removed')}</p>
      ) : (
        <>
          <ul className="appv-entries" data-testid={`appv-layer-${b.id}`}>
            {rows.length === 0 && <li className="muted">{t('appvirt.layerEmpty')}</li>}
            {rows.map((p, i) => {
              const c = sees[i];
              const own = b.layer.find((e) => e.path === p);
              if (c?.from === 'layer' && own !== undefined) {
                return (
                  <li key={p} className={`appv-own${p === b.lastWritePath ? ' appv-latest' : ''}`} data-path={p}>
                    {own.shadows ? '◆' : '+'} <code>{shortPath(p)}</code> = <b>{c.value}</b>
                  </li>
                );
              }
              return (
                <li key={p} className="appv-through muted" data-path={p}>
                  {FROM_MARK[c?.from ?? 'none']} <code>{shortPath(p)}</code> = {c?.value ?? t('appvirt.none')}
                </li>
              );
            })}
          </ul>
          <span className="appv-read" data-testid={`appv-read-${b.id}`} data-from={r?.from ?? ''}>
            {t('appvirt.lastRead')}:{' '}
            {r === null ? (
              t('appvirt.noRead')
            ) : (
              <>
                <code>{shortPath(r.path)}</code> → <b>{r.value ?? t('appvirt.none')}</b> {FROM_MARK[r.from]} {t(FROM_KEY[r.from])}
              </>
            )}
          </span>
          <div className="actions">
            <select aria-label={t('appvirt.path', { app: b.name })} data-testid={`appv-path-${b.id}`} value={path} onChange={(ev) => setPath(ev.target.value)}>
              {choices.map((p) => (
                <option key={p} value={p}>
                  {shortPath(p)}
                </option>
              ))}
            </select>
            <button type="button" data-testid={`appv-write-${b.id}`} onClick={() => void sendCommand({ type: 'sandboxWrite', sandbox: b.id, path, value: `${b.name} #${b.writes + 1}`.slice(-40) })}>
              {t('appvirt.write')}
            </button>
            <button type="button" data-testid={`appv-readbtn-${b.id}`} onClick={() => void sendCommand({ type: 'sandboxRead', sandbox: b.id, path })}>
              {t('appvirt.read')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function VmLayers({ f, scenario }: { f: SandboxFacts; scenario: Scenario }) {
  const t = useT();
  const vm = scenario.vms.find((v) => v.id === f.vm)?.name ?? f.vm;
  const n = OS_BASE.length;
  const choicesOf = (id: string): string[] => [...new Set([...(scenario.appSandboxes.find((a) => a.id === id)?.writes ?? []), ...OS_BASE.map((e) => e.path)])];
  return (
    <div className="appv-vm" data-testid={`appv-vm-${f.vm}`}>
      <div className="appv-boxes">
        {f.boxes.map((b, i) => (
          <SandboxCard key={b.id} b={b} rows={f.paths} sees={f.sees[i] ?? null} choices={choicesOf(b.id)} />
        ))}
      </div>
      <div className="appv-os" data-testid="appv-os">
        <strong>
          ▤ {t('appvirt.os', { vm })}{' '}
          <span data-testid="appv-os-state" data-same={f.same} data-n={n} className={f.same === n ? 'appv-ok' : 'appv-bad'}>
            {f.same === n ? `✓ ${t('appvirt.osSame', { same: f.same, n })}` : `⚠ ${t('appvirt.osChanged', { same: f.same, n })}`}
          </span>
        </strong>
        <ul className="appv-entries appv-os-list">
          {f.os.map((r) => (
            <li key={r.path} className={r.readBy.length > 0 ? 'appv-latest' : undefined}>
              <code>{shortPath(r.path)}</code> = <b>{r.value}</b>
              {/* Said in words on the entry (a tooltip would say it only to a mouse). */}
              {r.hiddenFrom.length > 0 && <span className="muted appv-hidden" data-testid="appv-hidden-from" data-hidden-from={r.hiddenFrom.join(',')}>◆ {t('appvirt.hiddenFrom', { apps: r.hiddenFrom.join(', ') })}</span>}
              {r.readBy.map((a) => (
                <span key={a}> ↓ {t('appvirt.readBy', { app: a })}</span>
              ))}
            </li>
          ))}
        </ul>
      </div>
      <p className="muted appv-small">{t('appvirt.legend')}</p>
      <FullPaths paths={[...f.paths, ...f.os.map((r) => r.path), ...f.boxes.flatMap((b) => (b.lastRead === null ? [] : [b.lastRead.path]))]} />
    </div>
  );
}

/** The paths the cards shorten, each in full, under them (a tooltip would say it only to a mouse). */
function FullPaths({ paths }: { paths: readonly string[] }) {
  const t = useT();
  const long = [...new Set(paths)].filter((p) => shortPath(p) !== p);
  if (long.length === 0) return null;
  return (
    <p className="muted appv-small appv-paths" data-testid="appv-full-paths">
      {t('appvirt.fullPaths')}:{' '}
      {long.map((p, i) => (
        <span key={p}>
          {i > 0 && ' · '}
          <code>{p}</code>
        </span>
      ))}
    </p>
  );
}

export function AppVirtPanel({ scenario }: { scenario: Scenario }) {
  const t = useT();
  const facts = useSnapshot(select, 4, jsonEqual);
  if (facts === null) return null;
  return (
    <div className="kinds-apps">
      {facts.map((f) => (
        <VmLayers key={f.vm} f={f} scenario={scenario} />
      ))}
      <p className="muted">{t('appvirt.why')}</p>
    </div>
  );
}
