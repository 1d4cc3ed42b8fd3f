/**
 * Application virtualization (the notes' third kind): an app packaged in a sandbox with
 * its own virtual file system and registry layer over its VM's OS, plugged in through the
 * Subsystem contract. It has no tick phase: only its commands change it.
 */
import { defineSubsystem } from '../kernel/contract';
import { appvirtCommands } from './commands';
import { digestAppVirtPart } from './digest';
import { appvirtInvariants } from './invariants';
import { appvirtSnapshot } from './snapshot';
import { buildAppVirt, carryAppVirt } from './state';

export const appvirt = defineSubsystem({
  id: 'appvirt',
  build: (w) => buildAppVirt(w.scenario),
  carry: (prev, next) => carryAppVirt(prev.appvirt, next),
  phases: {},
  commands: appvirtCommands,
  snapshot: appvirtSnapshot,
  buffers: () => [],
  digest: digestAppVirtPart,
  invariants: appvirtInvariants,
});
