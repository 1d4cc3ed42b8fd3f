/** xAPI statements: ADL verbs, stable IRIs from the page URL and the ids, results as the spec asks. */
import { describe, expect, it } from 'vitest';
import { activityIri, checkAnswered, lensViewed, lessonCompleted, pageBase, stepViewed, VERBS } from './xapi';

const stamp = { id: '0b1e-1', actor: { objectType: 'Agent' as const, account: { homePage: 'https://ex.edu/lab/', name: 'student-1' } }, timestamp: '2025-01-01T00:00:00.000Z', language: 'en-US' };

describe('xAPI', () => {
  it('names activities by the page URL without query or index.html, and the id', () => {
    expect(pageBase('https://ex.edu/course/lab/virtlab/?embed=1&lang=ko#x')).toBe('https://ex.edu/course/lab/virtlab/');
    expect(pageBase('https://ex.edu/course/lab/virtlab/index.html?embed=1')).toBe('https://ex.edu/course/lab/virtlab/');
    expect(pageBase('http://127.0.0.1:5173/lab')).toBe('http://127.0.0.1:5173/lab/');
    const base = 'https://ex.edu/lab/';
    expect(activityIri.step(base, 'my lesson', 3)).toBe('https://ex.edu/lab/lesson/my%20lesson/step/3');
    expect(activityIri.check(base, 'cpu.nextState')).toBe('https://ex.edu/lab/check/cpu.nextState');
  });

  it('says experienced for a lens and a lesson step (with its lesson as parent)', () => {
    const a = lensViewed(stamp, 'https://ex.edu/lab/', 'cpu', { 'en-US': 'CPU' });
    expect(a.verb).toBe(VERBS.experienced);
    expect(a.object.id).toBe('https://ex.edu/lab/lens/cpu');
    const b = stepViewed(stamp, 'https://ex.edu/lab/', 'course', 2, { 'en-US': 'Many as one' }, { 'en-US': 'Course' });
    expect(b.verb.id).toBe('http://adlnet.gov/expapi/verbs/experienced');
    expect(b.context.contextActivities?.parent?.[0]?.id).toBe('https://ex.edu/lab/lesson/course');
  });

  it('says answered with the response, success and the correct response pattern', () => {
    const s = checkAnswered(stamp, 'https://ex.edu/lab/', { check: 'memory.walk', seed: 42, section: 'memory', question: { 'en-US': 'How many?' }, choices: [{ id: '4', description: { 'en-US': '4' } }, { id: '24', description: { 'en-US': '24' } }], choice: '4', answer: '24' });
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(s.result).toEqual({ response: '4', success: false });
    expect(s.object.definition).toMatchObject({ interactionType: 'choice', correctResponsesPattern: ['24'] });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('says completed with a scaled score when the lesson had tasks', () => {
    expect(lessonCompleted(stamp, 'https://ex.edu/lab/', 'course', { 'en-US': 'Course' }, 4, 3).result).toEqual({ completion: true, score: { raw: 3, min: 0, max: 4, scaled: 0.75 } });
    expect(lessonCompleted(stamp, 'https://ex.edu/lab/', 'x', {}, 0, 0).result).toEqual({ completion: true });
  });
});
