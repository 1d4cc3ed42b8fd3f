/**
 * Why a file a person chose is not JSON, as a translated message: where JSON.parse
 * stopped (a line and column they can find), or that it is not JSON at all. Shared by
 * the scenario and lesson importers.
 */
/**
 * Where JSON.parse stopped, as a line and column a person can find: V8 names a position
 * for most errors; JSON that ends too soon stops at its end. Null when the text does not
 * even start like JSON (a picture, a note), which is said differently.
 */
function jsonErrorAt(text: string, e: unknown): { line: number; column: number } | null {
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : '');
  const looksLikeJson = /^\s*[{[]/.test(text);
  if (m === null && !looksLikeJson) return null;
  const before = m === null ? text.trimEnd() : text.slice(0, Number(m[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}


export function notJson(text: string, e: unknown): { key: string; params: Record<string, number> } {
  const where = jsonErrorAt(text, e);
  return where === null ? { key: 'lecture.import.notJson', params: {} } : { key: 'lecture.import.notJsonAt', params: where };
}
