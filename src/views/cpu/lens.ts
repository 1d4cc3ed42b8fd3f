/** The CPU lens: vCPUs scheduled onto cores and hyperthreads. Lazy, so the first bundle stays small. */
import { lazyPart } from '../shared/lazyPart';
import { LensLoading } from '../shared/LensLoading';
import { lazyPanels, type LensDef } from '../lensDef';

export const lens: LensDef = {
  id: 'cpu',
  order: 10,
  words: ['cpu'],
  View: lazyPart(() => import('./CpuView'), LensLoading),
  inspector: lazyPanels(() => import('./panels'), ['vcpu', 'cpuSlice']),
  commands: ['addVm', 'removeVm', 'setVmCpu', 'setPolicy', 'setTimeslice', 'setCoSchedule', 'setHtFactor', 'pinVcpu', 'setContainerCpu'],
};
