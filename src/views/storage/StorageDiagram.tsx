/**
 * The SAN picture: VMs (left, or on top on a phone), the fabric (middle), racks of arrays (right, or below) with their
 * replicas as blocks and live IOPS gauges, and links from each VM to its replicas.
 * New blocks grow in and moved ones slide (framer-motion, discrete changes only);
 * degraded volumes pulse and rebuild links flow by CSS, so nothing animates per tick.
 * A big SAN has thousands of blocks: each is memoised on what it shows (its place,
 * status, fullness, newness), so a new snapshot re-renders only the gauges and the
 * blocks whose state changed.
 */
import { motion } from 'framer-motion';
import { memo, useEffect, useMemo } from 'react';
import type { StorageSnapshot, Topology } from '../../engine';
import { useT, type Translate } from '../../i18n';
import { select } from '../../store';
import { v } from '../../theme/tokens';
import { activateOnKey } from '../shared/keys';
import { slotTint } from '../shared/palette';
import { Selectable } from '../shared/Selectable';
import { shallowEqual } from '../shared/useSnapshot';
import { READ_MIN_PX, useLabelSize, useRenderedScale } from '../shared/labels';
import { useFitScale } from '../shared/ZoomPan';
import { copyFigures } from './copyFigures';
import { placeLoadLine } from './loadLine';
import { barTextY, barWordsEnd, stackedShown, type ArrayBox, type Block, type StorageLayout } from './layoutStorage';
import { lostForms, lostMarkWidth, VM_GAP_EM, VM_PAD, vmWords } from './vmLabel';
import { chooseLabels, runNumberX, shortForms, withGlyph, type ArrayKey, type BlockLabel } from './blockLabels';

/** The status glyphs that say without colour what the outline says. */
export const STATUS_GLYPH: Record<string, string> = { ok: '■', degraded: '!', rebuilding: '▨', lost: '✕' };

/**
 * Where a VM box's lost mark is drawn: at the box's right end, as wide as its bold words and padding, as tall as the
 * badge's line (its baseline at 19 units, as the name's) but never outside the box.
 */
function lostMark(b: { x: number; y: number; w: number; h: number }, words: string, px: number): { x: number; y: number; w: number; h: number } {
  const w = lostMarkWidth(words, px);
  const h = Math.min(b.h - 4, px * 1.35);
  const y = Math.max(b.y + 2, Math.min(b.y + b.h - 2 - h, b.y + 19 - px * 0.35 - h / 2));
  return { x: b.x + b.w - VM_PAD - w, y, w, h };
}

/** A VM's tint from the one palette (slot -1: no owner). */
function vmFill(slot: number): string {
  return slot < 0 ? v('surface2') : v(slotTint(slot));
}

const text = (size: number, weight = 400) => ({ fontSize: size, fontWeight: weight, fill: v('text') });
const onVm = (size: number, weight = 400) => ({ fontSize: size, fontWeight: weight, fill: v('vmText') });

/**
 * The prediction target on an array: a checkbox in the drawing ("the next volume goes
 * here"), clicked or toggled with Enter / Space, the same guess as the form's buttons.
 * Beside the array's own selectable group, not inside it, so the two never nest.
 */
function GuessTarget({ box, name, picked, onGuess, ls }: { box: ArrayBox; name: string; picked: boolean; onGuess: (name: string) => void; ls: (size: number) => number }) {
  const t = useT();
  const r = box.guess;
  const toggle = (e: { stopPropagation: () => void; preventDefault: () => void }): void => {
    e.preventDefault();
    e.stopPropagation();
    onGuess(name);
  };
  return (
    <g
      role="checkbox"
      tabIndex={0}
      aria-checked={picked}
      aria-label={t('storage.guessTarget', { array: name })}
      className="storage-guess-target"
      data-testid={`storage-guess-draw-${name}`}
      onClick={toggle}
      onKeyDown={activateOnKey(() => onGuess(name))}
    >
      <title>{t('storage.guessTarget', { array: name })}</title>
      <rect x={r.x} y={r.y} width={r.w} height={r.h} rx={5} style={{ fill: picked ? v('accent') : v('surface'), stroke: picked ? v('accent') : v('border'), strokeWidth: 2, strokeDasharray: picked ? 'none' : '4 3' }} />
      <text x={r.x + r.w / 2} y={r.y + r.h / 2} textAnchor="middle" dominantBaseline="central" aria-hidden="true" style={{ ...text(ls(16), 700), fill: picked ? v('accentText') : v('text'), pointerEvents: 'none' }}>
        {picked ? '✓' : '?'}
      </text>
    </g>
  );
}

function ArrayRow({ box, st, ls }: { box: ArrayBox; st: StorageSnapshot; ls: (size: number) => number }) {
  const t = useT();
  const arr = st.arrays[box.index];
  if (arr === undefined) return null;
  const util = st.load.util[box.index] ?? 0;
  const ms = st.load.latencyMs[box.index] ?? 0;
  // Replica copies coming in and the array's own RAID disk rebuild: two figures, each named.
  const copies = copyFigures(st, box.index);
  const label = t('storage.arrayLabel', { name: arr.name, rack: arr.rack, used: Math.round(arr.usedGiB), cap: arr.capacityGiB });
  const title = arr.failed ? t('storage.arrayFailed', { name: arr.name }) : t('storage.arrayTitle', { name: arr.name, used: Math.round(arr.usedGiB), cap: arr.capacityGiB });
  const main = t('storage.iops', { pct: Math.round(util * 100), ms: ms.toFixed(2) });
  const extras = [
    copies.copiesIn !== null ? t('storage.rebuildIn', { mibps: Math.round(copies.copiesIn) }) : '',
    copies.diskRebuild !== null ? t('storage.diskRebuild', { disk: copies.diskRebuild.disk, mibps: Math.round(copies.diskRebuild.mibps) }) : '',
  ].filter((x) => x !== '').join('  ');
  const place = placeLoadLine(box, title, main, extras, ls(12), ls(11));
  return (
    <Selectable sel={{ kind: 'array', index: box.index }} label={label} className={arr.failed ? 'storage-failed' : ''}>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} style={{ fill: arr.failed ? v('danger') : v('surface'), fillOpacity: arr.failed ? 0.18 : 1, stroke: arr.failed ? v('danger') : v('border'), strokeWidth: v('strokeWidth') }} />
      <text x={box.x + 8} y={box.titleY} style={text(ls(12), 700)} className="storage-array-title">
        {title}
      </text>
      <rect x={box.bar.x} y={box.bar.y} width={box.bar.w} height={box.bar.h} style={{ fill: v('surface2'), stroke: v('border') }} />
      {!arr.failed && (
        <g>
          {place.gauge && (
            <>
              <rect x={box.gauge.x} y={box.gauge.y} width={place.gaugeW} height={box.gauge.h} style={{ fill: v('surface2'), stroke: v('border') }} />
              <rect x={box.gauge.x} y={box.gauge.y} width={place.gaugeW * Math.min(1, util)} height={box.gauge.h} style={{ fill: util > 0.9 ? v('danger') : util > 0.7 ? v('warn') : v('ok') }} />
            </>
          )}
          <text x={place.x} y={box.gauge.y + 7} style={text(ls(11))} data-testid={`storage-array-load-${arr.id}`}>
            {place.line !== `${main}  ${extras}` && place.line !== main && <title>{extras === '' ? main : `${main}  ${extras}`}</title>}
            {place.line}
          </text>
          {place.titleExtras !== null && (
            <text x={place.titleEndX} y={box.titleY} textAnchor="end" style={text(ls(11))} data-testid={`storage-array-copies-${arr.id}`}>
              {place.titleExtras}
            </text>
          )}
        </g>
      )}
    </Selectable>
  );
}

/** A volume created less than this many ticks ago is outlined as new (placement just happened). */
const NEW_TICKS = 3000;

interface BlockState {
  /** Volume name, status and fullness ('' for an aggregate block). */
  name: string;
  status: string;
  full: boolean;
  fresh: boolean;
  array: string;
}

/** A thin volume whose array is full (its writes fail). */
const STATUS_FULL = '⊘';

/** The status glyph in front of a block's text: new, leaving, being built, full, or its status. */
function glyphOf(b: Block, s: BlockState): string {
  return `${s.fresh ? '✚' : ''}${b.leaving ? '⇢' : ''}${b.building ? '▨' : s.full ? STATUS_FULL : s.status === 'ok' ? '' : (STATUS_GLYPH[s.status] ?? '')}`;
}

/**
 * One volume's block. Its words come from the diagram (`t`), not from useT: a 2,000-volume
 * SAN draws 2,000 blocks, and a useT in each was a store subscription each, all of them
 * called on every snapshot, a few times a frame at top speed.
 */
const BlockRect = memo(function BlockRect({ b, s, fs, label, t }: { b: Block; s: BlockState; fs: number; label: BlockLabel; t: Translate }) {
  const { status } = s;
  const cls = `storage-block ${status === 'degraded' || status === 'rebuilding' ? 'storage-pulse' : ''}`;
  const key = label.form === 'key';
  const body = (
    <motion.g initial={{ opacity: 0, scaleX: 0.2 }} animate={{ opacity: 1, scaleX: 1, x: 0 }} transition={{ duration: 0.5 }} style={{ transformOrigin: `${b.x}px ${b.y}px` }} className={cls}>
      <rect x={b.x} y={b.y} width={b.w} height={b.h} style={{ fill: vmFill(b.colour), fillOpacity: b.leaving ? 0.5 : 1, stroke: status === 'ok' ? v('border') : v('danger'), strokeDasharray: status === 'ok' ? 'none' : '4 2', strokeWidth: 1 }} />
      {b.building && <rect x={b.x} y={b.y} width={b.w} height={b.h} style={{ fill: 'url(#storage-hatch)' }} />}
      {s.fresh && <rect x={b.x - 2} y={b.y - 2} width={b.w + 4} height={b.h + 4} style={{ fill: 'none', stroke: v('focus'), strokeWidth: 2.5 }} />}
      {b.building && <rect x={b.x} y={b.y + b.h - 4} width={b.w * b.progress} height={4} style={{ fill: v('rebuild') }} />}
      {label.text !== '' && (
        <text x={key ? b.x + b.w / 2 : b.x + 3} y={barTextY(b.y, b.h, fs)} textAnchor={key ? 'middle' : 'start'} className="storage-block-label" data-form={label.form} style={{ ...(b.colour < 0 ? text(fs) : onVm(fs)), pointerEvents: 'none' }}>
          {withGlyph(label, glyphOf(b, s), b.w, fs)}
        </text>
      )}
    </motion.g>
  );
  if (b.volume < 0) return body;
  return (
    <Selectable sel={{ kind: 'volume', index: b.volume }} label={t('storage.blockLabel', { volume: s.name, array: s.array, status: t(`storage.status.${status}`) })}>
      {body}
    </Selectable>
  );
}, (a, b) => a.fs === b.fs && a.t === b.t && shallowEqual(a.b, b.b) && shallowEqual(a.s, b.s) && shallowEqual(a.label, b.label));

function blockState(b: Block, st: StorageSnapshot, tick: number): BlockState {
  const vol = b.volume >= 0 ? st.volumes[b.volume] : undefined;
  return {
    name: vol?.name ?? '',
    status: vol?.status ?? 'ok',
    full: vol?.full === true,
    fresh: vol !== undefined && vol.born > 0 && tick - vol.born < NEW_TICKS,
    array: st.arrays[b.array]?.name ?? '',
  };
}

/** The links under the blocks: they change only with the layout and the highlighted VM. */
const Links = memo(function Links({ layout, highlightVm }: { layout: StorageLayout; highlightVm: number }) {
  return (
    <g className="storage-links" aria-hidden="true">
      {layout.links.map((l) => (
        <path key={l.key} d={l.d} className={l.building ? 'storage-link storage-link-rebuild' : 'storage-link'} style={{ fill: 'none', stroke: l.building ? v('rebuild') : v('textMuted'), strokeWidth: l.vm === highlightVm ? 2.5 : 1, strokeOpacity: highlightVm < 0 || l.vm === highlightVm ? 0.7 : 0.12 }} />
      ))}
    </g>
  );
});

/** An array's key when it does not fit in its bar: listed under the drawing (StorageView). */
export interface KeyBelow {
  array: string;
  entries: { n: number; names: string[] }[];
}

/**
 * The keys' marks: a bracket over each run of blocks that shares a number, the number, and
 * each key that fits in its bar's free room, right of the blocks.
 */
const KeyMarks = memo(function KeyMarks({ keys, layout, names, fs }: { keys: readonly ArrayKey[]; layout: StorageLayout; names: readonly string[]; fs: number }) {
  return (
    <g className="storage-keys" aria-hidden="true" style={{ pointerEvents: 'none' }}>
      {keys.map((k) => {
        const bar = layout.arrays.find((a) => a.index === k.array)?.bar;
        if (bar === undefined) return null;
        const name = names[k.array] ?? '';
        const runs = k.entries.filter((e) => e.run);
        // One path draws every bracket of the array, and the numbers have no group each: with 2,000 volumes there are hundreds.
        const brackets = runs.map((e) => `M${e.x0 + 0.5},${bar.y - 1} V${bar.y - 3.5} H${e.x1 - 0.5} V${bar.y - 1}`).join('');
        return (
          <g key={k.array}>
            {brackets !== '' && <path d={brackets} style={{ fill: 'none', stroke: v('text'), strokeWidth: 1.5 }} />}
            {runs.map((e) => {
              const x = runNumberX(e, fs);
              return <text key={e.n} x={x} y={barTextY(bar.y, bar.h, fs)} textAnchor="middle" className="storage-key-number" style={x < e.x1 ? onVm(fs, 700) : text(fs, 700)}>{e.n}</text>;
            })}
            {k.x !== null && (
              <text x={k.x} y={barTextY(bar.y, bar.h, fs)} className="storage-key" data-testid={`storage-key-${name}`} style={text(fs)}>{k.text}</text>
            )}
          </g>
        );
      })}
    </g>
  );
});

interface DiagramProps {
  layout: StorageLayout;
  topo: Topology;
  st: StorageSnapshot;
  highlightVm: number;
  tick: number;
  scale: number;
  /** The arrays (by name) the student guesses the next volume goes to, and how a target toggles one. */
  guess: readonly string[];
  onGuess: (name: string) => void;
  /** Told the keys that do not fit in their bars, to list them under the drawing. */
  onBelow?: (keys: KeyBelow[]) => void;
}

export function StorageDiagram({ layout, topo, st, highlightVm, tick, scale, guess, onGuess, onBelow }: DiagramProps) {
  const t = useT();
  // The svg may be narrowed to its frame (max-width 100 %) and opens fitted to it: labels are sized for the scale it is shown at.
  // Stacked (a phone), that is its fit or 100 % (stackedShown). On every screen its labels are READ_MIN_PX rendered at
  // least: side by side on a laptop or a tablet, drawn at 100 %, they were 10 px.
  const [ref, drawn] = useRenderedScale<SVGSVGElement>(layout.width);
  const fit = useFitScale();
  const ls = useLabelSize(Math.min(scale, drawn) * (layout.stacked ? stackedShown(fit) : fit), READ_MIN_PX);
  const f = layout.fabric;
  const fs = ls(10);
  const states = layout.blocks.map((b) => blockState(b, st, tick));
  // The labels change only with the names they say (and their owners), where the blocks are, and which volumes are full
  // (⊘: the one status with no other mark, so its room is kept when the labels are chosen): a snapshot that changes none
  // of these (nearly all, with 2,000 volumes) reuses them, their keys and the list under the drawing. Each block puts its
  // other status glyphs in front itself (withGlyph), so a status change does not choose them again. The layout object
  // itself is new at every 5 % of a copy, when no block moves.
  const fullMark = states.map((s, i) => (s.full && layout.blocks[i]?.building !== true ? STATUS_FULL : ''));
  const said = [
    fs,
    layout.blocks.map((b, i) => `${Math.round(b.x * 10)},${Math.round(b.w * 10)},${b.array},${b.volume}${fullMark[i]}`).join(';'),
    layout.arrays.map((a) => Math.round((a.bar.x + a.bar.w) * 10)).join(','),
    st.volumes.map((x) => `${x.name}\u0002${x.owner ?? ''}`).join('\u0001'),
  ].join('\u0000');
  const volumes = st.volumes;
  const arrays = st.arrays;
  const { labels, keys, names, belowKey } = useMemo(() => {
    const shorts = shortForms(volumes);
    const barEnd = new Map(layout.arrays.map((a) => [a.index, barWordsEnd(a, fs)]));
    const chosen = chooseLabels(
      layout.blocks.map((b, i) => ({ x: b.x, w: b.w, array: b.array, name: b.volume >= 0 ? (volumes[b.volume]?.name ?? b.label) : b.label, short: b.volume >= 0 ? (shorts[b.volume] ?? null) : null, glyph: fullMark[i] ?? '' })),
      (a) => barEnd.get(a) ?? Infinity,
      fs,
    );
    // The full mark only kept its room: each block draws its marks itself (withGlyph).
    const texts = chosen.labels.map((l, i) => {
      const mark = fullMark[i] ?? '';
      return mark !== '' && l.text.startsWith(mark) ? { ...l, text: l.text.slice(mark.length) } : l;
    });
    const below: KeyBelow[] = chosen.keys.filter((k) => k.x === null).map((k) => ({ array: arrays[k.array]?.name ?? '', entries: k.entries.map((e) => ({ n: e.n, names: e.names })) }));
    return { labels: texts, keys: chosen.keys, names: arrays.map((a) => a.name), belowKey: JSON.stringify(below) };
    // `said` stands for everything read here: the blocks' places, the bars' ends, the full marks, the names and owners
    // (the arrays' names and the blocks come with the layout they were read from).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [said]);
  useEffect(() => {
    onBelow?.(JSON.parse(belowKey) as KeyBelow[]);
    // Gone with the drawing (no layout fits): the list under it goes too.
    return () => onBelow?.([]);
  }, [belowKey, onBelow]);
  const owned = new Map<string, number>();
  const lostOf = new Map<string, number>();
  for (const x of st.volumes) {
    if (x.owner === null) continue;
    owned.set(x.owner, (owned.get(x.owner) ?? 0) + 1);
    if (x.status === 'lost') lostOf.set(x.owner, (lostOf.get(x.owner) ?? 0) + 1);
  }
  return (
    <svg ref={ref} className="storage-svg" width={layout.width * scale} height={layout.height * scale} viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={t('lens.storage.label')} onClick={() => select(null)}>
      <defs>
        <pattern id="storage-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" style={{ stroke: v('rebuild'), strokeWidth: 2 }} />
        </pattern>
        <marker id="storage-flow-head" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="4" markerHeight="4" orient="auto">
          <path d="M0,0 L8,4 L0,8 Z" style={{ fill: v('rebuild') }} />
        </marker>
      </defs>
      <rect x={f.x} y={f.y} width={f.w} height={f.h} rx={8} style={{ fill: v('fabric'), stroke: v('border') }} />
      {layout.stacked ? (
        <text x={f.x + 8} y={f.y + f.h / 2 + 4} style={text(ls(11), 700)}>
          {t('storage.fabric')}
        </text>
      ) : (
        <>
          <text x={f.x + f.w / 2} y={layout.fabricTitleY} textAnchor="middle" style={text(ls(10), 700)}>SAN</text>
          <text transform={`translate(${f.x + f.w / 2 + 4},${f.y + 40}) rotate(90)`} style={text(ls(11))}>{t('storage.fabric')}</text>
        </>
      )}
      {layout.racks.map((r) => (
        <g key={r.rack}>
          <rect x={r.x} y={r.y} width={r.w} height={r.h} rx={8} style={{ fill: 'none', stroke: r.down ? v('danger') : v('border'), strokeDasharray: '6 3' }} />
          <text x={r.x + 8} y={r.titleY} style={text(ls(12), 700)} className="storage-rack-title">{t(r.down ? 'storage.rackDown' : 'storage.rack', { rack: r.rack })}</text>
        </g>
      ))}
      {layout.arrays.map((b) => (
        <g key={st.arrays[b.index]?.id ?? b.index}>
          <ArrayRow box={b} st={st} ls={ls} />
          {st.arrays[b.index]?.failed === false && <GuessTarget box={b} name={st.arrays[b.index]?.name ?? ''} picked={guess.includes(st.arrays[b.index]?.name ?? '')} onGuess={onGuess} ls={ls} />}
        </g>
      ))}
      <Links layout={layout} highlightVm={highlightVm} />
      {layout.blocks.map((b, i) => (
        <BlockRect key={b.key} b={b} s={states[i] as BlockState} fs={fs} label={labels[i] as BlockLabel} t={t} />
      ))}
      <KeyMarks keys={keys} layout={layout} names={names} fs={fs} />
      <g aria-hidden="true">
        {layout.flows.map((fl) => (
          <path key={fl.key} d={fl.d} className="storage-link-rebuild" markerEnd="url(#storage-flow-head)" style={{ fill: 'none', stroke: v('rebuild'), strokeWidth: 3 }} />
        ))}
      </g>
      {layout.hostLabels.map((h) => (
        <text key={h.text} x={h.x} y={h.y} style={text(ls(12), 700)}>{h.text}</text>
      ))}
      {layout.vms.map((b) => {
        const vm = topo.vms[b.index];
        if (vm === undefined) return null;
        const n = owned.get(vm.id) ?? 0;
        const lost = lostOf.get(vm.id) ?? 0;
        // The name and its volume count side by side, the count shortened (or left to the box's label) when both do not fit;
        // its lost volumes marked after the count, in a box of the lost style, whatever the room.
        const bp = ls(10);
        const words = vmWords(vm.name, t('storage.vmVolumes', { n }), String(n), b.w, ls(12), bp, lostForms(lost, t('storage.vmLost', { n: lost })));
        const mark = words.lost === '' ? null : lostMark(b, words.lost, bp);
        const badgeEnd = mark === null ? b.x + b.w - VM_PAD : mark.x - VM_GAP_EM * bp;
        return (
          <Selectable key={vm.id} sel={{ kind: 'vm', index: b.index }} label={lost > 0 ? t('storage.vmLabelLost', { vm: vm.name, n, lost }) : t('storage.vmLabel', { vm: vm.name, n })}>
            <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={5} style={{ fill: vmFill(b.colour), stroke: lost > 0 ? v('danger') : v('border'), strokeDasharray: lost > 0 ? '4 2' : 'none', strokeWidth: v('strokeWidth') }} />
            <text x={b.x + VM_PAD} y={b.y + 19} style={onVm(ls(12), 700)}>{words.name}</text>
            <g data-testid={`storage-vm-badge-${vm.id}`} data-volumes={n} data-lost={lost}>
              {words.badge !== '' && <text x={badgeEnd} y={b.y + 19} textAnchor="end" style={onVm(bp)}>{words.badge}</text>}
              {mark !== null && (
                <g className="storage-vm-lost" data-testid={`storage-vm-lost-${vm.id}`}>
                  <rect x={mark.x} y={mark.y} width={mark.w} height={mark.h} rx={3} style={{ fill: v('surface'), stroke: v('danger'), strokeWidth: v('strokeWidth') }} />
                  <text x={mark.x + mark.w / 2} y={b.y + 19} textAnchor="middle" style={{ ...text(bp, 700), fill: v('danger') }}>{words.lost}</text>
                </g>
              )}
            </g>
          </Selectable>
        );
      })}
    </svg>
  );
}
