/**
 * The memory lens's commands: a host's translation scheme (shadow or nested paging),
 * its reclaim features, the hypervisor's and the guests' replacement policies. Each is
 * a hypervisor setting (the scenario is edited, so it survives rebuilds and replays);
 * asking for the value already set is refused, so the log only tells real changes.
 */
import { reject, type CommandTable, type Ctx, type Outcome } from '../kernel/contract';
import { editHypervisor, type HypervisorSpecOf } from '../kernel/hostEdit';
import type { MemWorld } from './model';

type MemoryOptions = HypervisorSpecOf['memory'];

function editMemory<K extends keyof MemoryOptions>(st: MemWorld, ctx: Ctx, id: string, key: K, value: MemoryOptions[K], eventKey: string, label: string): Outcome {
  const host = st.topology.hosts.find((h) => h.id === id);
  if (host === undefined) return reject('reason.noSuchHost', { host: id });
  if (host.hypervisor.memory[key] === value) return reject('memory.reason.unchanged', { host: host.name, value: label });
  return editHypervisor(st, ctx, id, (hv) => ({ ...hv, memory: { ...hv.memory, [key]: value } }), eventKey, label);
}

export const memoryCommands = {
  setTranslation: (st, cmd, ctx) => editMemory(st, ctx, cmd.host, 'translation', cmd.mode, 'memory.event.translation', `memory.mode.${cmd.mode}`),
  setMemoryFeature: (st, cmd, ctx) =>
    editMemory(st, ctx, cmd.host, cmd.feature, cmd.on, cmd.on ? 'memory.event.featureOn' : 'memory.event.featureOff', `memory.feature.${cmd.feature}`),
  setReclaimPolicy: (st, cmd, ctx) => editMemory(st, ctx, cmd.host, 'policy', cmd.policy, 'memory.event.policy', `memory.policy.${cmd.policy}`),
  setGuestPolicy: (st, cmd, ctx) => editMemory(st, ctx, cmd.host, 'guestPolicy', cmd.policy, 'memory.event.guestPolicy', `memory.policy.${cmd.policy}`),
} satisfies CommandTable<MemWorld>;
