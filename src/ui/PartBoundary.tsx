/**
 * Where a part of the page (a lens, the side column, a dialog) fails, only that part says
 * so; the rest of the page and the world in the simulation go on. Two kinds of failure:
 * its code did not arrive (offline before the app was cached, a dropped connection), or
 * it stopped with an error of VirtLab's own. Either way "Try again" asks for the part's
 * code once more (views/shared/lazyPart.ts) and renders it again; switching lens does too.
 */
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useT } from '../i18n';

/** Whether an error is a module that failed to load (the browsers' messages for a failed dynamic import). */
export function isLoadFailure(err: unknown): boolean {
  const msg = err instanceof Error ? err.message : String(err);
  return /dynamically imported module|module script failed|Importing a module script failed|error loading dynamically imported/i.test(msg);
}

function PartFailed({ error, resetErrorBoundary }: FallbackProps) {
  const t = useT();
  const load = isLoadFailure(error);
  return (
    <div className="notice notice-error part-failed" role="alert" data-testid="part-failed" data-reason={load ? 'load' : 'error'}>
      <p>{t(load ? 'part.loadFailed' : 'part.error')}</p>
      <p className="muted">{t('part.worldSafe')}</p>
      <button
        type="button"
        className="primary"
        data-testid="part-retry"
        onClick={() => resetErrorBoundary()}
      >
        {t('part.retry')}
      </button>
      {!load && (
        <details>
          <summary>{t('part.details')}</summary>
          <pre>{error instanceof Error ? error.message : String(error)}</pre>
        </details>
      )}
    </div>
  );
}

/**
 * An error boundary for one part of the page; `resetKeys` (the lens shown) render it afresh
 * when they change. A `quiet` part is an extra the page works without (pinch gestures, the
 * pen's layer, the update button): if it fails, it is simply not there.
 */
export function PartBoundary({ children, resetKeys, quiet = false }: { children: ReactNode; resetKeys?: unknown[]; quiet?: boolean }) {
  const fallback = quiet ? { fallback: null } : { FallbackComponent: PartFailed };
  return (
    <ErrorBoundary {...fallback} {...(resetKeys === undefined ? {} : { resetKeys })}>
      {children}
    </ErrorBoundary>
  );
}
