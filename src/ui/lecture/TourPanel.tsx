/**
 * The lesson panel (shipped tours are lessons too): which lesson and step, the step's
 * narration, its task with a visible state (waiting, done; text and symbol, not colour
 * alone), a note when this build shows a fallback, and Back / Next / Exit. The
 * narration folds away so a projected lens and the inspector keep their room while the
 * class works on the task. Page Up / Page Down do the same from anywhere (see
 * useShortcuts). Narration is announced politely to screen readers. Starting a lesson
 * puts the keyboard focus on its Next button (the dialog that started it is gone), and
 * Next becomes Finish on the last step as the same button, so the focus stays put.
 */
import { useEffect, useRef, useState } from 'react';
import { lazyPart } from '../../views/shared/lazyPart';
import { useT } from '../../i18n';
import { findLesson } from '../../lessons/catalogue';
import { exitTour, finishLesson, nextStep, resolveLessonStep } from '../../lessons/runner';
import { lessonText } from '../../lessons/text';
import { selectEmbed, selectLang, selectOwnLesson, selectTheme, selectTour, setSheet, useStore } from '../../store';
import { canWait } from '../../tours';
import { useWideLayout } from './ClassroomBar';
import { keepNames } from '../../views/shared/keepNames';
import { useMoreCue } from '../useMoreCue';
import { stepTarget } from './taskTarget';
import { useTaskInView } from './useTaskInView';

/** Tasks done with the inspector's buttons, which an embed (the lens alone) does not show. */
const NEEDS_INSPECTOR = new Set(['hvType', 'vmOff']);

// Only embeds need it, and it brings the link encoder: loaded on demand.
const OpenFull = lazyPart(() => import('./OpenFull'));

export function TourPanel() {
  const t = useT();
  const lang = useStore(selectLang);
  // On the projector, and on a narrow screen where the step shares the height with the lens, the
  // lesson's name is left out of sight (the step's words need the room), still read out.
  const projector = useStore(selectTheme) === 'projector';
  const wide = useWideLayout();
  const pos = useStore(selectTour);
  // Re-render when the author's own lesson changes (findLesson reads it from the store).
  useStore(selectOwnLesson);
  const [open, setOpen] = useState(true);
  const embed = useStore(selectEmbed);
  const primary = useRef<HTMLButtonElement | null>(null);
  const runningId = pos?.id ?? null;
  useEffect(() => {
    if (runningId === null) return;
    primary.current?.focus();
    // The tour ends (Finish, Leave, Page Down on the last step) with the focus in its panel, which goes with it: the focus goes
    // back to where tours are opened (the Tours button; on a narrow screen the Menu button it is in), else to the lens tab
    // shown, not to the page's body.
    return () => {
      if (document.activeElement !== null && document.activeElement !== document.body) return;
      const home = ['[data-testid="open-tours"]', '[data-testid="header-menu"]', '[role="tab"][aria-selected="true"]'].map((q) => document.querySelector<HTMLElement>(q));
      home.find((el) => el !== null && (el.checkVisibility?.() ?? el.getClientRects().length > 0))?.focus();
    };
  }, [runningId]);
  const lesson = pos === null ? undefined : findLesson(pos.id);
  const step = pos === null ? undefined : lesson?.steps[pos.step];
  const world = step === undefined ? undefined : resolveLessonStep(step);
  // Each step opens on its picture and its words: the lens frame and the side column back at their tops (a task of the
  // step before may have scrolled them to its control or its answer).
  const stepNo = pos?.step ?? -1;
  useEffect(() => {
    if (runningId === null || stepNo < 0) return;
    for (const frame of [document.getElementById('lens-panel'), document.querySelector('.side')]) if (frame !== null) frame.scrollTop = 0;
  }, [runningId, stepNo]);
  // The control the task asks for (or, once done, where its answer shows), or the one a step without a task asks about,
  // comes into view, marked.
  const hasTask = world?.waitFor !== undefined && canWait(world.waitFor);
  const target = world !== undefined && pos !== null ? stepTarget(world, hasTask, pos.done) : null;
  useTaskInView(target, pos === null ? '' : `${pos.id}:${pos.step}:${pos.done}`);
  // The narration shares a phone's short side column with the task and the buttons and scrolls on its own: its last line fades
  // while more of it is under its edge (a line cut in half there read as the end).
  const body = step === undefined ? '' : lessonText(lang, step.body);
  const bodyRef = useRef<HTMLParagraphElement | null>(null);
  useMoreCue(bodyRef, `${open}:${body}`);
  if (pos === null || lesson === undefined || step === undefined || world === undefined) return null;
  const last = pos.step === lesson.steps.length - 1;
  return (
    // The step's lens and target as this build resolved them (a step's fallback may change both), for the tests to read.
    <section className="tour-panel" data-testid="tour-panel" aria-label={t('lecture.tour.label')} data-step-lens={world.lens} data-step-target={target ?? undefined}>
      <div className="tour-head">
        <span className="muted">
          <span className={projector || (!wide && !embed) ? 'visually-hidden' : undefined}>{lessonText(lang, lesson.title)} · </span>
          <span data-testid="tour-step">{t('lecture.tour.stepOf', { n: pos.step + 1, total: lesson.steps.length })}</span>
        </span>
        <h2 data-testid="tour-title">{lessonText(lang, step.title)}</h2>
        <button type="button" className="tour-fold" aria-expanded={open} aria-controls="tour-text" data-testid="tour-fold" onClick={() => setOpen(!open)}>
          {open ? t('lecture.tour.fold') : t('lecture.tour.unfold')}
        </button>
      </div>
      <p aria-live="polite" data-testid="tour-body" id="tour-text" hidden={!open} className="keep-all" ref={bodyRef}>
        {keepNames(body)}
      </p>
      {world.degraded && open && (
        <p className="tour-note" data-testid="tour-degraded">
          ⓘ {t('lecture.tour.degraded', { lens: t(`lens.${world.lens}`) })}
        </p>
      )}
      {hasTask && (
        <p className={pos.done ? 'tour-task done' : 'tour-task'} data-testid="tour-task" data-done={pos.done}>
          <span aria-hidden="true">{pos.done ? '✓ ' : '▶ '}</span>
          <strong>{pos.done ? t('lecture.tour.taskDone') : t('lecture.tour.task')}</strong> {keepNames(lessonText(lang, step.task))}
        </p>
      )}
      {/* A phone or tablet keeps its inspector in the sheet, closed during a lesson: the task offers to open it. */}
      {hasTask && !embed && !wide && !pos.done && world.waitFor !== undefined && NEEDS_INSPECTOR.has(world.waitFor.kind) && (
        <button type="button" className="tour-open-inspector" data-testid="tour-open-inspector" onClick={() => setSheet('inspector')}>
          ▴ {t('lecture.tour.openInspector')}
        </button>
      )}
      {hasTask && embed && !pos.done && world.waitFor !== undefined && NEEDS_INSPECTOR.has(world.waitFor.kind) && <OpenFull />}
      <div className="tour-buttons">
        <button type="button" data-testid="tour-prev" disabled={pos.step === 0} onClick={() => nextStep(-1)}>
          ← {t('lecture.tour.prev')}
        </button>
        <button ref={primary} type="button" className="primary" data-testid={last ? 'tour-finish' : 'tour-next'} onClick={last ? finishLesson : () => nextStep(1)}>
          {last ? t('lecture.tour.finish') : `${t('lecture.tour.next')} →`}
        </button>
        <button type="button" data-testid="tour-exit" onClick={exitTour}>
          {t('lecture.tour.exit')}
        </button>
        <span className="muted tour-keys">{t('lecture.tour.keysHint')}</span>
      </div>
    </section>
  );
}
