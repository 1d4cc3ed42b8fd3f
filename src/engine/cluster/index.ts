/**
 * The cluster (VM placement, DRS balancing, live migration, host failure and HA),
 * plugged in through the Subsystem contract: it works at `control`; a migration's
 * switch-over and an HA restart move VMs by editing the scenario (ctx.edit), and every
 * power change goes through the kernel's lifecycle.
 */
import { defineSubsystem, type CommandTable } from '../kernel/contract';
import { configureCluster, migrateVm, placeVm, repairHost } from './commands';
import { failHost } from './ha';
import { requestInstance, stepInstances } from './instances';
import { clusterInvariants } from './invariants';
import { digestClusterPart } from './digest';
import { clusterSnapshot } from './snapshot';
import { createClusterState, syncCluster, type ClusterWorld } from './state';
import { abortStopped, publishMigrating, stepCluster } from './step';

const clusterCommands = {
  placeVm: (st, cmd, ctx) => placeVm(st, cmd.vm, cmd.host, ctx),
  migrateVm: (st, cmd) => migrateVm(st, cmd.vm, cmd.host),
  configureCluster: (st, cmd) => configureCluster(st, cmd),
  failHost: (st, cmd) => failHost(st, cmd.host),
  repairHost: (st, cmd) => repairHost(st, cmd.host),
  requestInstance: (st, cmd) => requestInstance(st, { name: cmd.name, type: cmd.instanceType, template: cmd.template, clone: cmd.clone }),
} satisfies CommandTable<ClusterWorld>;

export const cluster = defineSubsystem({
  id: 'cluster',
  build: (w) => createClusterState(w.scenario, w.topology),
  carry(prev, next) {
    const cl = structuredClone(prev.cluster);
    syncCluster(cl, next.topology);
    return cl;
  },
  phases: {
    control: (st, ctx) => {
      stepCluster(st, ctx);
      stepInstances(st, ctx);
      publishMigrating(st);
    },
  },
  commands: clusterCommands,
  // A VM stopped by a command while it migrates: the migration ends with the command.
  settle: (st) => {
    abortStopped(st, st.cluster);
    publishMigrating(st);
  },
  snapshot: (st) => ({ fleet: clusterSnapshot(st) }),
  buffers: (part) => [part.fleet.pages.buffer as ArrayBuffer],
  digest: digestClusterPart,
  invariants: clusterInvariants,
});
