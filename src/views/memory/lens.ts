/** The memory lens: second after the CPU in the notes' order (메모리 가상화). */
import { lazyPart } from '../shared/lazyPart';
import { LensLoading } from '../shared/LensLoading';
import type { LensDef } from '../lensDef';

export const lens: LensDef = {
  id: 'memory',
  order: 20,
  words: ['memory'],
  View: lazyPart(() => import('./MemoryView'), LensLoading),
  commands: ['setTranslation', 'setMemoryFeature', 'setReclaimPolicy', 'setGuestPolicy', 'setVmMemory'],
};
