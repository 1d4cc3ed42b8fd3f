/**
 * A clickable, keyboard-operable SVG group that selects something for the inspector
 * (Enter or Space), with aria-pressed showing the current selection. Shared by the lenses.
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
      aria-label={label}
      aria-pressed={selected}
      className={`selectable${selected ? ' selected' : ''}${className === undefined ? '' : ` ${className}`}`}
      onClick={(e) => {
        e.stopPropagation();
        select(sel);
      }}
      onKeyDown={onKey}
      data-sel={`${sel.kind}-${sel.index}`}
    >
      {children}
    </g>
  );
}
