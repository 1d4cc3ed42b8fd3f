/**
 * The memory lens's commands: a host's translation scheme (shadow or nested paging),
 * its reclaim features, the hypervisor's and the guests' replacement policies. Each is
 * a hypervisor setting (the scenario is edited, so it survives rebuilds and replays);
 * asking for the value already set is refused, so the log only tells real changes. The
 * translation scheme is a choice of hardware assistance on a modern CPU only: on a
 * binary-translation host (always shadow), a paravirtual one (direct paging) or a
 * first-generation VT-x one (no EPT/NPT) the setting would change nothing, so asking is
 * refused with the reason (kernel/paging.ts), and the setting is left as it was; so is
 * the tagged TLB on first-generation VT-x, which has no VPID.
 */
import { reject, type CommandOf, type CommandTable, type Ctx, type Outcome } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import { editHypervisor, type HypervisorSpecOf } from '../kernel/hostEdit';
import { pagingFixedBy, tlbTagFixedBy } from '../kernel/paging';
import type { MemWorld } from './model';

type MemoryOptions = HypervisorSpecOf['memory'];

function editMemory<K extends keyof MemoryOptions>(st: MemWorld, ctx: Ctx, id: string, key: K, value: MemoryOptions[K], eventKey: string, label: string): Outcome {
  const host = st.topology.hosts.find((h) => h.id === id);
  if (host === undefined) return reject('reason.noSuchHost', { host: id });
  if (host.hypervisor.memory[key] === value) return reject('memory.reason.unchanged', { host: host.name, value: label });
  return editHypervisor(st, ctx, id, (hv) => ({ ...hv, memory: { ...hv.memory, [key]: value } }), eventKey, label);
}

/** A host's translation scheme, refused where its technique or CPU fixes the paging mode. */
function setTranslation(st: MemWorld, cmd: CommandOf<'setTranslation'>, ctx: Ctx): Outcome {
  const host = st.topology.hosts.find((h) => h.id === cmd.host);
  if (host === undefined) return reject('reason.noSuchHost', { host: cmd.host });
  const why = pagingFixedBy(host.hypervisor);
  if (why !== '') return reject('memory.reason.pagingFixed', { host: host.name, why });
  return editMemory(st, ctx, cmd.host, 'translation', cmd.mode, 'memory.event.translation', `memory.mode.${cmd.mode}`);
}

/** A reclaim or TLB feature; the tagged TLB is refused on first-generation VT-x, which has no VPID (kernel/paging.ts). */
function setMemoryFeature(st: MemWorld, cmd: CommandOf<'setMemoryFeature'>, ctx: Ctx): Outcome {
  const host = st.topology.hosts.find((h) => h.id === cmd.host);
  const why = host === undefined || cmd.feature !== 'taggedTlb' ? '' : tlbTagFixedBy(host.hypervisor);
  if (host !== undefined && why !== '') return reject('memory.reason.tlbFixed', { host: host.name, why });
  return editMemory(st, ctx, cmd.host, cmd.feature, cmd.on, cmd.on ? 'memory.event.featureOn' : 'memory.event.featureOff', `memory.feature.${cmd.feature}`);
}

/** A VM's memory entitlement: reservation, limit (0 = none) and shares (0 = normal); a scenario edit. */
function setVmMemory(st: MemWorld, cmd: CommandOf<'setVmMemory'>, ctx: Ctx): Outcome {
  const i = st.topology.vms.findIndex((v) => v.id === cmd.vm);
  const vm = st.topology.vms[i];
  const spec = st.scenario.vms[i];
  if (vm === undefined || spec === undefined) return reject('reason.noSuchVm', { vm: cmd.vm });
  const reservationMiB = cmd.reservationMiB ?? spec.reservationMiB;
  const memLimitMiB = cmd.limitMiB ?? spec.memLimitMiB;
  const memShares = cmd.shares ?? spec.memShares;
  if (reservationMiB > vm.memoryMiB) return reject('memory.reason.reservationTooBig', { vm: vm.name, mib: reservationMiB, max: vm.memoryMiB });
  if (memLimitMiB > 0 && memLimitMiB < reservationMiB) return reject('memory.reason.limitBelowReservation', { vm: vm.name, limit: memLimitMiB, reservation: reservationMiB });
  if (reservationMiB === spec.reservationMiB && memLimitMiB === spec.memLimitMiB && memShares === spec.memShares) return reject('memory.reason.entitlementUnchanged', { vm: vm.name });
  const r = ctx.edit(st, (s) => ({ ...s, vms: s.vms.map((v, j) => (j === i ? { ...v, reservationMiB, memLimitMiB, memShares } : v)) }));
  if (!r.ok) return r;
  pushEvent(st.events, st.tick, 'info', 'memory.event.entitlement', { vm: vm.name, reservation: reservationMiB, limit: memLimitMiB, shares: memShares > 0 ? memShares : vm.memoryMiB * 10 });
  return r;
}

export const memoryCommands = {
  setVmMemory,
  setTranslation,
  setMemoryFeature,
  setReclaimPolicy: (st, cmd, ctx) => editMemory(st, ctx, cmd.host, 'policy', cmd.policy, 'memory.event.policy', `memory.policy.${cmd.policy}`),
  setGuestPolicy: (st, cmd, ctx) => editMemory(st, ctx, cmd.host, 'guestPolicy', cmd.policy, 'memory.event.guestPolicy', `memory.policy.${cmd.policy}`),
} satisfies CommandTable<MemWorld>;
