/**
 * The phone and tablet header's Menu: a button (aria-expanded) that opens a native modal
 * <dialog> just under it with the lecture tools (the same LectureMenu as the wide header)
 * and the language and theme selects (the same components). Modal, so the page under it
 * is inert while it is open (nothing half-covered can be hit by mistake) and focus stays
 * in it. Escape or a press outside closes it and puts focus back on the button. Choosing
 * a tool closes it and focuses the button before the tool's dialog opens, so closing that
 * dialog brings focus back to the Menu, as the wide header's buttons do for theirs.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { LanguageSelect, ThemeSelect } from './HeaderSelects';
import { LectureMenu } from './lecture/LectureMenu';

export function HeaderMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement | null>(null);
  const dialog = useRef<HTMLDialogElement | null>(null);
  const buttonId = useId();
  const panelId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (d === null) return;
    if (open && !d.open) {
      // Just under the button, right-aligned with it, whatever the title row's height.
      const r = button.current?.getBoundingClientRect();
      if (r !== undefined) d.style.top = `${Math.round(r.bottom + 4)}px`;
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);

  const close = (): void => {
    setOpen(false);
    dialog.current?.close();
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
    <div className="header-menu" onKeyDown={onKeyDown}>
      <button ref={button} id={buttonId} type="button" className="header-menu-button" data-testid="header-menu" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">☰</span> {t('header.menu')}
      </button>
      <dialog
        ref={dialog}
        id={panelId}
        className="header-menu-panel"
        data-testid="header-menu-panel"
        aria-labelledby={buttonId}
        onClose={() => setOpen(false)}
        // A press on the backdrop lands on the dialog itself (its content fills it otherwise).
        onClick={(e) => e.target === e.currentTarget && close()}
      >
        {open && (
          <div className="header-menu-body">
            <LectureMenu onPick={close} />
            <div className="header-menu-selects">
              <LanguageSelect />
              <ThemeSelect />
            </div>
          </div>
        )}
      </dialog>
    </div>
  );
}
