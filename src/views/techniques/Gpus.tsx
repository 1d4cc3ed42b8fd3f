/**
 * The Techniques lens's GPU view: every GPU of the world side by side, each drawn first
 * (who held it each of the last milliseconds, or MIG's fixed slice lanes, and its memory
 * split into the VMs' slices with what each asks for), then its VMs' figures and a
 * sentence from the same numbers. Per VM, how hard it drives the GPU and how much GPU
 * memory it needs can be changed (setGpuLoad), to make a noisy neighbour or a job too big for its slice.
 */
import { useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { GPU_RECENT_MS, MIG_COMPUTE_SLICES, type Topology } from '../../engine';
import { useT } from '../../i18n';
import { selectTheme, selectTopology, useStore } from '../../store';
import { v } from '../../theme/tokens';
import { keepNames } from '../shared/keepNames';
import { fitLines, textWidth } from '../fitText';
import { labelSize, lineH, READ_MIN_PX } from '../shared/labels';
import { vmToken } from '../shared/palette';
import { useSnapshot } from '../shared/useSnapshot';
import { ZOOM_GUTTER, ZoomPan } from '../shared/ZoomPan';
import { useWidth } from '../../ui/useWidth';
import { gpuCards, gpuSentences, gpuWaiting, type GpuCard, type GpuRow } from './gpuModel';
import { CardTitle, GpuTable } from './GpuTable';

const W = 340;
const STRIP_Y = 18;
const STRIP_H = 30;
const MEM_Y = 78;
const MEM_H = 22;
const H = 118;
/** The widest the drawing is shown (px). */
const DRAWN_MAX = 400;

/** Running sums: where each of a row of widths starts, and (last) their total. */
function offsets(widths: number[]): number[] {
  const out = [0];
  for (const w of widths) out.push((out.at(-1) ?? 0) + w);
  return out;
}

/** A label's baseline under the top of what it labels inside or under (a lane, the memory bar): 12 units, more for the floor's larger letters. */
const drop = (fs: number): number => Math.max(12, Math.ceil(fs * 0.8) + 2);

/** A MIG lane's label: its VM and its slices, or its slices alone where the name does not fit the lane (the memory row and the table name it). */
function laneLabel(r: GpuRow, room: number, fs: number): string {
  const full = `${r.name} ${r.slices}/7`;
  return textWidth(full, fs) <= room ? full : `${r.slices}/7`;
}

/** The caption over the strip: its size and lines (fitText.ts fitLines); the lines past the first go above the drawing's top. */
type Cap = { px: number; lines: string[] };

/** How far (units) a caption's extra lines reach above the drawing's top. */
const capAbove = (cap: Cap): number => (cap.lines.length - 1) * lineH(cap.px);

/**
 * A caption across the drawing with its last line's baseline at `y`: narrowed to its width if a long translation would
 * run out of it, not under the label floor; wrapped (upward) if even that is too long.
 */
function Caption({ cap, y = 12 }: { cap: Cap; y?: number }) {
  const top = y - capAbove(cap);
  return (
    <text y={top} style={{ fontSize: cap.px, fill: v('text') }}>
      {cap.lines.map((l, i) => <tspan key={`${i}:${l}`} x={0} y={top + i * lineH(cap.px)}>{l}</tspan>)}
    </text>
  );
}

/** The strip's words while no VM of the GPU has run yet (booting, or all off): it is blank for a reason. */
function Waiting({ c, fs }: { c: GpuCard; fs: number }) {
  const t = useT();
  const s = gpuWaiting(c);
  if (s === null) return null;
  const full = s > 0 ? t('gpu.draw.booting', { s: s.toFixed(1) }) : t('gpu.draw.off');
  // A narrow drawing (the projector's three side by side draw 12-unit labels at 23 units) says it short: the sentence beside says why.
  const short = s > 0 ? t('gpu.draw.bootingShort', { s: s.toFixed(1) }) : t('gpu.draw.offShort');
  const words = textWidth(full, fs + 1) > W - 8 ? short : full;
  return (
    <text x={W / 2} y={STRIP_Y + STRIP_H / 2} dominantBaseline="central" textAnchor="middle" data-testid={`gpu-waiting-${c.id}`} style={{ fontSize: fs + 1, fontWeight: 700, fill: v('text') }}>
      {words}
    </text>
  );
}

function Compute({ c, topo, fs, cap }: { c: GpuCard; topo: Topology; fs: number; cap: Cap }) {
  if (c.mode === 'mig') {
    const lane = W / MIG_COMPUTE_SLICES;
    const starts = offsets(c.rows.map((r) => r.slices * lane));
    const x = starts[c.rows.length] ?? 0;
    const lanes = c.rows.map((r, k) => {
      const at = starts[k] ?? 0;
      const use = r.slices > 0 ? Math.min(1, r.sharePct / 100 / (r.slices / MIG_COMPUTE_SLICES)) : 0;
      const w = r.slices * lane;
      return (
        <g key={r.vmId}>
          <rect x={at + 1} y={STRIP_Y} width={w - 2} height={STRIP_H} style={{ fill: v('surface2'), stroke: v('border') }} />
          <rect x={at + 1} y={STRIP_Y + STRIP_H * (1 - use)} width={w - 2} height={STRIP_H * use} style={{ fill: v(vmToken(topo, r.vm)) }} />
          <text x={at + 4} y={STRIP_Y + drop(fs)} style={{ fontSize: fs, fontWeight: 700, fill: v('text') }}>{laneLabel(r, w - 5, fs)}</text>
        </g>
      );
    });
    return (
      <g>
        <Caption cap={cap} />
        {lanes}
        {x < W - 1 && <rect x={x + 1} y={STRIP_Y} width={W - x - 2} height={STRIP_H} style={{ fill: 'none', stroke: v('border'), strokeDasharray: '4 3' }} />}
      </g>
    );
  }
  const cell = W / GPU_RECENT_MS;
  return (
    <g>
      <Caption cap={cap} />
      {c.strip.map((r, i) => {
        const row = c.rows[r];
        // oxlint-disable-next-line react/no-array-index-key -- cells are positions in time, not items
        return <rect key={i} x={i * cell} y={STRIP_Y} width={Math.max(1, cell - 0.5)} height={STRIP_H} style={{ fill: row === undefined ? v('surface2') : v(vmToken(topo, row.vm)) }} />;
      })}
      <rect x={0} y={STRIP_Y} width={W} height={STRIP_H} style={{ fill: 'none', stroke: v('border') }} />
      <Waiting c={c} fs={fs} />
    </g>
  );
}

const memName = (r: GpuRow): string => (r.oom ? `✕ ${r.name}` : r.name);

/**
 * The row (0 or 1) of each VM's name under the memory bar: under its slice, and on the second row where it would run into
 * the name before it on the first (a narrow drawing: the projector's three cards side by side). How many rows: the largest + 1.
 */
function nameRows(c: GpuCard, starts: number[], fs: number): number[] {
  let end = -Infinity;
  return c.rows.map((r, k) => {
    const at = (starts[k] ?? 0) + 4;
    if (at >= end + fs / 2) {
      end = at + textWidth(memName(r), fs);
      return 0;
    }
    return 1;
  });
}

/** The memory bar, its caption's first line where one line goes and the bar moved down by any more lines (`capAbove`). */
function Memory({ c, topo, fs, cap }: { c: GpuCard; topo: Topology; fs: number; cap: Cap }) {
  const scale = W / c.memoryGiB;
  const starts = offsets(c.rows.map((r) => r.sliceGiB * scale));
  const rows = nameRows(c, starts, fs);
  return (
    <g transform={`translate(0 ${capAbove(cap)})`}>
      <Caption cap={cap} y={MEM_Y - 6} />
      <rect x={0} y={MEM_Y} width={W} height={MEM_H} style={{ fill: 'none', stroke: v('border'), strokeDasharray: '4 3' }} />
      {c.rows.map((r, k) => {
        const at = Math.min(W, starts[k] ?? 0);
        const w = Math.min(W - at, r.sliceGiB * scale);
        const fill = Math.min(r.needGiB, r.sliceGiB) * scale;
        return (
          <g key={r.vmId} data-testid={`gpu-mem-${r.vmId}`} data-oom={r.oom}>
            <rect x={at + 1} y={MEM_Y} width={Math.max(0, w - 2)} height={MEM_H} style={{ fill: v(vmToken(topo, r.vm)), fillOpacity: 0.25, stroke: r.oom ? v('danger') : v('border'), strokeWidth: r.oom ? 3 : 1 }} />
            <rect x={at + 1} y={MEM_Y + 4} width={Math.max(0, Math.min(w - 2, fill))} height={MEM_H - 8} style={{ fill: v(vmToken(topo, r.vm)) }} />
            <text x={at + 4} y={MEM_Y + MEM_H + drop(fs) + (rows[k] ?? 0) * lineH(fs)} style={{ fontSize: fs, fill: v('text') }}>{memName(r)}</text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * Whether a card's table goes under its drawing, across the card, rather than beside it under
 * the sentence: when beside it would be wider than the sentence's column (a projector, or
 * the course tour's panel beside the lens), where it was cut at the right ("100 %"). The
 * width it needs is read when it overflows beside (it is then as narrow as it can be); it
 * comes back beside once the column is that wide again, so the choice does not flicker.
 * While the cards stand side by side (`across`) the table is not in its card (Cards); when they
 * stop, the choice starts afresh, beside (it kept "under" from a table the full row wide).
 */
function useTableBelow(sayRef: RefObject<HTMLElement | null>, tableRef: RefObject<HTMLElement | null>, across: boolean): boolean {
  const [state, setState] = useState({ below: false, across });
  if (state.across !== across) setState({ below: false, across });
  const below = state.below && state.across === across;
  const needs = useRef(0);
  useEffect(() => {
    const say = sayRef.current;
    const table = tableRef.current;
    if (across || say === null || table === null || typeof ResizeObserver === 'undefined') return;
    const check = () => {
      const column = say.clientWidth;
      if (!below && table.offsetWidth > column + 1) {
        needs.current = table.offsetWidth;
        setState({ below: true, across });
      } else if (below && column >= needs.current) setState({ below: false, across });
    };
    const ro = new ResizeObserver(check);
    ro.observe(say);
    ro.observe(table);
    return () => ro.disconnect();
  }, [below, across, sayRef, tableRef]);
  return below;
}

/**
 * A GPU's card: its title, drawing and sentence, and its table unless the cards stand side by side (`across`: Cards puts
 * the tables after all of them). `acrossW`: then the width of its column in the row, known before the first paint.
 */
function Card({ c, topo, col, across, acrossW }: { c: GpuCard; topo: Topology; col: number; across: boolean; acrossW: number }) {
  const t = useT();
  const says = gpuSentences(c).map((x) => t(x.key, x.params)).join(' ');
  // Drawn as wide as its column leaves beside the zoom frame's scroll bar, up to 400 px (its labels' size on a projector).
  const [ref, measured] = useWidth<HTMLDivElement>(DRAWN_MAX + ZOOM_GUTTER);
  const column = across ? acrossW : measured;
  const drawn = Math.max(160, Math.min(DRAWN_MAX, column - ZOOM_GUTTER));
  // Labels 12 units, raised to the theme's floor (14 px on a projector) and off it to READ_MIN_PX as drawn (a phone draws it at 0.9).
  const theme = useStore(selectTheme);
  const fs = labelSize(12, theme, drawn / (W + 4), READ_MIN_PX);
  const least = labelSize(0, theme, drawn / (W + 4), READ_MIN_PX);
  const cap = fitLines(c.mode === 'mig' ? t('gpu.draw.lanes') : t('gpu.draw.strip', { ms: GPU_RECENT_MS }), W, fs, least);
  const memCap = fitLines(t('gpu.draw.memory', { gib: c.memoryGiB }), W, fs, least);
  // Room over the caption's first line for its letters (12 units of label leave 14 units; the floor's larger ones more),
  // and under the memory bar for its names' larger letters (drop) and a second row of them (nameRows).
  const above = capAbove(cap) + Math.max(0, Math.ceil(fs * 0.8) - 14);
  const second = nameRows(c, offsets(c.rows.map((r) => (r.sliceGiB * W) / c.memoryGiB)), fs).some((row) => row > 0) ? lineH(fs) : 0;
  const tall = H + 4 + above + capAbove(memCap) + second + drop(fs) - 12;
  const sayRef = useRef<HTMLParagraphElement | null>(null);
  const tableRef = useRef<HTMLTableElement | null>(null);
  const tableBelow = useTableBelow(sayRef, tableRef, across);
  return (
    <section className="gpu-card" data-testid={`gpu-card-${c.id}`} data-util={c.utilPct} aria-label={t('gpu.cardLabel', { host: c.host })} style={{ '--gpu-col': col } as CSSProperties}>
      <div className="gpu-head">
        <h3>
          <CardTitle c={c} />
        </h3>
        <span className="muted gpu-dev">{keepNames(t('gpu.device', { id: c.id, model: c.model, gib: c.memoryGiB, util: c.utilPct }))}</span>
      </div>
      <div className="gpu-body">
        <div ref={ref} className="gpu-picture">
          <ZoomPan label={t('gpu.cardLabel', { host: c.host })} picture testid={`gpu-zoom-${c.id}`}>
            <svg width={drawn} height={(drawn * tall) / (W + 4)} viewBox={`-2 ${-2 - above} ${W + 4} ${tall}`} className="gpu-drawing" role="img" aria-label={says}>
              <Compute c={c} topo={topo} fs={fs} cap={cap} />
              <Memory c={c} topo={topo} fs={fs} cap={memCap} />
            </svg>
          </ZoomPan>
        </div>
        <div className={tableBelow ? 'gpu-side gpu-table-below' : 'gpu-side'}>
          <p ref={sayRef} data-testid={`gpu-says-${c.id}`}>{keepNames(says)}</p>
          {!across && <GpuTable c={c} topo={topo} across={false} ref={tableRef} />}
        </div>
      </div>
    </section>
  );
}

/** The least width of the cards' row that sets them side by side on the projector: three drawings of about 200 px. */
const SIDE_BY_SIDE_MIN = 640;
/** The gap between the side by side cards' columns (px; techniques.css, .gpu-across). */
const ACROSS_GAP = 12;

/**
 * The cards. On the projector the ways of sharing are compared at once: side by side, their headers and drawings first,
 * their sentences under them, then their tables across (techniques.css, .gpu-across), after all the cards in the page
 * too, so reading and Tab go down the screen as it shows them (they went down to a table and up to the next drawing).
 * One above the other, a 1280x720 projector's lens frame (about 440 px beside the course tour's panel) showed one card of
 * three (each about 400 px tall). The row's width is read before the first paint, which is then already side by side.
 */
function Cards({ cards, topo }: { cards: GpuCard[]; topo: Topology }) {
  const projector = useStore(selectTheme) === 'projector';
  const [row, rowW] = useWidth<HTMLDivElement>(0, true);
  const across = projector && cards.length > 1 && cards.length <= 3 && rowW >= SIDE_BY_SIDE_MIN;
  const acrossW = Math.floor((rowW - ACROSS_GAP * (cards.length - 1)) / cards.length);
  return (
    <div ref={row} className={across ? 'gpu-cards gpu-across' : 'gpu-cards'} style={across ? ({ '--gpu-n': cards.length } as CSSProperties) : undefined}>
      {cards.map((c, i) => <Card key={c.id} c={c} topo={topo} col={i + 1} across={across} acrossW={acrossW} />)}
      {across && cards.map((c) => <GpuTable key={c.id} c={c} topo={topo} across />)}
    </div>
  );
}

export function Gpus() {
  const t = useT();
  const topo = useStore(selectTopology);
  const cards = useSnapshot(gpuCards, 8);
  if (topo === null || cards === null) return null;
  if (cards.length === 0) {
    return (
      <p className="summary" data-testid="gpu-none">
        {t('gpu.none')}{' '}
        <button type="button" onClick={() => void import('../../boot').then((b) => b.loadPreset('gpu-sharing'))}>{t('gpu.open')}</button>
      </p>
    );
  }
  return (
    // Picture first: the GPUs, then what the three ways are (four lines above them put a projector's first drawing half way down the lens).
    <div className="gpu-view">
      <Cards cards={cards} topo={topo} />
      <p className="summary">{t('gpu.intro')}</p>
    </div>
  );
}
