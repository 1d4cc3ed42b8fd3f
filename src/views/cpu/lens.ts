/** The CPU lens: vCPUs scheduled onto cores and hyperthreads. Lazy, so the first bundle stays small. */
import { lazy } from 'react';
import type { LensDef } from '../registry';

export const lens: LensDef = { id: 'cpu', order: 10, View: lazy(() => import('./CpuView')) };
