/**
 * `drs-balance`: three identical hosts, all eight VMs started on host-1 (as after a
 * maintenance window). DRS is on with a 25-point threshold: every 5 s it compares the
 * hosts' CPU demand and memory, and live-migrates one VM at a time from the busiest
 * to the idlest host, saying why, until the gap is under the threshold.
 */
import type { ScenarioInput } from '../schema';

const host = (id: string) => ({ id, name: id, sockets: 1, coresPerSocket: 4, threadsPerCore: 2, memoryMiB: 32768 });
const kinds = ['cpu-bound', 'web', 'cpu-bound', 'io-bound', 'cpu-bound', 'web', 'cpu-bound', 'idle'] as const;

export const drsBalance: ScenarioInput = {
  schemaVersion: 1,
  name: 'DRS: balancing load across hosts',
  seed: 3,
  hosts: [host('host-1'), host('host-2'), host('host-3')],
  vms: kinds.map((workload, i) => ({ id: `vm-${i + 1}`, name: `vm-${i + 1}`, host: 'host-1', vcpus: 2, memoryMiB: 2048, workload })),
  cluster: { placement: 'worst-fit', drs: { enabled: true, thresholdPct: 25 } },
};
