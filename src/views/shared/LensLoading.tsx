import { useT } from '../../i18n';

/** What a lens says in its place while its code is on the way (lazyPart's `Loading`). */
export function LensLoading() {
  const t = useT();
  return <p className="status">{t('app.loading')}</p>;
}
