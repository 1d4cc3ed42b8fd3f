/** The CPU lens's inspector panels: one Gantt slice, one vCPU or container task. */
import type { PanelProps } from '../lensDef';
import { CpuSliceDetails, VcpuDetails } from './CpuDetails';

export const panels = {
  vcpu: ({ snap, sel }: PanelProps<'vcpu'>) => <VcpuDetails snap={snap} e={sel.index} />,
  cpuSlice: ({ snap, sel }: PanelProps<'cpuSlice'>) => <CpuSliceDetails snap={snap} slice={sel} />,
};
