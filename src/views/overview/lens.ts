/**
 * The Overview lens: in the first bundle, first tab. Its inspector panels (VMs, hosts,
 * hypervisors, pCPUs, containers: what every lens can select) load when first needed.
 */
import { lazyPanels, type LensDef } from '../lensDef';
import OverviewView from './OverviewView';

export const lens: LensDef = {
  id: 'overview',
  order: 0,
  words: ['overview-kinds'],
  View: OverviewView,
  inspector: lazyPanels(() => import('./panels'), ['vm', 'host', 'hypervisor', 'pcpu', 'container']),
  commands: ['startVm', 'stopVm', 'setWorkload', 'setHypervisorType', 'setTechnique', 'setTimeslice', 'startContainer', 'stopContainer', 'sandboxWrite', 'sandboxRead', 'removeSandbox'],
};
