/**
 * The phone and tablet header's Menu: a disclosure button (aria-expanded) that opens a
 * panel over the page with the lecture tools (the same LectureMenu as the wide header)
 * and the language and theme selects (the same components). Escape closes it and puts
 * focus back on the button; so does a press outside it or focus leaving it. Choosing a
 * tool closes the panel and focuses the button before the dialog opens, so closing the
 * dialog brings focus back to the Menu, as the wide header's buttons do for theirs.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { LanguageSelect, ThemeSelect } from './HeaderSelects';
import { LectureMenu } from './lecture/LectureMenu';

export function HeaderMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement | null>(null);
  const button = useRef<HTMLButtonElement | null>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent): void => {
      if (e.target instanceof Node && wrap.current?.contains(e.target) !== true) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !open) return;
    // The menu's Escape: not a shortcut for the page (blackout, tools) underneath.
    e.stopPropagation();
    e.preventDefault();
    close();
  };

  return (
    <div
      className="header-menu"
      ref={wrap}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button ref={button} type="button" className="header-menu-button" data-testid="header-menu" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">☰</span> {t('header.menu')}
      </button>
      <div id={panelId} className="header-menu-panel" data-testid="header-menu-panel" hidden={!open}>
        {open && (
          <>
            <LectureMenu onPick={close} />
            <div className="header-menu-selects">
              <LanguageSelect />
              <ThemeSelect />
            </div>
          </>
        )}
      </div>
    </div>
  );
}
