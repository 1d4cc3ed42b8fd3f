/**
 * The inspector: details of whatever is selected in a lens, with the explanation of
 * why it is in its current state and the controls that act on it.
 */
import { useT } from '../../i18n';
import { selectSelection, useStore } from '../../store';
import { useLensSnapshot } from '../../views/useLensSnapshot';
import { ContainerDetails, HostDetails, HypervisorDetails, PcpuDetails, VmDetails } from './Details';
import { CpuSliceDetails, VcpuDetails } from '../../views/cpu/CpuDetails';
import { ArrayDetails, VolumeDetails } from './StorageDetails';

export function Inspector() {
  const t = useT();
  const sel = useStore(selectSelection);
  const snap = useLensSnapshot(10);
  let body = <p className="muted">{t('inspector.empty')}</p>;
  if (sel !== null && snap !== null) {
    switch (sel.kind) {
      case 'vm':
        body = <VmDetails snap={snap} index={sel.index} />;
        break;
      case 'host':
        body = <HostDetails snap={snap} index={sel.index} />;
        break;
      case 'hypervisor':
        body = <HypervisorDetails snap={snap} index={sel.index} />;
        break;
      case 'pcpu':
        body = <PcpuDetails snap={snap} pcpu={sel.index} />;
        break;
      case 'container':
        body = <ContainerDetails snap={snap} index={sel.index} />;
        break;
      case 'vcpu':
        body = <VcpuDetails snap={snap} e={sel.index} />;
        break;
      case 'cpuSlice':
        body = <CpuSliceDetails snap={snap} slice={sel} />;
        break;
      case 'volume':
        body = <VolumeDetails snap={snap} index={sel.index} />;
        break;
      case 'array':
        body = <ArrayDetails snap={snap} index={sel.index} />;
        break;
    }
  }
  return (
    <aside className="inspector" aria-label={t('inspector.title')} data-testid="inspector">
      <h2>{t('inspector.title')}</h2>
      {body}
    </aside>
  );
}
