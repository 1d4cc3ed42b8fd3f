/** The Overview lens's inspector panels: a VM, a host's hardware, its hypervisor, a pCPU, a container. */
import { ContainerDetails, HostDetails, HypervisorDetails, PcpuDetails, VmDetails } from '../../ui/inspector/Details';
import type { PanelProps } from '../lensDef';

export const panels = {
  vm: ({ snap, sel }: PanelProps<'vm'>) => <VmDetails snap={snap} index={sel.index} />,
  host: ({ snap, sel }: PanelProps<'host'>) => <HostDetails snap={snap} index={sel.index} />,
  hypervisor: ({ snap, sel }: PanelProps<'hypervisor'>) => <HypervisorDetails snap={snap} index={sel.index} />,
  pcpu: ({ snap, sel }: PanelProps<'pcpu'>) => <PcpuDetails snap={snap} pcpu={sel.index} />,
  container: ({ snap, sel }: PanelProps<'container'>) => <ContainerDetails snap={snap} index={sel.index} />,
};
