/**
 * `docker-layers`: two hosts with Docker. host-a already holds shop-web and shop-api;
 * scripted runs then show what a registry pull fetches: a second shop-api on host-a
 * starts at once (every layer is there), python:3.12-slim on the empty host-b pulls
 * all its layers, and shop-api on host-b afterwards pulls only the two layers python
 * lacks. api-1 edits its config file (copy-on-write into its writable layer), and a
 * database given a 256 MiB cgroup limit is killed by the OOM killer, and batch-1, limited
 * to 0.2 CPU (20 ms per 100 ms), is throttled by the CFS bandwidth controller.
 */
import type { ScenarioInput } from '../schema';

const host = (id: string) => ({ id, name: id, sockets: 1, coresPerSocket: 4, threadsPerCore: 2, memoryMiB: 16384 });

export const dockerLayers: ScenarioInput = {
  schemaVersion: 1,
  name: 'Docker: image layers, pulls and copy-on-write',
  seed: 5,
  hosts: [host('host-a'), host('host-b')],
  containers: [
    { id: 'web-1', name: 'web-1', host: 'host-a', image: 'shop-web:1.0', workload: 'web', memoryLimitMiB: 512 },
    { id: 'api-1', name: 'api-1', host: 'host-a', image: 'shop-api:1.0', workload: 'web', memoryLimitMiB: 512 },
    // docker run --cpus=0.2: a cgroup quota of 20 ms per 100 ms period for a CPU-hungry job.
    { id: 'batch-1', name: 'batch-1', host: 'host-a', image: 'python:3.12-slim', workload: 'cpu-bound', memoryLimitMiB: 512, cpuQuotaMs: 20, cpuPeriodMs: 100 },
  ],
  events: [
    { at: 1000, command: { type: 'runContainer', container: { id: 'api-2', name: 'api-2', host: 'host-a', image: 'shop-api:1.0', workload: 'web', memoryLimitMiB: 512 } } },
    { at: 2000, command: { type: 'runContainer', container: { id: 'py-1', name: 'py-1', host: 'host-b', image: 'python:3.12-slim', workload: 'io-bound', memoryLimitMiB: 512 } } },
    { at: 4500, command: { type: 'modifyFile', container: 'api-1', path: '/app/config.yaml' } },
    { at: 5000, command: { type: 'runContainer', container: { id: 'api-3', name: 'api-3', host: 'host-b', image: 'shop-api:1.0', workload: 'web', memoryLimitMiB: 512 } } },
    { at: 8000, command: { type: 'runContainer', container: { id: 'db-1', name: 'db-1', host: 'host-b', image: 'postgres:16', workload: 'database', memoryLimitMiB: 256 } } },
  ],
};
