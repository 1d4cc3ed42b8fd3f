/**
 * The grid's legend: each VM's colour by name, then the frame states drawn the way the
 * grid draws them (solid, centre mark, lower half, pale), and the walk's outline.
 */
import type { Topology } from '../../engine';
import { useT } from '../../i18n';
import { v } from '../../theme/tokens';
import { vmToken } from '../shared/palette';

function Swatch({ fill, kind }: { fill: string; kind: 'used' | 'shared' | 'compressed' | 'free' | 'walk' }) {
  return (
    <svg width={16} height={16} aria-hidden="true">
      {kind === 'compressed' ? <rect y={8} width={14} height={7} style={{ fill }} /> : <rect width={14} height={14} style={{ fill: kind === 'walk' ? 'none' : fill, stroke: kind === 'walk' ? v('focus') : 'none', strokeWidth: 2 }} />}
      {kind === 'shared' && <rect x={5} y={6} width={4} height={2} style={{ fill: v('memMark') }} />}
    </svg>
  );
}

export function GridLegend({ topology, host }: { topology: Topology; host: number }) {
  const t = useT();
  return (
    <ul className="mem-legend" data-testid="memory-legend">
      {topology.vms.map((vm, i) =>
        vm.host !== host ? null : (
          <li key={vm.id}>
            <Swatch fill={v(vmToken(topology, i))} kind="used" /> {vm.name}
          </li>
        ),
      )}
      <li><Swatch fill={v('memMany')} kind="shared" /> {t('memory.legend.many')}</li>
      <li><Swatch fill={v('vm0')} kind="shared" /> {t('memory.legend.shared')}</li>
      <li><Swatch fill={v('vm0')} kind="compressed" /> {t('memory.legend.compressed')}</li>
      <li><Swatch fill={v('memFree')} kind="free" /> {t('memory.legend.free')}</li>
      <li><Swatch fill="none" kind="walk" /> {t('memory.legend.walk')}</li>
    </ul>
  );
}
