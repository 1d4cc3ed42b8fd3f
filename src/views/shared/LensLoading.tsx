import { useT } from '../../i18n';

/** What a lens says in its place while its code is on the way (lazyPart's `Loading`). */
export function LensLoading() {
  const t = useT();
  return <p className="status">{t('app.loading')}</p>;
}

/** The same words, quieter, in the inspector while a selection's panel code is on the way (lensDef's lazyPanels). */
export function PanelLoading() {
  const t = useT();
  return (
    <p className="muted" data-testid="panel-loading">
      {t('app.loading')}
    </p>
  );
}
