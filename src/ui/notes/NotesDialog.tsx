/**
 * Teacher notes, one click from any lens (the Notes button or N): for the lens on
 * screen and the scenario running, what it shows, what to ask, common misconceptions and
 * what to try. Any lens or preset can be picked, or all of them at once, and printed
 * (the print view shows only the notes). The notes' text loads on first open.
 */
import { useEffect, useState } from 'react';
import { isPresetId, PRESET_IDS } from '../../engine';
import { useT } from '../../i18n';
import { loadTeacherNotes, NOTE_FIELDS, noteKey } from '../../notes';
import { selectLang, selectLens, selectScenarioId, useStore, type Lang } from '../../store';
import { LENS_ID_LIST } from '../../views/lensIds';
import { Dialog } from '../lecture/Dialog';
import './notes.css';

function Note({ kind, id }: { kind: 'lens' | 'preset'; id: string }) {
  const t = useT();
  const title = kind === 'lens' ? t('notes.lensTitle', { name: t(`lens.${id}`) }) : t('notes.presetTitle', { name: t(`preset.${id}.title`) });
  return (
    <article className="note" data-testid={`note-${kind}-${id}`}>
      <h3>{title}</h3>
      <dl>
        {NOTE_FIELDS.map((f) => (
          <div key={f} className={`note-${f}`}>
            <dt>{t(`notes.field.${f}`)}</dt>
            <dd className="keep-all">{t(noteKey(kind, id, f))}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}

function print(): void {
  const root = document.documentElement;
  root.dataset['printing'] = 'notes';
  const done = (): void => {
    delete root.dataset['printing'];
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export function NotesDialog() {
  const t = useT();
  const lang = useStore(selectLang);
  const current = useStore(selectLens);
  const [lens, setLens] = useState(current);
  const scenarioId = useStore(selectScenarioId);
  const [preset, setPreset] = useState(isPresetId(scenarioId) ? scenarioId : '');
  const [all, setAll] = useState(false);
  const [loaded, setLoaded] = useState<Lang | null>(null);
  const ready = loaded === lang;
  useEffect(() => {
    void loadTeacherNotes(lang).then(() => setLoaded(lang));
  }, [lang]);
  return (
    <Dialog name="notes" title={t('notes.title')} wide>
      <div className="notes-controls no-print">
        <label>
          <span>{t('notes.lens')}</span>
          <select value={lens} data-testid="notes-lens" disabled={all} onChange={(e) => setLens(e.target.value)}>
            {LENS_ID_LIST.map((id) => (
              <option key={id} value={id}>
                {t(`lens.${id}`)}
                {id === current ? ` ${t('notes.onScreen')}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('notes.preset')}</span>
          <select value={preset} data-testid="notes-preset" disabled={all} onChange={(e) => setPreset(e.target.value)}>
            <option value="">{t('notes.noPreset')}</option>
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`preset.${id}.title`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={all} data-testid="notes-all" onChange={(e) => setAll(e.target.checked)} />
          {t('notes.all')}
        </label>
        <button type="button" className="primary" data-testid="notes-print" onClick={print}>
          {t('notes.print')}
        </button>
      </div>
      <p className="muted keep-all no-print">{t('notes.intro')}</p>
      {!ready ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <div className="notes-body" data-testid="notes-body">
          {all ? (
            <>
              {LENS_ID_LIST.map((id) => (
                <Note key={id} kind="lens" id={id} />
              ))}
              {PRESET_IDS.map((id) => (
                <Note key={id} kind="preset" id={id} />
              ))}
            </>
          ) : (
            <>
              <Note kind="lens" id={lens} />
              {preset !== '' && <Note kind="preset" id={preset} />}
            </>
          )}
        </div>
      )}
    </Dialog>
  );
}
