/**
 * `noisy-neighbor`: two quiet tenants (web, database) share a 4-pCPU host; at 6 s a
 * CPU-hungry 4-vCPU neighbour is added by a scripted command. Under round robin (which
 * ignores who is interactive) the victims' ready time (steal) climbs to 25-40 %.
 * Under Xen Credit the short-burst web VM (shop) wakes with BOOST and waits almost
 * never; orders-db, whose bursts often run through a 10 ms tick and lose BOOST, waits
 * about half as long as under round robin. Fair share brings both under the 5 %
 * warning line. A 100 % cap on the neighbour helps under every policy: under round robin
 * it cuts their ready time to between a third and a half (its four vCPUs still burst
 * together at the start of each 100 ms cap period), under Credit and fair share to
 * almost nothing (issue 13; docs/model.md, caps).
 */
import type { ScenarioInput } from '../schema';

export const noisyNeighbor: ScenarioInput = {
  schemaVersion: 1,
  name: 'Noisy neighbour arrives at 6 s',
  seed: 23,
  hosts: [
    {
      id: 'host-1',
      name: 'host-1',
      sockets: 1,
      coresPerSocket: 4,
      threadsPerCore: 1,
      memoryMiB: 32768,
      hypervisor: { cpu: { policy: 'round-robin', timesliceMs: 30 } },
    },
  ],
  vms: [
    { id: 'shop', name: 'shop', host: 'host-1', vcpus: 2, memoryMiB: 4096, workload: 'web' },
    { id: 'orders-db', name: 'orders-db', host: 'host-1', vcpus: 2, memoryMiB: 8192, workload: 'database' },
  ],
  events: [
    {
      at: 6000,
      command: { type: 'addVm', vm: { id: 'noisy', name: 'noisy', host: 'host-1', vcpus: 4, memoryMiB: 4096, workload: 'cpu-bound' } },
    },
  ],
};
