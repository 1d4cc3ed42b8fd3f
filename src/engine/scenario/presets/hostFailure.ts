/**
 * `host-failure`: three 16 GiB hosts with HA on. At 6 s host-1 fails with three 4 GiB
 * VMs on it; they stop at once. HA hears no heartbeat for 15 s before it declares the
 * host dead (failure detection), so they stay down until 21 s. Then HA restarts them on
 * the survivors by the placement policy (first fit), counting each VM's reservation
 * plus overhead, not its configured memory: all three fit, because HA admission control
 * kept a host's worth of memory (16 GiB of 48) unreserved. host-2 ends with 20 GiB of
 * VMs configured on 16 GiB: overcommitted, which the memory model then reclaims.
 */
import type { ScenarioInput } from '../schema';

const host = (id: string) => ({ id, name: id, sockets: 1, coresPerSocket: 4, threadsPerCore: 2, memoryMiB: 16384 });
const vm = (id: string, h: string, memoryMiB: number, reservationMiB: number, workload: 'web' | 'database' | 'io-bound' | 'cpu-bound') => ({ id, name: id, host: h, vcpus: 2, memoryMiB, reservationMiB, workload });

export const hostFailure: ScenarioInput = {
  schemaVersion: 1,
  name: 'Host failure and HA restart',
  seed: 21,
  hosts: [host('host-1'), host('host-2'), host('host-3')],
  vms: [
    vm('shop', 'host-1', 4096, 2048, 'web'),
    vm('orders', 'host-1', 4096, 4096, 'database'),
    vm('reports', 'host-1', 4096, 1024, 'cpu-bound'),
    vm('mail', 'host-2', 4096, 1024, 'io-bound'),
    vm('files', 'host-2', 4096, 1024, 'io-bound'),
    vm('crm', 'host-3', 4096, 2048, 'web'),
    vm('erp', 'host-3', 6144, 6144, 'database'),
  ],
  events: [{ at: 6000, command: { type: 'failHost', host: 'host-1' } }],
};
