/** The Cluster lens: placement, DRS balancing, live migration and HA. Lazily loaded. */
import { lazy } from 'react';
import type { LensDef } from '../registry';

export const lens: LensDef = { id: 'cluster', order: 70, View: lazy(() => import('./ClusterView')) };
