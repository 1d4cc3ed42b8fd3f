/** "Update now": loads with the service-worker code, which only an offered update needs. */
import { useT } from '../../i18n';
import { applyUpdate } from '../../offline/register';

export default function UpdateButton() {
  const t = useT();
  return (
    <button type="button" className="primary" data-testid="update-now" onClick={() => void applyUpdate()}>
      {t('offline.updateNow')}
    </button>
  );
}
