/**
 * The inspector: details of whatever is selected in a lens, with the explanation of
 * why it is in its current state and the controls that act on it. Each lens declares
 * the panels for what it lets people select (views/registry.ts); their numbers update
 * a few times a second, as text people read.
 */
import { createElement } from 'react';
import { useT } from '../../i18n';
import { selectSelection, useStore } from '../../store';
import { inspectorPanel } from '../../views/registry';
import { useSnapshot, wholeSnapshot } from '../../views/shared/useSnapshot';

/** `quiet`: the heading is for screen readers only (the phone sheet's button already names it). */
export function Inspector({ quiet = false }: { quiet?: boolean }) {
  const t = useT();
  const sel = useStore(selectSelection);
  const snap = useSnapshot(wholeSnapshot, 4);
  const Panel = sel === null ? null : inspectorPanel(sel.kind);
  const empty = <p className="muted">{t('inspector.empty')}</p>;
  return (
    <aside className="inspector" aria-label={t('inspector.title')} data-testid="inspector">
      <h2 className={quiet ? 'visually-hidden' : undefined}>{t('inspector.title')}</h2>
      {sel === null || snap === null || Panel === null ? empty : createElement(Panel, { snap, sel })}
    </aside>
  );
}
