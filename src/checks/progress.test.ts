/** Progress stays in the browser's storage, survives a reload, summarises by section and exports. */
import { describe, expect, it } from 'vitest';
import { loadProgress, PROGRESS_KEY, progressCsv, progressJson, saveProgress, summarize, withAnswer, withNextAttempt, type KeyValue } from './progress';

const memory = (): KeyValue & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
};
const answer = (check: string, section: 'cpu' | 'san', correct: boolean) => ({ check, section, seed: 5, choice: 'a', answer: correct ? 'a' : 'b', correct, at: '2025-01-01T00:00:00.000Z' });

describe('progress', () => {
  it('starts a new student when nothing (or something unreadable) is stored, and survives a reload', () => {
    const kv = memory();
    const p = loadProgress(kv, () => 1234);
    expect(p).toEqual({ v: 1, student: 1234, attempts: {}, answers: [] });
    const q = withNextAttempt(withAnswer(p, answer('cpu.nextState', 'cpu', true)), 'cpu.nextState');
    saveProgress(kv, q);
    expect(loadProgress(kv, () => 99)).toEqual(q);
    kv.map.set(PROGRESS_KEY, '{"v":1,"student":-1}');
    expect(loadProgress(kv, () => 7).student).toBe(7);
    kv.map.set(PROGRESS_KEY, 'not json');
    expect(loadProgress(kv, () => 8).student).toBe(8);
    expect(loadProgress(null, () => 9).student).toBe(9);
    const throwing: KeyValue = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(() => saveProgress(throwing, q)).not.toThrow();
    expect(loadProgress(throwing, () => 3).student).toBe(3);
  });

  it('summarises per section: checks tried, mastered, answers and right answers', () => {
    let p = loadProgress(null, () => 1);
    p = withAnswer(p, answer('cpu.nextState', 'cpu', false));
    p = withAnswer(p, answer('cpu.nextState', 'cpu', true));
    p = withAnswer(p, answer('san.rackFailure', 'san', false));
    const s = summarize(p, (sec) => (sec === 'cpu' ? 2 : 1));
    expect(s.find((x) => x.section === 'cpu')).toEqual({ section: 'cpu', checks: 2, tried: 1, mastered: 1, answers: 2, correct: 1 });
    expect(s.find((x) => x.section === 'san')).toEqual({ section: 'san', checks: 1, tried: 1, mastered: 0, answers: 1, correct: 0 });
    expect(s).toHaveLength(11);
  });

  it('exports JSON and CSV (quoted where needed)', () => {
    const p = withAnswer(loadProgress(null, () => 1), answer('cpu.nextState', 'cpu', true));
    const s = summarize(p, () => 1);
    const json = JSON.parse(progressJson(p, s, '2025-01-02T00:00:00.000Z')) as { kind: string; answers: unknown[]; summary: unknown[] };
    expect(json.kind).toBe('virtlab-progress');
    expect(json.answers).toHaveLength(1);
    const csv = progressCsv(p, s, { summary: ['section', 'n'], answers: ['time'] }, (sec) => (sec === 'cpu' ? 'CPU, "virt"' : sec));
    expect(csv).toContain('"CPU, ""virt""",1,1,1,1,1');
    expect(csv.split('\n').at(-2)).toBe('2025-01-01T00:00:00.000Z,"CPU, ""virt""",cpu.nextState,5,a,a,true');
  });
});
