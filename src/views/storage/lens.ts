/** The Storage / SAN lens: third in the notes' order (스토리지 가상화, SAN), loaded on demand. */
import { lazyPart } from '../shared/lazyPart';
import { LensLoading } from '../shared/LensLoading';
import { lazyPanels, type LensDef } from '../lensDef';

export const lens: LensDef = {
  id: 'storage',
  order: 30,
  words: ['storage', 'containers', 'raid'],
  View: lazyPart(() => import('./StorageView'), LensLoading),
  partial: lazyPart(() => import('./StoragePartial'), LensLoading),
  inspector: lazyPanels(() => import('./panels'), ['volume', 'array']),
  commands: ['createVolume', 'deleteVolume', 'setPlacementPolicy', 'setRackAware', 'addArray', 'failArray', 'repairArray', 'failRack', 'failDisk', 'replaceDisk', 'rebalance', 'setRebuildBandwidth', 'setVolumeAccess', 'accessVolume'],
};
