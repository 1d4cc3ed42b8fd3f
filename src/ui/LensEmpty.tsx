/**
 * The active lens, or, when the world on screen does not exercise it (Storage with no SAN,
 * Cluster with one host: views/lensLessons.ts decides), a plain sentence saying so and the
 * lens's lesson presets as buttons; what the lens can still show of this world comes first
 * (its `partial`: Storage without a SAN lists the hosts' local disks). A button loads its preset exactly as the scenario
 * picker does; "Show this lens anyway" shows the lens on this world until the scenario
 * changes. Either way focus moves to the lens's tab, which stays on the page.
 */
import { createElement, Suspense, useState } from 'react';
import { useT } from '../i18n';
import { selectScenarioId, useStore } from '../store';
import { lensExercised, lensLessons } from '../views/lensLessons';
import { lensPartial, lensView } from '../views/registry';
import './lensEmpty.css';

function focusTab(lens: string): void {
  document.getElementById(`tab-${lens}`)?.focus();
}

function LensEmpty({ lens, onAnyway }: { lens: string; onAnyway: () => void }) {
  const t = useT();
  const scenarioId = useStore(selectScenarioId);
  const lessons = lensLessons(lens).filter((id) => id !== scenarioId);
  const partial = lensPartial(lens);
  // Storage with one array has a SAN (the Overview draws it), only no choice in it: say that, not "no SAN".
  const oneArray = useStore((s) => (lens === 'storage' && s.snapshot?.topology.storageArrays.length === 1 ? (s.snapshot.topology.storageArrays[0]?.name ?? null) : null));
  // With no volume on that array yet, "every volume is on it" would say nothing true.
  const noVolumes = useStore((s) => oneArray !== null && s.snapshot?.storage.volumes.length === 0);
  return (
    <section className="lens-empty" data-testid="lens-empty" data-lens={lens} aria-labelledby="lens-empty-why">
      <p id="lens-empty-why" className="lens-empty-why">
        {oneArray === null ? t(`lensEmpty.why.${lens}`) : t(noVolumes ? 'lensEmpty.why.storageOneEmpty' : 'lensEmpty.why.storageOne', { array: oneArray })}
      </p>
      {/* The partial waits for its lens's words (withWords suspends). */}
      {partial !== null && <Suspense fallback={null}>{createElement(partial)}</Suspense>}
      {lessons.length > 0 && (
        <>
          <p className="lens-empty-offer">{t('lensEmpty.offer')}</p>
          <ul className="lens-empty-presets">
            {lessons.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="primary"
                  data-testid={`lens-empty-preset-${id}`}
                  onClick={() => {
                    // The boot module (with the preset catalogue) is loaded by now, as for the scenario picker.
                    void import('../boot').then((b) => b.loadPreset(id));
                    focusTab(lens);
                  }}
                >
                  {t(`preset.${id}.title`)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        className="lens-empty-anyway"
        data-testid="lens-empty-anyway"
        onClick={() => {
          onAnyway();
          focusTab(lens);
        }}
      >
        {t('lensEmpty.anyway')}
      </button>
    </section>
  );
}

/** The lens `lens`, or its empty state while the world does not exercise it. */
export function LensBody({ lens }: { lens: string }) {
  const empty = useStore((s) => s.snapshot !== null && !lensExercised(lens, s.snapshot));
  const scenarioId = useStore(selectScenarioId);
  // Lenses shown anyway on this world, until another scenario is loaded.
  const [anyway, setAnyway] = useState<ReadonlySet<string>>(new Set());
  const [loaded, setLoaded] = useState(scenarioId);
  if (loaded !== scenarioId) {
    setLoaded(scenarioId);
    setAnyway(new Set());
  }
  if (empty && !anyway.has(lens)) return <LensEmpty lens={lens} onAnyway={() => setAnyway(new Set([...anyway, lens]))} />;
  return createElement(lensView(lens));
}
