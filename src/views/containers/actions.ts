/**
 * What the Containers lens's buttons ask of the engine. Ids are chosen here from what
 * already exists, so a click always sends a fresh, valid id; capacity is the engine's
 * call (a full host rejects the command with a translated reason).
 */
import type { Topology } from '../../engine';
import { simClient } from '../../client/simClient';

function freshId(taken: ReadonlySet<string>, prefix: string): string {
  let n = 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

function ids(t: Topology): Set<string> {
  return new Set([...t.vms.map((v) => v.id), ...t.containers.map((c) => c.id)]);
}

export function addVm(t: Topology, h: number, memoryMiB: number): void {
  const host = t.hosts[h];
  if (host === undefined) return;
  const id = freshId(ids(t), 'vm');
  void simClient.command({ type: 'placeVm', host: host.id, vm: { id, name: id, vcpus: 1, memoryMiB, workload: 'web', guestOs: 'linux' } });
}

/** Run one more container like the host's (or the VM's) first one. */
export function addContainer(t: Topology, h: number, limitMiB: number, vm?: number): void {
  const host = t.hosts[h];
  if (host === undefined) return;
  const like = t.containers.find((c) => (vm === undefined ? c.vm < 0 && c.host === h : c.vm === vm));
  const id = freshId(ids(t), 'ct');
  const where = vm === undefined ? { host: host.id } : { vm: t.vms[vm]?.id ?? '' };
  void simClient.command({ type: 'runContainer', container: { id, name: id, ...where, image: like?.image ?? 'shop-api:1.0', workload: like?.workload ?? 'web', memoryLimitMiB: limitMiB } });
}

export function removeLast(t: Topology, h: number, kind: 'vm' | 'container'): void {
  if (kind === 'vm') {
    const vm = t.vms.findLast((v, i) => v.host === h && !t.containers.some((c) => c.vm === i));
    if (vm !== undefined) void simClient.command({ type: 'removeVm', vm: vm.id });
    return;
  }
  const c = t.containers.findLast((x) => x.host === h);
  if (c !== undefined) void simClient.command({ type: 'removeContainer', container: c.id });
}
