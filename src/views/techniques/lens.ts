/** The Techniques lens: hypervisor types and CPU virtualization techniques (lazy-loaded). */
import { lazyPart } from '../shared/lazyPart';
import type { LensDef } from '../lensDef';

export const lens: LensDef = { id: 'techniques', order: 40, words: ['techniques', 'gpu', 'iopaths'], View: lazyPart(() => import('./TechniquesView')), commands: ['setHypervisorType', 'setTechnique', 'setHwEra', 'setIoPath', 'setGpuLoad'] };
