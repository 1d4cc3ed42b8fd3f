/**
 * The memory lens: a host's frames as a canvas grid with the page scale stated, the
 * ESXi memory state as a gauge with the reclaim ladder, each VM's memory broken down
 * over time, the hypervisor's memory settings, a translation walk (shadow and nested
 * side by side on the same access) and a practice panel. A host picker appears when
 * the world has several hosts.
 */
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { selectTopology, useStore } from '../../store';
import { useWidth } from '../../ui/useWidth';
import { useSnapshot } from '../shared/useSnapshot';
import { ZOOM_GUTTER } from '../shared/ZoomPan';
import { FrameGrid } from './FrameGrid';
import { HostGauge } from './HostGauge';
import { MemoryControls } from './MemoryControls';
import { PartLegend, VmMemory } from './VmMemory';
import { useHistory } from './useHistory';
import { GridLegend } from './GridLegend';
import { WalkPanel } from './WalkPanel';
import { Practice } from './Practice';
import './memory.css';

/** Buttons to pick which host's memory to show (only when there are several). */
function HostPicker({ names, ids, current, onPick }: { names: string[]; ids: string[]; current: number; onPick: (i: number) => void }) {
  const t = useT();
  if (names.length < 2) return null;
  return (
    <div role="group" aria-label={t('memory.host')} className="mem-hosts">
      {names.map((name, i) => (
        <button key={ids[i]} type="button" aria-pressed={i === current} data-testid={`memory-host-${ids[i]}`} onClick={() => onPick(i)}>
          {name}
        </button>
      ))}
    </div>
  );
}

/** The page scale line: frames and MiB per frame change only with the world. */
function Scale({ host }: { host: number }) {
  const t = useT();
  const hm = useSnapshot((s) => s.memory.hosts[host], 2, (a, b) => a?.frames === b?.frames && a?.pageMiB === b?.pageMiB);
  if (hm === null || hm === undefined) return null;
  return (
    <p className="muted" data-testid="memory-scale">
      {t('memory.scale', { frames: hm.frames, mib: hm.pageMiB, pages: hm.pageMiB * 256 })}
    </p>
  );
}

export default function MemoryView() {
  const t = useT();
  // The lens follows the topology; each panel takes its own numbers a few times a second
  // and the frame grid draws itself every frame the device can afford.
  const topology = useStore(selectTopology);
  const [ref, width] = useWidth<HTMLDivElement>();
  const [host, setHost] = useState(0);
  const [focusVm, setFocusVm] = useState(-1);
  const [marks, setMarks] = useState<readonly number[]>([]);
  const history = useHistory();
  const noMarks = useMemo(() => [], []);
  // The lens's box is there before the first snapshot, so its width is measured (not the 960 px guess).
  if (topology === null) return <div ref={ref} className="lens lens-memory" data-testid="lens-memory" aria-label={t('memory.label')} />;
  const hosts = topology.hosts;
  const hi = Math.min(host, hosts.length - 1);
  const vms = topology.vms.map((vm, i) => ({ vm, i })).filter((x) => x.vm.host === hi);
  // Beside the gauge when there is room, with half the lens (the picture first), never wider than the lens (a phone).
  const gridW = Math.min(720, Math.max(360, Math.round(width / 2)), width - 4);
  return (
    <div ref={ref} className="lens lens-memory" data-testid="lens-memory" aria-label={t('memory.label')}>
      <HostPicker names={hosts.map((h) => h.name)} ids={hosts.map((h) => h.id)} current={hi} onPick={setHost} />
      <div className="mem-top">
        <section className="mem-grid-panel" style={{ width: gridW + 4 }}>
          <h3>{t('memory.grid.title', { host: hosts[hi]?.name ?? '' })}</h3>
          {/* The grid in its zoom frame, whose scroll bar takes its room beside the grid; what a cell is under it (the picture first). */}
          <FrameGrid host={hi} hostName={hosts[hi]?.name ?? ''} width={gridW - ZOOM_GUTTER} marks={marks.length > 0 ? marks : noMarks} focusVm={focusVm} />
          <Scale host={hi} />
        </section>
        <div className="mem-side">
          {/* The grid's key heads the column beside it, whole in view with the grid on a projector (its five rows under the
              grid ran past the lens frame's end); where the column goes under the grid (a phone) it comes right after it. */}
          <GridLegend topology={topology} host={hi} />
          <HostGauge host={hi} />
          <MemoryControls topology={topology} host={hi} />
        </div>
      </div>
      <section className="mem-vms">
        <h3>{t('memory.vms.title')}</h3>
        <PartLegend />
        <ul>
          {vms.map(({ vm, i }) => (
            <VmMemory key={vm.id} topology={topology} v={i} histories={history} focused={focusVm === i} onFocus={() => setFocusVm(focusVm === i ? -1 : i)} />
          ))}
        </ul>
      </section>
      <WalkPanel topology={topology} host={hi} onMarks={setMarks} />
      <Practice />
    </div>
  );
}
