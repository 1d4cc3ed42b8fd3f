/** The Cluster lens: placement, DRS balancing, live migration and HA. Lazily loaded. */
import { lazyPart } from '../shared/lazyPart';
import { LensLoading } from '../shared/LensLoading';
import type { LensDef } from '../lensDef';

export const lens: LensDef = {
  id: 'cluster',
  order: 70,
  words: ['cluster', 'instances'],
  View: lazyPart(() => import('./ClusterView'), LensLoading),
  commands: ['placeVm', 'migrateVm', 'configureCluster', 'failHost', 'repairHost', 'requestInstance'],
};
