/**
 * Orchestration (DOMAIN.md, containers at scale): Kubernetes-like deployments of container
 * replicas on container hosts, with a scheduler (requests against what a node offers),
 * self-healing (a killed container restarts, a failed node's pods are replaced), rolling
 * updates (maxSurge / maxUnavailable) and a horizontal autoscaler. A control plane: it
 * works at `control`, every ORCH_PERIOD_MS, before the container runtime, and acts on the
 * world only through scenario edits and the kernel's lifecycle (`ctPending`).
 */
import { defineSubsystem } from '../kernel/contract';
import { orchCommands } from './commands';
import { digestOrchPart } from './digest';
import { orchInvariants } from './invariants';
import { ORCH_PERIOD_MS } from './model';
import { orchSnapshot } from './snapshot';
import { buildOrch, carryOrch } from './state';
import { stepOrch } from './step';

export const orch = defineSubsystem({
  id: 'orch',
  build: buildOrch,
  carry: (prev, next) => carryOrch(prev.orch, next),
  phases: { control: { every: ORCH_PERIOD_MS, run: stepOrch } },
  commands: orchCommands,
  snapshot: orchSnapshot,
  buffers: () => [],
  digest: digestOrchPart,
  invariants: orchInvariants,
});
