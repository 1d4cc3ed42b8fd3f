/** The CPU lens: vCPUs scheduled onto cores and hyperthreads. Lazy, so the first bundle stays small. */
import { lazy } from 'react';
import { lazyPanels, type LensDef } from '../lensDef';

export const lens: LensDef = {
  id: 'cpu',
  order: 10,
  View: lazy(() => import('./CpuView')),
  inspector: lazyPanels(() => import('./panels'), ['vcpu', 'cpuSlice']),
  commands: ['addVm', 'removeVm', 'setVmCpu', 'setPolicy', 'setTimeslice', 'setCoSchedule', 'setHtFactor', 'pinVcpu', 'setContainerCpu'],
};
