/**
 * The lesson picker: every shipped lesson (the guided tours) with its blurb, its length
 * and how many of its steps this build shows with their own lens (the rest fall back to
 * the Overview, marked ⓘ), any step openable directly as in VisuAlgo's e-lecture index;
 * the author's own lesson; and the ways in: write a new lesson, edit a copy of a shipped
 * one, or open a lesson file (a bad file is refused with the field and the reason, and
 * nothing changes).
 */
import { useRef, useState } from 'react';
import { loadLanguage, useT } from '../../i18n';
import { SHIPPED_LESSONS } from '../../lessons/catalogue';
import { copyLesson, newLesson } from '../../lessons/draft';
import { startOwnLesson } from '../../lessons/own';
import { available, goToStep } from '../../lessons/runner';
import { readLessonText, type LessonError } from '../../lessons/schema';
import { lessonText } from '../../lessons/text';
import type { Lesson } from '../../lessons/types';
import { MAX_FILE_BYTES } from '../../embed/limits';
import { selectLang, selectLessonDraft, selectOwnLesson, setClassroom, setLecture, useStore } from '../../store';
import { missingParts } from '../../tours';
import { Dialog } from '../lecture/Dialog';
import { LessonErrors } from './LessonErrors';
import './lessons.css';

function open(id: string, step: number): void {
  setLecture({ dialog: null });
  goToStep(id, step);
}

/** Edit a lesson (a shipped one is copied with its text in both languages). */
function edit(l: Lesson): void {
  void Promise.all([loadLanguage('en'), loadLanguage('ko')]).then(() => {
    setClassroom({ lessonDraft: l.origin === 'shipped' ? copyLesson(l) : l });
    setLecture({ dialog: 'lesson' });
  });
}

function LessonItem({ lesson, first }: { lesson: Lesson; first: boolean }) {
  const t = useT();
  const lang = useStore(selectLang);
  const av = available();
  const full = lesson.steps.filter((s) => lesson.origin === 'own' || missingParts(s, av).length === 0).length;
  return (
    <li data-testid={`lesson-${lesson.origin}`}>
      <button
        type="button"
        data-testid={`start-tour-${lesson.id}`}
        // The first lesson takes the focus, so Page Down then Enter starts a lecture.
        data-autofocus={first ? true : undefined}
        onClick={() => open(lesson.id, 0)}
      >
        <strong>{lessonText(lang, lesson.title)}</strong>
      </button>{' '}
      <button type="button" className="link-button" data-testid={`edit-lesson-${lesson.id}`} onClick={() => edit(lesson)}>
        {lesson.origin === 'own' ? t('lesson.edit') : t('lesson.editCopy')}
      </button>
      {lesson.blurb !== undefined && <p className="keep-all">{lessonText(lang, lesson.blurb)}</p>}
      <p className="muted">{t('lecture.tours.steps', { n: lesson.steps.length, full })}</p>
      <ol className="tour-outline">
        {lesson.steps.map((s, i) => (
          <li key={s.id}>
            <button type="button" className="link-button" data-testid={`start-tour-${lesson.id}-${i + 1}`} onClick={() => open(lesson.id, i)}>
              {lessonText(lang, s.title) || t('lesson.untitled', { n: i + 1 })}
            </button>
            {lesson.origin === 'shipped' && missingParts(s, av).length > 0 && <span className="muted"> ⓘ</span>}
          </li>
        ))}
      </ol>
    </li>
  );
}

export function LessonsDialog() {
  const t = useT();
  const own = useStore(selectOwnLesson);
  const draft = useStore(selectLessonDraft);
  const [errors, setErrors] = useState<LessonError[]>([]);
  const file = useRef<HTMLInputElement | null>(null);
  const onFile = (f: File | undefined): void => {
    if (f === undefined) return;
    if (f.size > MAX_FILE_BYTES) {
      const big = readLessonText('', f.size);
      return setErrors(big.ok ? [] : big.errors);
    }
    void f.text().then((txt) => {
      const r = readLessonText(txt, f.size);
      if (!r.ok) return setErrors(r.errors);
      setLecture({ dialog: null });
      startOwnLesson(r.lesson);
    });
  };
  return (
    <Dialog name="tours" title={t('lecture.tours.title')} wide>
      <div className="lesson-actions">
        {draft !== null && (
          <button type="button" className="primary" data-testid="lesson-draft" onClick={() => setLecture({ dialog: 'lesson' })}>
            {t('lesson.continueDraft', { n: draft.steps.length })}
          </button>
        )}
        <button type="button" data-testid="lesson-new" onClick={() => edit(newLesson())}>
          + {t('lesson.new')}
        </button>
        <button type="button" data-testid="lesson-open" onClick={() => file.current?.click()}>
          {t('lesson.openFile')}
        </button>
        <input ref={file} type="file" accept="application/json,.json" hidden data-testid="lesson-file" onChange={(e) => onFile(e.target.files?.[0])} />
      </div>
      {errors.length > 0 && <LessonErrors errors={errors} title={t('lesson.fileRefused')} />}
      {own !== null && (
        <>
          <h3>{t('lesson.yours')}</h3>
          <ul className="tour-list">
            <LessonItem lesson={own} first={false} />
          </ul>
        </>
      )}
      <h3>{t('lesson.shipped')}</h3>
      <ul className="tour-list">
        {SHIPPED_LESSONS.map((l, n) => (
          <LessonItem key={l.id} lesson={l} first={n === 0} />
        ))}
      </ul>
    </Dialog>
  );
}
