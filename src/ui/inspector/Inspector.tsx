/**
 * The inspector: details of whatever is selected in a lens, with the explanation of
 * why it is in its current state and the controls that act on it.
 */
import { useT } from '../../i18n';
import { selectSelection, selectSnapshot, useStore } from '../../store';
import { ContainerDetails, HostDetails, HypervisorDetails, PcpuDetails, VmDetails } from './Details';
import { ArrayDetails, VolumeDetails } from './StorageDetails';

export function Inspector() {
  const t = useT();
  const sel = useStore(selectSelection);
  const snap = useStore(selectSnapshot);
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
