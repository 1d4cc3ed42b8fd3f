/**
 * The lens registry. Every lens folder has a `lens.ts` exporting `lens: LensDef`; this
 * file collects them (Vite's `import.meta.glob`), so adding a lens adds a folder and
 * edits nothing here. A lens declares its parts: the view (lazy, except the first tab),
 * the inspector panels for what it lets people select (lazy, one chunk per lens), and
 * the engine commands its controls and panels send (through the store's `sendCommand`).
 * Titles are i18n keys `lens.<id>`; a lens's own words load before its view renders (`words`).
 */
import type { ComponentType } from 'react';
import { withWords } from '../i18n';
import type { LensDef, PanelProps, SelectionKind } from './lensDef';

export type { LensDef, PanelProps, SelectionKind } from './lensDef';

const found = import.meta.glob<LensDef>('./*/lens.ts', { eager: true, import: 'lens' });

// A lens's view and partial view render once its words are here (LensDef.words).
export const LENS_DEFS: readonly LensDef[] = Object.values(found)
  .toSorted((a, b) => a.order - b.order)
  .map((d) => ({ ...d, View: withWords(d.words, d.View), ...(d.partial === undefined ? {} : { partial: withWords(d.words, d.partial) }) }));
export const LENS_IDS: readonly string[] = LENS_DEFS.map((d) => d.id);

export function isLensId(id: string): boolean {
  return LENS_IDS.includes(id);
}

/** The lens catalogues lens `id` shows (its `words`; the first lens's for an unknown id). */
export function lensWords(id: string): readonly string[] {
  return (LENS_DEFS.find((d) => d.id === id) ?? LENS_DEFS[0])?.words ?? [];
}

export function lensView(id: string): ComponentType {
  return (LENS_DEFS.find((d) => d.id === id) ?? LENS_DEFS[0])?.View ?? (() => null);
}

/** What lens `id` shows of a world it does not exercise (null: nothing but its empty state). */
export function lensPartial(id: string): ComponentType | null {
  return LENS_DEFS.find((d) => d.id === id)?.partial ?? null;
}

/** The inspector body for a selection, from whichever lens declares that kind (null: none). */
export function inspectorPanel(kind: SelectionKind): ComponentType<PanelProps> | null {
  for (const d of LENS_DEFS) {
    const p = d.inspector?.[kind];
    if (p !== undefined) return p as unknown as ComponentType<PanelProps>;
  }
  return null;
}
