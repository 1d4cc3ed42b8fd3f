/**
 * The container runtime part's digest (a leaf module: digest.ts folds snapshots on the
 * main thread without loading the runtime's code).
 */
import { foldText } from '../kernel/digest';
import type { ContainersSnapshot } from './snapshot';

/**
 * The fleet section of the digest is one JSON text {ct, cl, hosts} (containers and
 * cluster were one subsystem when digests were first recorded): the container runtime
 * opens it with its part, the cluster closes it (cluster/snapshot.ts).
 */
export function digestContainers(ct: ContainersSnapshot, h: number): number {
  return foldText(h, `{"ct":${JSON.stringify(ct)}`);
}

export function digestContainersPart(part: { fleet: { ct: ContainersSnapshot } }, h: number): number {
  return digestContainers(part.fleet.ct, h);
}
