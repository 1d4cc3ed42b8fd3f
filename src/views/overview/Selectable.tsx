/**
 * A clickable, keyboard-operable SVG group that selects something for the inspector
 * (Enter or Space), with aria-pressed showing the current selection. Shared by the lenses.
 * Its name is an SVG <title> (also the hover tooltip), not aria-label: the group draws
 * several texts of its own, and an aria-label would have to repeat all of them to keep the
 * visible text inside the accessible name (WCAG 2.5.3, label in name).
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { select, selectSelection, useStore, type Selection } from '../../store';

function same(a: Selection, b: Selection): boolean {
  return a !== null && b !== null && a.kind === b.kind && a.index === b.index;
}

export function Selectable({ sel, label, children, className }: { sel: NonNullable<Selection>; label: string; children: ReactNode; className?: string }) {
  const selected = useStore((s) => same(selectSelection(s), sel));
  const onKey = (e: KeyboardEvent<SVGGElement>): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      select(sel);
    }
  };
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
      onKeyDown={onKey}
      data-sel={`${sel.kind}-${sel.index}`}
    >
      <title>{label}</title>
      {children}
    </g>
  );
}
