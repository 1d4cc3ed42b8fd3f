/**
 * Lens tabs: one tab per lens that exists. Arrow keys move between tabs (WAI-ARIA tabs).
 */
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { LENS_ID_LIST as LENSES } from '../views/lensIds';
import { selectLens, setLens, useStore } from '../store';

export function LensTabs() {
  const t = useT();
  const lens = useStore(selectLens);
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number): void => {
    const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (d === 0) return;
    const next = LENSES[(i + d + LENSES.length) % LENSES.length];
    if (next !== undefined) setLens(next);
  };
  return (
    <div className="lens-tabs" role="tablist" aria-label={t('lens.tabs')}>
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
