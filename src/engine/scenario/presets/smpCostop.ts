/**
 * `smp-costop`: a 4-vCPU VM on a 4-core host that it shares with two busy 1-vCPU VMs,
 * with relaxed co-scheduling on: an ESXi-style host (co-stop is ESXi behaviour; Xen
 * Credit and KVM do not co-schedule, so the host uses the plain round-robin scheduler,
 * not Credit). Its vCPUs rarely all get a core together, skew builds up, and the
 * leading vCPUs are co-stopped: %CSTP above 3 % means "too many vCPUs for this host"
 * (DOMAIN.md). Removing two of its vCPUs makes it go away.
 */
import type { ScenarioInput } from '../schema';

export const smpCostop: ScenarioInput = {
  schemaVersion: 1,
  name: 'SMP co-stop: a 4-vCPU VM on 4 cores',
  seed: 31,
  hosts: [
    {
      id: 'host-1',
      name: 'host-1',
      sockets: 1,
      coresPerSocket: 4,
      threadsPerCore: 1,
      memoryMiB: 32768,
      hypervisor: { cpu: { policy: 'round-robin', timesliceMs: 30, coSchedule: true } },
    },
  ],
  vms: [
    { id: 'wide', name: 'wide', host: 'host-1', vcpus: 4, memoryMiB: 8192, workload: 'cpu-bound' },
    { id: 'app-1', name: 'app-1', host: 'host-1', vcpus: 1, memoryMiB: 2048, workload: 'cpu-bound' },
    { id: 'app-2', name: 'app-2', host: 'host-1', vcpus: 1, memoryMiB: 2048, workload: 'database' },
  ],
  events: [],
};
