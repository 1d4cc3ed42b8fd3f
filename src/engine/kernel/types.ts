/**
 * Shared engine vocabulary: units, ids and the i18n message shape.
 * Scenario ids are the human-readable strings authors write ("web-1"); inside the
 * state every thing is addressed by its index for speed, and the branded aliases
 * below keep the two from being mixed up.
 */

/** One tick is one simulated millisecond (DOMAIN.md "Time"). */
export type Tick = number;
export const TICKS_PER_SECOND = 1000;

type Brand<T, B extends string> = T & { readonly __brand: B };
/** Index of a VM in the state's VM table. */
export type VmIndex = Brand<number, 'VmIndex'>;
/** Index of a host in the state's host table. */
export type HostIndex = Brand<number, 'HostIndex'>;
/** Index of a schedulable entity (a vCPU or a container's task). */
export type EntityIndex = Brand<number, 'EntityIndex'>;
/** Index of a pCPU (one hardware thread) across the whole sim. */
export type PcpuIndex = Brand<number, 'PcpuIndex'>;

/** Something the UI can say in either language: an i18n key and its parameters. */
export interface Message {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

