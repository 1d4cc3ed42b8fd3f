/** The Containers lens (containers vs VMs, and containers at scale): lazily loaded, after the CPU/memory/storage/network lenses. */
import { lazy } from 'react';
import type { LensDef } from '../lensDef';

export const lens: LensDef = {
  id: 'containers',
  order: 60,
  View: lazy(() => import('./ContainersView')),
  commands: ['placeVm', 'removeVm', 'runContainer', 'removeContainer', 'modifyFile', 'moveContainer', 'killPod', 'scaleDeployment', 'setDeploymentLoad', 'rolloutDeployment', 'failHost', 'repairHost'],
};
