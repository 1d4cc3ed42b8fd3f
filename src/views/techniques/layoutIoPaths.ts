/**
 * Geometry of the I/O paths drawing (pure: paths + size -> boxes and routes). Three
 * horizontal bands (guest, hypervisor, hardware) and one column per VM. Each column
 * routes one I/O from the guest driver to the device the way its path does:
 * - emulated: a zigzag of traps down into the hypervisor's device model, then the device;
 * - virtio: into a ring on the guest/hypervisor boundary, one notification to the
 *   backend, then the device;
 * - passthrough: straight past the hypervisor (drawn aside, "not in the data path"),
 *   through the IOMMU, to a virtual function of the device.
 * The route is a list of points; the view animates a request along it.
 */
import type { IoPathId } from '../../engine';
import type { Point, Rect } from '../shared/geometry';

export type IoLayer = 'guest' | 'hypervisor' | 'hardware';
export type IoBoxKind = 'driver' | 'deviceModel' | 'ring' | 'backend' | 'device' | 'bypass' | 'iommu' | 'vf';

export interface IoBox {
  kind: IoBoxKind;
  rect: Rect;
}

export interface IoColumn {
  path: IoPathId;
  x: number;
  w: number;
  boxes: IoBox[];
  route: Point[];
  /** Where each trap or notification happens (a mark on the route). */
  marks: Point[];
  /** Where the route's note (traps, notification, DMA) is written. */
  note: Point;
}

export interface IoLayout {
  width: number;
  height: number;
  labelW: number;
  bands: { layer: IoLayer; y: number; h: number }[];
  columns: IoColumn[];
}

const LAYERS: readonly IoLayer[] = ['guest', 'hypervisor', 'hardware'];
const SHARE: Readonly<Record<IoLayer, number>> = { guest: 0.3, hypervisor: 0.36, hardware: 0.34 };

function box(kind: IoBoxKind, cx: number, cy: number, w: number, h: number): IoBox {
  return { kind, rect: { x: cx - w / 2, y: cy - h / 2, w, h } };
}

export function layoutIoPaths(paths: readonly IoPathId[], width: number, height: number, emulatedTraps: number): IoLayout {
  const labelW = Math.min(110, width * 0.16);
  let y = 0;
  const bands = LAYERS.map((layer) => {
    const h = height * SHARE[layer];
    const b = { layer, y, h };
    y += h;
    return b;
  });
  const [g, hv, hw] = bands as [(typeof bands)[0], (typeof bands)[0], (typeof bands)[0]];
  const n = Math.max(1, paths.length);
  const colW = (width - labelW) / n;
  const bw = Math.min(170, colW * 0.7);
  const bh = Math.min(40, height * 0.1);
  const columns = paths.map((path, i): IoColumn => {
    const x = labelW + i * colW;
    const cx = x + colW / 2;
    const driver = box('driver', cx, g.y + g.h * 0.45, bw, bh);
    const top = driver.rect.y + bh;
    if (path === 'emulated') {
      const model = box('deviceModel', cx, hv.y + hv.h * 0.62, bw, bh);
      const device = box('device', cx, hw.y + hw.h * 0.55, bw, bh);
      const zigTop = top + 6;
      const zigBottom = model.rect.y - 6;
      const k = Math.max(1, emulatedTraps);
      const zig: Point[] = Array.from({ length: k }, (_, j) => ({ x: cx + (j % 2 === 0 ? -1 : 1) * bw * 0.28, y: zigTop + ((j + 0.5) / k) * (zigBottom - zigTop) }));
      const route = [{ x: cx, y: top }, ...zig, { x: cx, y: model.rect.y }, { x: cx, y: model.rect.y + bh }, { x: cx, y: device.rect.y }];
      return { path, x, w: colW, boxes: [driver, model, device], route, marks: zig, note: { x: cx + bw * 0.34, y: (zigTop + zigBottom) / 2 } };
    }
    if (path === 'virtio') {
      const ring = box('ring', cx, hv.y, bw * 0.8, bh * 0.8);
      const backend = box('backend', cx, hv.y + hv.h * 0.68, bw, bh);
      const device = box('device', cx, hw.y + hw.h * 0.55, bw, bh);
      const kick = { x: cx, y: (ring.rect.y + ring.rect.h + backend.rect.y) / 2 };
      const route = [{ x: cx, y: top }, { x: cx, y: ring.rect.y }, { x: cx, y: ring.rect.y + ring.rect.h }, kick, { x: cx, y: backend.rect.y }, { x: cx, y: backend.rect.y + bh }, { x: cx, y: device.rect.y }];
      return { path, x, w: colW, boxes: [driver, ring, backend, device], route, marks: [kick], note: { x: cx + bw * 0.1, y: kick.y } };
    }
    // Passthrough: the hypervisor box sits aside, the route goes straight down past it.
    const lane = cx - bw * 0.3;
    const bypass = box('bypass', cx + bw * 0.2, hv.y + hv.h * 0.5, bw * 0.85, bh * 1.2);
    const iommu = box('iommu', lane, hw.y + hw.h * 0.22, bw * 0.45, bh * 0.7);
    const vf = box('vf', cx, hw.y + hw.h * 0.68, bw, bh);
    const route = [{ x: lane, y: top }, { x: lane, y: iommu.rect.y }, { x: lane, y: iommu.rect.y + iommu.rect.h }, { x: lane, y: vf.rect.y }];
    return { path, x, w: colW, boxes: [driver, bypass, iommu, vf], route, marks: [], note: { x: iommu.rect.x + iommu.rect.w + 6, y: iommu.rect.y + iommu.rect.h / 2 + 4 } };
  });
  return { width, height, labelW, bands, columns };
}

/** An SVG path string through the points (for a polyline route and animateMotion). */
export function routeD(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}
