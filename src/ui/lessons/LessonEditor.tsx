/**
 * The lesson editor: a lesson's id, title and blurb, and its steps in order. Set up the
 * view you want (scenario, lens, tick, selection, changes), then "Add the current view
 * as a step" and write what to say and what the student should do. The draft stays in
 * the store while the dialog is closed, so the next view can be set up behind it. Save
 * checks the draft exactly like an imported file (field and reason, in the person's
 * language) and makes it the own lesson; it can go out as a file or a link.
 */
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { addStep, moveStep, nextStepId, removeStep, updateStep, withText } from '../../lessons/draft';
import { captureStep, lessonLink, startOwnLesson } from '../../lessons/own';
import { parseLesson, type LessonError } from '../../lessons/schema';
import { lessonToText, lessonToWire } from '../../lessons/codec';
import type { Lesson } from '../../lessons/types';
import { selectLessonDraft, setClassroom, setLecture, useStore } from '../../store';
import { download } from '../download';
import { CopyField } from '../lecture/CopyField';
import { Dialog } from '../lecture/Dialog';
import { MAX_LINK_CHARS } from '../../embed/shareState';
import { LessonErrors } from './LessonErrors';
import { StepEditor } from './StepEditor';
import './lessons.css';

const check = (l: Lesson) => parseLesson(lessonToWire(l));

function Header({ draft, set }: { draft: Lesson; set: (l: Lesson) => void }) {
  const t = useT();
  const lit = 'key' in draft.title ? {} : draft.title;
  const blurb = draft.blurb === undefined || 'key' in draft.blurb ? {} : draft.blurb;
  return (
    <div className="lesson-head-grid">
      <label>
        <span>{t('lesson.id')}</span>
        <input value={draft.id} data-testid="lesson-id" onChange={(e) => set({ ...draft, id: e.target.value.trim() })} />
      </label>
      {(['ko', 'en'] as const).map((lang) => (
        <label key={lang}>
          <span>
            {t('lesson.title')} ({t(`lesson.lang.${lang}`)})
          </span>
          <input lang={lang} value={lit[lang] ?? ''} data-testid={`lesson-title-${lang}`} onChange={(e) => set({ ...draft, title: withText(draft.title, lang, e.target.value) })} />
        </label>
      ))}
      {(['ko', 'en'] as const).map((lang) => (
        <label key={`b-${lang}`}>
          <span>
            {t('lesson.blurb')} ({t(`lesson.lang.${lang}`)})
          </span>
          <input lang={lang} value={blurb[lang] ?? ''} onChange={(e) => set({ ...draft, blurb: withText(draft.blurb, lang, e.target.value) })} />
        </label>
      ))}
    </div>
  );
}

export function LessonEditor() {
  const t = useT();
  const draft = useStore(selectLessonDraft);
  const [errors, setErrors] = useState<LessonError[]>([]);
  const [saved, setSaved] = useState<Lesson | null>(null);
  const link = useMemo(() => (saved === null ? '' : lessonLink(saved)), [saved]);
  if (draft === null) return null;
  const set = (l: Lesson): void => {
    setClassroom({ lessonDraft: l });
    setSaved(null);
  };
  const capture = (at: number | null): void => {
    const step = captureStep(at === null ? nextStepId(draft) : (draft.steps[at]?.id ?? nextStepId(draft)));
    if (step === null) return;
    if (at === null) return set(addStep(draft, step));
    const old = draft.steps[at];
    if (old === undefined) return;
    set(updateStep(draft, at, { lens: step.lens, preset: step.preset, tick: step.tick, scenario: step.scenario, log: step.log, select: step.select, speed: step.speed }));
  };
  const save = (): Lesson | null => {
    const r = check(draft);
    if (!r.ok) {
      setErrors(r.errors);
      return null;
    }
    setErrors([]);
    setSaved(r.lesson);
    setClassroom({ ownLesson: r.lesson });
    return r.lesson;
  };
  return (
    <Dialog name="lesson" title={t('lesson.editor')} wide>
      <p className="muted keep-all">{t('lesson.howTo')}</p>
      <Header draft={draft} set={set} />
      <ol className="step-list">
        {draft.steps.map((s, i) => (
          <StepEditor
            key={`${s.id}-${i}`}
            step={s}
            index={i}
            count={draft.steps.length}
            onChange={(p) => set(updateStep(draft, i, p))}
            onMove={(d) => set(moveStep(draft, i, d))}
            onRemove={() => set(removeStep(draft, i))}
            onCapture={() => capture(i)}
            onShow={() => {
              const l = save();
              if (l !== null) {
                setLecture({ dialog: null });
                startOwnLesson(l, i);
              }
            }}
          />
        ))}
      </ol>
      <div className="lesson-actions">
        <button type="button" data-testid="lesson-add-step" onClick={() => capture(null)}>
          + {t('lesson.addView')}
        </button>
      </div>
      {errors.length > 0 && <LessonErrors errors={errors} title={t('lesson.notSaved')} />}
      <div className="lesson-actions">
        <button type="button" className="primary" data-testid="lesson-save" onClick={() => save()}>
          {t('lesson.save')}
        </button>
        <button
          type="button"
          data-testid="lesson-start"
          onClick={() => {
            const l = save();
            if (l === null) return;
            setLecture({ dialog: null });
            startOwnLesson(l);
          }}
        >
          {t('lesson.start')}
        </button>
        <button
          type="button"
          data-testid="lesson-download"
          onClick={() => {
            const l = save();
            if (l !== null) download(`${l.id}.virtlab-lesson.json`, new Blob([lessonToText(l)], { type: 'application/json' }));
          }}
        >
          {t('lesson.saveFile')}
        </button>
      </div>
      {saved !== null &&
        (link.length <= MAX_LINK_CHARS ? <CopyField label={t('lesson.link')} value={link} testId="lesson-link" /> : <p data-testid="lesson-link-too-long">{t('lesson.linkTooLong', { n: link.length })}</p>)}
    </Dialog>
  );
}
