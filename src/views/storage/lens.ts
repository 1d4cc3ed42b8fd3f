/** The Storage / SAN lens: third in the notes' order (스토리지 가상화, SAN), loaded on demand. */
import { lazy } from 'react';
import { lazyPanels, type LensDef } from '../lensDef';

export const lens: LensDef = {
  id: 'storage',
  order: 30,
  View: lazy(() => import('./StorageView')),
  partial: lazy(() => import('./StoragePartial')),
  inspector: lazyPanels(() => import('./panels'), ['volume', 'array']),
  commands: ['createVolume', 'deleteVolume', 'setPlacementPolicy', 'setRackAware', 'addArray', 'failArray', 'repairArray', 'failRack', 'failDisk', 'replaceDisk', 'rebalance', 'setRebuildBandwidth', 'setVolumeAccess', 'accessVolume'],
};
