/**
 * The Overview drawing's labels: one line cut to a width (`Label`), or wrapped into the
 * lines the layout counted (`Lines`, with ovText's wrapInto at the same width and size).
 */
import { Fragment } from 'react';
import { v } from '../../theme/tokens';
import { boldPx, lineH } from '../shared/labels';
import { textWidth, wrapInto } from '../fitText';
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
  /** The layer it stands on, drawn again under it (WordsPatch): run lines that pass under the layer pass under its words. */
  patch?: Patch;
}

/**
 * A label at `size` drawing units (one of the sizes the layout made room for), cut to `max`
 * units with its whole text as its title; when it does not fit and has a `short` form (the
 * value without its "App:" or "Guest OS:" lead, which the band's place and colour say), that.
 */
export function Label({ x, y, children, size, weight = 400, anchor = 'start', max, short, plain = false, patch }: LabelProps) {
  const px = weight >= 700 ? boldPx(size) : size;
  const shown = max === undefined ? children : bandLabel(children, short, max, px);
  if (patch !== undefined && anchor === 'start')
    return (
      <>
        <WordsPatch x={x} y={y} w={textWidth(shown, px)} size={size} patch={patch} />
        <Label x={x} y={y} size={size} weight={weight} plain={plain} {...(max === undefined ? {} : { max })} {...(short === undefined ? {} : { short })}>
          {children}
        </Label>
      </>
    );
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
export function Lines({ x, y, size, weight = 400, max, rows, plain = false, patch, children }: { x: number; y: number; size: number; weight?: number; max: number; rows: number; plain?: boolean; patch?: Patch; children: string }) {
  const px = weight >= 700 ? boldPx(size) : size;
  return wrapInto(children, max, px, rows).map((line, i) => (
    // No group around them: a box's words stay its own text elements.
    <Fragment key={i}>
      {patch !== undefined && <WordsPatch x={x} y={y + i * lineH(size)} w={Math.min(max, textWidth(line, px))} size={size} patch={patch} />}
      <Label x={x} y={y + i * lineH(size)} size={size} weight={weight} max={max} plain={plain}>
        {line}
      </Label>
    </Fragment>
  ));
}

/** The layer a line of words stands on: its fill and its fill's opacity over the host's surface. */
export interface Patch {
  fill: string;
  opacity: number;
}

/** The hypervisor's layer: translucent, the run lines under it; its words stand on it drawn again, opaque (WordsPatch). */
export const HV_PATCH: Patch = { fill: v('layerHypervisor'), opacity: 0.55 };

/** The hardware's layer, the same way: its title, its sockets' names and its RAM line stand on it (a VDI host's run lines crossed "RAM: VMs use…"). */
export const HW_PATCH: Patch = { fill: v('layerHardware'), opacity: 0.55 };

/**
 * Under a line of words centred on `y` and `w` wide from `x`, the layer they stand on drawn again, opaque: the host's
 * surface, then the layer's fill as the layer draws it, so it looks the same, and the run lines that pass under the layer
 * pass under its words too (a data centre's dozens of lines crossed the hypervisor's words).
 */
export function WordsPatch({ x, y, w, size, patch }: { x: number; y: number; w: number; size: number; patch: Patch }) {
  const r = { x: x - 3, y: y - lineH(size) / 2, width: w + 6, height: lineH(size) };
  return (
    <g aria-hidden="true" data-words-patch="">
      <rect {...r} style={{ fill: v('surface') }} />
      <rect {...r} style={{ fill: patch.fill, fillOpacity: patch.opacity }} />
    </g>
  );
}
