/** The I/O paths drawing: one column per VM inside the drawing, routes that go where each path goes. */
import { describe, expect, it } from 'vitest';
import { layoutIoPaths, routeD } from './layoutIoPaths';

describe('layoutIoPaths', () => {
  const l = layoutIoPaths(['emulated', 'virtio', 'passthrough'], 1200, 400, 6);
  const band = (layer: string) => l.bands.find((b) => b.layer === layer)!;
  const inBand = (y: number, layer: string) => y >= band(layer).y && y <= band(layer).y + band(layer).h;
  it('fills the size with three bands and one column per VM', () => {
    expect(l.bands.map((b) => b.layer)).toEqual(['guest', 'hypervisor', 'hardware']);
    expect(l.bands.reduce((n, b) => n + b.h, 0)).toBeCloseTo(400, 6);
    expect(l.columns).toHaveLength(3);
    for (const c of l.columns) for (const b of c.boxes) {
      expect(b.rect.x).toBeGreaterThanOrEqual(c.x);
      expect(b.rect.x + b.rect.w).toBeLessThanOrEqual(c.x + c.w);
    }
  });
  it('emulated: a trap mark per register access, in the hypervisor band; it ends at the device', () => {
    const [e] = l.columns;
    expect(e!.marks).toHaveLength(6);
    expect(e!.boxes.map((b) => b.kind)).toEqual(['driver', 'deviceModel', 'device']);
    expect(inBand(e!.route.at(-1)!.y, 'hardware')).toBe(true);
  });
  it('virtio: one notification between the ring and the backend', () => {
    expect(l.columns[1]!.marks).toHaveLength(1);
    expect(l.columns[1]!.boxes.map((b) => b.kind)).toEqual(['driver', 'ring', 'backend', 'device']);
  });
  it('passthrough: the route never enters the hypervisor box; it passes the IOMMU to the VF', () => {
    const p = l.columns[2]!;
    const bypass = p.boxes.find((b) => b.kind === 'bypass')!.rect;
    for (const pt of p.route) expect(pt.x < bypass.x || pt.x > bypass.x + bypass.w).toBe(true);
    expect(p.marks).toHaveLength(0);
    expect(p.boxes.map((b) => b.kind)).toContain('iommu');
  });
  it('writes a route as an SVG path', () => {
    expect(routeD([{ x: 1, y: 2 }, { x: 3, y: 4 }])).toBe('M1.0,2.0 L3.0,4.0');
  });
});
