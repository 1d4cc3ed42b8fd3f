/**
 * Which of the notes' three kinds of virtualization a scenario shows: server, desktop
 * VDI (thin clients), or application virtualization (app sandboxes).
 */
import type { Scenario } from '../../../engine';

export type Kind = 'server' | 'vdi' | 'app';

export function kindOf(s: Scenario): Kind {
  if (s.thinClients.length > 0) return 'vdi';
  if (s.appSandboxes.length > 0) return 'app';
  return 'server';
}
