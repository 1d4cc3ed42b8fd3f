/**
 * The engine's public API. Nothing outside src/engine imports deeper files.
 */
export { presets, PRESET_IDS, DEFAULT_PRESET, isPresetId, type PresetId } from './scenario/presets';
export { parseScenario, type ParseResult, type ScenarioError } from './scenario/parse';
export { scenarioSchema, SCHEMA_VERSION, LIMITS, type Scenario, type ScenarioInput } from './scenario/schema';
export { workloadKinds, hypervisorTypes, techniques, cpuPolicies, type WorkloadKind, type VmSpec, type VmSpecInput } from './scenario/parts';
export { commandSchema, type Command, type CommandInput, type CommandType } from './commands';
export { createSim, step, advanceTick } from './sim';
export { applyCommand, type ApplyResult } from './apply';
export { toSnapshot, snapshotBuffers, snapshotDigest, SNAPSHOT_VERSION, type Snapshot } from './snapshot';
export { checkInvariants } from './invariants';
export { cloneState, ENT, POWER, type SimState } from './state';
export { entityLabel, entityOwner } from './labels';
export type { Topology, HostTopo, VmTopo, ContainerTopo } from './topology';
export type { SimEvent } from './events';
export { TICKS_PER_SECOND, type Message, type Tick } from './types';
export { VM_BOOT_TICKS, CONTAINER_START_TICKS, GUEST_OS_MIB } from './workload';
export { WHY, END, PRIO, HIST_PERIOD, HIST_LEN, HIST_STRIDE, CAP_PERIOD } from './cpu/cpuState';
export { SKEW_LIMIT } from './cpu/costop';
export { fairSlice, CREDIT_PERIOD, CREDIT_MAX } from './cpu/policies';
export { DEFAULT_HT_FACTOR } from './cpu/record';
export type { CpuSnapshot } from './cpu/snapshot';
export { scheduleJobs, type JobIn, type JobStats, type JobsResult, type TraceSlice, type JobId } from './classic/jobs';
export { scheduleMLFQ, type MlfqInput, type MlfqJob } from './classic/mlfq';
export { scheduleLottery, type LotteryJob, type LotteryRun } from './classic/lottery';
