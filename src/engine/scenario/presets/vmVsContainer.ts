/**
 * `vm-vs-container`: the same web app deployed two ways on identical hosts, from one
 * seed. host-vms runs it as four VMs, each carrying its own Linux guest OS (256 MiB)
 * beside the app's 512 MiB; host-containers runs it as four containers sharing the
 * host's kernel. A third identical host runs the common cloud set-up, containers
 * inside one VM (the lens shows it on request). Everything starts at tick 0, so the
 * first seconds are a race: containers are up in 0.3 s, VMs boot for 4 s. The VMs
 * reserve all their memory, as the containers' limits do, so the hosts' density compares.
 */
import type { ScenarioInput } from '../schema';

const host = (id: string) => ({
  id,
  name: id,
  sockets: 1,
  coresPerSocket: 4,
  threadsPerCore: 2,
  memoryMiB: 8192,
  hypervisor: { type: 'type1' as const, technique: 'hardware-assisted' as const },
});

const four = [1, 2, 3, 4];

export const vmVsContainer: ScenarioInput = {
  schemaVersion: 1,
  name: 'VMs vs containers: the same app, two ways',
  seed: 11,
  hosts: [host('host-vms'), host('host-containers'), host('host-nested')],
  vms: [
    ...four.map((n) => ({ id: `app-vm-${n}`, name: `app-vm-${n}`, host: 'host-vms', vcpus: 1, memoryMiB: 768, reservationMiB: 768, guestOs: 'linux' as const, workload: 'web' as const })),
    { id: 'docker-vm', name: 'docker-vm', host: 'host-nested', vcpus: 4, memoryMiB: 3072, guestOs: 'linux' as const, workload: 'idle' as const },
  ],
  containers: [
    ...four.map((n) => ({ id: `app-ct-${n}`, name: `app-ct-${n}`, host: 'host-containers', image: 'shop-api:1.0', workload: 'web' as const, memoryLimitMiB: 512 })),
    ...four.map((n) => ({ id: `nested-ct-${n}`, name: `nested-ct-${n}`, vm: 'docker-vm', image: 'shop-api:1.0', workload: 'web' as const, memoryLimitMiB: 512, autostart: false })),
  ],
  events: four.map((n) => ({ at: 4100 + n * 50, command: { type: 'startContainer' as const, container: `nested-ct-${n}` } })),
};
