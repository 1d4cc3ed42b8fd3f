/**
 * Named parts of the Snapshot type, for code that handles one part at a time (the
 * Snapshot itself is derived from the registry: registry.ts).
 */
import type { Snapshot } from './registry';

/** The container runtime's and the cluster's parts together (`snapshot.fleet`). */
export type FleetSnapshot = Snapshot['fleet'];
