/**
 * A clickable, keyboard-operable SVG group that selects something for the inspector
 * (Enter or Space), with aria-pressed showing the current selection. Every lens uses it.
 * Its name is an SVG <title> (also the hover tooltip), not aria-label: the group draws
 * several texts of its own, and an aria-label would have to repeat all of them to keep the
 * visible text inside the accessible name (WCAG 2.5.3, label in name).
 *
 * Thousands of these can be on screen (a big SAN, a data centre), so they do not each
 * watch the store: one subscription notices selection changes and wakes only the
 * Selectables that were or became selected. A new snapshot costs them nothing.
 */
import { useEffect, useLayoutEffect, useReducer, useRef, type ReactNode } from 'react';
import { getAppState, select, useStore, type Selection } from '../../store';
import { activateOnKey } from './keys';

type Sel = NonNullable<Selection>;

export function selKey(sel: Selection): string {
  return sel === null ? '' : `${sel.kind}-${sel.index}`;
}

const watchers = new Map<string, Set<() => void>>();
let current = '';
let unsubscribe: (() => void) | null = null;

function watch(key: string, wake: () => void): () => void {
  let set = watchers.get(key);
  if (set === undefined) {
    set = new Set();
    watchers.set(key, set);
  }
  set.add(wake);
  if (unsubscribe === null) {
    current = selKey(getAppState().selection);
    unsubscribe = useStore.subscribe((s, prev) => {
      if (s.selection === prev.selection) return;
      const next = selKey(s.selection);
      if (next === current) return;
      const before = current;
      current = next;
      for (const k of [before, next]) for (const w of watchers.get(k) ?? []) w();
    });
  }
  return () => {
    set.delete(wake);
    if (set.size === 0) watchers.delete(key);
    if (watchers.size === 0) {
      unsubscribe?.();
      unsubscribe = null;
    }
  };
}

/** Whether `sel` is the current selection; re-renders only when that answer changes. */
export function useIsSelected(sel: Sel): boolean {
  const key = selKey(sel);
  const [, wake] = useReducer((n: number) => n + 1, 0);
  const selected = selKey(getAppState().selection) === key;
  const shown = useRef(selected);
  useLayoutEffect(() => {
    shown.current = selected;
  });
  useEffect(() => {
    const stop = watch(key, wake);
    // The selection may have changed between this render and the subscription.
    if ((selKey(getAppState().selection) === key) !== shown.current) wake();
    return stop;
  }, [key]);
  return selected;
}

export function Selectable({ sel, label, children, className }: { sel: Sel; label: string; children: ReactNode; className?: string }) {
  const selected = useIsSelected(sel);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      className={`selectable${selected ? ' selected' : ''}${className === undefined ? '' : ` ${className}`}`}
      onClick={(e) => {
        e.stopPropagation();
        select(sel);
      }}
      onKeyDown={activateOnKey(() => select(sel))}
      data-sel={selKey(sel)}
    >
      <title>{label}</title>
      {children}
    </g>
  );
}
