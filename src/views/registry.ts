/**
 * The lens registry. Every lens folder has a `lens.ts` exporting `lens: LensDef`; this
 * file collects them (Vite's `import.meta.glob`), so adding a lens adds a folder and
 * edits nothing here. Overview's view ships in the first bundle; other lenses' views are
 * `lazy` imports so the initial download stays small. Titles are i18n keys `lens.<id>`.
 */
import type { ComponentType } from 'react';

export interface LensDef {
  id: string;
  /** Position in the tab bar (the course notes' order). */
  order: number;
  View: ComponentType;
}

const found = import.meta.glob<LensDef>('./*/lens.ts', { eager: true, import: 'lens' });

export const LENS_DEFS: readonly LensDef[] = Object.values(found).toSorted((a, b) => a.order - b.order);
export const LENS_IDS: readonly string[] = LENS_DEFS.map((d) => d.id);

export function isLensId(id: string): boolean {
  return LENS_IDS.includes(id);
}

export function lensView(id: string): ComponentType {
  return (LENS_DEFS.find((d) => d.id === id) ?? LENS_DEFS[0])?.View ?? (() => null);
}
