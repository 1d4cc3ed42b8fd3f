/** Where the concept-check panel appears when it is open; its code (and the engine it runs) loads on first use. */
import { lazyPart } from '../../views/shared/lazyPart';
import { selectChecksOpen, useStore } from '../../store';
import { afterWords } from '../../i18n';

const ChecksPanel = lazyPart(afterWords(() => import('./ChecksPanel')));

export function ChecksSlot() {
  const open = useStore(selectChecksOpen);
  if (!open) return null;
  return <ChecksPanel />;
}
