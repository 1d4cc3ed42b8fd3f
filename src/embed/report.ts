/**
 * Reporting to the course site (embeds only, when the host page asks with `report=`):
 * xAPI statements (experienced a lens or a lesson step, answered a concept check,
 * completed a lesson) and the content height whenever it changes, so the host can size
 * the iframe. Messages go only to the parent window, and only to the origins on the
 * `origins=` allow-list when it is set (else to the parent's own origin, as the browser
 * reports it); with no known target nothing is sent. Nothing leaves the page otherwise.
 */
import { onCheckAnswered } from '../checks/events';
import { loadLanguage, t } from '../i18n';
import { findLesson } from '../lessons/catalogue';
import { onLessonCompleted } from '../lessons/runner';
import { lessonText } from '../lessons/text';
import { getLecture, useStore, type Lang } from '../store';
import { API_VERSION } from './hostMessages';
import { checkAnswered, lensViewed, lessonCompleted, pageBase, stepViewed, type Actor, type LangMap, type Stamp, type Statement } from './xapi';

export interface ReportOptions {
  xapi: boolean;
  height: boolean;
}

const ACTOR_KEY = 'virtlab.actor';

/** Where reports may go: the allow-list, or the parent's origin as the browser reports it. */
export function reportTargets(origins: readonly string[] | null, ancestor: string | undefined, referrer: string): string[] {
  if (origins !== null) return [...origins];
  if (ancestor !== undefined && ancestor !== 'null') return [ancestor];
  try {
    return referrer === '' ? [] : [new URL(referrer).origin];
  } catch {
    return [];
  }
}

function anonymousId(): string {
  try {
    const have = window.localStorage.getItem(ACTOR_KEY);
    if (have !== null && /^[0-9a-f-]{8,64}$/.test(have)) return have;
    const id = crypto.randomUUID();
    window.localStorage.setItem(ACTOR_KEY, id);
    return id;
  } catch {
    return crypto.randomUUID();
  }
}

const langTag = (lang: Lang): string => (lang === 'ko' ? 'ko-KR' : 'en-US');
const named = (lang: Lang, text: string): LangMap => ({ [langTag(lang)]: text });

export function startReporting(opts: ReportOptions, origins: readonly string[] | null): () => void {
  if (window.parent === window || (!opts.xapi && !opts.height)) return () => undefined;
  const targets = reportTargets(origins, window.location.ancestorOrigins?.[0], document.referrer);
  if (targets.length === 0) {
    console.warn('[virtlab] report= is set but the parent page’s origin is unknown; add origins= to receive reports');
    return () => undefined;
  }
  let posted = 0;
  const post = (name: 'xapi' | 'height', data: unknown): void => {
    for (const o of targets) window.parent.postMessage({ virtlab: API_VERSION, kind: 'event', name, data }, o);
    // How many reports the page has handed to the browser (a state tests can wait for: the
    // browser delivers them only to an allowed parent origin, and says nothing otherwise).
    document.documentElement.dataset['reported'] = String(++posted);
  };
  const stops: (() => void)[] = [];
  if (opts.xapi) {
    // Statements name lesson steps and checks in words: they start once the language is whole.
    let stop: (() => void) | null = null;
    let stopped = false;
    void loadLanguage(useStore.getState().lang)
      .catch(() => undefined)
      .then(() => {
        if (!stopped) stop = startStatements((s) => post('xapi', s));
      });
    stops.push(() => {
      stopped = true;
      stop?.();
    });
  }
  if (opts.height) stops.push(startHeight((h) => post('height', { height: h })));
  return () => stops.forEach((f) => f());
}

function startStatements(send: (s: Statement) => void): () => void {
  const base = pageBase(window.location.href);
  const actor: Actor = { objectType: 'Agent', account: { homePage: base, name: anonymousId() } };
  const stamp = (): Stamp => ({ id: crypto.randomUUID(), actor, timestamp: new Date().toISOString(), language: langTag(useStore.getState().lang) });
  let lastLens = '';
  let lastStep = '';
  const watch = (): void => {
    const s = useStore.getState();
    if (s.status !== 'running') return;
    if (s.lens !== lastLens) {
      lastLens = s.lens;
      send(lensViewed(stamp(), base, s.lens, named(s.lang, t(s.lang, `lens.${s.lens}`))));
    }
    const pos = getLecture().tour;
    const key = pos === null ? '' : `${pos.id}#${pos.step}`;
    if (key !== lastStep && pos !== null) {
      const lesson = findLesson(pos.id);
      const step = lesson?.steps[pos.step];
      if (lesson !== undefined && step !== undefined) send(stepViewed(stamp(), base, lesson.id, pos.step + 1, named(s.lang, lessonText(s.lang, step.title)), named(s.lang, lessonText(s.lang, lesson.title))));
    }
    lastStep = key;
  };
  const unsub = useStore.subscribe(watch);
  watch();
  const offAnswer = onCheckAnswered((a) => {
    const lang = useStore.getState().lang;
    const choices = a.choices.map((c) => ({ id: c.id, description: named(lang, t(lang, c.label.key, c.label.params)) }));
    send(checkAnswered(stamp(), base, { check: a.check, seed: a.seed, section: a.section, question: named(lang, t(lang, a.question.key, a.question.params)), choices, choice: a.choice, answer: a.answer }));
  });
  const offDone = onLessonCompleted((c) => {
    const lang = useStore.getState().lang;
    const lesson = findLesson(c.lesson);
    send(lessonCompleted(stamp(), base, c.lesson, named(lang, lesson === undefined ? c.lesson : lessonText(lang, lesson.title)), c.tasks, c.tasksDone));
  });
  return () => {
    unsub();
    offAnswer();
    offDone();
  };
}

/** The page lays out at its natural height and says so whenever it changes (at most once a frame). */
function startHeight(send: (h: number) => void): () => void {
  const root = document.documentElement;
  root.dataset['autoheight'] = '1';
  let last = -1;
  let frame = 0;
  const measure = (): void => {
    frame = 0;
    const h = Math.min(20_000, Math.ceil(document.body.getBoundingClientRect().height));
    if (h === last) return;
    last = h;
    send(h);
  };
  const ro = new ResizeObserver(() => {
    if (frame === 0) frame = requestAnimationFrame(measure);
  });
  ro.observe(document.body);
  return () => {
    ro.disconnect();
    if (frame !== 0) cancelAnimationFrame(frame);
    delete root.dataset['autoheight'];
  };
}
