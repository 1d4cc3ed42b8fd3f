/**
 * The orchestrator's constants and snapshot types (a leaf: views and digest.ts import it
 * without loading the simulation).
 */
import type { Message } from '../kernel/types';

/** The controllers' reconcile period (Kubernetes reacts to watch events; one pass per 100 ms here). */
export const ORCH_PERIOD_MS = 100;
/** The horizontal autoscaler's sync period (Kubernetes: 15 s; shortened for the classroom). */
export const HPA_SYNC_MS = 1000;
/** Scale-down stabilisation: the autoscaler takes the highest recommendation of this window (Kubernetes: 300 s). */
export const HPA_STABILIZE_MS = 10_000;
/** A ratio within this of 1 changes nothing (Kubernetes' default tolerance, 10 %). */
export const HPA_TOLERANCE = 0.1;
/** A terminating replica's grace period before its container is stopped (Kubernetes: 30 s). */
export const TERMINATE_MS = 500;
/** The kubelet's back-off before restarting an exited container (Kubernetes: 10 s, doubling). */
export const RESTART_BACKOFF_MS = 1000;
/** Samples kept for the history strip (one per HPA sync). */
export const ORCH_HISTORY = 60;

export const POD_PHASES = ['Pending', 'Starting', 'Ready', 'Terminating'] as const;
export type PodPhase = (typeof POD_PHASES)[number];

export interface PodSnapshot {
  id: string;
  /** Index of its deployment. */
  dep: number;
  version: string;
  /** Host id it is bound to ('' while Pending). */
  node: string;
  phase: PodPhase;
  /** Tick it entered its phase. */
  since: number;
  restarts: number;
  /** Why it is Pending (or waits to restart); null otherwise. */
  reason: Message | null;
}

export interface HistorySample {
  tick: number;
  desired: number;
  ready: number;
  /** CPU use of the ready replicas, % of their requests. */
  utilPct: number;
}

export interface DeploymentSnapshot {
  id: string;
  name: string;
  image: string;
  /** The version the deployment asks for now (the rollout's target). */
  version: string;
  desired: number;
  ready: number;
  /** Ready replicas (any version): what serves the load. */
  available: number;
  loadM: number;
  utilPct: number;
  cpuRequestM: number;
  cpuLimitM: number;
  memRequestMiB: number;
  memLimitMiB: number;
  maxSurge: number;
  maxUnavailable: number;
  autoscale: { min: number; max: number; targetPct: number } | null;
  /** The autoscaler sets the replicas (off once they are set by hand). */
  hpaOn: boolean;
  rolling: boolean;
  /** The fewest replicas available since the current rollout began (-1: no rollout yet). */
  rolloutMinAvailable: number;
  history: HistorySample[];
}

export interface NodeSnapshot {
  id: string;
  name: string;
  cpuM: number;
  memMiB: number;
  cpuRequestedM: number;
  memRequestedMiB: number;
  failed: boolean;
}

export interface OrchSnapshot {
  deps: DeploymentSnapshot[];
  pods: PodSnapshot[];
  nodes: NodeSnapshot[];
}
