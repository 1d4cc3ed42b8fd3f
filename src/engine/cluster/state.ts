/**
 * The cluster's state: the placement policy, the DRS-like balancer's settings and its
 * last verdict, the live migration in progress (with its page grid) and those queued
 * behind it, a bounded log of decisions with their reasons, and a short history of
 * finished migrations. Which hosts have failed is the kernel's (lifecycle). Settings
 * come from the scenario's optional `cluster` block and change by command. Plain data,
 * cloned with the state.
 */
import type { Scenario } from '../scenario/schema';
import type { Topology } from '../kernel/topology';
import type { Message } from '../kernel/types';
import type { World } from '../kernel/world';
import type { Candidate, VmPlacementPolicy } from './placement';
import type { InstanceRecord } from './instances';
import type { LinkConfig, Migration, RoundStat } from './precopy';

export type DecisionKind = 'place' | 'drs' | 'migrate' | 'migrated' | 'ha' | 'haFail' | 'fail' | 'repair';

export interface Decision {
  seq: number;
  tick: number;
  kind: DecisionKind;
  message: Message;
  candidates: Candidate[];
}

export interface MigrationSummary {
  vm: string;
  from: string;
  to: string;
  totalMs: number;
  downtimeMs: number;
  rounds: number;
  forced: boolean;
  throttlePct: number;
  /** The rounds, kept so the lens can still chart a migration after it finished. */
  roundStats: RoundStat[];
  pageMiB: number;
  /**
   * The tick it was first seen not running on the host it moved to (stopped, rebooting,
   * restarted elsewhere, removed): its memory since then is not the copied pages. Absent
   * while it has kept running there (absent, not null, so recorded digests stay valid).
   */
  leftAt?: number;
}

export interface DrsCheck {
  tick: number;
  cpuImbalancePct: number;
  memImbalancePct: number;
  verdict: Message;
}

export interface ClusterState {
  rev: number;
  policy: VmPlacementPolicy;
  drsEnabled: boolean;
  drsThresholdPct: number;
  link: LinkConfig;
  ha: boolean;
  /** Busy vCPUs per VM (running or ready), an exponential average, aligned with topology.vms. */
  vmDemand: number[];
  /** VM ids vmDemand was built for, to realign it after a topology change. */
  vmIds: string[];
  lastCheck: DrsCheck | null;
  decisions: Decision[];
  seq: number;
  migration: Migration | null;
  queue: { vm: string; to: string; reason: Message }[];
  history: MigrationSummary[];
  /** Failed hosts HA has not declared dead yet: their VMs restart at `at` (failure + HA_DETECT_MS). */
  haPending: { host: string; vms: string[]; at: number }[];
  /** DRS's recent moves (within DRS_HOLD_MS): a VM moved lately is not moved again. */
  drsMoves: { vm: string; from: string; to: string; tick: number }[];
  /** CPU demand % per host, sampled every LOAD_SAMPLE_PERIOD, the last LOAD_SAMPLES of them. */
  loadHistory: { tick: number; cpuPct: number[] }[];
  /** Instances asked for (instances.ts): queued, being provisioned, up, or failed. */
  instances: InstanceRecord[];
}

export const LOAD_SAMPLE_PERIOD = 500;
export const LOAD_SAMPLES = 60;

/** DRS looks every 5 s of simulated time (vSphere: every 5 minutes; scaled so a lecture at 1x sees each move: pacing). */
export const DRS_PERIOD = 5000;
export const DECISIONS_KEPT = 40;
/** A VM DRS moved stays put this long (ms): with the cost/benefit test, no ping-pong (drs.ts). */
export const DRS_HOLD_MS = 30_000;
/** HA declares a host dead after this long without heartbeats (vSphere HA: ~12-15 s; DOMAIN.md). */
export const HA_DETECT_MS = 15_000;

export function createClusterState(s: Scenario, t: Topology): ClusterState {
  const c = s.cluster;
  return {
    rev: t.rev,
    policy: c.placement,
    drsEnabled: c.drs.enabled,
    drsThresholdPct: c.drs.thresholdPct,
    link: { linkMiBps: c.migration.linkMiBps, maxDowntimeMs: c.migration.maxDowntimeMs, fallback: c.migration.fallback },
    ha: c.ha,
    vmDemand: t.vms.map(() => 0),
    vmIds: t.vms.map((v) => v.id),
    lastCheck: null,
    decisions: [],
    seq: 0,
    migration: null,
    queue: [],
    history: [],
    haPending: [],
    drsMoves: [],
    loadHistory: [],
    instances: [],
  };
}

/** What every cluster function sees: the world and the cluster's own state. */
export type ClusterWorld = World & { cluster: ClusterState };

/** After a topology change, realign the per-VM demand by VM id (mutates cl). */
export function syncCluster(cl: ClusterState, t: Topology): void {
  const old = new Map(cl.vmIds.map((id, i) => [id, cl.vmDemand[i] ?? 0]));
  cl.vmDemand = t.vms.map((v) => old.get(v.id) ?? 0);
  cl.vmIds = t.vms.map((v) => v.id);
  cl.rev = t.rev;
}

export function decide(cl: ClusterState, tick: number, kind: DecisionKind, message: Message, candidates: Candidate[] = []): void {
  cl.seq += 1;
  cl.decisions.push({ seq: cl.seq, tick, kind, message, candidates });
  if (cl.decisions.length > DECISIONS_KEPT) cl.decisions.splice(0, cl.decisions.length - DECISIONS_KEPT);
}

/** A passthrough VM's device state lives in its virtual function, not in memory: it cannot be live-migrated. */
export function isPassthrough(st: ClusterWorld, i: number): boolean {
  return st.scenario.vms[i]?.ioPath === 'passthrough';
}

/** The GPU a VM is attached to (its host's device: the model's GPUs do not move), or undefined. */
export function gpuOf(st: ClusterWorld, i: number): string | undefined {
  return st.scenario.vms[i]?.gpu?.device;
}
