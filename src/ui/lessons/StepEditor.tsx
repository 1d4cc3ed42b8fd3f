/**
 * One step of a lesson being written: its title, narration and task text in Korean and
 * English, the lens, the tick, whether it plays, and the task the student must do
 * (reach a tick, a vCPU state, switch the hypervisor type, stop a VM, select
 * something, put VMs on an I/O path, step an instruction's path to its end). The world itself (scenario, commands, selection) is captured from the
 * screen: "Use the current view" replaces it, "Show" opens the step behind the dialog.
 */
import { ENT, ioPaths } from '../../engine';
import { useT } from '../../i18n';
import { withText, type StepPatch } from '../../lessons/draft';
import type { LessonStep, LessonText, WaitFor } from '../../lessons/types';
import { LENS_ID_LIST } from '../../views/lensIds';
import { INSTRS } from '../../views/techniques/instrs';

const TASKS = ['none', 'tick', 'state', 'hvType', 'vmOff', 'select', 'ioPath', 'pathEnd'] as const;
const SELECTS = ['host', 'hypervisor', 'pcpu', 'vm', 'container', 'vcpu', 'volume', 'array'] as const;

function defaultTask(kind: (typeof TASKS)[number], step: LessonStep): WaitFor | undefined {
  switch (kind) {
    case 'none':
      return undefined;
    case 'tick':
      return { kind: 'tick', at: (step.tick ?? 0) + 1000 };
    case 'state':
      return { kind: 'state', state: 'ready', min: 1 };
    case 'hvType':
      return { kind: 'hvType', type: 'type2' };
    case 'vmOff':
      return { kind: 'vmOff' };
    case 'select':
      return { kind: 'select', sel: 'vm' };
    case 'ioPath':
      return { kind: 'ioPath', path: 'virtio', min: 2 };
    case 'pathEnd':
      return { kind: 'pathEnd', instr: 'io' };
  }
}

function TextPair({ label, text, onChange, rows, id }: { label: string; text: LessonText | undefined; onChange: (t: LessonText) => void; rows: number; id: string }) {
  const t = useT();
  const lit = text === undefined || 'key' in text ? {} : text;
  return (
    <fieldset className="text-pair">
      <legend>{label}</legend>
      {(['ko', 'en'] as const).map((lang) => (
        <label key={lang}>
          <span>{t(`lesson.lang.${lang}`)}</span>
          {rows > 1 ? (
            <textarea rows={rows} lang={lang} value={lit[lang] ?? ''} data-testid={`${id}-${lang}`} onChange={(e) => onChange(withText(text, lang, e.target.value))} />
          ) : (
            <input lang={lang} value={lit[lang] ?? ''} data-testid={`${id}-${lang}`} onChange={(e) => onChange(withText(text, lang, e.target.value))} />
          )}
        </label>
      ))}
    </fieldset>
  );
}

function TaskFields({ w, onChange }: { w: WaitFor; onChange: (w: WaitFor) => void }) {
  const t = useT();
  switch (w.kind) {
    case 'tick':
      return (
        <label>
          <span>{t('lesson.task.at')}</span>
          <input type="number" min={0} value={w.at} onChange={(e) => onChange({ kind: 'tick', at: Math.max(0, Math.floor(Number(e.target.value) || 0)) })} />
        </label>
      );
    case 'state':
      return (
        <>
          <label>
            <span>{t('lesson.task.state')}</span>
            <select value={w.state} onChange={(e) => onChange({ ...w, state: e.target.value })}>
              {Object.keys(ENT).map((s) => (
                <option key={s} value={s}>
                  {t(`lesson.state.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('lesson.task.min')}</span>
            <input type="number" min={1} value={w.min} onChange={(e) => onChange({ ...w, min: Math.max(1, Math.floor(Number(e.target.value) || 1)) })} />
          </label>
        </>
      );
    case 'hvType':
      return (
        <select aria-label={t('lesson.task.hvType')} value={w.type} onChange={(e) => onChange({ kind: 'hvType', type: e.target.value === 'type1' ? 'type1' : 'type2' })}>
          <option value="type1">{t('hvType.type1')}</option>
          <option value="type2">{t('hvType.type2')}</option>
        </select>
      );
    case 'select':
      return (
        <select aria-label={t('lesson.task.sel')} value={w.sel} onChange={(e) => onChange({ kind: 'select', sel: e.target.value as (typeof SELECTS)[number] })}>
          {SELECTS.map((s) => (
            <option key={s} value={s}>
              {t(`lesson.sel.${s}`)}
            </option>
          ))}
        </select>
      );
    case 'ioPath':
      return (
        <>
          <select aria-label={t('lesson.task.path')} value={w.path} onChange={(e) => onChange({ ...w, path: ioPaths.find((p) => p === e.target.value) ?? 'virtio' })}>
            {ioPaths.map((p) => (
              <option key={p} value={p}>
                {t(`ioPath.${p}`)}
              </option>
            ))}
          </select>
          <label>
            <span>{t('lesson.task.min')}</span>
            <input type="number" min={1} value={w.min} onChange={(e) => onChange({ ...w, min: Math.max(1, Math.floor(Number(e.target.value) || 1)) })} />
          </label>
        </>
      );
    case 'pathEnd':
      return (
        <select aria-label={t('lesson.task.instr')} value={w.instr} onChange={(e) => onChange({ kind: 'pathEnd', instr: INSTRS.find((i) => i === e.target.value) ?? 'io' })}>
          {INSTRS.map((i) => (
            <option key={i} value={i}>
              {t(`techniques.instr.${i}`)}
            </option>
          ))}
        </select>
      );
    case 'vmOff':
      return null;
  }
}

export interface StepEditorProps {
  step: LessonStep;
  index: number;
  count: number;
  onChange: (patch: StepPatch) => void;
  onMove: (d: -1 | 1) => void;
  onRemove: () => void;
  onCapture: () => void;
  onShow: () => void;
}

export function StepEditor({ step, index, count, onChange, onMove, onRemove, onCapture, onShow }: StepEditorProps) {
  const t = useT();
  const world = step.scenario !== undefined ? t('lesson.world.own', { name: step.scenario.name }) : t(`preset.${step.preset}.title`);
  const kind = step.waitFor?.kind ?? 'none';
  return (
    <li className="step-card" data-testid={`lesson-step-${index + 1}`}>
      <div className="step-card-head">
        <strong>{t('lesson.stepN', { n: index + 1 })}</strong>
        <span className="muted">
          {t('lesson.world', { world, tick: step.tick ?? 0, commands: step.log?.length ?? 0 })}
        </span>
        <span className="step-card-buttons">
          <button type="button" onClick={onShow} data-testid={`lesson-step-${index + 1}-show`}>
            {t('lesson.show')}
          </button>
          <button type="button" onClick={onCapture}>{t('lesson.capture')}</button>
          <button type="button" aria-label={t('lesson.up', { n: index + 1 })} disabled={index === 0} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button type="button" aria-label={t('lesson.down', { n: index + 1 })} disabled={index === count - 1} onClick={() => onMove(1)}>
            ↓
          </button>
          <button type="button" aria-label={t('lesson.remove', { n: index + 1 })} onClick={onRemove}>
            ×
          </button>
        </span>
      </div>
      <div className="step-grid">
        <label>
          <span>{t('lesson.lens')}</span>
          <select value={step.lens} onChange={(e) => onChange({ lens: e.target.value })}>
            {LENS_ID_LIST.map((id) => (
              <option key={id} value={id}>
                {t(`lens.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('lesson.tick')}</span>
          <input type="number" min={0} value={step.tick ?? 0} onChange={(e) => onChange({ tick: Math.max(0, Math.floor(Number(e.target.value) || 0)) })} />
        </label>
        <label className="check">
          <input type="checkbox" checked={step.play ?? false} onChange={(e) => onChange({ play: e.target.checked })} />
          {t('lesson.play')}
        </label>
      </div>
      <TextPair label={t('lesson.stepTitle')} text={step.title} rows={1} id={`lesson-step-${index + 1}-title`} onChange={(title) => onChange({ title })} />
      <TextPair label={t('lesson.body')} text={step.body} rows={3} id={`lesson-step-${index + 1}-body`} onChange={(body) => onChange({ body })} />
      <div className="step-grid">
        <label>
          <span>{t('lesson.task')}</span>
          <select value={kind} data-testid={`lesson-step-${index + 1}-task`} onChange={(e) => onChange({ waitFor: defaultTask(e.target.value as (typeof TASKS)[number], step) })}>
            {TASKS.map((k) => (
              <option key={k} value={k}>
                {t(`lesson.task.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {step.waitFor !== undefined && <TaskFields w={step.waitFor} onChange={(waitFor) => onChange({ waitFor })} />}
      </div>
      {step.waitFor !== undefined && <TextPair label={t('lesson.taskText')} text={step.task} rows={1} id={`lesson-step-${index + 1}-tasktext`} onChange={(task) => onChange({ task })} />}
    </li>
  );
}
