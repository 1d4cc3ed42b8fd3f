/**
 * `orchestration`: containers at scale. Three container hosts (4 cores, 6 GiB each) run
 * the deployment `web` (shop-web 1.0, each replica requesting 1 core and 1 GiB, limited
 * to 2 cores and 1 GiB), 3 replicas, autoscaled between 3 and 10 at 60 % of its CPU
 * requests. The script shows each behaviour in turn within a minute:
 * - 5.5 s: the load rises from 1.8 to 6 cores: the autoscaler scales out to 10 replicas;
 * - 16 s: node-2 fails: its replicas are replaced on the other nodes; two fit nowhere
 *   (4 cores each, all requested) and stay Pending with the numbers;
 * - 24 s: node-2 is repaired: the Pending replicas are scheduled there;
 * - 30 s: a rolling update to 2.0 (one extra replica at a time, none unavailable): each
 *   new replica pulls only the new top layer and is ready before an old one stops;
 * - 44 s: the load falls to 1.5 cores: after the 10 s stabilisation window the
 *   autoscaler scales in to 3.
 */
import type { ScenarioInput } from '../schema';

const node = (id: string) => ({ id, name: id, sockets: 1, coresPerSocket: 4, threadsPerCore: 1, memoryMiB: 6144 });

export const orchestration: ScenarioInput = {
  schemaVersion: 1,
  name: 'Containers at scale: scheduling, self-healing, rolling updates, autoscaling',
  seed: 23,
  hosts: [node('node-1'), node('node-2'), node('node-3')],
  deployments: [
    {
      id: 'web', name: 'web', image: 'shop-web', version: '1.0', replicas: 3,
      cpuRequestM: 1000, cpuLimitM: 2000, memRequestMiB: 1024, memLimitMiB: 1024,
      maxSurge: 1, maxUnavailable: 0, autoscale: { min: 3, max: 10, targetPct: 60 }, loadM: 1800,
    },
  ],
  events: [
    { at: 5500, command: { type: 'setDeploymentLoad', deployment: 'web', loadM: 6000 } },
    { at: 16000, command: { type: 'failHost', host: 'node-2' } },
    { at: 24000, command: { type: 'repairHost', host: 'node-2' } },
    { at: 30000, command: { type: 'rolloutDeployment', deployment: 'web', version: '2.0' } },
    { at: 44000, command: { type: 'setDeploymentLoad', deployment: 'web', loadM: 1500 } },
  ],
};
