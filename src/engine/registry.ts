/**
 * The registry: every subsystem, in tick order (within each named place of the tick,
 * kernel/contract.ts TICK_PLACES, phases run in this order). Adding a subsystem is a
 * folder that exports one `defineSubsystem({...})` and one line here
 * (docs/architecture.md, "Add a subsystem"), plus its digest in digest.ts (checked
 * below). The engine's public functions, the state type and the snapshot type are all
 * derived from this list.
 */
import { appvirt } from './appvirt';
import { cluster } from './cluster';
import { containers } from './containers';
import { cpu } from './cpu';
import { SECTIONS } from './digest';
import { makeEngine, type HandledBy, type SnapshotWith, type StateWith } from './engine';
import type { CommandType } from './commands';
import { gpu } from './gpu';
import { kernelCommands } from './kernel/commands';
import { memory } from './memory';
import { net } from './network';
import { orch } from './orchestration';
import { storage } from './storage';
import { virt } from './virt';

// orch first: at `control` the orchestrator decides, then the container runtime starts what it admitted in the same tick.
export const SUBSYSTEMS = [orch, containers, cluster, cpu, memory, storage, virt, net, gpu, appvirt] as const;

/** Everything the engine needs to go on, and nothing else: the world and each subsystem's state. */
export type SimState = StateWith<typeof SUBSYSTEMS>;
/** What the UI sees of a state (structured-clone safe; typed arrays transfer). */
export type Snapshot = SnapshotWith<typeof SUBSYSTEMS>;

// Every command type has a handler: a new command without one fails to compile here.
type Unhandled = Exclude<CommandType, HandledBy<typeof SUBSYSTEMS> | keyof typeof kernelCommands>;
const everyCommandHandled: [Unhandled] extends [never] ? true : Unhandled = true;
void everyCommandHandled;

export const engine = makeEngine(SUBSYSTEMS);

// digest.ts digests snapshots without loading the simulation; it must fold exactly these parts, in its order.
for (const s of SUBSYSTEMS) {
  const section = SECTIONS.find((x) => x.id === s.id);
  if (section?.digest !== s.digest) throw new Error(`digest.ts SECTIONS must list ${s.id} with its subsystem's digest`);
}
if (SECTIONS.length !== SUBSYSTEMS.length) throw new Error('digest.ts SECTIONS lists a subsystem the registry does not');
