/**
 * xAPI statements for a course site (as H5P sends them): verbs from the ADL vocabulary,
 * activities named by stable IRIs built from VirtLab's page URL (origin and path, no
 * query) and the lens, lesson, step or check id. Pure: the caller supplies the id, time,
 * actor and names, so the same input always gives the same statement (and tests need no
 * browser). docs/embedding.md shows a statement of each kind.
 */
export const VERBS = {
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced', 'ko-KR': '경험함' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered', 'ko-KR': '응답함' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed', 'ko-KR': '완료함' } },
} as const;

export const ACTIVITY_TYPES = {
  lens: 'http://adlnet.gov/expapi/activities/simulation',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  step: 'http://adlnet.gov/expapi/activities/module',
  check: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

export type LangMap = Readonly<Record<string, string>>;

/** VirtLab's own page, without query or fragment, ending in a slash (index.html dropped). */
export function pageBase(href: string): string {
  const u = new URL(href);
  const path = u.pathname.replace(/index\.html$/, '');
  return `${u.origin}${path.endsWith('/') ? path : `${path}/`}`;
}

const seg = (s: string): string => encodeURIComponent(s);

export const activityIri = {
  lens: (base: string, id: string): string => `${base}lens/${seg(id)}`,
  lesson: (base: string, id: string): string => `${base}lesson/${seg(id)}`,
  step: (base: string, lesson: string, n: number): string => `${base}lesson/${seg(lesson)}/step/${n}`,
  check: (base: string, id: string): string => `${base}check/${seg(id)}`,
};

export interface Actor {
  objectType: 'Agent';
  account: { homePage: string; name: string };
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition: {
    type: string;
    name?: LangMap;
    description?: LangMap;
    interactionType?: 'choice';
    choices?: { id: string; description: LangMap }[];
    correctResponsesPattern?: string[];
  };
}

export interface Statement {
  id: string;
  actor: Actor;
  verb: (typeof VERBS)[keyof typeof VERBS];
  object: Activity;
  result?: { response?: string; success?: boolean; completion?: boolean; score?: { raw: number; min: number; max: number; scaled: number } };
  context: { language: string; contextActivities?: { parent?: { objectType: 'Activity'; id: string }[] }; extensions?: Record<string, number | string> };
  timestamp: string;
}

export interface Stamp {
  id: string;
  actor: Actor;
  timestamp: string;
  /** BCP 47 language of the names, e.g. ko-KR. */
  language: string;
}

const parent = (id: string) => ({ parent: [{ objectType: 'Activity' as const, id }] });

export function lensViewed(s: Stamp, base: string, lens: string, name: LangMap): Statement {
  return { id: s.id, actor: s.actor, verb: VERBS.experienced, object: { objectType: 'Activity', id: activityIri.lens(base, lens), definition: { type: ACTIVITY_TYPES.lens, name } }, context: { language: s.language }, timestamp: s.timestamp };
}

export function stepViewed(s: Stamp, base: string, lesson: string, n: number, name: LangMap, lessonName: LangMap): Statement {
  return {
    id: s.id,
    actor: s.actor,
    verb: VERBS.experienced,
    object: { objectType: 'Activity', id: activityIri.step(base, lesson, n), definition: { type: ACTIVITY_TYPES.step, name, description: lessonName } },
    context: { language: s.language, contextActivities: parent(activityIri.lesson(base, lesson)) },
    timestamp: s.timestamp,
  };
}

export interface Answer {
  check: string;
  seed: number;
  section: string;
  question: LangMap;
  choices: { id: string; description: LangMap }[];
  choice: string;
  answer: string;
}

export function checkAnswered(s: Stamp, base: string, a: Answer): Statement {
  return {
    id: s.id,
    actor: s.actor,
    verb: VERBS.answered,
    object: {
      objectType: 'Activity',
      id: activityIri.check(base, a.check),
      definition: { type: ACTIVITY_TYPES.check, description: a.question, interactionType: 'choice', choices: a.choices, correctResponsesPattern: [a.answer] },
    },
    result: { response: a.choice, success: a.choice === a.answer },
    context: { language: s.language, extensions: { [`${base}xapi/seed`]: a.seed, [`${base}xapi/section`]: a.section } },
    timestamp: s.timestamp,
  };
}

export function lessonCompleted(s: Stamp, base: string, lesson: string, name: LangMap, tasks: number, tasksDone: number): Statement {
  const result: NonNullable<Statement['result']> = { completion: true };
  if (tasks > 0) result.score = { raw: tasksDone, min: 0, max: tasks, scaled: Math.round((tasksDone / tasks) * 1000) / 1000 };
  return { id: s.id, actor: s.actor, verb: VERBS.completed, object: { objectType: 'Activity', id: activityIri.lesson(base, lesson), definition: { type: ACTIVITY_TYPES.lesson, name } }, result, context: { language: s.language }, timestamp: s.timestamp };
}
