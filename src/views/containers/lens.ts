/** The Containers vs VMs lens: lazily loaded, after the CPU/memory/storage/network lenses. */
import { lazy } from 'react';
import type { LensDef } from '../lensDef';

export const lens: LensDef = {
  id: 'containers',
  order: 60,
  View: lazy(() => import('./ContainersView')),
  commands: ['placeVm', 'removeVm', 'runContainer', 'removeContainer', 'modifyFile', 'moveContainer'],
};
