/**
 * Phones and tablets: the inspector and the event feed as a sheet docked above the
 * playback bar, instead of a column below the lens that nobody scrolls to. Closed, it is
 * one row of two buttons; open, it shows one of the two (the other stays in the page,
 * hidden, so nothing is lost) in at most 45 % of the screen, and the lens above shrinks
 * instead of being covered. Selecting something in a lens opens it on the inspector; a
 * lesson step's own selection does not (the step shares the screen with the lens, and its
 * words say where to look: the reader opens the inspector when the step asks for it).
 */
import { useEffect, useRef } from 'react';
import { useT } from '../i18n';
import { selectSelection, setSheet, useStore } from '../store';
import { EventFeed } from './EventFeed';
import { Inspector } from './inspector/Inspector';
import './bottomSheet.css';

type Part = 'inspector' | 'events';

export function BottomSheet() {
  const t = useT();
  const sel = useStore(selectSelection);
  const byReader = useStore((s) => s.selectionBy === 'reader');
  // In the store, so a lesson step whose task is done in the inspector can offer to open it.
  const open = useStore((s) => s.sheet);
  const seen = useRef(sel);
  // A new selection the reader made is something to read about: the sheet opens on the inspector.
  useEffect(() => {
    if (sel !== null && sel !== seen.current && byReader) setSheet('inspector');
    seen.current = sel;
  }, [sel, byReader]);
  const toggle = (p: Part): void => setSheet(open === p ? null : p);
  return (
    <section className={open === null ? 'sheet' : 'sheet sheet-open'} aria-label={t('sheet.label')} data-testid="sheet" data-open={open ?? ''}>
      <div className="sheet-tabs">
        <button type="button" aria-expanded={open === 'inspector'} aria-controls="sheet-inspector" data-testid="sheet-inspector" onClick={() => toggle('inspector')}>
          {open === 'inspector' ? '▾' : '▴'} {t('inspector.title')}
        </button>
        <button type="button" aria-expanded={open === 'events'} aria-controls="sheet-events" data-testid="sheet-events" onClick={() => toggle('events')}>
          {open === 'events' ? '▾' : '▴'} {t('events.title')}
        </button>
      </div>
      <div id="sheet-inspector" className="sheet-body" hidden={open !== 'inspector'}>
        <Inspector quiet />
      </div>
      <div id="sheet-events" className="sheet-body" hidden={open !== 'events'}>
        <EventFeed quiet />
      </div>
    </section>
  );
}
