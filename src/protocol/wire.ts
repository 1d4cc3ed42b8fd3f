/**
 * Snapshots on the wire between the worker and the main thread. The main thread pays for
 * every object a message holds (the browser rebuilds each one), so what seldom changes
 * travels only when it changed:
 * - the topology, only when its revision changed;
 * - the storage volumes: the four numbers that move every tick (written and allocated
 *   GiB, read and write IOPS) as typed arrays, transferred rather than copied; a volume's
 *   other fields only when they changed since the snapshot sent before. The engine gives a
 *   volume a new revision whenever they change (StorageSnapshot.volumeRevs), so the encoder
 *   compares revisions, not volumes. Revisions never repeat within one history, but two
 *   histories that part at a tick (a command given after going back) reuse them: after a
 *   rewind the encoder compares every volume once, as it did before revisions.
 * The decoder rebuilds the very snapshot the worker made (the same values, the same key
 * order), so every message must be decoded, in order. Both sides start again from a full
 * snapshot after a reset: the encoder when a world loads, the decoder with a new worker.
 * Types only from the engine: the main thread loads none of its code for this.
 */
import type { Snapshot, StorageSnapshot, Topology, VolumeSnap } from '../engine';

const MOVING = ['writtenGiB', 'allocGiB', 'readIops', 'writeIops'] as const;
type Moving = (typeof MOVING)[number];

export interface WireVolumes {
  count: number;
  /** [index, volume] for each volume whose other fields changed (every volume after a reset). */
  changed: [number, VolumeSnap][];
  moving: Record<Moving, Float64Array>;
}

/** A snapshot on the wire: topology only when it changed, volumes as above. */
export type WireSnapshot = Omit<Snapshot, 'topology' | 'storage'> & {
  topology: Topology | null;
  storage: Omit<StorageSnapshot, 'volumes'> & { volumes: WireVolumes };
};

/** Deep equality of structured-clone data (plain objects in the same key order, arrays, primitives). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  return sameFields(a as Record<string, unknown>, b as Record<string, unknown>, null);
}

/** The same keys in the same order with the same values, except the keys in `skip`. */
function sameFields(a: Record<string, unknown>, b: Record<string, unknown>, skip: ReadonlySet<string> | null): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i] as string;
    if (k !== kb[i]) return false;
    if (skip?.has(k) !== true && !same(a[k], b[k])) return false;
  }
  return true;
}

const MOVING_KEYS: ReadonlySet<string> = new Set(MOVING);

/** The same volume but for its moving numbers. */
function sameBesidesMoving(a: VolumeSnap, b: VolumeSnap): boolean {
  return sameFields(a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>, MOVING_KEYS);
}

export class WireEncoder {
  private rev = -1;
  /** The topology as last sent (after a rewind its revision may name another one). */
  private topology: Topology | null = null;
  /** The volumes as last sent, and their revisions then. */
  private volumes: readonly VolumeSnap[] = [];
  private revs = new Float64Array(0);
  /** Compare every volume next time: the world may have left the history it was sent from. */
  private rewinding = false;

  /** Send everything with the next snapshot (a new world). */
  reset(): void {
    this.rev = -1;
    this.topology = null;
    this.volumes = [];
    this.revs = new Float64Array(0);
    this.rewinding = false;
  }

  /**
   * The world went back to an earlier state (a checkpoint restored). What comes next may
   * be another history, whose topology and volumes can carry the revisions of different
   * contents: the next snapshot compares them instead of trusting their revisions.
   */
  rewound(): void {
    this.rewinding = true;
  }

  /** The wire form of a snapshot (which it leaves untouched) and the buffers it adds, to transfer. */
  encode(snap: Snapshot): { snapshot: WireSnapshot; transfer: ArrayBuffer[] } {
    const known = snap.topology.rev === this.rev && (!this.rewinding || same(this.topology, snap.topology));
    const topology = known ? null : snap.topology;
    this.rev = snap.topology.rev;
    this.topology = snap.topology;
    const vols = snap.storage.volumes;
    const n = vols.length;
    const moving = { writtenGiB: new Float64Array(n), allocGiB: new Float64Array(n), readIops: new Float64Array(n), writeIops: new Float64Array(n) };
    const changed: [number, VolumeSnap][] = [];
    const revs = snap.storage.volumeRevs;
    for (let i = 0; i < n; i++) {
      const v = vols[i] as VolumeSnap;
      const was = this.volumes[i];
      const kept = was !== undefined && (this.rewinding ? sameBesidesMoving(was, v) : this.revs[i] === revs[i]);
      if (!kept) changed.push([i, v]);
      moving.writtenGiB[i] = v.writtenGiB;
      moving.allocGiB[i] = v.allocGiB;
      moving.readIops[i] = v.readIops;
      moving.writeIops[i] = v.writeIops;
    }
    this.volumes = vols;
    // A copy: the snapshot's own array is transferred with it.
    this.revs = revs.slice();
    this.rewinding = false;
    return {
      snapshot: { ...snap, topology, storage: { ...snap.storage, volumes: { count: n, changed, moving } } },
      transfer: MOVING.map((k) => moving[k].buffer),
    };
  }
}

export class WireDecoder {
  private topology: Topology | null = null;
  private volumes: VolumeSnap[] = [];

  /** Expect a full snapshot next (a new worker). */
  reset(): void {
    this.topology = null;
    this.volumes = [];
  }

  /** The snapshot the worker made, or null while the wire has not yet given all of it. */
  decode(wire: WireSnapshot): Snapshot | null {
    if (wire.topology !== null) this.topology = wire.topology;
    const { count, changed, moving } = wire.storage.volumes;
    const base = this.volumes;
    base.length = Math.min(base.length, count);
    for (const [i, v] of changed) base[i] = v;
    if (this.topology === null || base.length !== count) return null;
    const volumes: VolumeSnap[] = [];
    for (let i = 0; i < count; i++) {
      const b = base[i];
      if (b === undefined) return null;
      volumes.push({ ...b, writtenGiB: moving.writtenGiB[i] ?? 0, allocGiB: moving.allocGiB[i] ?? 0, readIops: moving.readIops[i] ?? 0, writeIops: moving.writeIops[i] ?? 0 });
    }
    return { ...wire, topology: this.topology, storage: { ...wire.storage, volumes } };
  }
}
