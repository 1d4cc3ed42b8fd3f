/**
 * The app shell: header, lens tabs, the active lens, the inspector with the event feed,
 * and the playback bar. In embed mode only the lens and a minimal playback bar remain.
 * Its frame matches the static shell in index.html, so nothing moves when it takes over.
 * Parts the first screen does not need (the lecture layer: dialogs, shortcuts; the tour
 * panel, shown only during a tour) load on their own, after it.
 */
import { Suspense } from 'react';
import { lazyPart } from '../views/shared/lazyPart';
import { afterWords, useT } from '../i18n';
import { selectEmbed, selectLens, selectPenUsed, selectStatus, selectTour, useStore } from '../store';
import { BottomSheet } from './BottomSheet';
import { EventFeed } from './EventFeed';
import { Header } from './Header';
import { Inspector } from './inspector/Inspector';
import { LensBody } from './LensEmpty';
import { LensTabs } from './LensTabs';
import { LiveNarration } from './LiveNarration';
import { Notices } from './Notices';
import { PartBoundary } from './PartBoundary';
import { PlaybackBar } from './PlaybackBar';
import { StateDigest } from './StateDigest';
import { WorldUndo } from './WorldUndo';
// The lecture menu sits in the header: its styles belong to the first paint, not to the lazy layer.
import './lecture/lecture.css';
import { ChecksSlot } from './checks/ChecksSlot';
import './classroom.css';
import { ClassroomBar, useWideLayout } from './lecture/ClassroomBar';

// The pen's layer loads the first time the pen is turned on, then stays (its ink clears on step).
const InkLayer = lazyPart(afterWords(() => import('./lecture/InkLayer').then((m) => ({ default: m.InkLayer }))));

function InkSlot() {
  const used = useStore(selectPenUsed);
  if (!used) return null;
  return (
    <PartBoundary quiet>
      <InkLayer />
    </PartBoundary>
  );
}

// Lecture parts show words from every catalogue (tours, lessons, any lens's terms): they wait for them all.
const LectureLayer = lazyPart(afterWords(() => import('./lecture/LectureLayer').then((m) => ({ default: m.LectureLayer })), ['lecture', 'tours', 'lessons', 'classroom', 'techniques']));
const TourPanelLazy = lazyPart(afterWords(() => import('./lecture/TourPanel').then((m) => ({ default: m.TourPanel }))));

function TourPanel() {
  const tour = useStore(selectTour);
  if (tour === null) return null;
  return (
    <PartBoundary>
      <TourPanelLazy />
    </PartBoundary>
  );
}

/** Starting or recovering: said over the page (a line in the flow would push everything down when it goes). */
function StatusLine() {
  const t = useT();
  const status = useStore(selectStatus);
  if (status === 'running') return <span data-testid="app-ready" className="visually-hidden" />;
  return (
    <p className="status status-overlay" role="status">
      {t(`status.${status}`)}
    </p>
  );
}

export function App() {
  const t = useT();
  const lens = useStore(selectLens);
  const embed = useStore(selectEmbed);
  const wide = useWideLayout();
  const main = (
    <main id="lens-panel" role="tabpanel" aria-labelledby={`tab-${lens}`} className="lens-panel">
      <PartBoundary resetKeys={[lens]}>
        {/* A lens's view suspends until its words are here (withWords); lazy parts (lazyPart) never suspend, so need no boundary. */}
        <Suspense fallback={<p className="status">{t('app.loading')}</p>}>
          <LensBody lens={lens} />
        </Suspense>
      </PartBoundary>
      <InkSlot />
    </main>
  );
  return (
    <div className={embed ? 'app app-embed' : 'app'}>
      {!embed && <Header />}
      {!embed && <WorldUndo />}
      <Notices />
      <StatusLine />
      <StateDigest />
      <LiveNarration />
      {!embed && (
        <div className="tabs-row">
          <LensTabs />
          {!wide && <ClassroomBar />}
        </div>
      )}
      {embed && <ClassroomBar embed />}
      {embed && <TourPanel />}
      {embed && (
        <PartBoundary>
          <ChecksSlot />
        </PartBoundary>
      )}
      {embed ? (
        main
      ) : (
        <div className="workspace">
          {main}
          {/* Each part of the side column fails alone: a tour goes on beside an inspector panel that did not load. */}
          <div className="side">
            {wide && (
              <PartBoundary>
                <ClassroomBar />
              </PartBoundary>
            )}
            <TourPanel />
            <PartBoundary>
              <ChecksSlot />
            </PartBoundary>
            {wide && (
              <PartBoundary resetKeys={[lens]}>
                <Inspector />
              </PartBoundary>
            )}
            {wide && (
              <PartBoundary>
                <EventFeed />
              </PartBoundary>
            )}
          </div>
        </div>
      )}
      {!embed && !wide && (
        <PartBoundary>
          <BottomSheet />
        </PartBoundary>
      )}
      <PlaybackBar minimal={embed} />
      <PartBoundary>
        <LectureLayer />
      </PartBoundary>
    </div>
  );
}
