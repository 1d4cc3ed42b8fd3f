/**
 * `instances-on-demand`: a small cloud. Three hosts (16 GiB each) already run three VMs;
 * clients ask for six instances over the first 4 s (a type from the catalogue, a
 * template, a full or linked clone). The provisioner clones two at a time: linked clones
 * are ready in about 4.5 s (half a second to make the delta disk, 4 s to boot), full
 * clones of the 8 GiB Ubuntu template take 20 s to copy first, and the 16 GiB Windows one
 * 41 s; the others wait in the queue meanwhile. Each lands by the placement policy
 * (most free memory), its reason logged; the last one asks for more memory than any
 * host has left and fails with the numbers.
 */
import type { ScenarioInput } from '../schema';

const host = (id: string) => ({ id, name: id, sockets: 1, coresPerSocket: 8, threadsPerCore: 1, memoryMiB: 16384 });
const vm = (id: string, h: string, memoryMiB: number) => ({ id, name: id, host: h, vcpus: 2, memoryMiB, reservationMiB: memoryMiB, workload: 'web' as const });
const ask = (at: number, name: string, instanceType: 'small' | 'medium' | 'large', template: 'ubuntu-22.04' | 'windows-2022', clone: 'full' | 'linked') => ({
  at,
  command: { type: 'requestInstance' as const, name, instanceType, template, clone },
});

export const instancesOnDemand: ScenarioInput = {
  schemaVersion: 1,
  name: 'Instances on request: types, templates, full vs linked clones',
  seed: 19,
  hosts: [host('host-1'), host('host-2'), host('host-3')],
  vms: [vm('db', 'host-1', 8192), vm('cache', 'host-1', 4096), vm('app', 'host-2', 4096)],
  cluster: { placement: 'worst-fit' },
  events: [
    ask(1000, 'web-1', 'small', 'ubuntu-22.04', 'full'),
    ask(1500, 'web-2', 'small', 'ubuntu-22.04', 'linked'),
    ask(2000, 'build-1', 'large', 'ubuntu-22.04', 'linked'),
    ask(2500, 'win-1', 'medium', 'windows-2022', 'full'),
    ask(3000, 'web-3', 'medium', 'ubuntu-22.04', 'linked'),
    ask(4000, 'big-1', 'large', 'ubuntu-22.04', 'linked'),
  ],
};
