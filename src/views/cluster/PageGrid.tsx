/**
 * The migrating VM's memory as a frame grid on a canvas (1024 cells, redrawn in the
 * app's frame loop from the store, never through React): not yet copied (light, empty),
 * copied to the destination (green, filled), dirtied again since it was copied (red with
 * a diagonal stroke, so it reads without colour). The cell being sent now gets an outline.
 * The grid zooms and pans in the view kit's ZoomPan, redrawn sharp at each zoom.
 */
import { PAGE, type Snapshot } from '../../engine';
import type { ThemeName } from '../../store';
import { tokenColours } from '../shared/colours';
import { useCanvasFrame } from '../shared/useCanvasFrame';
import { ZoomPan } from '../shared/ZoomPan';
import { cellRect, gridGeometry, type GridGeometry } from './layoutCluster';

function draw(ctx: CanvasRenderingContext2D, snap: Snapshot, g: GridGeometry, theme: ThemeName): void {
  const c = tokenColours({ pending: 'surface2', copied: 'ok', dirty: 'danger', line: 'text', cursor: 'focus' }, theme);
  const pages = snap.fleet.pages;
  const cursor = snap.fleet.cl.migration?.cursor ?? -1;
  ctx.clearRect(0, 0, g.width, g.height);
  ctx.lineWidth = 1;
  for (let p = 0; p < pages.length; p++) {
    const { x, y, s: size } = cellRect(g, p);
    const state = pages[p];
    ctx.fillStyle = state === PAGE.copied ? c.copied : state === PAGE.dirty ? c.dirty : c.pending;
    ctx.fillRect(x + 0.5, y + 0.5, size - 1, size - 1);
    if (state === PAGE.dirty) {
      ctx.strokeStyle = c.line;
      ctx.beginPath();
      ctx.moveTo(x + 1, y + size - 1);
      ctx.lineTo(x + size - 1, y + 1);
      ctx.stroke();
    }
  }
  if (cursor >= 0 && cursor < pages.length) {
    const { x, y, s: size } = cellRect(g, cursor);
    ctx.strokeStyle = c.cursor;
    ctx.lineWidth = 2;
    ctx.strokeRect(x + 1, y + 1, size - 2, size - 2);
  }
}

interface Props {
  width: number;
  /** The drawing's name, for its zoom frame. */
  title: string;
  /** What the grid shows now, for a screen reader. */
  label: string;
}

export function PageGrid({ title, ...props }: Props) {
  return (
    <ZoomPan label={title} testid="cl-zoom">
      <GridCanvas {...props} />
    </ZoomPan>
  );
}

/** The canvas itself, inside its zoom frame (it draws for the frame's zoom). */
function GridCanvas({ width, label }: Omit<Props, 'title'>) {
  const g = gridGeometry(width);
  const { ref } = useCanvasFrame(({ ctx, snap, theme }) => draw(ctx, snap, g, theme), {
    width: g.width,
    height: g.height,
    redrawOn: (s, prev) => s.snapshot !== prev.snapshot || s.theme !== prev.theme,
  });
  return <canvas ref={ref} style={{ width: g.width, height: g.height }} role="img" aria-label={label} data-testid="cl-grid" />;
}
