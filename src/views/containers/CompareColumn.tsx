/**
 * One host in the VMs-vs-containers comparison: the instances as boxes (a VM is its
 * app on top of its own guest OS, hatched; a container is just the app, with a thin
 * writable layer, on the shared kernel), a start bar that fills while each boots or
 * starts, the host's memory as a stacked bar, and live counters: running, last start
 * time, CPU spent starting, how many more fit. Buttons add and remove instances.
 */
import { motion } from 'framer-motion';
import { useId, useMemo } from 'react';
import { POWER, type Exploited, type KernelReach, type Topology } from '../../engine';
import { useT, withUnit } from '../../i18n';
import { select, selectScenario, useStore, type Selection } from '../../store';
import { v } from '../../theme/tokens';
import { addContainer, addVm, removeLast } from './actions';
import { ExploitLine, markOf } from './Exploit';
import { baseBar, canAdd, columnPx, fmtS, glyphFits, type ColumnModel, type InstanceModel } from './layoutContainers';
import { nextScriptedRun } from './scriptedRun';
import { MemoryBar } from './MemoryBar';
import { fitText, textWidth, wrapInto, wrapWords } from '../fitText';
import { activateOnKey } from '../shared/keys';
import { READ_MIN_PX, useLabelSize } from '../shared/labels';

function StartBar({ m }: { m: InstanceModel }) {
  const r = m.rect;
  const y = m.kind === 'vm' && m.nested.length > 0 ? r.y + r.h - 6 : r.y + r.h - 6;
  return <rect x={r.x + 2} y={y} width={Math.max(0, (r.w - 4) * m.progress)} height={4} style={{ fill: m.power === POWER.on ? v('ok') : v('warn') }} />;
}

function stateGlyph(m: InstanceModel): string {
  if (m.pulling) return '⇣';
  if (m.power === POWER.on) return '●';
  if (m.power === POWER.booting) return '◐';
  return '○';
}

/** Where a box's bands sit (drawing units from its top): compact boxes are shorter, their labels no smaller. */
const BANDS = {
  normal: { h: 18, app: 16, appText: 29, osBottom: 9, osText: 14 },
  compact: { h: 12, app: 14, appText: 24, osBottom: 8, osText: 10.5 },
} as const;

/** `scale`: the screen px per unit the column is drawn at; a box keeps its labels at READ_MIN_PX rendered or more (compact too: a phone's are read in a hand). */
function Instance({ m, hatch, reach, compact, scale }: { m: InstanceModel; hatch: string; reach: KernelReach | null; compact: boolean; scale: number }) {
  const t = useT();
  const r = m.rect;
  const isVm = m.kind === 'vm';
  const status = m.pulling ? t('containers.pulling') : m.power === POWER.booting ? t(isVm ? 'containers.booting' : 'containers.starting', { s: fmtS(m.elapsedMs), total: fmtS(m.totalMs) }) : m.power === POWER.on ? t('containers.up') : t('containers.off');
  const plain = t(isVm ? 'containers.vmBox' : 'containers.ctBox', { name: m.name, status });
  const mark = markOf(reach, m);
  const label = mark === 'reached' ? t('containers.exploit.boxReached', { label: plain }) : mark === 'held' ? t('containers.exploit.boxHeld', { label: plain }) : plain;
  const sel = isVm ? { kind: 'vm' as const, index: m.index } : { kind: 'container' as const, index: m.index };
  const ls = useLabelSize(scale, READ_MIN_PX);
  const b = compact ? BANDS.compact : BANDS.normal;
  const bandH = b.h;
  // Compact, a name is drawn a point smaller (at the floor all the same), after its state glyph if both fit (glyphFits), and cut only if it would run out of its box.
  const nameSize = compact ? ls(9) : ls(10);
  const glyph = mark === 'reached' ? '⚠ ' : !compact || glyphFits(m.name, r.w, nameSize) ? `${stateGlyph(m)} ` : '';
  const shownName = compact ? fitText(m.name, r.w - 6 - (glyph === '' ? 0 : nameSize), nameSize * 1.1) : m.name;
  const booting = m.power === POWER.booting;
  // A compact box as wide as its timer beside "app" shows both (one box a row); a narrower one, while it starts, the timer.
  const appAndTimer = !compact || r.w >= ls(9) * 11;
  const timer = t('containers.timer', { s: fmtS(m.elapsedMs), total: fmtS(m.totalMs) });
  // A VM holding containers, too narrow for its name and its timer on one line (three hosts on a phone), counts its boot in its guest OS band.
  const timerInOs = booting && compact && m.nested.length > 0 && textWidth(`${glyph}${shownName}`, nameSize * 1.1) + textWidth(timer, ls(9) * 1.1) + 14 > r.w;
  return (
    <motion.g initial={{ opacity: 0, scale: 0.9 }} animate={{ opacity: 1, scale: 1 }} data-testid={`ct-inst-${m.name}`}>
      {/* Named by <title>, not aria-label, so the texts drawn inside stay part of the name's context (label in name). */}
      <g role="button" tabIndex={0} className="selectable" onClick={(e) => { e.stopPropagation(); select(sel); }} onKeyDown={activateOnKey(() => select(sel))}>
        <title>{label}</title>
        <rect x={r.x} y={r.y} width={r.w} height={r.h} rx={4} style={{ fill: isVm ? v('layerGuest') : v('layerContainer'), stroke: mark === 'reached' ? v('danger') : v('border'), strokeWidth: mark === 'reached' ? 3 : v('strokeWidth'), strokeDasharray: m.power === POWER.off ? '4 3' : 'none' }} data-mark={mark ?? undefined} />
        <text x={r.x + 4} y={r.y + 11} style={{ fontSize: nameSize, fontWeight: 700, fill: v('text') }}>{`${glyph}${shownName}`}</text>
        {m.nested.length === 0 && (
          <>
            <rect x={r.x + 3} y={r.y + b.app} width={r.w - 6} height={bandH} rx={2} style={{ fill: v('surface'), stroke: v('border') }} />
            {(appAndTimer || !booting) && <text x={r.x + 6} y={r.y + b.appText} style={{ fontSize: ls(9), fill: v('text') }}>{t('containers.appBand')}</text>}
          </>
        )}
        {isVm && (
          <>
            <rect x={r.x + 3} y={r.y + r.h - bandH - b.osBottom} width={r.w - 6} height={bandH} rx={2} style={{ fill: `url(#${hatch})`, stroke: v('border') }} />
            {!timerInOs && <text x={r.x + 6} y={r.y + r.h - b.osText} style={{ fontSize: ls(9), fill: v('text') }}>{t('containers.guestOsBand')}</text>}
          </>
        )}
        {!isVm && <rect x={r.x + 3} y={r.y + 13} width={r.w - 6} height={2} style={{ fill: v('accent') }} />}
        {booting && (
          <text x={r.x + r.w - 5} y={timerInOs ? r.y + r.h - b.osText : m.nested.length > 0 ? r.y + 11 : r.y + b.appText + (compact ? 0 : 1)} textAnchor="end" style={{ fontSize: ls(9), fontWeight: 700, fill: v('text') }}>{timer}</text>
        )}
        {!isVm && !compact && r.w >= 80 && <text x={r.x + 5} y={r.y + 47} style={{ fontSize: ls(8), fill: v('text') }}>{t('containers.rw', { mib: m.writableMiB.toFixed(2) })}</text>}
      </g>
      {m.nested.map((c) => <Instance key={c.name} m={c} hatch={hatch} reach={reach} compact={compact} scale={scale} />)}
      <StartBar m={m} />
    </motion.g>
  );
}

function baseKey(kind: ColumnModel['kind'], short = false): string {
  const k = short ? 'containers.baseShort' : 'containers.base';
  return kind === 'containers' ? `${k}.kernel` : kind === 'vms' ? `${k}.hypervisor` : `${k}.mixed`;
}

/**
 * What the column's containers' image layers take on disk (shared, and if each had its own copy), when it runs more
 * than one: under a compact column's figures, or a grown column's drawing; under the comparison, with the words that
 * explain it, otherwise (a paragraph in the columns made them the taller, and pushed the zoom controls out of a
 * laptop's view).
 */
export function DiskNote({ col }: { col: ColumnModel }) {
  const t = useT();
  if (col.disk.containers <= 1) return null;
  return <p className="muted ct-disk" data-testid={`ct-disk-${col.name}`}>{t('containers.disk', { n: col.disk.containers, shared: col.disk.sharedMiB, unshared: col.disk.unsharedMiB })}</p>;
}

/**
 * What a host column with nothing on it says, drawn where its boxes would be: that it is
 * empty, and when the scenario itself starts a container there later, which one, when, and
 * from which image (docker-layers' host-b is empty for its first 10 s): an empty box alone
 * reads as something gone wrong; the sentence in full and short (without the image, for a narrow
 * column where the full one would not fit). Null while it holds something.
 */
function useEmptyWords(col: ColumnModel, hostId: string): [string, string] | null {
  const t = useT();
  const scenario = useStore(selectScenario);
  const empty = col.instances.length === 0;
  // At the tick the column is drawn from (not the store's newest), so it never names a run the picture has already shown.
  const run = useMemo(() => (empty && col.kind === 'containers' ? nextScriptedRun(scenario, col.tick, hostId) : null), [empty, col.kind, scenario, col.tick, hostId]);
  if (!empty) return null;
  if (run === null) return [t('containers.empty'), t('containers.empty')];
  const at = { ct: run.name, image: run.image, s: String(Math.round(run.at / 100) / 10) };
  return [t('containers.emptyUntil', at), t('containers.emptyUntilShort', at)];
}

/**
 * A whole column; or, compact (both hosts side by side on a phone), its picture and, under
 * the figures table, its controls; or, on the projector, its drawing with its memory (in the
 * zoom frame) and, under the zoom controls, its exploit button (a row of them, their sentences
 * under both: 'exploit'), then its figures and other controls ('details').
 */
export type ColumnPart = 'all' | 'picture' | 'controls' | 'drawing' | 'details' | 'exploit';

interface ColumnProps {
  col: ColumnModel;
  topo: Topology;
  width: number;
  scale: number;
  /** A kernel exploit being shown (anywhere), what it reaches, and how to start or clear one. */
  exploit: Exploited | null;
  reach: KernelReach | null;
  selection: Selection;
  onExploit: (from: Exploited | null) => void;
  part?: ColumnPart;
  /** A whole column holds its DiskNote (a big screen's grown comparison has the room); else the lens shows it under the comparison. */
  withDisk?: boolean;
  /** Another column shows the same kind (docker-layers' two container hosts): a compact heading names its host too. */
  named?: boolean;
}

export function CompareColumn({ col, topo, width, scale, exploit, reach, selection, onExploit, part = 'all', withDisk = true, named = false }: ColumnProps) {
  const t = useT();
  const hatch = useId().replace(/:/g, '');
  const kernelTaken = reach !== null && reach.kernel.kind === 'host' && reach.kernel.index === col.host;
  const nestedVm = topo.vms.findIndex((vm, i) => vm.host === col.host && topo.containers.some((c) => c.vm === i));
  const ls = useLabelSize(scale);
  const base = kernelTaken ? t('containers.exploit.kernelTaken') : t(baseKey(col.kind));
  // The whole sentence, on as many lines as it takes; compact, a word or two (the sentence is its title).
  const basePx = ls(11) * (kernelTaken ? 1.06 : 1);
  const { inset, lines: baseLines, lineH, h: baseH } = baseBar(base, kernelTaken ? base : t(baseKey(col.kind, true)), width, basePx, col.compact);
  const emptyWords = useEmptyWords(col, topo.hosts[col.host]?.id ?? '');
  const emptyPx = ls(11);
  const emptyRows = Math.max(1, Math.floor((col.height - 8) / (emptyPx * 1.25)));
  const emptyW = width - 2 * inset - 12;
  const emptyFull = emptyWords === null ? [] : wrapWords(emptyWords[0], emptyW, emptyPx);
  const fullFits = emptyFull.length <= emptyRows && emptyFull.every((l) => textWidth(l, emptyPx) <= emptyW);
  const emptyLines = emptyWords === null ? [] : fullFits ? emptyFull : wrapInto(emptyWords[1], emptyW, emptyPx, emptyRows);
  // The base and a margin under it: compact, a thin one, so a phone's view fits its frame.
  const h = col.height + baseH + (col.compact ? 2 : 8);
  const colW = columnPx(width, scale, col.compact);
  const disk = <DiskNote col={col} />;
  const exploitLine = <ExploitLine col={col} topo={topo} from={exploit} selection={selection} onExploit={onExploit} />;
  const actions = (
      <div className="actions">
        {/* A full host offers no Add: the room line beside it says why (and how much is needed). */}
        {col.kind !== 'containers' && col.kind !== 'nested' && (
          <button type="button" data-testid={`ct-add-vm-${col.name}`} disabled={!canAdd(col, 'vm')} aria-describedby={`ct-room-${col.name}`} onClick={() => addVm(topo, col.host, col.vmSizeMiB)}>{t('containers.addVm')}</button>
        )}
        {col.kind !== 'vms' && (
          <button type="button" data-testid={`ct-add-ct-${col.name}`} disabled={!canAdd(col, 'container')} aria-describedby={`ct-room-${col.name}`} onClick={() => addContainer(topo, col.host, col.ctSizeMiB, col.kind === 'nested' && nestedVm >= 0 ? nestedVm : undefined)}>{t('containers.addCt')}</button>
        )}
        <button type="button" onClick={() => removeLast(topo, col.host, col.kind === 'vms' ? 'vm' : 'container')}>{t('containers.removeOne')}</button>
      </div>
  );
  const controls = (
    <>
      {exploitLine}
      {actions}
    </>
  );
  // The projector's row of exploit buttons right under the zoom controls (ContainersView): the button and its sentence.
  if (part === 'exploit') return exploitLine;
  const counters = (
    <dl className="ct-counters">
      <dt>{t('containers.running')}</dt>
      <dd data-testid={`ct-running-${col.name}`}>{col.running}</dd>
      {col.lastVmStartMs >= 0 && (<><dt>{t('containers.lastVmStart')}</dt><dd>{t('containers.seconds', { s: fmtS(col.lastVmStartMs) })}</dd></>)}
      {col.lastCtStartMs >= 0 && (<><dt>{t('containers.lastCtStart')}</dt><dd>{t('containers.seconds', { s: fmtS(col.lastCtStartMs) })}</dd></>)}
      <dt>{t('containers.startCpu')}</dt>
      <dd>{t('containers.seconds', { s: fmtS(col.startCpuMs) })}</dd>
      <dt>{t('containers.cpuBusy')}</dt>
      <dd>{withUnit(Math.round(col.cpuBusyPct), '%')}</dd>
      <dt>{t('containers.room')}</dt>
      <dd id={`ct-room-${col.name}`} data-testid={`ct-room-${col.name}`}>{col.kind === 'vms' ? t('containers.roomVms', { n: col.roomVms, mib: col.vmSizeMiB }) : t('containers.roomCts', { n: col.roomContainers, mib: col.ctSizeMiB })}</dd>
    </dl>
  );
  if (part === 'details') {
    return (
      <section className="ct-column ct-column-details" style={{ width: colW }} aria-label={t('containers.cmp.controls', { host: col.name })} data-testid={`ct-details-${col.name}`}>
        {withDisk && disk}
        {counters}
        {actions}
      </section>
    );
  }
  if (part === 'controls') {
    return (
      <section className="ct-column ct-column-controls" style={{ width: colW }} aria-label={t('containers.cmp.controls', { host: col.name })} data-testid={`ct-controls-${col.name}`}>
        {/* Its exploit button first, level with the other column's right under the zoom controls (as the projector's row): a
            phone's short lens frame shows both with the picture (course step 23), not the containers' under its disk note. */}
        {exploitLine}
        {disk}
        {actions}
      </section>
    );
  }
  return (
    <section className="ct-column" style={{ width: colW }} aria-label={t('containers.columnLabel', { host: col.name })} data-testid={`ct-col-${col.name}`}>
      {/* Compact, the heading names the way the app is deployed, and its host when another column is deployed the same way; the host's name is the section's. */}
      {col.compact ? (
        <h3>
          {t(`containers.cmp.head.${col.kind}`)}
          {named && <span className="vl-name"> · {col.name}</span>}
        </h3>
      ) : (
        <h3>{t(`containers.kind.${col.kind}`, { host: col.name })}</h3>
      )}
      <svg width={width * scale} height={h * scale} viewBox={`0 0 ${width} ${h}`} role="group" aria-label={t('containers.drawing', { host: col.name })}>
        <defs>
          <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" style={{ fill: v('layerHostOs') }} />
            <line x1="0" y1="0" x2="0" y2="6" style={{ stroke: v('border'), strokeWidth: 1.5 }} />
          </pattern>
        </defs>
        {col.instances.map((m) => <Instance key={`${m.kind}-${m.name}`} m={m} hatch={hatch} reach={reach} compact={col.compact} scale={scale} />)}
        {emptyLines.length > 0 && (
          <text x={inset + 6} y={4 + emptyPx} style={{ fontSize: emptyPx, fill: v('text') }} data-testid={`ct-empty-${col.name}`}>
            {emptyLines.map((l, i) => <tspan key={i} x={inset + 6} dy={i === 0 ? 0 : emptyPx * 1.25}>{l}</tspan>)}
          </text>
        )}
        <rect x={inset} y={col.height} width={width - 2 * inset} height={baseH} rx={3} style={{ fill: col.kind === 'containers' ? v('layerHostOs') : v('layerHypervisor'), stroke: kernelTaken ? v('danger') : v('border'), strokeWidth: kernelTaken ? 3 : 1 }} data-testid={`ct-kernel-${col.name}`} data-taken={kernelTaken} />
        <text x={inset + 6} y={col.height + 15} style={{ fontSize: ls(11), fontWeight: kernelTaken ? 700 : 400, fill: v('text') }} data-testid={`ct-base-${col.name}`}>
          {baseLines.join(' ') !== base && <title>{base}</title>}
          {baseLines.map((l, i) => <tspan key={i} x={inset + 6} dy={i === 0 ? 0 : lineH}>{l}</tspan>)}
        </text>
      </svg>
      <MemoryBar col={col} hatch={hatch} caption={part === 'all' || part === 'drawing'} tight={part === 'drawing'} />
      {part === 'all' && (
        <>
          {withDisk && disk}
          {counters}
          {controls}
        </>
      )}
    </section>
  );
}
