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
export { KNOWN_IMAGES, imageLayers, imageSizeMiB, type Layer } from './containers/images';
export { APP_MIB, type CtRecord, type Pull } from './containers/state';
export { placementPolicies, type PlacementPolicy, type Candidate } from './cluster/placement';
export { GRID_PAGES, PAGE, migrationFallbacks, MAX_ROUNDS, type MigrationFallback, type RoundStat } from './cluster/precopy';
export { DIRTY_MIBPS, DRS_PERIOD, LOAD_SAMPLE_PERIOD, type Decision, type MigrationSummary } from './cluster/state';
export { HOST_RESERVED_MIB } from './cluster/capacity';
export type { FleetSnapshot, FleetHost } from './cluster/snapshot';
