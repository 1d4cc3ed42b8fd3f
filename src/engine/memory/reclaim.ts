/**
 * The hypervisor side of overcommit, once per MEM_PERIOD per host: the ESXi-style host
 * memory state from free frames against minFree, and the reclaim ladder it engages, in
 * order: page sharing (always scanning slowly, faster from clear), ballooning (from
 * soft), compression and hypervisor swapping (from hard), blocked allocations (low).
 * Each rung says what it did, once in a while, as a narrated event. Mutates the state.
 */
import { MIN_STATE_MS, STATE_LOG } from './model';
import { pushEvent } from '../kernel/events';
import { POWER } from '../kernel/codes';
import type { MemWorld } from './model';
import { compressible, shareKey } from './content';
import { allocFrame, index, lookup, shareInto, unmap } from './frames';
import { BALLOON_MAX, BALLOON_MIB_PER_S, BALLOON_POLL_MS, COMPRESS_CACHE_MAX, SMALL_PAGES_PER_MIB, FR, HOST_STATES, PAGES_PER_CACHE_FRAME, PG, STATE_ENTER, type HostMem, type VmMem } from './model';
import { nextHostState } from './hostState';
import { pickVictim } from './victim';
import { heldPages, revoke } from './targets';
import { chargeStall, pageReadMs } from './access';
import { balloonVictim, deflateVictim, type GuestPolicy } from './guest';

// Plain module constants: the hot loops read these instead of the const objects' properties.
const FR_COMPRESSED = FR.compressed;
const FR_USED = FR.used;
const PG_BALLOONED = PG.ballooned;
const PG_COMPRESSED = PG.compressed;
const PG_RESIDENT = PG.resident;
const PG_SWAPPED = PG.swapped;
const PG_UNTOUCHED = PG.untouched;
const POWER_ON = POWER.on;

const SAY_EVERY = 2000;
export const SAY = { state: 0, share: 1, balloon: 2, compress: 3, swap: 4, block: 5, deflate: 6, severe: 8, limit: 9, largeBroken: 10, limitBalloon: 11 } as const;
/** A host hovering at the hard/low line still narrates escalation, but at most every 500 ticks. */
const SEVERE_EVERY = 500;

/** Narrate at most once per SAY_EVERY ticks per kind, so a host hovering at a threshold does not flood the feed. */
function say(st: MemWorld, h: HostMem, kind: number, key: string, params: Record<string, string | number>, force = false): void {
  if (!force && st.tick - (h.saidAt[kind] ?? 0) < SAY_EVERY) return;
  h.saidAt[kind] = st.tick;
  pushEvent(st.events, st.tick, 'info', key, params);
}

const hex = (p: number): string => `0x${p.toString(16)}`;

function vmsOn(st: MemWorld, hi: number): number[] {
  const out: number[] = [];
  st.topology.vms.forEach((t, v) => {
    if (t.host === hi) out.push(v);
  });
  return out;
}

/** Scan `budget` pages for content already in a frame, and share it copy-on-write. */
function shareScan(st: MemWorld, hi: number, h: HostMem, vms: number[], budget: number, inter: boolean): void {
  if (vms.length === 0) return;
  let freed = 0;
  let first = '';
  for (let n = 0; n < budget; n++) {
    const v = vms[h.shareVm % vms.length] ?? 0;
    const vm = st.memory.vms[v];
    if (vm === undefined) return;
    if (h.sharePage >= vm.pages) {
      h.sharePage = 0;
      h.shareVm = (h.shareVm + 1) % vms.length;
      continue;
    }
    const p = h.sharePage++;
    const f = vm.frame[p] ?? -1;
    if (vm.state[p] !== PG_RESIDENT || h.st[f] !== FR_USED) continue;
    const key = shareKey(vm.content[p] ?? 0, v, inter);
    const target = lookup(h, key);
    if (target < 0) index(h, f, key);
    else if (target !== f) {
      shareInto(h, v, vm, p, target);
      h.sharedTotal += 1;
      freed += 1;
      if (first === '') first = `${st.topology.vms[v]?.name ?? v}:${hex(p)}`;
    }
  }
  if (freed > 0 && h.state >= 1) say(st, h, SAY.share, 'memory.event.shared', { host: st.topology.hosts[hi]?.name ?? '', page: first, n: freed, state: `memory.state.${HOST_STATES[h.state] ?? 'high'}` });
}

/** Free whatever the page holds and give it to the balloon. */
function balloonPage(st: MemWorld, h: HostMem, v: number, vm: VmMem, p: number): void {
  if (vm.state[p] === PG_SWAPPED && p < vm.wsPages) {
    vm.c.doublePaging += 1; // the guest pages out a page the hypervisor had swapped: read it back first
    vm.c.swapIns += 1;
    // The guest's balloon driver waits for that read (charged to its first vCPU).
    chargeStall(st, vm, st.topology.vms[v]?.entOffset ?? 0, h.pageMiB * SMALL_PAGES_PER_MIB * pageReadMs(st, v));
  }
  if (p < vm.wsPages && vm.state[p] !== PG_UNTOUCHED) vm.c.guestFaults += 1;
  unmap(h, vm, p);
  vm.state[p] = PG_BALLOONED;
}

/** ESXi's default memory shares: 10 per configured MiB (normal). */
const SHARES_PER_MIB = 10;

/** A VM's entitlement settings: shares (normal when 0), reservation and limit in pages (limit Infinity = none). */
export function entitlement(st: MemWorld, v: number, h: HostMem): { shares: number; reserved: number; limit: number } {
  const spec = st.scenario.vms[v];
  const t = st.topology.vms[v];
  const mib = t?.memoryMiB ?? 0;
  const shares = (spec?.memShares ?? 0) > 0 ? (spec?.memShares ?? 0) : mib * SHARES_PER_MIB;
  const reserved = Math.ceil((t?.reservationMiB ?? 0) / h.pageMiB);
  const lim = spec?.memLimitMiB ?? 0;
  return { shares, reserved, limit: lim > 0 && lim < mib ? Math.floor(lim / h.pageMiB) : Infinity };
}

/** Pages a VM holds beyond its limit (negative: room below it; -Infinity: no limit). */
function overLimit(st: MemWorld, v: number, h: HostMem): number {
  const { limit } = entitlement(st, v, h);
  const vm = st.memory.vms[v];
  return limit === Infinity || vm === undefined ? -Infinity : heldPages(vm).held - limit;
}

/** Shares, and pages a VM may still give (never below its reservation), for min-funding revocation. */
function claimant(st: MemWorld, v: number, h: HostMem, cap: number) {
  const vm = st.memory.vms[v] as VmMem;
  const held = heldPages(vm);
  const e = entitlement(st, v, h);
  return { shares: e.shares, room: Math.max(0, Math.min(cap, held.held - e.reserved)), ...held };
}

/**
 * Set balloon targets from the shortfall (soft and worse) by min-funding revocation
 * (targets.ts: shares per active page, idle pages taxed); deflate in high. Once a second
 * (BALLOON_POLL_MS) each VM's driver reads its target and moves toward it by at most
 * BALLOON_MIB_PER_S worth of pages (model.ts), in one batch as vmw_balloon does.
 * A VM above its memory limit is ballooned whatever the host state (ESXi enforces a limit
 * with the balloon first): its target is at least what brings it to its limit, at most 65 %.
 */
function balloon(st: MemWorld, hi: number, h: HostMem, vms: number[], tax: boolean, policy: GuestPolicy): void {
  const limited = vms.some((v) => (st.scenario.vms[v]?.memLimitMiB ?? 0) > 0);
  if (h.state < 2 && !limited && vms.every((v) => (st.memory.vms[v]?.balloonPages ?? 0) === 0)) return;
  const on = vms.filter((v) => st.vmPower[v] === POWER_ON);
  if (h.state >= 2) {
    const need = Math.max(0, h.minFreeFrames - h.freeTop);
    const claimants = on.map((v) => {
      const vm = st.memory.vms[v] as VmMem;
      return claimant(st, v, h, Math.max(0, Math.floor(BALLOON_MAX * vm.pages) - vm.balloonPages));
    });
    const take = revoke(claimants, need, tax);
    on.forEach((v, i) => {
      const vm = st.memory.vms[v] as VmMem;
      vm.balloonTarget = vm.balloonPages + (take[i] ?? 0);
    });
  }
  if (st.tick % BALLOON_POLL_MS !== 0) return;
  let moved = 0;
  let who = '';
  const rate = Math.max(1, Math.floor((BALLOON_MIB_PER_S * BALLOON_POLL_MS) / 1000 / h.pageMiB));
  for (const v of on) {
    const vm = st.memory.vms[v] as VmMem;
    const max = Math.floor(BALLOON_MAX * vm.pages);
    if (vm.balloonTarget > max) vm.balloonTarget = max;
    if (h.state === 0) vm.balloonTarget = 0; // high: the hypervisor wants nothing back; the driver deflates at its rate
    const over = limited ? overLimit(st, v, h) : -Infinity;
    if (over > -Infinity) vm.balloonTarget = Math.min(max, Math.max(vm.balloonTarget, vm.balloonPages + over));
    // Below soft only a limit inflates a balloon: the feed says that, not that the host state did.
    const forLimit = over > 0 && h.state < 2;
    if (over > 0 && vm.balloonPages < vm.balloonTarget) say(st, h, SAY.limitBalloon, 'memory.event.limitBalloon', { vm: st.topology.vms[v]?.name ?? '', limit: Math.round(entitlement(st, v, h).limit * h.pageMiB) });
    for (let i = 0; i < rate && vm.balloonPages < vm.balloonTarget; i++) {
      const p = balloonVictim(vm, policy, st.rng);
      if (p < 0) break;
      balloonPage(st, h, v, vm, p);
      vm.balloonPages += 1;
      h.ballooned += 1;
      if (forLimit) continue;
      moved += 1;
      who = st.topology.vms[v]?.name ?? '';
    }
    for (let i = 0; i < rate && vm.balloonPages > vm.balloonTarget; i++) {
      const p = deflateVictim(vm);
      if (p < 0) break;
      vm.balloonPages -= 1;
      vm.state[p] = PG_UNTOUCHED;
      if (vm.balloonPages === 0) say(st, h, SAY.deflate, 'memory.event.deflated', { host: st.topology.hosts[hi]?.name ?? '', vm: st.topology.vms[v]?.name ?? '' });
    }
  }
  const name = st.topology.hosts[hi]?.name ?? '';
  if (moved > 0) say(st, h, SAY.balloon, 'memory.event.balloon', { host: name, vm: who, n: moved, state: `memory.state.${HOST_STATES[h.state] ?? 'soft'}` });
}

/** Compress the page in private frame f if it fits 2 KiB and the cache has room, else swap it. */
function reclaimFrame(st: MemWorld, h: HostMem, f: number, allowCompress: boolean): 'compressed' | 'swapped' | null {
  const v = h.owner[f] ?? -1;
  const p = h.page[f] ?? -1;
  const vm = st.memory.vms[v];
  if (vm === undefined || p < 0) return null;
  const room = vm.cacheOpen >= 0 || vm.cacheFrames < Math.floor(COMPRESS_CACHE_MAX * vm.pages);
  unmap(h, vm, p);
  if (allowCompress && room && compressible(vm.content[p] ?? 0)) {
    let c = vm.cacheOpen;
    if (c < 0) {
      c = allocFrame(h);
      h.st[c] = FR_COMPRESSED;
      h.owner[c] = v;
      h.refs[c] = 0;
      vm.cacheFrames += 1;
      vm.cacheOpen = c;
    }
    h.refs[c] = (h.refs[c] ?? 0) + 1;
    if ((h.refs[c] ?? 0) >= PAGES_PER_CACHE_FRAME) vm.cacheOpen = -1;
    vm.frame[p] = c;
    vm.state[p] = PG_COMPRESSED;
    h.compressedTotal += 1;
    return 'compressed';
  }
  vm.state[p] = PG_SWAPPED;
  h.swappedTotal += 1;
  return 'swapped';
}

/**
 * Hard and low: compress or swap until free memory is back above the soft line (rate-limited).
 * Which VM gives each frame is the same min-funding choice as the balloon's (targets.ts);
 * within that VM the host policy picks the frame.
 */
function compressAndSwap(st: MemWorld, hi: number, h: HostMem, vms: number[]): void {
  const host = st.topology.hosts[hi];
  if (host === undefined) return;
  const cfg = host.hypervisor.memory;
  const rate = Math.max(4, Math.ceil(h.frames / 512)) * (h.state >= 4 ? 2 : 1);
  const goal = Math.ceil(STATE_ENTER[2] * h.minFreeFrames);
  const want = Math.min(rate, Math.max(0, goal - h.freeTop));
  if (want === 0) return;
  const claimants = vms.map((v) => claimant(st, v, h, Infinity));
  const take = revoke(claimants, want, cfg.idleMemoryTax);
  const state = `memory.state.${HOST_STATES[h.state] ?? 'hard'}`;
  vms.forEach((v, i) => {
    for (let n = 0; n < (take[i] ?? 0) && h.freeTop < goal; n++) {
      const f = pickVictim(h, cfg.policy, st.rng, v);
      if (f < 0) return;
      const page = `${st.topology.vms[v]?.name ?? ''}:${hex(h.page[f] ?? 0)}`;
      const r = reclaimFrame(st, h, f, cfg.compression);
      if (r === 'compressed') say(st, h, SAY.compress, 'memory.event.compressed', { host: host.name, page, state });
      if (r === 'swapped') say(st, h, SAY.swap, 'memory.event.swapped', { host: host.name, page, state });
    }
  });
}

/**
 * A VM above its memory limit gives the excess back even with memory free (ESXi enforces a
 * limit whatever the host state). The balloon takes it first (balloon() set its target);
 * only what the balloon will not take (beyond its 65 %, or with ballooning off) is
 * compressed or swapped, rate-limited like the ladder.
 */
function enforceLimits(st: MemWorld, hi: number, h: HostMem, vms: number[]): void {
  const host = st.topology.hosts[hi];
  if (host === undefined) return;
  const rate = Math.max(4, Math.ceil(h.frames / 512));
  for (const v of vms) {
    const { limit } = entitlement(st, v, h);
    if (limit === Infinity || st.vmPower[v] !== POWER_ON) continue;
    const vm = st.memory.vms[v] as VmMem;
    // What the balloon can still hold is its to take, however fast it inflates.
    const room = host.hypervisor.memory.ballooning ? Math.max(0, Math.floor(BALLOON_MAX * vm.pages) - vm.balloonPages) : 0;
    const over = heldPages(vm).held - limit - room;
    for (let n = 0; n < Math.min(over, rate); n++) {
      const f = pickVictim(h, host.hypervisor.memory.policy, st.rng, v);
      if (f < 0) break;
      reclaimFrame(st, h, f, host.hypervisor.memory.compression);
    }
    if (over > 0) say(st, h, SAY.limit, 'memory.event.limit', { vm: st.topology.vms[v]?.name ?? '', limit: Math.round(limit * h.pageMiB) });
  }
}

/** One host's reclaim pass (mutates). */
export function reclaimHost(st: MemWorld, hi: number): void {
  const h = st.memory.hosts[hi];
  const host = st.topology.hosts[hi];
  if (h === undefined || host === undefined) return;
  const cfg = host.hypervisor.memory;
  const prev = h.state;
  h.state = nextHostState(h.freeTop, h.minFreeFrames, h.state, st.tick - (h.stateLog[h.stateLog.length - 2] ?? 0) >= MIN_STATE_MS);
  const severe = h.state >= 3 && h.state > prev && st.tick - (h.saidAt[SAY.severe] ?? 0) >= SEVERE_EVERY;
  if (severe) h.saidAt[SAY.severe] = st.tick;
  if (h.state !== prev) {
    h.stateLog.push(st.tick, h.state);
    if (h.stateLog.length > 2 * STATE_LOG) h.stateLog.splice(0, 2);
    // Reaching hard or low is always said; flickering between milder states is said at most every 2 s.
    say(st, h, SAY.state, 'memory.event.state', { host: host.name, from: `memory.state.${HOST_STATES[prev] ?? 'high'}`, to: `memory.state.${HOST_STATES[h.state] ?? 'high'}`, free: Math.round(h.freeTop * h.pageMiB), minFree: Math.round(h.minFreeFrames * h.pageMiB) }, severe);
  }
  const vms = vmsOn(st, hi);
  // Large pages (2 MiB) hide the small pages inside them from sharing: the hypervisor only
  // breaks them up under pressure (soft and worse), and then sharing finds the duplicates.
  const whole = cfg.largePages && h.state < 2;
  if (cfg.largePages && !whole) say(st, h, SAY.largeBroken, 'memory.event.largeBroken', { host: host.name, state: `memory.state.${HOST_STATES[h.state] ?? 'soft'}` });
  if (cfg.pageSharing && !whole) shareScan(st, hi, h, vms, h.state >= 1 ? 256 : 16, cfg.interVmSharing);
  if (cfg.ballooning) balloon(st, hi, h, vms, cfg.idleMemoryTax, cfg.guestPolicy);
  enforceLimits(st, hi, h, vms);
  if (h.state >= 3) compressAndSwap(st, hi, h, vms);
  if (h.state >= 4 && h.blockedAllocs > 0) say(st, h, SAY.block, 'memory.event.blocked', { host: host.name, n: h.blockedAllocs });
}
