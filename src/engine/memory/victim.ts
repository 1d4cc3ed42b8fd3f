/**
 * Which frame the hypervisor reclaims next, by the host's policy. Only private frames
 * (one page, not shared, not compression cache) are candidates: freeing a shared frame
 * would free nothing. CLOCK is the textbook second-chance clock with a sweeping hand.
 * FIFO and LRU look at a window of frames after the hand and take the oldest by
 * allocation or last use (sampled, as real hypervisors do: exact LRU over millions of
 * frames is too costly); RAND probes random frames from the seeded generator.
 */
import { nextInt, type RngState } from '../kernel/rng';
import { FR, type HostMem } from './model';

// Plain module constants: the hot loops read these instead of the const objects' properties.
const FR_USED = FR.used;

const WINDOW = 64;

export type ReclaimPolicy = 'fifo' | 'lru' | 'clock' | 'rand';

/** A private frame, of `owner`'s when owner >= 0. */
function candidate(h: HostMem, f: number, owner: number): boolean {
  return h.st[f] === FR_USED && (owner < 0 || h.owner[f] === owner);
}

function clock(h: HostMem, owner: number): number {
  for (let i = 0; i < 2 * h.frames; i++) {
    const f = h.hand;
    h.hand = (h.hand + 1) % h.frames;
    if (!candidate(h, f, owner)) continue;
    if (h.refBit[f] === 1) {
      h.refBit[f] = 0; // second chance
      continue;
    }
    return f;
  }
  return -1;
}

function oldestInWindow(h: HostMem, age: Int32Array, owner: number): number {
  let best = -1;
  for (let seen = 0, i = 0; i < h.frames && seen < WINDOW; i++) {
    const f = (h.hand + i) % h.frames;
    if (!candidate(h, f, owner)) continue;
    seen += 1;
    if (best < 0 || (age[f] ?? 0) < (age[best] ?? 0)) best = f;
  }
  h.hand = best < 0 ? h.hand : (best + 1) % h.frames;
  return best;
}

function random(h: HostMem, rng: RngState, owner: number): number {
  for (let i = 0; i < WINDOW; i++) {
    const f = nextInt(rng, 0, h.frames - 1);
    if (candidate(h, f, owner)) return f;
  }
  return owner < 0 ? -1 : oldestInWindow(h, h.lastUse, owner);
}

/**
 * The next victim frame, or -1 when there is none; only VM `owner`'s frames when owner >= 0
 * (the VM the reclaim targets chose). Mutates the hand and, for RAND, the rng.
 */
export function pickVictim(h: HostMem, policy: ReclaimPolicy, rng: RngState, owner = -1): number {
  switch (policy) {
    case 'clock':
      return clock(h, owner);
    case 'fifo':
      return oldestInWindow(h, h.born, owner);
    case 'lru':
      return oldestInWindow(h, h.lastUse, owner);
    case 'rand':
      return random(h, rng, owner);
  }
}
