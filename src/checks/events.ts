/**
 * Answers as they happen, for whoever listens (the course-site reporter in an embed).
 * A tiny module with no engine code, so the always-loaded reporter can import it.
 */
import type { Message } from '../engine';
import type { NotesSection } from '../tours/types';

export interface CheckAnswered {
  check: string;
  section: NotesSection;
  seed: number;
  question: Message;
  choices: { id: string; label: Message }[];
  choice: string;
  answer: string;
  correct: boolean;
}

const listeners = new Set<(a: CheckAnswered) => void>();

export function onCheckAnswered(f: (a: CheckAnswered) => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

export function emitCheckAnswered(a: CheckAnswered): void {
  for (const f of listeners) f(a);
}
