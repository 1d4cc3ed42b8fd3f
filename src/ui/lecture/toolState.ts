/**
 * Where the spotlight, the pointer and the pen are: a position as a share of the
 * viewport (0..1), the spotlight's radius, and pen moves made with the keyboard. It
 * changes at pointer rate, so it lives here (with its own listeners, read through
 * useSyncExternalStore) rather than in the app store.
 */
export interface ToolSpot {
  x: number;
  y: number;
  /** Spotlight radius as a share of the viewport's shorter side. */
  r: number;
}

let spot: ToolSpot = { x: 0.5, y: 0.45, r: 0.18 };
const listeners = new Set<() => void>();
const penMoves = new Set<(from: ToolSpot, to: ToolSpot, ink: boolean) => void>();

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

export function getSpot(): ToolSpot {
  return spot;
}

export function subscribeSpot(f: () => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

export function setSpot(next: Partial<ToolSpot>): void {
  spot = { x: clamp(next.x ?? spot.x, 0, 1), y: clamp(next.y ?? spot.y, 0, 1), r: clamp(next.r ?? spot.r, 0.05, 0.6) };
  for (const f of listeners) f();
}

/** Move by a share of the viewport; the pen draws the move when `ink` is set. */
export function moveSpot(dx: number, dy: number, ink: boolean): void {
  const from = spot;
  setSpot({ x: spot.x + dx, y: spot.y + dy });
  for (const f of penMoves) f(from, spot, ink);
}

export function resizeSpot(d: 1 | -1): void {
  setSpot({ r: spot.r * (d > 0 ? 1.2 : 1 / 1.2) });
}

export function onPenMove(f: (from: ToolSpot, to: ToolSpot, ink: boolean) => void): () => void {
  penMoves.add(f);
  return () => penMoves.delete(f);
}
