/** The Containers lens (containers vs VMs, and containers at scale): lazily loaded, after the CPU/memory/storage/network lenses. */
import { lazyPart } from '../shared/lazyPart';
import { LensLoading } from '../shared/LensLoading';
import type { LensDef } from '../lensDef';

export const lens: LensDef = {
  id: 'containers',
  order: 60,
  words: ['containers', 'orch', 'storage'],
  View: lazyPart(() => import('./ContainersView'), LensLoading),
  commands: ['placeVm', 'removeVm', 'runContainer', 'removeContainer', 'modifyFile', 'moveContainer', 'killPod', 'scaleDeployment', 'setDeploymentLoad', 'rolloutDeployment', 'failHost', 'repairHost'],
};
