/**
 * The scenario editor: start from a preset or the running scenario, edit it in a form
 * (a table per part of the world) or as JSON (with "Add" buttons for each part),
 * import a file, export one, and apply. Nothing changes until the text is valid: every
 * problem is listed with its field and reason in the person's language, and the
 * running scenario stays as it was.
 */
import { useRef, useState } from 'react';
import { isPresetId, presets, PRESET_IDS, type ScenarioError } from '../../engine';
import { simClient } from '../../client/simClient';
import { useT } from '../../i18n';
import { readScenarioText, scenarioToText, MAX_FILE_BYTES, type FileResult } from '../../embed/scenarioFile';
import { select, selectScenarioFile, setLecture, setUi, useStore } from '../../store';
import { applySharedState } from '../../embed/applyState';
import { download } from '../download';
import { ADD_KINDS, addToScenarioText } from './editorTemplates';
import { Dialog } from './Dialog';
import { ScenarioForm } from './ScenarioForm';
import { exitTour } from '../../lessons/runner';
import './editor.css';

type View = 'form' | 'json';

const errorsOf = (r: FileResult): ScenarioError[] => (r.ok ? [] : r.errors);

function ErrorList({ errors }: { errors: ScenarioError[] }) {
  const t = useT();
  return (
    <ul className="form-error" role="alert" data-testid="editor-errors">
      {errors.map((e, i) => (
        <li key={i}>
          <code>{e.path === '' ? t('lecture.editor.wholeFile') : e.path}</code>: {t(e.key, e.params)}
        </li>
      ))}
    </ul>
  );
}

interface BarProps {
  text: string;
  view: View;
  setView: (v: View) => void;
  setText: (s: string) => void;
  setErrors: (e: ScenarioError[]) => void;
}

/** Start from a preset, switch form/JSON, and (in JSON) add a part from a template. */
function EditorBar({ text, view, setView, setText, setErrors }: BarProps) {
  const t = useT();
  return (
    <div className="editor-bar">
      <label>
        <span>{t('lecture.editor.startFrom')}</span>
        <select data-testid="editor-preset" defaultValue="" onChange={(e) => isPresetId(e.target.value) && setText(scenarioToText(presets[e.target.value]))}>
          <option value="" disabled>
            {t('lecture.editor.pick')}
          </option>
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`preset.${id}.title`)}
            </option>
          ))}
        </select>
      </label>
      <span className="view-switch" role="group" aria-label={t('lecture.editor.view')}>
        {(['form', 'json'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={view === v} data-testid={`editor-view-${v}`} onClick={() => setView(v)}>
            {t(`lecture.editor.view.${v}`)}
          </button>
        ))}
      </span>
      {view === 'json' && ADD_KINDS.map((k) => (
        <button key={k} type="button" data-testid={`editor-add-${k}`} onClick={() => {
          const next = addToScenarioText(text, k);
          if (next === null) setErrors(errorsOf(readScenarioText(text, text.length)));
          else setText(next);
        }}>
          + {t(`lecture.editor.add.${k}`)}
        </button>
      ))}
    </div>
  );
}

/** A file that was not imported: its name and why, shown apart from the form being edited. */
interface Refused {
  file: string;
  errors: ScenarioError[];
}

/** A file's name without the .json, as the header and Export show it. */
const baseName = (name: string): string => name.replace(/\.json$/i, '').slice(0, 80) || name.slice(0, 80);

export function EditorDialog() {
  const t = useT();
  const current = useStore((s) => s.scenario);
  const fileName = useStore(selectScenarioFile);
  const [text, setTextState] = useState(() => (current === null ? '' : scenarioToText(current)));
  const [errors, setErrors] = useState<ScenarioError[]>([]);
  // A refused import: its errors belong to that file, not to the fields of the form on
  // screen, and Apply would only re-apply the old form, so it waits for a change.
  const [refused, setRefused] = useState<Refused | null>(null);
  const [view, setView] = useState<View>('form');
  const fileInput = useRef<HTMLInputElement | null>(null);
  const setText = (next: string): void => {
    setTextState(next);
    setRefused(null);
  };
  const apply = (r: FileResult, file: string | null = fileName): void => {
    if (!r.ok) return setErrors(r.errors);
    exitTour();
    select(null);
    if (r.kind === 'state') applySharedState(r.state);
    else simClient.load(r.scenario, 'custom', 'own');
    setUi({ scenarioFile: r.kind === 'scenario' ? file : null });
    setLecture({ dialog: null });
  };
  const refuse = (f: File, r: FileResult): void => {
    setErrors([]);
    setRefused({ file: f.name, errors: errorsOf(r) });
  };
  const onFile = (f: File | undefined): void => {
    if (fileInput.current !== null) fileInput.current.value = ''; // the same file can be chosen again
    if (f === undefined) return;
    if (f.size > MAX_FILE_BYTES) return refuse(f, readScenarioText('', f.size));
    void f.text().then((txt) => {
      const r = readScenarioText(txt, f.size);
      if (r.ok) apply(r, baseName(f.name));
      else refuse(f, r);
    });
  };
  return (
    <Dialog name="editor" title={t('lecture.editor.title')} wide>
      <EditorBar text={text} view={view} setView={setView} setText={setText} setErrors={setErrors} />
      {view === 'json' ? (
        <label className="editor-text">
          <span>{t('lecture.editor.json')}</span>
          <textarea data-testid="editor-text" spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} rows={18} />
        </label>
      ) : (
        <ScenarioForm text={text} errors={errors} onText={setText} />
      )}
      {errors.length > 0 && <ErrorList errors={errors} />}
      {refused !== null && (
        <div data-testid="editor-import-errors">
          <p className="form-error">{t('lecture.editor.importFailed', { file: refused.file })}</p>
          <ErrorList errors={refused.errors} />
          <p className="muted" id="editor-apply-blocked">{t('lecture.editor.applyBlocked')}</p>
        </div>
      )}
      <div className="editor-actions">
        <button
          type="button"
          className="primary"
          data-testid="editor-apply"
          disabled={refused !== null}
          aria-describedby={refused !== null ? 'editor-apply-blocked' : undefined}
          onClick={() => apply(readScenarioText(text, new TextEncoder().encode(text).length))}
        >
          {t('lecture.editor.apply')}
        </button>
        <button type="button" data-testid="editor-import" onClick={() => fileInput.current?.click()}>
          {t('lecture.editor.import')}
        </button>
        <input ref={fileInput} type="file" accept="application/json,.json" hidden data-testid="editor-file" onChange={(e) => onFile(e.target.files?.[0])} />
        <button type="button" data-testid="editor-export" onClick={() => download(`${fileName ?? 'virtlab-scenario'}.json`, new Blob([text], { type: 'application/json' }))}>
          {t('lecture.editor.export')}
        </button>
      </div>
    </Dialog>
  );
}
