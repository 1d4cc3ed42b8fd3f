/**
 * A live-migrated VM arrives with its memory: the pages pre-copy sent are its memory on
 * the destination, so every page that held data on the source (resident, shared,
 * compressed or swapped there) is resident on the destination in a fresh private frame,
 * and the balloon keeps what it held (the guest's driver does not notice the move). Its
 * TLBs start cold (new host, new physical addresses). If the destination has no free
 * frame left, the page lands in the destination's swap (it is overcommitted). Pages are
 * mapped by index when both hosts use the same page scale, else proportionally.
 */
import { shareKey } from './content';
import { allocFrame, index } from './frames';
import { FR, PG, type HostMem, type VmMem } from './model';

/** Which source pages carry data (to be made resident on arrival), as a fresh VmMem to map. */
export function arriving(old: VmMem, fresh: VmMem): VmMem {
  const same = old.pages === fresh.pages;
  const vm: VmMem = same ? structuredClone(old) : fresh;
  const src = (p: number) => (same ? p : Math.floor((p * old.pages) / fresh.pages));
  vm.cacheOpen = -1;
  vm.cacheFrames = 0;
  vm.tlb = new Int32Array(0);
  vm.ranLast.fill(0);
  if (!same) {
    vm.balloonPages = 0;
    vm.balloonTarget = 0;
    vm.wsPages = Math.round((old.wsPages * fresh.pages) / old.pages);
    vm.growCursor = Math.round((old.growCursor * fresh.pages) / old.pages);
  }
  for (let p = 0; p < vm.pages; p++) {
    const q = src(p);
    const s = old.state[q] ?? PG.untouched;
    vm.frame[p] = -1;
    vm.content[p] = old.content[q] ?? 0;
    vm.lastUse[p] = old.lastUse[q] ?? 0;
    // ARRIVING marks a page to map once the destination's frames are re-derived.
    vm.state[p] = s === PG.ballooned && same ? PG.ballooned : s === PG.untouched || s === PG.ballooned ? PG.untouched : ARRIVING;
  }
  return vm;
}

/** A transient page state used only between arriving() and land(). */
const ARRIVING = 255;

/** Map every arriving page of VM v into a free frame of h (after the host's frames are re-derived). */
export function land(h: HostMem, v: number, vm: VmMem, inter: boolean): void {
  for (let p = 0; p < vm.pages; p++) {
    if (vm.state[p] !== ARRIVING) continue;
    const f = allocFrame(h);
    if (f < 0) {
      vm.state[p] = PG.swapped;
      continue;
    }
    const tick = vm.lastUse[p] ?? 0;
    h.owner[f] = v;
    h.st[f] = FR.used;
    h.refs[f] = 1;
    h.page[f] = p;
    h.born[f] = tick;
    h.lastUse[f] = tick;
    h.refBit[f] = 1;
    vm.frame[p] = f;
    vm.state[p] = PG.resident;
    index(h, f, shareKey(vm.content[p] ?? 0, v, inter));
  }
}
