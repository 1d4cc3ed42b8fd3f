/**
 * In an embedded tour, a task done with the inspector's buttons cannot be done in the
 * lens alone: this note links to the same step (same world, same tour) in the full app.
 */
import { useT } from '../../i18n';
import { currentState, fullLink } from '../../embed/currentState';

export default function OpenFull() {
  const t = useT();
  const st = currentState();
  if (st === null) return null;
  return (
    <p className="tour-note">
      {t('lecture.tour.embedTask')}{' '}
      <a href={fullLink(st)} target="_blank" rel="noreferrer" data-testid="tour-open-full">
        {t('lecture.tour.openFull')}
      </a>
    </p>
  );
}
