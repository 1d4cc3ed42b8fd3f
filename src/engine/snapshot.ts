/**
 * toSnapshot: what the UI sees of a state, as a loop over the registry. The kernel's
 * part (kernel/snapshot.ts), then each subsystem's part merged in (a part is an object
 * of top-level snapshot keys; two subsystems may share one key, as the container
 * runtime and the cluster share `fleet`). Plain objects for small structured data,
 * typed-array copies for dense data, so the worker can transfer the buffers instead of
 * copying them. Structured-clone safe by construction.
 *
 * Section order: the digest folds the kernel's part, then each subsystem's in the order
 * of digest.ts SECTIONS (the order of the snapshot before the registry existed, kept so
 * that digests recorded since stay valid), then any other subsystem's in registry order.
 * The snapshot object lists its sections in the same order.
 */
import type { AnySubsystem } from './kernel/contract';
import { kernelDigest } from './kernel/digest';
import { kernelBuffers, kernelSnapshot, type KernelSnapshot } from './kernel/snapshot';
import type { World } from './kernel/world';
import { SECTIONS } from './digest';

const DIGEST_ORDER = SECTIONS.map((s) => s.id);

/** The registry in section order (see above). */
export function sectionOrder(subs: readonly AnySubsystem[]): AnySubsystem[] {
  const rank = (s: AnySubsystem): number => {
    const i = DIGEST_ORDER.indexOf(s.id);
    return i >= 0 ? i : DIGEST_ORDER.length + subs.indexOf(s);
  };
  return subs.toSorted((a, b) => rank(a) - rank(b));
}

export interface Snapshotter<Snap> {
  toSnapshot(st: World): Snap;
  /** The buffers of a snapshot's typed arrays, for a postMessage transfer list. */
  snapshotBuffers(s: Snap): ArrayBuffer[];
  /** A short, stable digest of everything a snapshot says (for the registry's engine, digest.ts computes the same without loading it). */
  snapshotDigest(s: Snap): string;
}

export function makeSnapshotter<Snap extends KernelSnapshot>(subs: readonly AnySubsystem[]): Snapshotter<Snap> {
  const order = sectionOrder(subs);
  return {
    toSnapshot(st) {
      const out: Record<string, unknown> = { ...kernelSnapshot(st) };
      for (const s of order) {
        for (const [key, value] of Object.entries(s.snapshot(st) as Record<string, unknown>)) {
          const had = out[key];
          out[key] = had === undefined ? value : { ...(had as object), ...(value as object) };
        }
      }
      return out as Snap;
    },
    snapshotBuffers: (snap) => [...kernelBuffers(snap), ...order.flatMap((s) => s.buffers(snap))],
    snapshotDigest(snap) {
      let h = kernelDigest(snap);
      for (const s of order) h = s.digest(snap, h);
      return (h >>> 0).toString(16).padStart(8, '0');
    },
  };
}
