/** The Techniques lens: hypervisor types and CPU virtualization techniques (lazy-loaded). */
import { lazyPart } from '../shared/lazyPart';
import { LensLoading } from '../shared/LensLoading';
import type { LensDef } from '../lensDef';

export const lens: LensDef = { id: 'techniques', order: 40, words: ['techniques', 'gpu', 'iopaths'], View: lazyPart(() => import('./TechniquesView'), LensLoading), commands: ['setHypervisorType', 'setTechnique', 'setHwEra', 'setIoPath', 'setGpuLoad'] };
