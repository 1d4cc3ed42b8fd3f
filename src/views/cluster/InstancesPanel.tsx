/**
 * Instances on request, in the Cluster lens: a request form (type, template, full or
 * linked clone), then each request drawn as a time line (waiting in the queue, cloning
 * its disk, booting) up to now, with where it landed and why, how long it took, and the
 * disk it takes; and a sentence comparing linked and full clones from the same rows.
 */
import { useState } from 'react';
import { cloneKinds, INSTANCE_TYPES, instanceTypes, templates, type CloneKind, type InstanceTypeId, type Snapshot, type TemplateId } from '../../engine';
import { useT, withUnit } from '../../i18n';
import { sendCommand } from '../../store';
import { v } from '../../theme/tokens';
import { instanceRows, instancesSentence, type InstanceRow, type Span } from './layoutInstances';

const ROW_H = 22;
const LABEL_W = 70;
const W = 520;
const PHASE_TOKEN = { queued: 'surface2', cloning: 'accent', booting: 'warn' } as const;

function nextName(snap: Snapshot): string {
  const taken = new Set([...snap.topology.vms.map((x) => x.id), ...snap.fleet.instances.map((r) => r.name)]);
  for (let i = 1; ; i++) if (!taken.has(`vm-${i}`)) return `vm-${i}`;
}

function RequestForm({ snap }: { snap: Snapshot }) {
  const t = useT();
  const [type, setType] = useState<InstanceTypeId>('small');
  const [template, setTemplate] = useState<TemplateId>('ubuntu-22.04');
  const [clone, setClone] = useState<CloneKind>('linked');
  return (
    <div className="inst-form">
      <label>
        {t('instances.type')}{' '}
        <select value={type} data-testid="inst-type" onChange={(e) => setType(e.target.value as InstanceTypeId)}>
          {instanceTypes.map((k) => (
            <option key={k} value={k}>{t('instances.typeOption', { type: k, vcpus: INSTANCE_TYPES[k].vcpus, gib: INSTANCE_TYPES[k].memoryMiB / 1024, disk: INSTANCE_TYPES[k].diskGiB })}</option>
          ))}
        </select>
      </label>
      <label>
        {t('instances.template')}{' '}
        <select value={template} data-testid="inst-template" onChange={(e) => setTemplate(e.target.value as TemplateId)}>
          {templates.map((k) => <option key={k} value={k}>{k}</option>)}
        </select>
      </label>
      <fieldset className="radio-row">
        <legend>{t('instances.clone')}</legend>
        {cloneKinds.map((k) => (
          <label key={k}>
            <input type="radio" name="inst-clone" checked={clone === k} data-testid={`inst-clone-${k}`} onChange={() => setClone(k)} /> {t(`clone.${k}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="primary" data-testid="inst-request" onClick={() => void sendCommand({ type: 'requestInstance', name: nextName(snap), instanceType: type, template, clone })}>
        {t('instances.request')}
      </button>
    </div>
  );
}

function Bar({ s, x0, scale, y }: { s: Span; x0: number; scale: number; y: number }) {
  return <rect x={LABEL_W + (s.from - x0) * scale} y={y + 4} width={Math.max(1, (s.to - s.from) * scale)} height={ROW_H - 8} style={{ fill: v(PHASE_TOKEN[s.phase]), stroke: v('border') }} />;
}

function Timeline({ rows, now }: { rows: InstanceRow[]; now: number }) {
  const t = useT();
  const x0 = Math.min(...rows.map((r) => r.rec.requestedAt));
  const span = Math.max(10_000, now - x0);
  const scale = (W - LABEL_W - 110) / span;
  const h = rows.length * ROW_H + 18;
  return (
    <svg viewBox={`0 0 ${W} ${h}`} className="inst-timeline" role="img" aria-label={t('instances.timelineLabel')}>
      {rows.map((r, i) => {
        const y = i * ROW_H;
        const endX = LABEL_W + ((r.spans.at(-1)?.to ?? r.rec.requestedAt) - x0) * scale;
        const tail = r.rec.state === 'failed' ? `✕ ${t('instances.failed')}` : r.readyS !== null ? `● ${r.rec.host} · ${withUnit(r.readyS.toFixed(1), 's')}` : r.rec.host === '' ? t('instances.waiting') : `… ${r.rec.host}`;
        return (
          <g key={r.rec.name} data-testid={`inst-line-${r.rec.name}`} data-state={r.rec.state}>
            <text x={0} y={y + 15} style={{ fontSize: 12, fontWeight: 700, fill: v('text') }}>{r.rec.name}</text>
            {r.spans.map((s) => <Bar key={s.phase} s={s} x0={x0} scale={scale} y={y} />)}
            <text x={endX + 4} y={y + 15} style={{ fontSize: 12, fill: r.rec.state === 'failed' ? v('danger') : v('text') }}>{tail}</text>
          </g>
        );
      })}
      <g transform={`translate(${LABEL_W}, ${h - 4})`} style={{ fontSize: 12, fill: v('text') }}>
        {(['queued', 'cloning', 'booting'] as const).map((p, k) => (
          <g key={p} transform={`translate(${k * 130}, 0)`}>
            <rect x={0} y={-9} width={10} height={10} style={{ fill: v(PHASE_TOKEN[p]), stroke: v('border') }} />
            <text x={14} y={0}>{t(`instances.phase.${p}`)}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}

export function InstancesPanel({ snap }: { snap: Snapshot }) {
  const t = useT();
  const rows = instanceRows(snap);
  const says = instancesSentence(rows);
  return (
    <section className="inst-panel" aria-label={t('instances.title')} data-testid="inst-panel">
      <h3>{t('instances.title')}</h3>
      <RequestForm snap={snap} />
      {rows.length > 0 && <Timeline rows={rows} now={snap.tick} />}
      {says !== null && <p data-testid="inst-says">{t(says.key, says.params)}</p>}
      {rows.length > 0 && (
        <div className="inst-table-wrap">
          <table className="inst-table">
            <thead>
              <tr>
                <th scope="col">{t('instances.col.name')}</th>
                <th scope="col">{t('instances.col.asked')}</th>
                <th scope="col">{t('instances.col.where')}</th>
                <th scope="col">{t('instances.col.ready')}</th>
                <th scope="col">{t('instances.col.disk')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.rec.name} data-testid={`inst-row-${r.rec.name}`}>
                  <th scope="row">{r.rec.name}</th>
                  <td>{t('instances.asked', { type: r.rec.type, template: r.rec.template, clone: t(`clone.${r.rec.clone}`) })}</td>
                  <td>{r.rec.reason === null ? t('instances.waiting') : t(r.rec.reason.key, r.rec.reason.params ?? {})}</td>
                  <td>{r.readyS === null ? t(`instances.state.${r.rec.state}`) : t('instances.seconds', { s: r.readyS.toFixed(1) })}</td>
                  <td>{r.rec.clone === 'linked' ? t('instances.diskLinked', { gib: r.rec.diskGiB.toFixed(2), saved: r.savedGiB.toFixed(1) }) : t('instances.diskFull', { gib: r.rec.diskGiB.toFixed(1) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
