/**
 * The container runtime's part of a snapshot: a copy of its plain data (layer caches,
 * pulls, writable layers, start times, quota accounting), each container record with
 * its memory in use and its disk I/O (IOPS and the latency storage gave it) from the
 * channel. It lands in `fleet.ct`, beside the cluster's part.
 */
import { CT_MEM_USED, IO_LATENCY, IO_RATE, meter } from '../kernel/channel';
import type { ContainersState, CtRecord, CtWorld } from './state';

export type ContainersSnapshot = Omit<ContainersState, 'cts'> & { cts: CtRecord[] };

export function containersSnapshot(st: CtWorld): ContainersSnapshot {
  const mem = meter(st, CT_MEM_USED);
  const rate = meter(st, IO_RATE);
  const latency = meter(st, IO_LATENCY);
  const cts = st.containers.cts.map(({ id, writableMiB, copied, ...rest }, i): CtRecord => {
    const e = st.topology.containers[i]?.ent ?? -1;
    return { id, writableMiB, copied, memMiB: mem[i] ?? 0, iops: rate[e] ?? 0, ioLatencyMs: latency[e] ?? 0, ...rest };
  });
  return structuredClone({ ...st.containers, cts });
}
