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
export { translationWalk, guestTablePage, type WalkRef, type WalkInput } from './memory/walk';
export { walkRefs } from './memory/model';
export type { MemorySnapshot, HostMemSnapshot, VmMemSnapshot } from './memory/snapshot';
export { memoryFeatures } from './commands';
export { translationModes, reclaimPolicies } from './scenario/parts';
export { simulateReplacement, type ReplacementPolicy, type ReplacementInput, type ReplacementResult } from './classic/replacement';
export { translateLinear, translateMultiLevel, type LinearInput, type LinearResult, type MultiLevelInput, type MultiLevelResult } from './classic/translate';
