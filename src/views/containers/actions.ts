/**
 * What the Containers lens's buttons ask of the engine. Ids are chosen here from what
 * already exists, so a click always sends a fresh, valid id; capacity is the engine's
 * call (a full host rejects the command with a translated reason).
 */
import { sendCommand } from '../../store';
import type { Topology } from '../../engine';
import { freshId, idsOf } from '../shared/ids';

const ids = (t: Topology): Set<string> => idsOf(t.vms, t.containers);

export function addVm(t: Topology, h: number, memoryMiB: number): void {
  const host = t.hosts[h];
  if (host === undefined) return;
  const id = freshId('vm-', ids(t));
  void sendCommand({ type: 'placeVm', host: host.id, vm: { id, name: id, vcpus: 1, memoryMiB, reservationMiB: memoryMiB, workload: 'web', guestOs: 'linux' } });
}

/** Run one more container like the host's (or the VM's) first one. */
export function addContainer(t: Topology, h: number, limitMiB: number, vm?: number): void {
  const host = t.hosts[h];
  if (host === undefined) return;
  const like = t.containers.find((c) => (vm === undefined ? c.vm < 0 && c.host === h : c.vm === vm));
  const id = freshId('ct-', ids(t));
  const where = vm === undefined ? { host: host.id } : { vm: t.vms[vm]?.id ?? '' };
  void sendCommand({ type: 'runContainer', container: { id, name: id, ...where, image: like?.image ?? 'shop-api:1.0', workload: like?.workload ?? 'web', memoryLimitMiB: limitMiB } });
}

export function removeLast(t: Topology, h: number, kind: 'vm' | 'container'): void {
  if (kind === 'vm') {
    const vm = t.vms.findLast((v, i) => v.host === h && !t.containers.some((c) => c.vm === i));
    if (vm !== undefined) void sendCommand({ type: 'removeVm', vm: vm.id });
    return;
  }
  const c = t.containers.findLast((x) => x.host === h);
  if (c !== undefined) void sendCommand({ type: 'removeContainer', container: c.id });
}
