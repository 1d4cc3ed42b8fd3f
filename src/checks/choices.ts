/**
 * Building choice lists: numbers (deduplicated, sorted, always containing the answer)
 * and named things, with message keys the panel translates. Pure.
 */
import type { Choice } from './types';

export function numberChoices(values: readonly number[], key = 'check.n'): Choice[] {
  const uniq = [...new Set(values.map((v) => Math.round(v)))].toSorted((a, b) => a - b);
  return uniq.map((n) => ({ id: String(n), label: { key, params: { n } } }));
}

export function nameChoices(names: readonly string[]): Choice[] {
  return [...new Set(names)].map((name) => ({ id: name, label: { key: 'check.name', params: { name } } }));
}

export function keyedChoices(ids: readonly string[], prefix: string): Choice[] {
  return ids.map((id) => ({ id, label: { key: `${prefix}.${id}` } }));
}
