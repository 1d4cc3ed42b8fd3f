/**
 * The drawing's key, read together with the drawing: one compact row of marks right under
 * the drawing (a glyph and a few words each, sized as the drawing's labels are, so
 * [data-drawing]; on the projector it starts beside the zoom controls), each mark's full
 * meaning as its tooltip, and all of them in words behind a button at the row's end ("more"). On a
 * wide screen the drawing's frame gives up the room the row takes under the zoom controls
 * (`--storage-key-h`, storage.css), so the drawing, its controls and the key's last entry all
 * fit in the lens frame without scrolling, on a 1280x720 projector too. The words, once
 * opened, take no room from the drawing: the reader asked for them, and the lens scrolls.
 */
import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useT } from '../../i18n';

/**
 * The marks of the drawing, in the order the key lists them; the disk rebuild only where an array has a RAID level, and
 * the lost mark on a VM's volume count only while a volume is lost (the marks the drawing shows, no more).
 */
export function keyMarks(raid: boolean, lost = false): string[] {
  return ['ok', 'new', 'rebuilding', 'moving', 'degraded', 'failed', ...(lost ? ['lost'] : []), 'full', 'arc', 'load', 'copiesIn', ...(raid ? ['diskRebuild'] : [])];
}

/** How far below the zoom controls' end (their margin included) an element's end (its margin included) is, in px, never under 0. */
function below(row: HTMLElement, bar: HTMLElement): number {
  const end = (e: HTMLElement): number => e.getBoundingClientRect().bottom + (parseFloat(getComputedStyle(e).marginBottom) || 0);
  return Math.max(0, Math.ceil(end(row) - end(bar)));
}

/**
 * Keeps `--storage-key-h` on the lens (`.lens-storage`) at the room the key's row takes under
 * the drawing's zoom controls, followed as the row changes size (a language, a width, the zoom level's text).
 */
function useKeyRoom(row: RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    const el = row.current;
    const lens = el?.closest<HTMLElement>('.lens-storage');
    const bar = lens?.querySelector<HTMLElement>('.storage-frame ~ .zoom-bar');
    if (el == null || lens == null || bar == null) return undefined;
    const measure = (): void => {
      const next = `${below(el, bar)}px`;
      if (lens.style.getPropertyValue('--storage-key-h') !== next) lens.style.setProperty('--storage-key-h', next);
    };
    measure();
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    ro?.observe(el);
    ro?.observe(bar);
    return () => {
      ro?.disconnect();
      lens.style.removeProperty('--storage-key-h');
    };
  }, [row]);
}

export function StorageKey({ raid, lost }: { raid: boolean; lost: boolean }) {
  const t = useT();
  const row = useRef<HTMLDivElement | null>(null);
  const [open, setOpen] = useState(false);
  const id = useId();
  useKeyRoom(row);
  const marks = keyMarks(raid, lost);
  return (
    <div className="storage-key-box" data-testid="storage-legend">
      <div ref={row} className="storage-key-row" data-drawing>
        <ul className="storage-key-marks" aria-label={t('legend.title')}>
          {marks.map((k) => (
            <li key={k} title={t(`storage.legend.${k}`)} data-testid={`storage-legend-${k}`}>
              {t(`storage.key.${k}`)}
            </li>
          ))}
        </ul>
        <button type="button" className="linkish storage-key-toggle" aria-expanded={open} aria-controls={open ? id : undefined} aria-label={`${t('storage.key.more')}: ${t('storage.key.title')}`} title={t('storage.key.title')} onClick={() => setOpen((o) => !o)} data-testid="storage-legend-more">
          {`${open ? '▾' : '▸'} ${t('storage.key.more')}`}
        </button>
      </div>
      {open && (
        <ul id={id} className="storage-key-full" data-testid="storage-legend-full">
          {marks.map((k) => (
            <li key={k}>{t(`storage.legend.${k}`)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
