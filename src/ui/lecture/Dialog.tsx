/**
 * A modal dialog on the native <dialog> element: the browser traps focus inside it,
 * Escape closes it, and focus returns to what opened it. Open state lives in the
 * store (`dialog`), so shortcuts, buttons and tests all open the same thing.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { setLecture, type DialogName } from '../../store';

export function Dialog({ name, title, children, wide = false }: { name: NonNullable<DialogName>; title: string; children: ReactNode; wide?: boolean }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (d !== null && !d.open) d.showModal();
    // React handles autoFocus itself (before the dialog opens), so dialogs mark their
    // first control with data-autofocus instead.
    d?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'vl-dialog vl-dialog-wide' : 'vl-dialog'}
      data-testid={`dialog-${name}`}
      aria-labelledby={`dialog-${name}-title`}
      onClose={() => setLecture({ dialog: null })}
    >
      <div className="vl-dialog-head">
        <h2 id={`dialog-${name}-title`}>{title}</h2>
        <button type="button" onClick={() => ref.current?.close()} aria-label={t('lecture.close')} data-testid="dialog-close">
          ×
        </button>
      </div>
      <div className="vl-dialog-body">{children}</div>
    </dialog>
  );
}
