/**
 * Paints the host frame grid into ImageData: each cell coloured by its owner VM and
 * patterned by state (solid = one page, a centre mark = shared copy-on-write, lower half
 * only = compression cache, pale = free), so state never depends on colour alone.
 *
 * At top speed about 15,000 of 16,384 frames change each second, a few hundred per frame,
 * so the painter keeps the last owner and state it drew per frame and repaints only the
 * cells that changed, then puts back only the rows they span. A change of size, palette,
 * focus or host repaints everything. Pure: no DOM beyond the ImageData it is handed.
 */
import { mix } from '../shared/colours';
import type { GridGeometry } from './layoutMemory';

export interface GridColours {
  /** Packed colour per palette slot. */
  vm: readonly number[];
  many: number;
  free: number;
  mark: number;
}

export interface GridFrames {
  frames: number;
  st: ArrayLike<number>;
  owner: ArrayLike<number>;
}

export class GridPainter {
  private st = new Uint8Array(0);
  private owner = new Int32Array(0);
  private key = '';
  private px: Uint32Array | null = null;

  constructor(private readonly img: ImageData) {
    this.px = new Uint32Array(img.data.buffer);
  }

  /**
   * Bring the image up to date; returns the rows (pixels, [y0, y1)) that changed, or null
   * when nothing did. `slotOf(owner)` maps an owner VM index to its palette slot.
   */
  paint(h: GridFrames, g: GridGeometry, pal: GridColours, focusVm: number, slotOf: (owner: number) => number, key: string): [number, number] | null {
    const px = this.px;
    if (px === null) return null;
    const full = key !== this.key || this.st.length !== h.frames;
    if (full) {
      this.key = key;
      this.st = new Uint8Array(h.frames).fill(255);
      this.owner = new Int32Array(h.frames);
      px.fill(0);
    }
    let y0 = Infinity;
    let y1 = -Infinity;
    const inner = g.cell - g.gap;
    for (let f = 0; f < h.frames; f++) {
      const st = h.st[f] ?? 0;
      const owner = h.owner[f] ?? -1;
      if (st === this.st[f] && owner === this.owner[f]) continue;
      this.st[f] = st;
      this.owner[f] = owner;
      let c = st === 0 ? pal.free : owner === -2 ? pal.many : (pal.vm[slotOf(owner)] ?? pal.free);
      if (focusVm >= 0 && st !== 0 && owner !== focusVm) c = mix(c, pal.free, 0.7);
      const x0 = (f % g.cols) * g.cell;
      const top = Math.floor(f / g.cols) * g.cell;
      for (let y = 0; y < inner; y++) {
        const half = st === 3 && y < inner / 2;
        const row = (top + y) * g.width + x0;
        px.fill(half ? pal.free : c, row, row + inner);
      }
      if (st === 2 && inner >= 3) {
        const mid = Math.floor(inner / 2);
        const at = (top + mid) * g.width + x0 + mid;
        px[at] = pal.mark;
        if (inner >= 6) px.fill(pal.mark, at - 1, at + 2);
      }
      if (top < y0) y0 = top;
      if (top + g.cell > y1) y1 = top + g.cell;
    }
    return y1 > y0 ? [y0, Math.min(y1, g.height)] : null;
  }
}
