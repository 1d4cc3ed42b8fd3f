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
export { costOf, CYCLES_PER_TICK, COST, SENSITIVE_PER_MS, IO_PER_MS, type Cost, type WorkCounts, type TechniqueId, type HvTypeId } from './virt/costModel';
export { VF, VIRT_PERIOD } from './virt/virt';
export { translatedBlocks } from './virt/costModel';
export { PROTOCOLS, BURST_KIB, LINK_TICKS, type NetGraph, type NetNode, type NetLink, type NetFlow, type Route } from './network/graph';
export { PKT, PACKET_CAP, HIST_LEN as NET_HIST_LEN, HIST_WINDOW, NET_PERIOD } from './network/net';
export type { NetSnapshot } from './network/netSnapshot';
export { protocols, type Protocol } from './scenario/parts';
