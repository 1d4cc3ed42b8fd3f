/**
 * What the scenario's own script does next on a host: the first container it runs there
 * after a tick (docker-layers' empty host-b says so, CompareColumn). Read from the
 * scenario's events, as the Cluster lens reads its next scripted migration.
 */
import type { Scenario } from '../../engine';

/** A container the scenario itself will run on a host: its name, image and tick. */
export interface ScriptedRun {
  name: string;
  image: string;
  at: number;
}

/** The first container `scenario` runs on host `hostId` after `tick` (straight on the host, not in a VM); null when none. */
export function nextScriptedRun(scenario: Pick<Scenario, 'events'> | null, tick: number, hostId: string): ScriptedRun | null {
  let next: ScriptedRun | null = null;
  for (const e of scenario?.events ?? []) {
    if (e.at <= tick || e.command.type !== 'runContainer' || (next !== null && e.at >= next.at)) continue;
    const c = e.command.container;
    if (c.host !== hostId) continue;
    next = { name: c.name, image: c.image, at: e.at };
  }
  return next;
}
