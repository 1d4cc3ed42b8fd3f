/**
 * What a lens is: its id and place in the tab bar, its view, the inspector panels for
 * what it lets people select, and the engine commands it sends. Every `lens.ts` exports
 * one `LensDef`; views/registry.ts collects them. (A module of its own, so lens files
 * and the registry do not import each other.)
 */
import { type ComponentType } from 'react';
import { lazyPart } from './shared/lazyPart';
import { PanelLoading } from './shared/LensLoading';
import { afterWords } from '../i18n';
import type { CommandType, Snapshot } from '../engine';
import type { Selection } from '../store';

export type Selected = NonNullable<Selection>;
export type SelectionKind = Selected['kind'];
export type PanelProps<K extends SelectionKind = SelectionKind> = { snap: Snapshot; sel: Extract<Selected, { kind: K }> };
export type InspectorPanels = { [K in SelectionKind]?: ComponentType<PanelProps<K>> };

export interface LensDef {
  id: string;
  /** Position in the tab bar (the course notes' order). */
  order: number;
  View: ComponentType;
  /**
   * The lens catalogues its view shows (i18n/lenses/<name>.<lang>.ts, beyond the shell's words
   * every screen has): boot waits for them when the lens opens first, and the view waits for
   * them before it renders. A unit test checks they cover every key the lens's code names.
   */
  words: readonly string[];
  /** Inspector bodies for the selections this lens makes; each kind belongs to one lens. */
  inspector?: InspectorPanels;
  /** Every engine command type this lens's views and panels send. */
  commands: readonly CommandType[];
  /** What the lens still shows of a world it does not exercise, under its empty state's reason (Storage without a SAN: the hosts' local disks). */
  partial?: ComponentType;
}

/**
 * Lazy inspector panels from one module that exports `panels` (so a lens's panels are one
 * chunk, fetched when something of that lens is first selected, with every word of the
 * language: any lens may show a selection). Until they are here the inspector says "Loading…".
 */
export function lazyPanels<K extends SelectionKind>(load: () => Promise<{ panels: Pick<Required<InspectorPanels>, K> }>, kinds: readonly K[]): Pick<Required<InspectorPanels>, K> {
  const out = {} as Record<K, ComponentType<PanelProps>>;
  for (const k of kinds) {
    out[k] = lazyPart(afterWords(() => load().then((m) => ({ default: m.panels[k] as unknown as ComponentType<PanelProps> }))), PanelLoading);
  }
  return out as unknown as Pick<Required<InspectorPanels>, K>;
}
