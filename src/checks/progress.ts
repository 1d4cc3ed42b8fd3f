/**
 * A student's progress with the concept checks, kept in the browser (localStorage) and
 * nowhere else: their seed (their own numbers), how many times they asked for a new
 * question per check, and every answer with whether it was right. A summary per notes
 * section, and the whole record as a file the student can hand in (JSON or CSV). Pure
 * functions over a small key-value interface, so tests run without a browser.
 */
import { z } from '../engine';
import { NOTES_SECTIONS, type NotesSection } from '../tours/types';

export const PROGRESS_KEY = 'virtlab.checks.v1';

export interface AnswerRecord {
  check: string;
  section: NotesSection;
  seed: number;
  choice: string;
  answer: string;
  correct: boolean;
  /** ISO time the answer was revealed. */
  at: string;
}

export interface Progress {
  v: 1;
  student: number;
  attempts: Record<string, number>;
  answers: AnswerRecord[];
}

/** The part of Storage this needs (window.localStorage in the app, a Map in tests). */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const MAX_ANSWERS = 2000;
const schema = z.strictObject({
  v: z.literal(1),
  student: z.int().min(0).max(4_294_967_295),
  attempts: z.record(z.string().max(64), z.int().min(0).max(1_000_000)),
  answers: z
    .array(
      z.strictObject({
        check: z.string().max(64),
        section: z.enum(NOTES_SECTIONS),
        seed: z.int().min(0),
        choice: z.string().max(64),
        answer: z.string().max(64),
        correct: z.boolean(),
        at: z.string().max(40),
      }),
    )
    .max(MAX_ANSWERS),
});

/** Stored progress, or a fresh record with `newStudent()` as its seed (also when the stored one is unreadable). */
export function loadProgress(kv: KeyValue | null, newStudent: () => number): Progress {
  try {
    const raw = kv?.getItem(PROGRESS_KEY) ?? null;
    const r = raw === null ? null : schema.safeParse(JSON.parse(raw));
    if (r?.success === true) return r.data as Progress;
  } catch {
    // unreadable: start afresh below
  }
  return { v: 1, student: newStudent() >>> 0, attempts: {}, answers: [] };
}

export function saveProgress(kv: KeyValue | null, p: Progress): void {
  try {
    kv?.setItem(PROGRESS_KEY, JSON.stringify(p));
  } catch {
    // storage full or forbidden: progress lives for this visit only
  }
}

export function withAnswer(p: Progress, a: AnswerRecord): Progress {
  return { ...p, answers: [...p.answers, a].slice(-MAX_ANSWERS) };
}

export function withNextAttempt(p: Progress, check: string): Progress {
  return { ...p, attempts: { ...p.attempts, [check]: (p.attempts[check] ?? 0) + 1 } };
}

export interface SectionSummary {
  section: NotesSection;
  /** Checks offered for this section. */
  checks: number;
  /** Distinct checks answered at least once, and answered right at least once. */
  tried: number;
  mastered: number;
  answers: number;
  correct: number;
}

export function summarize(p: Progress, checksPerSection: (s: NotesSection) => number): SectionSummary[] {
  return NOTES_SECTIONS.map((section) => {
    const mine = p.answers.filter((a) => a.section === section);
    return {
      section,
      checks: checksPerSection(section),
      tried: new Set(mine.map((a) => a.check)).size,
      mastered: new Set(mine.filter((a) => a.correct).map((a) => a.check)).size,
      answers: mine.length,
      correct: mine.filter((a) => a.correct).length,
    };
  });
}

/** The record as a file: the summary per section and every answer. */
export function progressJson(p: Progress, summary: readonly SectionSummary[], exportedAt: string): string {
  return `${JSON.stringify({ kind: 'virtlab-progress', v: 1, exportedAt, student: p.student, summary, answers: p.answers }, null, 2)}\n`;
}

const csvCell = (x: string | number | boolean): string => (/[",\n]/.test(String(x)) ? `"${String(x).replaceAll('"', '""')}"` : String(x));

/** The same as CSV: one row per section (summary), then one row per answer; headers in the person's language. */
export function progressCsv(p: Progress, summary: readonly SectionSummary[], head: { summary: string[]; answers: string[] }, sectionName: (s: NotesSection) => string): string {
  const rows: (string | number | boolean)[][] = [head.summary, ...summary.map((s) => [sectionName(s.section), s.checks, s.tried, s.mastered, s.answers, s.correct]), [], head.answers];
  for (const a of p.answers) rows.push([a.at, sectionName(a.section), a.check, a.seed, a.choice, a.answer, a.correct]);
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}
