/**
 * Lessons as data: every shipped tour is a lesson that survives a round trip through a
 * file and a link with its text in both languages; a lesson file is checked strictly and
 * a bad one is refused with the field and a reason key (never a crash, never a partial
 * lesson); the editor's pure edits keep a draft consistent.
 */
import { describe, expect, it } from 'vitest';
import { presets } from '../engine';
import { hasKey } from '../i18n';
import { SHIPPED_LESSONS } from './catalogue';
import { decodeLesson, encodeLesson, lessonToText, lessonToWire } from './codec';
import { addStep, copyLesson, moveStep, newLesson, nextStepId, removeStep, updateStep, withText } from './draft';
import { parseLesson, readLessonText } from './schema';
import type { Lesson } from './types';

const own = (): Lesson => ({
  id: 'week-3',
  title: { en: 'Week 3: scheduling', ko: '3주차: 스케줄링' },
  origin: 'own',
  steps: [
    { id: 'a', lens: 'cpu', preset: 'cpu-overcommit', tick: 2000, play: true, title: { en: 'Queue' }, body: { ko: '준비 큐를 보세요.' }, waitFor: { kind: 'state', state: 'ready', min: 2 }, task: { en: 'Wait.' } },
    { id: 'b', lens: 'overview', preset: 'custom', scenario: { ...presets.basic, name: 'Mine' }, select: { kind: 'vm', index: 1 }, log: [{ tick: 10, command: { type: 'stopVm', vm: 'batch-1' } }], title: { en: 'Mine' }, body: { en: 'Look.' } },
  ],
});

const wire = (l: Lesson): Record<string, unknown> => JSON.parse(lessonToText(l)) as Record<string, unknown>;
const firstError = (json: unknown) => {
  const r = parseLesson(json);
  return r.ok ? null : r.errors[0];
};

describe('shipped lessons', () => {
  it('are the tours, with catalogue text in both languages', () => {
    expect(SHIPPED_LESSONS.map((l) => l.id)).toEqual(['course', 'scheduling', 'containers']);
    for (const l of SHIPPED_LESSONS) for (const s of l.steps) expect(hasKey('key' in s.title ? s.title.key : '')).toBe(true);
  });

  it('go out as files and links with literal text, and a copy reads back as an own lesson', () => {
    for (const l of SHIPPED_LESSONS) {
      const copy = copyLesson(l);
      expect(copy.id).not.toBe(l.id);
      const r = readLessonText(lessonToText(copy), 1000);
      expect(r.ok, JSON.stringify(r.ok ? '' : r.errors)).toBe(true);
      if (!r.ok) continue;
      expect(r.lesson.steps).toHaveLength(l.steps.length);
      const step = r.lesson.steps[0];
      expect(step !== undefined && 'en' in step.title && step.title.en !== '' && 'ko' in step.title && step.title.ko !== '').toBe(true);
    }
  });
});

describe('own lessons', () => {
  it('round-trip through a file and a link unchanged', () => {
    const l = own();
    const fromFile = readLessonText(lessonToText(l), 2000);
    expect(fromFile).toEqual({ ok: true, lesson: l });
    expect(decodeLesson(encodeLesson(l))).toEqual({ ok: true, lesson: l });
    expect(encodeLesson(l)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuse bad files with the field and a translated reason, and never a partial lesson', () => {
    const good = wire(own());
    const steps = good['steps'] as Record<string, unknown>[];
    const cases: [unknown, string, string][] = [
      [[1], '', 'lesson.error.notObject'],
      [{ ...good, kind: 'virtlab-state' }, 'kind', 'lesson.error.notLesson'],
      [{ ...good, v: 2 }, 'v', 'lesson.error.version'],
      [{ ...good, extra: 1 }, '', 'error.schema.unknownField'],
      [{ ...good, id: 'course' }, 'id', 'lesson.why.shippedId'],
      [{ ...good, id: '../x' }, 'id', 'error.schema.format'],
      [{ ...good, steps: [] }, 'steps', 'error.schema.tooSmall'],
      [{ ...good, steps: [{ ...steps[0], lens: 'gpu' }] }, 'steps.0.lens', 'lesson.why.lens'],
      [{ ...good, steps: [{ ...steps[0], preset: 'nope' }] }, 'steps.0.preset', 'lesson.why.preset'],
      [{ ...good, steps: [{ ...steps[0], title: { en: '  ' } }] }, 'steps.0.title', 'lesson.why.emptyText'],
      [{ ...good, steps: [{ ...steps[0], title: { fr: 'x' } }] }, 'steps.0.title', 'error.schema.unknownField'],
      [{ ...good, steps: [{ ...steps[0], waitFor: { kind: 'explode' } }] }, 'steps.0.waitFor.kind', 'error.schema.value'],
      [{ ...good, steps: [{ ...steps[0], waitFor: { kind: 'pathEnd', instr: 'jmp' } }] }, 'steps.0.waitFor.instr', 'error.schema.value'],
      [{ ...good, steps: [{ ...steps[0], tick: -1 }] }, 'steps.0.tick', 'error.schema.tooSmall'],
      [{ ...good, steps: [steps[0], steps[0]] }, 'steps.1.id', 'lesson.why.duplicateStep'],
      [{ ...good, steps: [{ ...steps[1], scenario: { ...presets.basic, hosts: [] } }] }, 'steps.0.scenario.hosts', 'error.schema.tooSmall'],
      [{ ...good, steps: [{ ...steps[0], log: [{ tick: 0, command: { type: 'formatDisk' } }] }] }, 'steps.0.log.0.command.type', 'error.schema.value'],
    ];
    for (const [json, path, key] of cases) {
      const e = firstError(json);
      expect(e, `${path} ${key}`).toMatchObject({ path, key });
      expect(hasKey(e?.key ?? ''), e?.key).toBe(true);
    }
  });

  it('refuse text that is not JSON, too big, or a link that is damaged or too long', () => {
    expect(readLessonText('{"kind":', 8)).toMatchObject({ ok: false, errors: [{ key: 'lecture.import.notJsonAt', params: { line: 1, column: 9 } }] });
    expect(readLessonText('{}', 2_000_000)).toMatchObject({ ok: false, errors: [{ key: 'lecture.import.tooBig' }] });
    expect(decodeLesson('%%%')).toMatchObject({ ok: false, errors: [{ key: 'lesson.error.linkCorrupt' }] });
    expect(decodeLesson(encodeLesson(own()).slice(0, 40))).toMatchObject({ ok: false, errors: [{ key: 'lesson.error.linkCorrupt' }] });
    expect(decodeLesson('A'.repeat(300_000))).toMatchObject({ ok: false, errors: [{ key: 'lesson.error.linkTooLong' }] });
    const getter = { kind: 'virtlab-lesson', v: 1, get id(): string { throw new Error('boom'); } };
    expect(parseLesson(getter).ok).toBe(false);
  });

  it('never carry a shipped fallback or a task text without a task', () => {
    const w = lessonToWire({ ...own(), steps: [{ ...own().steps[1]!, task: { en: 'orphan' }, fallback: { lens: 'overview', preset: 'basic' } }] });
    const step = (w['steps'] as Record<string, unknown>[])[0];
    expect(step).not.toHaveProperty('task');
    expect(step).not.toHaveProperty('fallback');
  });
});

describe('draft edits', () => {
  it('add, move, change and remove steps', () => {
    let l = newLesson();
    const s = own().steps[0]!;
    l = addStep(l, { ...s, id: nextStepId(l) });
    l = addStep(l, { ...s, id: nextStepId(l) });
    expect(l.steps.map((x) => x.id)).toEqual(['step-1', 'step-2']);
    l = moveStep(l, 1, -1);
    expect(l.steps.map((x) => x.id)).toEqual(['step-2', 'step-1']);
    expect(moveStep(l, 0, -1)).toBe(l);
    l = updateStep(l, 0, { waitFor: undefined, tick: 5 });
    expect(l.steps[0]).not.toHaveProperty('waitFor');
    expect(l.steps[0]?.tick).toBe(5);
    l = removeStep(l, 0);
    expect(l.steps.map((x) => x.id)).toEqual(['step-1']);
  });

  it('edit one language of a text, dropping an emptied one', () => {
    expect(withText({ en: 'a', ko: '가' }, 'en', '')).toEqual({ ko: '가' });
    expect(withText(undefined, 'ko', '나')).toEqual({ ko: '나' });
  });
});
