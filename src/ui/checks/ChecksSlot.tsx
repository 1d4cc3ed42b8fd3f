/** Where the concept-check panel appears when it is open; its code (and the engine it runs) loads on first use. */
import { lazy, Suspense } from 'react';
import { selectChecksOpen, useStore } from '../../store';

const ChecksPanel = lazy(() => import('./ChecksPanel'));

export function ChecksSlot() {
  const open = useStore(selectChecksOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ChecksPanel />
    </Suspense>
  );
}
