/** The Techniques lens: hypervisor types and CPU virtualization techniques (lazy-loaded). */
import { lazy } from 'react';
import type { LensDef } from '../lensDef';

export const lens: LensDef = { id: 'techniques', order: 40, View: lazy(() => import('./TechniquesView')), commands: ['setHypervisorType', 'setTechnique', 'setHwEra', 'setIoPath', 'setGpuLoad'] };
