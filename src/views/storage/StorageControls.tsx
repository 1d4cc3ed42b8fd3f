/**
 * The lens's controls: placement policy (with what it does), rack awareness, a form to
 * create a volume with a predict-then-check exercise (PhET-style: pick the arrays you
 * expect, then check the guess against the engine's own placement, scored) and what thin
 * and thick mean behind a button (tapped, clicked or pressed: no help only a hover shows),
 * add an array to a rack, and rebalance. Every change is an engine command, so it is
 * logged, replayed on step-back, and refused with a translated reason when impossible.
 */
import { sendCommand } from '../../store';
import { useId, useState } from 'react';
import { placementPolicies, type StorageSnapshot, type Topology } from '../../engine';
import { useT } from '../../i18n';
import { freshId } from '../shared/ids';
import { predictPlacement, scoreGuess } from './predict';

/** The prediction shared by the form's buttons and the arrays' targets in the drawing (StorageView holds it). */
export interface Prediction {
  guess: readonly string[];
  reveal: boolean;
  setReveal: (reveal: boolean) => void;
  /** Add or remove an array (by name) from the guess; a changed guess hides the answer again. */
  toggle: (name: string) => void;
  clear: () => void;
}

function CreateVolume({ st, topo, pred }: { st: StorageSnapshot; topo: Topology; pred: Prediction }) {
  const t = useT();
  const [size, setSize] = useState(100);
  const [thin, setThin] = useState(false);
  const [provHelp, setProvHelp] = useState(false);
  const helpId = useId();
  const [replicas, setReplicas] = useState(Math.min(2, Math.max(1, st.arrays.length)));
  const [owner, setOwner] = useState(topo.vms[0]?.id ?? '');
  const { guess, reveal, setReveal, toggle } = pred;
  const id = freshId('vol-', st.volumes.map((v) => v.id));
  const where = predictPlacement(st, { id, sizeGiB: size, thin, replicas });
  const policy = t(`storage.policy.${st.policy}`);
  const create = (): void => {
    void sendCommand({ type: 'createVolume', volume: { id, sizeGiB: size, provisioning: thin ? 'thin' : 'thick', replicas, ...(owner === '' ? {} : { owner }) } });
    pred.clear();
  };
  const score = scoreGuess(guess, where);
  return (
    <fieldset className="storage-create">
      <legend>{t('storage.controls.create')}</legend>
      <label>
        <span>{t('storage.controls.size')}</span>
        <input type="number" min={1} max={65536} value={size} data-testid="storage-size" onChange={(e) => setSize(Math.max(1, Math.min(65536, Math.round(Number(e.target.value) || 1))))} />
      </label>
      <label>
        <span>{t('storage.controls.provisioning')}</span>
        <select value={thin ? 'thin' : 'thick'} onChange={(e) => setThin(e.target.value === 'thin')} aria-describedby={provHelp ? helpId : undefined} data-testid="storage-provisioning">
          <option value="thick">{t('storage.prov.thick')}</option>
          <option value="thin">{t('storage.prov.thin')}</option>
        </select>
      </label>
      {/* What thin and thick mean, behind a button a tap, a click or Enter opens (issue 14: no help that only a hover shows). */}
      <button type="button" className="linkish storage-prov-toggle" aria-expanded={provHelp} aria-controls={provHelp ? helpId : undefined} data-testid="storage-prov-toggle" onClick={() => setProvHelp((o) => !o)}>
        <span aria-hidden="true">{provHelp ? '▾ ' : '▸ '}</span>
        {t('storage.prov.helpToggle')}
      </button>
      {provHelp && (
        <p id={helpId} className="muted storage-prov-help" data-testid="storage-prov-help">
          {t('storage.prov.help')}
        </p>
      )}
      <label>
        <span>{t('storage.controls.replicas')}</span>
        <select value={replicas} data-testid="storage-replicas" onChange={(e) => setReplicas(Number(e.target.value))}>
          {[1, 2, 3].map((n) => (
            <option key={n} value={n}>{n}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('storage.controls.owner')}</span>
        <select value={owner} onChange={(e) => setOwner(e.target.value)}>
          <option value="">{t('storage.controls.noOwner')}</option>
          {topo.vms.map((vm) => (
            <option key={vm.id} value={vm.id}>{vm.name}</option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="storage-create" onClick={create}>{t('storage.controls.create')}</button>
      <div className="storage-guess" role="group" aria-label={t('storage.controls.guessLabel', { n: replicas })} data-testid="storage-guess">
        <span>{t('storage.controls.guessLabel', { n: replicas })}</span>
        {st.arrays.map((a) => (
          <button key={a.id} type="button" aria-pressed={guess.includes(a.name)} disabled={a.failed} data-testid={`storage-guess-${a.name}`} onClick={() => toggle(a.name)}>
            {a.name}
          </button>
        ))}
        <span className="muted">{t('storage.controls.guessHint')}</span>
      </div>
      <p className="storage-predict" data-testid="storage-predict" aria-live="polite">
        {reveal ? (where.length === 0 ? t('storage.controls.predictionNone') : t('storage.controls.prediction', { policy, arrays: where.join(', ') })) : t('storage.controls.predictAsk', { policy })}{' '}
        {reveal && guess.length > 0 && (
          <strong data-testid="storage-guess-score" data-exact={score.exact}>
            {score.exact ? t('storage.controls.guessExact') : t('storage.controls.guessScore', { right: score.right, of: score.of })}
          </strong>
        )}{' '}
        <button type="button" className="linkish" data-testid="storage-reveal" onClick={() => setReveal(!reveal)}>
          {reveal ? t('storage.controls.hidePredict') : guess.length > 0 ? t('storage.controls.check') : t('storage.controls.predict')}
        </button>
      </p>
    </fieldset>
  );
}

function AddArray({ st }: { st: StorageSnapshot }) {
  const t = useT();
  const racks = [...new Set(st.arrays.map((a) => a.rack))];
  const [cap, setCap] = useState(1000);
  const [rack, setRack] = useState(racks[0] ?? 'rack-1');
  const add = (): void => {
    const id = freshId('array-', st.arrays.map((a) => a.id));
    void sendCommand({ type: 'addArray', array: { id, name: id, capacityGiB: cap, iops: 30000, latencyMs: 0.5, rack } });
  };
  const newRack = freshId('rack-', racks);
  return (
    <fieldset className="storage-add">
      <legend>{t('storage.controls.addArray')}</legend>
      <label>
        <span>{t('storage.controls.capacity')}</span>
        <select value={cap} onChange={(e) => setCap(Number(e.target.value))}>
          {[500, 1000, 2000, 4000, 8000].map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('storage.controls.rack')}</span>
        <select value={rack} onChange={(e) => setRack(e.target.value)}>
          {[...racks, newRack].map((r) => (
            <option key={r} value={r}>{r}</option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="storage-add-array" onClick={add}>{t('storage.controls.addArray')}</button>
    </fieldset>
  );
}

/** Faults without the inspector (embedded lessons show only the lens): fail or repair an array, or a rack. */
function Faults({ st }: { st: StorageSnapshot }) {
  const t = useT();
  const [id, setId] = useState(st.arrays[0]?.id ?? '');
  const arr = st.arrays.find((a) => a.id === id) ?? st.arrays[0];
  if (arr === undefined) return null;
  return (
    <fieldset className="storage-faults">
      <legend>{t('storage.controls.faults')}</legend>
      <label>
        <span>{t('storage.controls.array')}</span>
        <select value={arr.id} data-testid="storage-fault-array" onChange={(e) => setId(e.target.value)}>
          {st.arrays.map((a) => (
            <option key={a.id} value={a.id}>{`${a.name} (${a.rack})${a.failed ? ' ✕' : ''}`}</option>
          ))}
        </select>
      </label>
      {arr.failed ? (
        <button type="button" data-testid="storage-repair" onClick={() => void sendCommand({ type: 'repairArray', array: arr.id })}>{t('storage.inspector.repair')}</button>
      ) : (
        <>
          <button type="button" data-testid="storage-fail" onClick={() => void sendCommand({ type: 'failArray', array: arr.id })}>{t('storage.inspector.fail')}</button>
          <button type="button" onClick={() => void sendCommand({ type: 'failRack', rack: arr.rack })}>{t('storage.inspector.failRack', { rack: arr.rack })}</button>
        </>
      )}
    </fieldset>
  );
}

export function StorageControls({ st, topo, pred }: { st: StorageSnapshot; topo: Topology; pred: Prediction }) {
  const t = useT();
  return (
    <section className="storage-controls" aria-label={t('storage.controls')}>
      <fieldset className="radio-row">
        <legend>{t('storage.controls.policy')}</legend>
        {placementPolicies.map((p) => (
          <label key={p}>
            <input type="radio" name="storage-policy" data-testid={`storage-policy-${p}`} checked={st.policy === p} onChange={() => void sendCommand({ type: 'setPlacementPolicy', policy: p })} />
            {t(`storage.policy.${p}`)}
          </label>
        ))}
        <p className="muted">{t(`storage.policy.${st.policy}.explain`)}</p>
        <label>
          <input type="checkbox" data-testid="storage-rack-aware" checked={st.rackAware} onChange={(e) => void sendCommand({ type: 'setRackAware', on: e.target.checked })} />
          {t('storage.controls.rackAware')}
        </label>
      </fieldset>
      <CreateVolume st={st} topo={topo} pred={pred} />
      <AddArray st={st} />
      <Faults st={st} />
      <label className="storage-bandwidth">
        <span>{t('storage.controls.bandwidth')}</span>
        <select value={st.rebuildMiBps} data-testid="storage-bandwidth" onChange={(e) => void sendCommand({ type: 'setRebuildBandwidth', mibps: Number(e.target.value) })}>
          {[...new Set([128, 512, 1024, 4096, st.rebuildMiBps])].toSorted((a, b) => a - b).map((m) => (
            <option key={m} value={m}>{t('storage.controls.bandwidthValue', { mibps: m })}</option>
          ))}
        </select>
      </label>
      <div className="storage-rebalance">
        <button type="button" data-testid="storage-rebalance" onClick={() => void sendCommand({ type: 'rebalance' })}>{t('storage.controls.rebalance')}</button>
        <p className="muted">{t('storage.controls.rebalanceHelp')}</p>
      </div>
    </section>
  );
}
