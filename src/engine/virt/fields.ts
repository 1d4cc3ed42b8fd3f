/**
 * The virtualization subsystem's sampling period and the layout of its per-VM fields, in a
 * module of their own: views and tours read snapshots by these indices without pulling
 * the subsystem's code (and the kernel channel it uses) into the main thread.
 */
/** 20 samples per simulated second: plenty for counters, cheap for the tick loop. */
export const VIRT_PERIOD = 50;

/** Per-VM fields of `VirtState.vm` (row-major, VF.count per VM). */
export const VF = {
  runMs: 0,
  sensitive: 1,
  io: 2,
  traps: 3,
  hypercalls: 4,
  translations: 5,
  hostOsCrossings: 6,
  cpuCycles: 7,
  ioCycles: 8,
  hostOsCycles: 9,
  /** Recent overhead share (exponential average over about 16 samples, 0.8 s). */
  recentOverhead: 10,
  sensitiveSinceFlush: 11,
  /** Exits the I/O path caused (also counted in traps). */
  ioExits: 12,
  /** The VM's I/O path now: index in scenario/parts ioPaths (a level). */
  ioPath: 13,
  /** 1 if the scenario names the path, 0 if it is the technique's usual device (a level). */
  ioExplicit: 14,
  /** Requests per virtio notification (a level). */
  ioBatch: 15,
  /** Latency the path adds to one I/O, µs (a level, from the last sample). */
  ioLatencyUs: 16,
  /** Recent I/Os per second (exponential average over about 16 samples). */
  recentIops: 17,
  count: 18,
} as const;
