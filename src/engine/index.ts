/**
 * The engine's public API. Nothing outside src/engine imports deeper files. Values come
 * from leaf modules (not from a subsystem's index, which holds its whole contract), so a
 * bundle that only needs presets, parsing and constants does not pull the simulation in.
 */
export { presets, PRESET_IDS, DEFAULT_PRESET, isPresetId, type PresetId } from './scenario/presets';
export { describeIssue, parseScenario, type ParseResult, type ScenarioError } from './scenario/parse';
export { scenarioSchema, SCHEMA_VERSION, LIMITS, type Scenario, type ScenarioInput } from './scenario/schema';
export { workloadKinds, hypervisorTypes, techniques, hwEras, cpuPolicies, ioPaths, type IoPathId, type WorkloadKind, type VmSpec, type VmSpecInput } from './scenario/parts';
export { commandSchema, type Command, type CommandInput, type CommandType } from './commands';
export { createSim, step, advanceTick, applyCommand, toSnapshot, snapshotBuffers, checkInvariants, cloneState } from './sim';
export type { ApplyResult, SimState, Snapshot } from './sim';
export { snapshotDigest } from './digest';
export { SNAPSHOT_VERSION } from './kernel/snapshot';
export { ENT, POWER } from './kernel/codes';
export { entityLabel, entityOwner } from './kernel/labels';
export type { Topology, HostTopo, VmTopo, ContainerTopo } from './kernel/topology';
export { EVENT_CAP, type SimEvent } from './kernel/events';
export { TICKS_PER_SECOND, type Message, type Tick } from './kernel/types';
export { createRng, nextFloat, nextInt, type RngState } from './kernel/rng';
export { VM_BOOT_TICKS, CONTAINER_START_TICKS, GUEST_OS_MIB, APP_MIB, PROFILES, REF_IO_MS } from './kernel/workload';
export { WHY, END, PRIO, HIST_PERIOD, HIST_LEN, HIST_STRIDE, CAP_PERIOD } from './cpu/cpuState';
export { SKEW_LIMIT } from './cpu/costop';
export { CREDIT_PERIOD, CREDIT_MAX } from './cpu/policies';
export { DEFAULT_HT_FACTOR } from './cpu/record';
export type { CpuSnapshot } from './cpu/snapshot';
export { scheduleJobs, type JobIn, type JobStats, type JobsResult, type TraceSlice, type JobId } from './classic/jobs';
export { scheduleMLFQ, type MlfqInput, type MlfqJob } from './classic/mlfq';
export { scheduleLottery, type LotteryJob, type LotteryRun } from './classic/lottery';
export { raidMap, type RaidConfig, type RaidOp, type RaidRequest } from './classic/raid';
export { placementPolicies, provisioningKinds, accessModes, type PlacementPolicy, type VolumeSpec, type VolumeSpecInput } from './scenario/parts';
export { IO_PATH, ioPathCost, batchOf, defaultIoPath, type IoPathCost } from './virt/ioPath';
export { costOf, defaultIo, type IoSpec, CYCLES_PER_TICK, COST, SENSITIVE_PER_MS, IO_PER_MS, MODERN, pagingOf, exitCycles, exitShare, type Cost, type WorkCounts, type TechniqueId, type HvTypeId, type HwMode } from './virt/costModel';
export { VF, VIRT_PERIOD } from './virt/virt';
export { translatedBlocks } from './virt/costModel';
export { PROTOCOLS, BURST_KIB, LINK_TICKS, type NetGraph, type NetNode, type NetLink, type NetFlow, type Route } from './network/graph';
export { PKT, PACKET_CAP, HIST_LEN as NET_HIST_LEN, HIST_WINDOW, NET_PERIOD } from './network/net';
export type { NetSnapshot } from './network/netSnapshot';
export { protocols, type Protocol } from './scenario/parts';
export { KNOWN_IMAGES, imageLayers, imageSizeMiB, type Layer } from './containers/images';
export type { CtRecord, Pull } from './containers/state';
export { vmPlacementPolicies, type VmPlacementPolicy, migrationFallbacks, type MigrationFallback } from './scenario/parts';
export type { Candidate } from './cluster/placement';
export { GRID_PAGES, PAGE, type RoundStat } from './cluster/precopy';
export { DRS_HOLD_MS, DRS_PERIOD, HA_DETECT_MS, LOAD_SAMPLE_PERIOD, type Decision, type MigrationSummary } from './cluster/state';
export { HOST_RESERVED_MIB, VM_OVERHEAD_MIB } from './kernel/capacity';
export type { FleetHost } from './cluster/snapshot';
export type { FleetSnapshot } from './snapshotTypes';
export { STORAGE_PERIOD } from './storage/tick';
export { place, movedGiB } from './storage/placement';
export { HISTORY_LEN, type MoveRecord, type VolumeStatus } from './storage/types';
export type { StorageSnapshot, ArraySnap, VolumeSnap } from './storage/snapshot';
export { translationWalk, type WalkRef, type WalkInput } from './memory/walk';
export { walkRefs, ACCESS_RUN, CYCLES_PER_WALK_REF, CYCLES_PER_EXIT, GUEST_SWITCH_MS } from './memory/model';
export type { MemorySnapshot, HostMemSnapshot, VmMemSnapshot } from './memory/snapshot';
export { memoryFeatures } from './commands';
export { translationModes, reclaimPolicies } from './scenario/parts';
export { simulateReplacement, type ReplacementPolicy, type ReplacementInput, type ReplacementResult } from './classic/replacement';
export { translateLinear, translateMultiLevel, type LinearInput, type LinearResult, type MultiLevelInput, type MultiLevelResult } from './classic/translate';
