/**
 * The storage subsystem (SAN arrays, volumes and their replicas, placement policies,
 * failures, rebuilds and rebalancing, I/O load and latency), plugged in through the
 * Subsystem contract: it works every STORAGE_PERIOD ticks at `arbitrate`. Its state is
 * keyed by ids, so a scenario edit carries it over as it is.
 */
import { IO_LATENCY, IO_RATE, meter } from '../kernel/channel';
import { defineSubsystem } from '../kernel/contract';
import { buildStorage } from './build';
import { storageCommands } from './commandTable';
import { checkStorageInvariants } from './invariants';
import { settleLatency } from './entityIo';
import { digestStoragePart, storageBuffers, storageSnapshot } from './snapshot';
import { STORAGE_PERIOD } from './period';
import { stepStorage } from './tick';

export const storage = defineSubsystem({
  id: 'storage',
  build: (w) => buildStorage(w.scenario),
  carry: (prev) => structuredClone(prev.storage),
  phases: { arbitrate: { every: STORAGE_PERIOD, run: stepStorage } },
  commands: storageCommands,
  settle: (st) => settleLatency(st, st.storage),
  snapshot: (st) => ({ storage: storageSnapshot(st.storage, meter(st, IO_LATENCY), meter(st, IO_RATE), st.ent.phaseKind, st.topology.vms) }),
  buffers: (part) => storageBuffers(part.storage),
  digest: digestStoragePart,
  invariants: (st) => checkStorageInvariants(st.storage),
});
