/**
 * The Overview drawing's labels: one line cut to a width (`Label`), or wrapped into the
 * lines the layout counted (`Lines`, with ovText's wrapInto at the same width and size).
 */
import { v } from '../../theme/tokens';
import { boldPx, lineH } from '../shared/labels';
import { wrapInto } from '../fitText';
import { bandLabel } from './ovText';

interface LabelProps {
  x: number;
  y: number;
  children: string;
  size: number;
  weight?: number;
  anchor?: 'start' | 'middle' | 'end';
  max?: number;
  short?: string;
  /** Without the halo in the page colour (a label on a band of another colour, no line behind it). */
  plain?: boolean;
}

/**
 * A label at `size` drawing units (one of the sizes the layout made room for), cut to `max`
 * units with its whole text as its title; when it does not fit and has a `short` form (the
 * value without its "App:" or "Guest OS:" lead, which the band's place and colour say), that.
 */
export function Label({ x, y, children, size, weight = 400, anchor = 'start', max, short, plain = false }: LabelProps) {
  const px = weight >= 700 ? boldPx(size) : size;
  const shown = max === undefined ? children : bandLabel(children, short, max, px);
  return (
    <text x={x} y={y} textAnchor={anchor} dominantBaseline="middle" className={plain ? undefined : 'label'} style={{ fontSize: size, fontWeight: weight, fill: v('text') }}>
      {shown !== children && <title>{children}</title>}
      {shown}
    </text>
  );
}

/**
 * A label in at most `rows` lines from `y` down (the layout made room for them, counted with
 * ovText's wrapInto at the same width and size): the last holds the rest, cut, and the
 * inspector says it whole.
 */
export function Lines({ x, y, size, weight = 400, max, rows, plain = false, children }: { x: number; y: number; size: number; weight?: number; max: number; rows: number; plain?: boolean; children: string }) {
  return wrapInto(children, max, weight >= 700 ? boldPx(size) : size, rows).map((line, i) => (
    <Label key={i} x={x} y={y + i * lineH(size)} size={size} weight={weight} max={max} plain={plain}>
      {line}
    </Label>
  ));
}
