/** The Cluster lens: placement, DRS balancing, live migration and HA. Lazily loaded. */
import { lazy } from 'react';
import type { LensDef } from '../lensDef';

export const lens: LensDef = {
  id: 'cluster',
  order: 70,
  View: lazy(() => import('./ClusterView')),
  commands: ['placeVm', 'migrateVm', 'configureCluster', 'failHost', 'repairHost', 'requestInstance'],
};
