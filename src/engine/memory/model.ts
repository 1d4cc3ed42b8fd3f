/**
 * The memory subsystem's data: host frames and guest pages as typed arrays, plus the
 * constants of the model. A host's RAM is a grid of frames; a VM's memory is an array of
 * guest-physical pages, each mapped to a frame (resident or shared), to a slot in the
 * compression cache, to swap, to the balloon, or to nothing yet (never touched). Big
 * hosts use a page scale (one model page stands for `pageMiB` MiB) so the grid stays
 * about 1k frames (the memory presets ask for more); the UI states the scale.
 */
import type { PagingMode } from '../kernel/paging';
import type { World } from '../kernel/world';

/** Page states (per guest page). */
export const PG = { untouched: 0, resident: 1, compressed: 2, swapped: 3, ballooned: 4 } as const;
/** Frame states (per host frame). */
export const FR = { free: 0, used: 1, shared: 2, compressed: 3 } as const;
/** ESXi host memory states, in the order the reclaim ladder engages them. */
export const HOST_STATES = ['high', 'clear', 'soft', 'hard', 'low'] as const;
export type HostMemState = (typeof HOST_STATES)[number];
/**
 * Free memory, as a fraction of minFree, below which each state begins (DOMAIN.md: clear
 * 100 %, soft 64 %, hard 32 %, low 16 %); once below 100 % the host returns to high only at 400 %.
 */
export const STATE_ENTER = [Infinity, 1, 0.64, 0.32, 0.16] as const;
export const HIGH_RETURN = 4;
/** Ms a host stays in a memory state before it may go back to a milder one (docs/model.md, Host states). */
export const MIN_STATE_MS = 2000;
/** Owner code of a frame shared by pages of more than one VM. */
export const OWNER_MANY = -2;

/** The memory subsystem works every MEM_PERIOD ticks (sampled, to keep the engine fast). */
export const MEM_PERIOD = 20;
/** Sampled accesses per running vCPU per period. */
export const ACCESSES_PER_VCPU = 4;
/**
 * Each sampled access stands for a run of this many accesses to the same page (spatial
 * locality: a 4 KiB page holds 64 cache lines, and code and data are touched line after
 * line). Only the run's first access can miss the TLB, so typical hit rates land at
 * 95-99 % or more (DOMAIN.md, Consequences), not at the sampled pages' hit rate.
 */
export const ACCESS_RUN = 32;
/**
 * Real page walks one sampled TLB miss stands for. The model samples about 6 accesses per
 * ms of a running vCPU, where a real one makes several hundred thousand memory references;
 * its sampled hit rates (95-99 %) are first-level TLB rates, and only about 1 in 100
 * first-level misses also misses the second-level TLB and walks. So a sampled miss stands
 * for about 500 walks: a web guest then walks about 80 times per ms of running, and under
 * nested paging pays about 2 % of its CPU time for it (kernel/cycles.ts prices a walk).
 */
export const WALKS_PER_SAMPLED_MISS = 500;
/** Frames per host grid when the scale is automatic: the page scale keeps a host at or under this many. */
export const TARGET_FRAMES = 1024;
/** The most frames a host may have with an explicit page size (the grid is drawn to canvas). */
export const MAX_FRAMES = 65536;
/**
 * The balloon driver (VMware's vmmemctl; Linux drivers/misc/vmw_balloon.c, 2010-2014) asks
 * the hypervisor for its target once a second and then moves toward it by at most 16,384
 * 4 KiB pages (64 MiB) per second, inflating or deflating (VMW_BALLOON_NOSLEEP_ALLOC_MAX
 * and VMW_BALLOON_RATE_FREE_MAX). Reclaim by ballooning therefore takes seconds, and a
 * demand faster than that runs the host down the ladder past soft.
 */
export const BALLOON_POLL_MS = 1000;
export const BALLOON_MIB_PER_S = 64;
/** Ballooning takes at most 65 % of a VM; the compression cache holds at most 10 % (DOMAIN.md). */
export const BALLOON_MAX = 0.65;
export const COMPRESS_CACHE_MAX = 0.1;
/** A compressed page fits in 2 KiB, so one cache frame holds two. */
export const PAGES_PER_CACHE_FRAME = 2;
/** Share of pages whose content compresses to 2 KiB or less. */
export const COMPRESSIBLE = 0.6;
/**
 * What a fault costs the vCPU that needs the page (DOMAIN.md, Consequences), per 4 KiB
 * page a model page stands for: a swap-in or a guest's own paging is one disk read at
 * the latency of the VM's storage (io.latencyMs; a local SSD, 0.5 ms, without one);
 * decompression 15 us; a blocked allocation waits for the next reclaim pass (MEM_PERIOD).
 */
export const DECOMPRESS_MS = 0.015;
export const SMALL_PAGES_PER_MIB = 256;

/** Idle memory tax 75 %: an idle page costs 4x an active one when choosing whom to reclaim from. */
export const IDLE_COST = 4;

export interface HostMem {
  pageMiB: number;
  frames: number;
  minFreeFrames: number;
  /** 0..4, an index into HOST_STATES. */
  state: number;
  /** Owner VM index, -1 free, OWNER_MANY shared between VMs. */
  owner: Int16Array;
  st: Uint8Array;
  /** Pages that map this frame (1 used, n shared, compressed pages held in a cache frame). */
  refs: Uint16Array;
  /** Last tick a page in the frame was accessed (LRU), allocated (FIFO), and the CLOCK bit. */
  lastUse: Int32Array;
  born: Int32Array;
  refBit: Uint8Array;
  freeStack: Int32Array;
  freeTop: number;
  hand: number;
  /** For a used (private) frame: the guest page that maps it (its owner is the VM). */
  page: Int32Array;
  /**
   * Page sharing's content index: a chained hash table in typed arrays (key per frame,
   * bucket heads, next links), so cloning the state stays a cheap buffer copy.
   */
  key: Float64Array;
  head: Int32Array;
  next: Int32Array;
  shareVm: number;
  sharePage: number;
  blockedAllocs: number;
  /**
   * The host's last state changes, oldest first, as (tick, state) pairs: a state can last
   * less than the time between two snapshots (low for 0.1 s in a burst), and the memory
   * lens's strip shows it from here. At most STATE_LOG changes.
   */
  stateLog: number[];
  /** Tick each kind of narrated memory event was last said (so the feed is not flooded). */
  saidAt: Int32Array;
  /** Reclaim so far: frames freed by sharing, pages compressed and swapped out, balloon inflations. */
  sharedTotal: number;
  compressedTotal: number;
  swappedTotal: number;
  ballooned: number;
}

export interface VmMem {
  pages: number;
  /** Pages the guest OS keeps resident, and the working set it wants now. */
  osPages: number;
  wsPages: number;
  state: Uint8Array;
  /** Frame (resident/shared) or cache frame (compressed); -1 otherwise. */
  frame: Int32Array;
  /** Content of the page: equal keys can be shared. 0 = a zero page. */
  content: Float64Array;
  lastUse: Int32Array;
  balloonTarget: number;
  /** Pages the balloon holds (chosen by the guest: guest.ts). */
  balloonPages: number;
  /** The guest's replacement hand and per-page reference bits (set on every access, for CLOCK). */
  guestHand: number;
  ref: Uint8Array;
  /** Next page the guest first-touches as its working set grows; its cache frame being filled. */
  growCursor: number;
  cacheOpen: number;
  cacheFrames: number;
  /** TLB: vcpus x entries tags (guest page + 1; 0 = empty), and whether each vCPU ran last period. */
  tlb: Int32Array;
  ranLast: Uint8Array;
  c: VmCounters;
}

export interface VmCounters {
  accesses: number;
  tlbHits: number;
  tlbMisses: number;
  walkRefs: number;
  /**
   * Shadow paging's VM exits this model charges (through paging.exits, priced by virt): a
   * guest page-table write per 4 KiB page first touched, and a shadow-root reload per switch-in.
   */
  exits: number;
  guestFaults: number;
  /** Hypervisor faults (EPT violations under nested paging, hidden faults under shadow and direct paging). */
  hvFaults: number;
  swapIns: number;
  decompressions: number;
  doublePaging: number;
  cowBreaks: number;
  tlbFlushes: number;
  /** Ms of vCPU time this VM was charged waiting on memory (swap-ins, guest paging, decompression, blocked allocations). */
  stallMs: number;
  blockedStalls: number;
}

export interface MemState {
  hosts: HostMem[];
  vms: VmMem[];
  /** The most recent sampled access per VM (guest page, -1 none), for "follow the next access". */
  lastPage: Int32Array;
  /** Source of fresh unique page contents (a write makes a page unlike any other). */
  nextContent: number;
}

/** What every memory function sees: the world and the memory model's own state. */
export type MemWorld = World & { memory: MemState };

export function emptyCounters(): VmCounters {
  return { accesses: 0, tlbHits: 0, tlbMisses: 0, walkRefs: 0, exits: 0, guestFaults: 0, hvFaults: 0, swapIns: 0, decompressions: 0, doublePaging: 0, cowBreaks: 0, tlbFlushes: 0, stallMs: 0, blockedStalls: 0 };
}

/**
 * TLB-miss cost in memory references (DOMAIN.md): 4 as native under shadow paging (the
 * shadow table) and direct paging (the paravirtual guest's own table, which holds host
 * frames), nested (4+1)(4+1)-1 = 24; large pages drop a level.
 */
export function walkRefs(mode: PagingMode, largePages: boolean): number {
  const levels = largePages ? 3 : 4;
  return mode === 'nested' ? (levels + 1) * (levels + 1) - 1 : levels;
}

/** How many state changes a host keeps in HostMem.stateLog (about a minute of the busiest preset's). */
export const STATE_LOG = 24;
