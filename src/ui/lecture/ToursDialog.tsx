/**
 * The tour picker: every tour with its blurb, its length and how many of its steps
 * this build can show with their own lens (the rest fall back to the Overview, marked
 * ⓘ); any step can be opened directly, as in VisuAlgo's e-lecture index.
 */
import { useT } from '../../i18n';
import { setLecture } from '../../store';
import { missingParts, TOURS, stepKeys } from '../../tours';
import { Dialog } from './Dialog';
import { available, goToStep } from './tourRunner';

export function ToursDialog() {
  const t = useT();
  const av = available();
  return (
    <Dialog name="tours" title={t('lecture.tours.title')}>
      <ul className="tour-list">
        {TOURS.map((tour, n) => {
          const full = tour.steps.filter((s) => missingParts(s, av).length === 0).length;
          return (
            <li key={tour.id}>
              <button
                type="button"
                data-testid={`start-tour-${tour.id}`}
                // The first tour takes the focus, so Page Down then Enter starts a lecture.
                data-autofocus={n === 0 ? true : undefined}
                onClick={() => {
                  setLecture({ dialog: null });
                  goToStep(tour.id, 0);
                }}
              >
                <strong>{t(`tour.${tour.id}.title`)}</strong>
              </button>
              <p>{t(`tour.${tour.id}.blurb`)}</p>
              <p className="muted">{t('lecture.tours.steps', { n: tour.steps.length, full })}</p>
              <ol className="tour-outline">
                {tour.steps.map((s, i) => (
                  <li key={s.id}>
                    <button
                      type="button"
                      className="link-button"
                      data-testid={`start-tour-${tour.id}-${i + 1}`}
                      onClick={() => {
                        setLecture({ dialog: null });
                        goToStep(tour.id, i);
                      }}
                    >
                      {t(stepKeys(tour.id, s).title)}
                    </button>
                    {missingParts(s, av).length > 0 && <span className="muted"> ⓘ</span>}
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
