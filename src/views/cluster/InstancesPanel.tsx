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
import { useWidth } from '../../ui/useWidth';
import { useLabelSize } from '../shared/labels';
import { instanceRows, instancesSentence, layoutTimeline, type InstanceRow } from './layoutInstances';

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

function Timeline({ rows, now }: { rows: InstanceRow[]; now: number }) {
  const t = useT();
  const [ref, frameW] = useWidth<HTMLDivElement>(320);
  // Drawn 1:1 at the width it has (at most 900 px), its labels 12 px on a phone, 15 px on wider frames (the old
  // drawing's 14.8 px there), 16 px on a desktop's, never under the projector's floor.
  const width = Math.min(900, frameW);
  const ls = useLabelSize();
  const px = ls(frameW >= 1200 ? 16 : frameW >= 480 ? 15 : 12);
  const tails = rows.map((r) => (r.rec.state === 'failed' ? `✕ ${t('instances.failed')}` : r.readyS !== null ? `● ${r.rec.host} · ${withUnit(r.readyS.toFixed(1), 's')}` : r.rec.host === '' ? t('instances.waiting') : `… ${r.rec.host}`));
  const keys = { queued: t('instances.phase.queued'), cloning: t('instances.phase.cloning'), booting: t('instances.phase.booting') };
  const L = layoutTimeline(rows, now, tails, keys, width, px);
  const base = Math.round(L.rowH / 2 + px * 0.35);
  return (
    <div ref={ref} className="inst-timeline-frame">
      <svg width={L.width} height={L.height} viewBox={`0 0 ${L.width} ${L.height}`} className="inst-timeline" role="img" aria-label={t('instances.timelineLabel')} data-drawing>
        {L.rows.map((r, i) => {
          const rec = rows[i]?.rec;
          return (
            <g key={r.name} data-testid={`inst-line-${r.name}`} data-state={rec?.state}>
              <text x={0} y={r.y + base} style={{ fontSize: px, fontWeight: 700, fill: v('text') }}>{r.name}</text>
              {r.bars.map((b) => <rect key={b.phase} x={b.x} y={r.y + 3} width={b.w} height={L.rowH - 6} style={{ fill: v(PHASE_TOKEN[b.phase]), stroke: v('border') }} />)}
              <text x={r.tail.x} y={r.y + base} style={{ fontSize: px, fill: rec?.state === 'failed' ? v('danger') : v('text') }}>{r.tail.text}</text>
            </g>
          );
        })}
        {L.legend.map((k) => (
          <g key={k.phase} transform={`translate(${k.x}, ${k.y})`}>
            <rect x={0} y={L.rowH / 2 - 5} width={10} height={10} style={{ fill: v(PHASE_TOKEN[k.phase]), stroke: v('border') }} />
            <text x={14} y={base} style={{ fontSize: px, fill: v('text') }}>{k.text}</text>
          </g>
        ))}
      </svg>
    </div>
  );
}

/** Below this width (px) the table is a list, one block per request, each value under its column's word. */
const NARROW_TABLE_PX = 560;

function Details({ rows, narrow }: { rows: InstanceRow[]; narrow: boolean }) {
  const t = useT();
  const cols = ['name', 'asked', 'where', 'ready', 'disk'] as const;
  const cells = (r: InstanceRow): Record<(typeof cols)[number], string> => ({
    name: r.rec.name,
    asked: t('instances.asked', { type: r.rec.type, template: r.rec.template, clone: t(`clone.${r.rec.clone}`) }),
    where: r.rec.reason === null ? t('instances.waiting') : t(r.rec.reason.key, r.rec.reason.params ?? {}),
    ready: r.readyS === null ? t(`instances.state.${r.rec.state}`) : t('instances.seconds', { s: r.readyS.toFixed(1) }),
    disk: r.rec.clone === 'linked' ? t('instances.diskLinked', { gib: r.rec.diskGiB.toFixed(2), saved: r.savedGiB.toFixed(1) }) : t('instances.diskFull', { gib: r.rec.diskGiB.toFixed(1) }),
  });
  if (narrow) {
    // A phone: each request a block, its values under their columns' words, so nothing runs past the right.
    return (
      <ul className="inst-list" data-testid="inst-list">
        {rows.map((r) => {
          const c = cells(r);
          return (
            <li key={r.rec.name} data-testid={`inst-row-${r.rec.name}`}>
              <h4>{c.name}</h4>
              <dl>
                {cols.slice(1).map((k) => (
                  <div key={k}>
                    <dt>{t(`instances.col.${k}`)}</dt>
                    <dd>{c[k]}</dd>
                  </div>
                ))}
              </dl>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <div className="inst-table-wrap">
      <table className="inst-table">
        <thead>
          <tr>{cols.map((k) => <th key={k} scope="col">{t(`instances.col.${k}`)}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const c = cells(r);
            return (
              <tr key={r.rec.name} data-testid={`inst-row-${r.rec.name}`}>
                <th scope="row">{c.name}</th>
                {cols.slice(1).map((k) => <td key={k}>{c[k]}</td>)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The instances panel, whole (`all`: under the hosts in another lesson), or in two parts for its
 * own lesson: `picture` (its time lines, above the host cards they land on) and `details` (the
 * request form, the sentence and the table, under the hosts).
 */
export function InstancesPanel({ snap, part = 'all' }: { snap: Snapshot; part?: 'all' | 'picture' | 'details' }) {
  const t = useT();
  const [ref, width] = useWidth<HTMLElement>();
  const rows = instanceRows(snap);
  const says = instancesSentence(rows);
  const picture = part !== 'details';
  const details = part !== 'picture';
  return (
    <section ref={ref} className={`inst-panel inst-${part}`} aria-label={t(part === 'details' ? 'instances.details' : 'instances.title')} data-testid={part === 'details' ? 'inst-details' : 'inst-panel'}>
      {picture && <h3>{t('instances.title')}</h3>}
      {details && <RequestForm snap={snap} />}
      {picture && rows.length > 0 && <Timeline rows={rows} now={snap.tick} />}
      {details && says !== null && <p data-testid="inst-says">{t(says.key, says.params)}</p>}
      {details && rows.length > 0 && <Details rows={rows} narrow={width < NARROW_TABLE_PX} />}
    </section>
  );
}
