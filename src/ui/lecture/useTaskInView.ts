/**
 * Brings a step's task target (taskTarget.ts; every element it names, as one span) into view once per step and per task state,
 * as soon as it is on the page (a lens loads its parts after it opens), opens the fold it is in (a `<details>`), and marks it
 * (`data-tour-target`, outlined in lecture.css) until the step moves on. It scrolls only
 * the target's own scrolling frame (the side column, the lens frame), never the page, and
 * never moves the keyboard focus. Nothing happens when the target does not come (an
 * embed shows no inspector; a phone keeps it in its closed sheet). First the step's own
 * task is made whole above the buttons that stick to the side column's bottom.
 */
import { useEffect } from 'react';
import { quietTimer } from '../../views/shared/followLayout';
import { scrollBox, scrollingFrame } from '../../views/shared/showInFrame';
import { scrollToShow, TALL_SHARE } from './taskTarget';

/** How long a step waits for its target to appear: a lens's code comes over a lecture hall's Wi-Fi after its step opens. */
const FIND_MS = 15000;
/** How long, once found, the step watches for its target drawn again (a lens settling). */
const WAIT_MS = 4000;
/** The screens whose lens frame shares the height with the step (lecture.css). */
const NARROW = '(max-width: 900px)';
/**
 * How long after a step opens (or its task is done) its task is shown again as the layout moves; its target, the same
 * from when it is first found (a lens that loads late still has its control shown, not only marked), and on from there
 * until the layout it follows has been quiet that long (a drawing laid out well after its buttons on a loaded machine).
 */
const SETTLE_MS = 1500;
/**
 * The longest a moment lasts however the layout moves: a playing lens's layout can move all the time, and a reader can
 * scroll away by means the step does not see (a screen reader's browse mode, the find bar), to be brought back each time.
 */
const MOMENT_MOST_MS = 6000;
/** The places where a press (a click, a tap, a scrollbar's thumb taken) means the reader is at work in the step. */
const READER_PLACES = '#lens-panel, .side';

/**
 * The step's task whole above its buttons, which stick to the side column's bottom: a long
 * step on a short screen had the task's last line under them.
 */
function showTask(): void {
  const task = document.querySelector('.side [data-testid="tour-task"]');
  const buttons = document.querySelector('.side .tour-buttons');
  const frame = task === null ? null : scrollingFrame(task);
  if (task === null || buttons === null || frame === null) return;
  const f = frame.getBoundingClientRect();
  const by = scrollToShow({ top: f.top, bottom: Math.min(f.bottom, buttons.getBoundingClientRect().top) }, task.getBoundingClientRect(), 1, 4);
  if (by > 0) frame.scrollBy({ top: by, behavior: 'instant' });
}

/** Where a picture starts in view: its heading's top when a heading comes right before its zoom frame (a stack's name), else its frame's. */
function pictureTop(picture: Element): number {
  const pan = picture.closest('.zoom-pan') ?? picture;
  const before = pan.previousElementSibling;
  return (before !== null && /^H[1-6]$/.test(before.tagName) ? before : pan).getBoundingClientRect().top;
}

/** How far the tour's mark (an outline, lecture.css) stands out of `el`: its offset and width, whole pixels. */
function markRing(el: Element): number {
  const cs = getComputedStyle(el);
  if (cs.outlineStyle === 'none') return 0;
  return Math.ceil((parseFloat(cs.outlineOffset) || 0) + (parseFloat(cs.outlineWidth) || 0));
}

/** Whether `el` is held by sticky positioning inside `frame` (a sticky box between them): scrolling the frame does not take it out of view. */
function sticky(el: Element, frame: Element): boolean {
  for (let p: Element | null = el; p !== null && p !== frame; p = p.parentElement) if (getComputedStyle(p).position === 'sticky') return true;
  return false;
}

/**
 * Shows `els` (one control, or a group of them: the exploit buttons under each column) in their scrolling frame, as one
 * span from the highest's top to the lowest's bottom.
 */
function show(els: readonly Element[]): Element | null {
  const first = els[0];
  const frame = first === undefined ? null : scrollingFrame(first);
  if (frame === null) return null;
  const mine = els.filter((e) => frame.contains(e)).map((e) => e.getBoundingClientRect());
  // With the mark's dashed outline (lecture.css), which stands out of the target by its offset and width: a control shown to
  // the frame's very edge had its outline cut there (course steps 19 and 23 on a phone, 23 on the projector).
  const ring = markRing(first as Element);
  const span = { top: Math.min(...mine.map((r) => r.top)) - ring, bottom: Math.max(...mine.map((r) => r.bottom)) + ring };
  const box = frame.getBoundingClientRect();
  // Inside the frame's borders (they cover its edges).
  const inner = { top: box.top + frame.clientTop, bottom: box.top + frame.clientTop + frame.clientHeight };
  // An answer (a part to read: the inspector's a task asks for, the VDI card's row course step 8 asks about) shows whole;
  // another tall target (a whole inspector) its first half, the task above it kept.
  let by = scrollToShow(inner, span, els.every((e) => e.hasAttribute('data-answer')) ? 1 : TALL_SHARE);
  // A control under the lens's picture comes with the picture's heading when both fit the frame, to its edges (no margin:
  // course step 10's "Next step" at 1280x720 scrolled the two stacks' names, "bare: Type 1" and "hosted: Type 2", out).
  const drawn = frame.querySelector('[data-picture]');
  if (by > 0 && drawn !== null && !els.some((e) => drawn.contains(e))) {
    const head = { top: pictureTop(drawn), bottom: span.bottom };
    const spare = inner.bottom - inner.top - (head.bottom - head.top);
    // The outline under the control as far as the frame has room for it, the control itself whole.
    if (spare >= -ring) by = scrollToShow(inner, { top: head.top, bottom: head.bottom + Math.min(0, spare) }, 1, 0);
  }
  // A control that sticks to the frame's edge (the path stepper's buttons under two stacks on a phone: course step 10) shows
  // wherever the frame is scrolled: the frame shows the picture from its heading, the control where it is, over the rest.
  if (by === 0 && drawn !== null && !els.some((e) => drawn.contains(e)) && els.every((e) => sticky(e, frame))) {
    by = Math.floor(Math.min(pictureTop(drawn), span.top) - inner.top);
  }
  // A narrow screen's lens frame shares the height with the step: there the picture's top never scrolls out (a control under
  // it shows as far as it can). A wide screen's frame has the height to give the control the room it asks for.
  const narrow = matchMedia(NARROW).matches;
  const picture = narrow ? drawn : null;
  if (by > 0 && picture !== null && !els.some((e) => picture.contains(e))) by = Math.min(by, Math.max(0, Math.floor(picture.getBoundingClientRect().top - box.top)));
  if (by !== 0) frame.scrollBy({ top: by, behavior: 'instant' });
  // A picture's own frame scrolled to a control drawn inside it: told, so that it goes back to its top if the control moves out.
  return by > 0 && frame.hasAttribute('data-picture') ? frame : null;
}

/**
 * What the reader does that ends the re-showing at once: their own scroll (wheel, a finger's drag, a key). A click or tap
 * does not end it: the click that completes a task comes just before its answer is shown (though that click belongs to
 * the step's moment before: the done task is a new key, a new moment). A press in the lens frame or the side column only
 * keeps the moment from starting again or lasting longer (`pressed`).
 */
const INPUT = ['wheel', 'touchmove', 'keydown'] as const;

/** Show the step's task, then show and mark `selector`'s elements (one control, or a group shown as one span), whenever `key` (the step and its task's state; '' for none) changes (null: no target). */
export function useTaskInView(selector: string | null, key: string): void {
  useEffect(() => {
    // No step running ('' is no tour).
    if (key === '') return;
    // For a moment after the step opens (until the layout it follows has been quiet for SETTLE_MS, at most MOMENT_MOST_MS;
    // again from the target's first finding, or its finding in another frame; never past FIND_MS + WAIT_MS after the
    // opening), what moves the layout
    // shows the task and the target again: a phone's sheet opening over the side column, an inspector's details loading
    // after the selection that completed the task.
    let settling = true;
    /** Said on the tour panel (`data-moment`) while the moment lasts: what tests wait on to know it has passed. */
    const sayMoment = (): void => {
      document.querySelector('[data-testid="tour-panel"]')?.toggleAttribute('data-moment', settling);
    };
    sayMoment();
    /** The reader scrolled or pressed a key: nothing is shown again in this step, only marked. */
    let readerMoved = false;
    /**
     * The reader pressed in the lens frame or the side column (clicked, tapped, took a scrollbar's thumb, dragged a drawing):
     * the moment neither starts again (a late target is only marked) nor lasts longer than SETTLE_MS from its last start.
     */
    let pressed = false;
    const observers: ResizeObserver[] = [];
    const settle = (): void => {
      settling = false;
      sayMoment();
      for (const o of observers) o.disconnect();
    };
    const byReader = (): void => {
      readerMoved = true;
      settle();
    };
    const byPress = (e: Event): void => {
      if (e.target instanceof Element && e.target.closest(READER_PLACES) !== null) pressed = true;
    };
    /** After this, nothing starts again: no new moment, no longer watch (a target that kept moving between frames would scroll each time). */
    const ends = performance.now() + FIND_MS + WAIT_MS;
    const quiet = quietTimer(settle);
    /** When the moment ends however the layout moves: MOMENT_MOST_MS from its start (the opening, or a restart on a finding). */
    let momentEnds = performance.now() + MOMENT_MOST_MS;
    /** The moment lasts SETTLE_MS from now (until the layout has been quiet that long), never past its own end nor `ends`. */
    const settleIn = (): void => {
      const now = performance.now();
      quiet.restart(Math.max(0, Math.min(SETTLE_MS, ends - now, momentEnds - now)));
    };
    settleIn();
    const again = (el: Element | null, reshow: () => void): void => {
      if (el === null) return;
      // Its first call is the element's first layout: shown once even after the moment has passed.
      const o = new ResizeObserver(() => {
        reshow();
        if (!settling) o.disconnect();
        else if (!pressed && !readerMoved) settleIn();
      });
      o.observe(el);
      observers.push(o);
    };
    for (const type of INPUT) addEventListener(type, byReader, { capture: true, passive: true });
    addEventListener('pointerdown', byPress, { capture: true, passive: true });
    // Two frames on: the step's words and the lens's picture are laid out in the room they measured.
    let taskFrame = requestAnimationFrame(() => (taskFrame = requestAnimationFrame(showTask)));
    again(document.querySelector('.side'), showTask);
    let marked: Element[] = [];
    /** A picture's own frame the step scrolled down to its target, while the target is drawn in it. */
    let pictureScrolled: Element | null = null;
    /** The box the target was last found scrolling in (scrollBox). */
    let markedIn: Element | null = null;
    const showAll = (els: readonly Element[]): void => {
      pictureScrolled = show(els) ?? pictureScrolled;
    };
    /**
     * Mark the step's target; while the step settles, also show it (after the reader's own scroll or key, only mark it).
     * A target found again (`first` false) on a narrow screen, in the frame it was in, is only marked: there the first showing
     * already shared the height with the picture, and showing the redrawn one scrolled the picture's top out (course step 10
     * on a phone). Found in another frame, it is shown there (course step 23 on a phone: the exploit buttons, first drawn in
     * the Containers drawing, came under it in the lens frame, just under that frame's bottom).
     */
    const found = (first = true): boolean => {
      const els = selector === null ? [] : [...document.querySelectorAll(selector)];
      if (els.length === 0) return false;
      marked = els;
      const box = scrollBox(els[0] as Element);
      const moved = box !== markedIn;
      markedIn = box;
      // Found first, or found again in another frame: the moment starts again from now (its lens's code may have come late,
      // at or after its end), and if it had passed, the task's with it; unless the reader moved or pressed in the step.
      if ((first || moved) && !readerMoved && !pressed && performance.now() < ends) {
        momentEnds = performance.now() + MOMENT_MOST_MS;
        settleIn();
        if (!settling) {
          settling = true;
          sayMoment();
          again(document.querySelector('.side'), showTask);
        }
      }
      for (const el of els) {
        el.setAttribute('data-tour-target', '');
        // Folded away (the VDI card's fold): opened, or there would be nothing to show.
        for (let d = el.closest('details'); d !== null; d = d.parentElement?.closest('details') ?? null) d.open = true;
      }
      // The target drawn again outside the picture whose frame was scrolled down to it (course step 23 on a phone: the
      // exploit buttons were in the Containers drawing for a moment, before the lens measured its width and moved them under
      // its zoom controls): that frame goes back to its top, or the drawing's top stayed about 240 px out of view.
      const back = pictureScrolled;
      if (back !== null && !els.some((e) => back.contains(e))) {
        back.scrollTop = 0;
        pictureScrolled = null;
      }
      if (!settling || (!first && !moved && matchMedia(NARROW).matches)) return true;
      for (const el of els) again(el, () => showAll(els));
      // What is above them in their frame may still grow (a lens's drawing laid out after its buttons) and push them under the fold.
      const frame = scrollingFrame(els[0] as Element);
      if (frame !== null) for (const part of frame.children) again(part, () => showAll(els));
      return true;
    };
    let watch: MutationObserver | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = (): void => {
      watch?.disconnect();
      clearTimeout(timer);
    };
    // Watched for FIND_MS until found, then for WAIT_MS after each finding: a lens may draw its control again as it settles (the Techniques
    // lens, opened before in the tour, replaced its stepper 30 ms after the step found it), and the new one is the one to show and mark.
    if (selector !== null) {
      const watchOn = (ms: number): void => {
        clearTimeout(timer);
        timer = setTimeout(stop, Math.min(ms, ends - performance.now()));
      };
      watchOn(found() ? WAIT_MS : FIND_MS);
      watch = new MutationObserver(() => {
        if (marked.length === 0) {
          if (found()) watchOn(WAIT_MS);
        } else if (marked.some((e) => !e.isConnected) && found(false)) watchOn(WAIT_MS);
      });
      watch.observe(document.body, { childList: true, subtree: true });
    }
    return () => {
      stop();
      settle();
      quiet.cancel();
      for (const type of INPUT) removeEventListener(type, byReader, { capture: true });
      removeEventListener('pointerdown', byPress, { capture: true });
      cancelAnimationFrame(taskFrame);
      for (const el of marked) el.removeAttribute('data-tour-target');
    };
  }, [selector, key]);
}
