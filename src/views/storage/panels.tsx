/** The Storage lens's inspector panels: a volume (with its RAID view) and an array. */
import { ArrayDetails, VolumeDetails } from '../../ui/inspector/StorageDetails';
import type { PanelProps } from '../lensDef';

export const panels = {
  volume: ({ snap, sel }: PanelProps<'volume'>) => <VolumeDetails snap={snap} index={sel.index} />,
  array: ({ snap, sel }: PanelProps<'array'>) => <ArrayDetails snap={snap} index={sel.index} />,
};
