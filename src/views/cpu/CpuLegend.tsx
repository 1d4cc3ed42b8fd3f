/**
 * The key to the Gantt chart: which colour is which VM (always with its name, always in
 * view), and, folded under one line, what the hatching between sibling threads means, the
 * glyphs of the run queues and the marks at a slice's end.
 */
import { DEFAULT_HT_FACTOR, type Topology } from '../../engine';
import { useT } from '../../i18n';
import { v } from '../../theme/tokens';
import { vmToken } from '../shared/palette';

export function CpuLegend({ topology, hostIndex }: { topology: Topology; hostIndex: number }) {
  const t = useT();
  const host = topology.hosts[hostIndex];
  const ht = host?.threadsPerCore === 2;
  const pct = ((host?.hypervisor.cpu.htFactor ?? DEFAULT_HT_FACTOR) / 2) * 100;
  return (
    <div className="cpu-legend" data-testid="cpu-legend">
      <ul className="legend" aria-label={t('legend.title')}>
        {topology.vms.map((vm, i) =>
          vm.host === hostIndex ? (
            <li key={vm.id}>
              <span className="cpu-swatch" style={{ background: v(vmToken(topology, i)) }} aria-hidden="true" />
              {vm.name}
            </li>
          ) : null,
        )}
      </ul>
      {/* The marks' meanings fold away, so the chart keeps the lens frame's height; one click opens them. */}
      <details className="cpu-key" data-testid="cpu-key">
        <summary>{t('cpu.legend.more')}</summary>
        <ul className="legend">
          {ht && (
            <li>
              <svg width="22" height="12" aria-hidden="true">
                <defs>
                  <pattern id="cpu-hatch" width="6" height="6" patternUnits="userSpaceOnUse">
                    <path d="M0 6 L6 0" style={{ stroke: v('ganttHatch') }} strokeWidth="1.5" />
                  </pattern>
                </defs>
                <rect x="1" y="1" width="20" height="10" style={{ fill: 'url(#cpu-hatch)' }} />
              </svg>
              {t('cpu.legend.hatch', { pct: pct.toFixed(pct % 1 === 0 ? 0 : 1) })}
            </li>
          )}
          <li>{t('cpu.legend.glyphs')}</li>
          <li>{t('cpu.legend.ends')}</li>
        </ul>
      </details>
    </div>
  );
}
