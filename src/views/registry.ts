/**
 * The lens registry. Every lens folder has a `lens.ts` exporting `lens: LensDef`; this
 * file collects them (Vite's `import.meta.glob`), so adding a lens adds a folder and
 * edits nothing here. A lens declares its parts: the view (lazy, except the first tab),
 * the inspector panels for what it lets people select (lazy, one chunk per lens), and
 * the engine commands its controls and panels send (through the store's `sendCommand`).
 * Titles are i18n keys `lens.<id>`.
 */
import type { ComponentType } from 'react';
import type { LensDef, PanelProps, SelectionKind } from './lensDef';

export type { LensDef, PanelProps, SelectionKind } from './lensDef';

const found = import.meta.glob<LensDef>('./*/lens.ts', { eager: true, import: 'lens' });

export const LENS_DEFS: readonly LensDef[] = Object.values(found).toSorted((a, b) => a.order - b.order);
export const LENS_IDS: readonly string[] = LENS_DEFS.map((d) => d.id);

export function isLensId(id: string): boolean {
  return LENS_IDS.includes(id);
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
