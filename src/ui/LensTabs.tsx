/**
 * Lens tabs: one tab per lens that exists. Arrow keys, Home and End move the selection
 * and the focus together (WAI-ARIA tabs with automatic activation), so pressing again
 * moves on from the tab just reached. On a narrow screen the tabs are one scrolling line
 * (lensTabs.css): the selected tab is scrolled into it, and only the strip scrolls, never the page.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { LENS_ID_LIST as LENSES } from '../views/lensIds';
import { selectLens, setLens, useStore } from '../store';
import { tabAfterKey } from './tabKeys';
import './lensTabs.css';

export function LensTabs() {
  const t = useT();
  const lens = useStore(selectLens);
  const strip = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = strip.current;
    const tab = document.getElementById(`tab-${lens}`);
    if (el === null || tab === null || el.scrollWidth <= el.clientWidth) return;
    const s = el.getBoundingClientRect();
    const r = tab.getBoundingClientRect();
    const pad = 16;
    if (r.left < s.left + pad) el.scrollLeft += r.left - s.left - pad;
    else if (r.right > s.right - pad) el.scrollLeft += r.right - s.right + pad;
  }, [lens]);
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number): void => {
    const j = tabAfterKey(e.key, i, LENSES.length);
    const next = j === null ? undefined : LENSES[j];
    if (next === undefined) return;
    e.preventDefault();
    setLens(next);
    // The tab gets focus now; it keeps it when React re-renders its tabIndex to 0.
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div ref={strip} className="lens-tabs" role="tablist" aria-label={t('lens.tabs')}>
      {LENSES.map((id, i) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={lens === id}
          aria-controls="lens-panel"
          tabIndex={lens === id ? 0 : -1}
          onClick={() => setLens(id)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {t(`lens.${id}`)}
        </button>
      ))}
    </div>
  );
}
