/**
 * Which page a guest gives to its balloon driver. First its page cache (pages above the
 * working set, from the top down: memory it can drop for free); once that is gone, a
 * working-set page chosen by the guest's own replacement policy, which the guest must
 * page out to its virtual disk: FIFO (the page first touched longest ago: guests touch
 * memory in address order as they grow), LRU (sampled over a window of 32 pages, like
 * Linux's approximations), CLOCK (a hand sweeping the working set, clearing each page's
 * reference bit and taking the first page whose bit is clear), RAND (seeded). OPT needs
 * the future, so it lives only in the Practice panel. Mutates the VM's hand and bits.
 */
import { nextInt, type RngState } from '../kernel/rng';
import { PG, type VmMem } from './model';

const BALLOONED = PG.ballooned;
const WINDOW = 32;
export type GuestPolicy = 'fifo' | 'lru' | 'clock' | 'rand';

function cachePage(vm: VmMem): number {
  for (let p = vm.pages - 1; p >= vm.wsPages; p--) if (vm.state[p] !== BALLOONED) return p;
  return -1;
}

function clockPage(vm: VmMem, ws: number): number {
  for (let i = 0; i < 2 * ws + 1; i++) {
    const p = vm.guestHand % ws;
    vm.guestHand = (p + 1) % ws;
    if (vm.state[p] === BALLOONED) continue;
    if (vm.ref[p] === 1) {
      vm.ref[p] = 0; // second chance
      continue;
    }
    return p;
  }
  return -1;
}

function lruPage(vm: VmMem, ws: number): number {
  let best = -1;
  for (let seen = 0, i = 0; i < ws && seen < WINDOW; i++) {
    const p = (vm.guestHand + i) % ws;
    if (vm.state[p] === BALLOONED) continue;
    seen += 1;
    if (best < 0 || (vm.lastUse[p] ?? 0) < (vm.lastUse[best] ?? 0)) best = p;
  }
  if (best >= 0) vm.guestHand = (best + 1) % ws;
  return best;
}

function firstPage(vm: VmMem, ws: number): number {
  for (let p = 0; p < ws; p++) if (vm.state[p] !== BALLOONED) return p;
  return -1;
}

function randomPage(vm: VmMem, ws: number, rng: RngState): number {
  for (let i = 0; i < WINDOW; i++) {
    const p = nextInt(rng, 0, ws - 1);
    if (vm.state[p] !== BALLOONED) return p;
  }
  return firstPage(vm, ws);
}

/** The guest page to balloon next, or -1 when none is left. */
export function balloonVictim(vm: VmMem, policy: GuestPolicy, rng: RngState): number {
  const cache = cachePage(vm);
  if (cache >= 0) return cache;
  const ws = Math.min(vm.wsPages, vm.pages);
  if (ws <= 0) return -1;
  switch (policy) {
    case 'fifo':
      return firstPage(vm, ws);
    case 'lru':
      return lruPage(vm, ws);
    case 'clock':
      return clockPage(vm, ws);
    case 'rand':
      return randomPage(vm, ws, rng);
  }
}

/** The ballooned page to give back first: the highest (page cache comes back first). */
export function deflateVictim(vm: VmMem): number {
  for (let p = vm.pages - 1; p >= 0; p--) if (vm.state[p] === BALLOONED) return p;
  return -1;
}
