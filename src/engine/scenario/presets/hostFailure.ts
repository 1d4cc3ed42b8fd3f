/**
 * `host-failure`: three 16 GiB hosts with HA on. At 6 s host-1 fails with three 4 GiB
 * VMs on it. HA restarts them on the survivors by the placement policy (first fit),
 * counting memory as it goes: host-2 takes one, host-3 takes one, and the third fits
 * nowhere (it needs 4096 MiB, the roomiest host has 1536 left) so it stays down.
 */
import type { ScenarioInput } from '../schema';

const host = (id: string) => ({ id, name: id, sockets: 1, coresPerSocket: 4, threadsPerCore: 2, memoryMiB: 16384 });
const vm = (id: string, h: string, memoryMiB: number, workload: 'web' | 'database' | 'io-bound' | 'cpu-bound') => ({ id, name: id, host: h, vcpus: 2, memoryMiB, workload });

export const hostFailure: ScenarioInput = {
  schemaVersion: 1,
  name: 'Host failure and HA restart',
  seed: 21,
  hosts: [host('host-1'), host('host-2'), host('host-3')],
  vms: [
    vm('shop', 'host-1', 4096, 'web'),
    vm('orders', 'host-1', 4096, 'database'),
    vm('reports', 'host-1', 4096, 'cpu-bound'),
    vm('mail', 'host-2', 4096, 'io-bound'),
    vm('files', 'host-2', 4096, 'io-bound'),
    vm('crm', 'host-3', 4096, 'web'),
    vm('erp', 'host-3', 6144, 'database'),
  ],
  events: [{ at: 6000, command: { type: 'failHost', host: 'host-1' } }],
};
