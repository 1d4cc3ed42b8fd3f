/**
 * `docker-layers`: two hosts with Docker. host-a already holds shop-web and shop-api;
 * scripted runs then show what a registry pull fetches, one step every 6-8 s so each
 * can be read at 1x: a second shop-api on host-a starts at once (4 s: every layer is
 * there), python:3.12-slim on the empty host-b pulls all its layers (10 s), and shop-api
 * on host-b afterwards pulls only the two layers python lacks (18 s). api-1 edits its
 * config file (26 s: copy-on-write into its writable layer), and a database given a
 * 256 MiB cgroup limit is pulled, started and killed by the OOM killer (34 s, dead at
 * about 35.5 s). From the start batch-1, limited to 0.2 CPU (20 ms per 100 ms), is
 * throttled by the CFS bandwidth controller.
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
    { at: 4000, command: { type: 'runContainer', container: { id: 'api-2', name: 'api-2', host: 'host-a', image: 'shop-api:1.0', workload: 'web', memoryLimitMiB: 512 } } },
    { at: 10_000, command: { type: 'runContainer', container: { id: 'py-1', name: 'py-1', host: 'host-b', image: 'python:3.12-slim', workload: 'io-bound', memoryLimitMiB: 512 } } },
        { at: 18_000, command: { type: 'runContainer', container: { id: 'api-3', name: 'api-3', host: 'host-b', image: 'shop-api:1.0', workload: 'web', memoryLimitMiB: 512 } } },
    { at: 26_000, command: { type: 'modifyFile', container: 'api-1', path: '/app/config.yaml' } },
    { at: 34_000, command: { type: 'runContainer', container: { id: 'db-1', name: 'db-1', host: 'host-b', image: 'postgres:16', workload: 'database', memoryLimitMiB: 256 } } },
  ],
};
