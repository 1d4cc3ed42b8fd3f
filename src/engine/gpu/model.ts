/**
 * The GPU model's constants and snapshot types (a leaf: views and digest.ts import it
 * without the simulation). Numbers are illustrative where DOMAIN.md gives none; docs/model.md says so.
 */
import type { GpuMode } from '../scenario/gpu';

/** A context switch between two VMs' GPU contexts on a time-sliced GPU: 0.1 ms of the GPU's time (illustrative). */
export const GPU_SWITCH_MS = 0.1;
/** Work a VM can have queued, in ms of a whole GPU (its submission queue); more is not submitted until it drains. */
export const GPU_BACKLOG_MS = 8;
/** The reporting period over which shares, waits and utilisation are measured (ms). */
export const GPU_PERIOD_MS = 250;
/** How many recent milliseconds of a GPU's holders the snapshot carries (the time-slice strip). */
export const GPU_RECENT_MS = 64;

export interface GpuDevSnapshot {
  id: string;
  host: number;
  model: string;
  mode: GpuMode;
  memoryGiB: number;
  timesliceMs: number;
  /** Share of the GPU's time spent on VMs' work, and on context switches, over the last period (0..1). */
  util: number;
  switchShare: number;
  switches: number;
  /** Who held the GPU in each of the last GPU_RECENT_MS ms, oldest first: an attachment index, -1 idle. */
  recent: number[];
}

export interface GpuAttSnapshot {
  /** VM index (topology) and device index. */
  vm: number;
  gpu: number;
  demand: number;
  needGiB: number;
  sliceGiB: number;
  /** MIG compute slices (0 otherwise). */
  slices: number;
  /** Over the last period: share of the GPU's time its work got, and share of the time it had work but waited for its turn. */
  share: number;
  wait: number;
  /** Time-sliced: the mean ms it waited for each turn it was given, over the last period. */
  turnWaitMs: number;
  /** Work done since it started, in ms of a whole GPU. */
  doneMs: number;
  /** Its allocation failed: it needs more memory than its slice has. */
  oom: boolean;
}

export interface GpuSnapshot {
  devs: GpuDevSnapshot[];
  atts: GpuAttSnapshot[];
}
