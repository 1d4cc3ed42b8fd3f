/**
 * Commands: every change a user (or a scripted scenario event) can ask of the engine.
 * One zod schema validates them wherever they come from (UI, postMessage, imported
 * scenario); `applyCommand` decides whether the running world can take them.
 */
import { cloneKinds, instanceTypes, templates } from './scenario/instances';
import { z } from './zod';
import { cpuPolicies } from './scenario/parts';
import { accessModes, placementPolicies, storageArraySchema, volumeSchema } from './scenario/parts';
import { containerSchema } from './scenario/parts';
import { versionSchema } from './scenario/orchestration';
import { hwEras, hypervisorTypes, idSchema, ioPaths, ioQueueDepthSchema, migrationFallbacks, reclaimPolicies, techniques, translationModes, vmPlacementPolicies, vmSchema, workloadSchema } from './scenario/parts';

/** Memory features a student can switch per host (the memory lens). */
export const memoryFeatures = ['pageSharing', 'interVmSharing', 'ballooning', 'compression', 'largePages', 'taggedTlb', 'idleMemoryTax'] as const;

export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('startVm'), vm: idSchema }),
  z.strictObject({ type: z.literal('stopVm'), vm: idSchema }),
  z.strictObject({ type: z.literal('setWorkload'), vm: idSchema, workload: workloadSchema }),
  z.strictObject({ type: z.literal('setHypervisorType'), host: idSchema, hvType: z.enum(hypervisorTypes) }),
  z.strictObject({ type: z.literal('setTechnique'), host: idSchema, technique: z.enum(techniques) }),
  z.strictObject({ type: z.literal('setHwEra'), host: idSchema, era: z.enum(hwEras) }),
  z.strictObject({ type: z.literal('setIoPath'), vm: idSchema, path: z.enum(ioPaths), queueDepth: ioQueueDepthSchema.optional() }),
  z.strictObject({ type: z.literal('requestInstance'), name: idSchema, instanceType: z.enum(instanceTypes), template: z.enum(templates), clone: z.enum(cloneKinds) }),
  z.strictObject({ type: z.literal('setGpuLoad'), vm: idSchema, demandPct: z.int().min(0).max(100).optional(), needGiB: z.number().min(0).max(192).optional() }),
  z.strictObject({ type: z.literal('setTimeslice'), host: idSchema, ms: z.int().min(1).max(100) }),
  z.strictObject({ type: z.literal('addVm'), vm: vmSchema }),
  z.strictObject({ type: z.literal('removeVm'), vm: idSchema }),
  z.strictObject({ type: z.literal('startContainer'), container: idSchema }),
  z.strictObject({ type: z.literal('stopContainer'), container: idSchema }),
  z.strictObject({ type: z.literal('setPolicy'), host: idSchema, policy: z.enum(cpuPolicies) }),
  z.strictObject({ type: z.literal('setCoSchedule'), host: idSchema, on: z.boolean() }),
  z.strictObject({ type: z.literal('setHtFactor'), host: idSchema, factor: z.number().min(1).max(2) }),
  z.strictObject({
    type: z.literal('setVmCpu'),
    vm: idSchema,
    weight: z.int().min(1).max(65535).optional(),
    capPct: z.int().min(0).max(3200).optional(),
    vcpus: z.int().min(1).max(32).optional(),
  }),
  z.strictObject({ type: z.literal('pinVcpu'), vm: idSchema, vcpu: z.int().min(0).max(31), pcpu: z.int().min(-1).max(1023) }),
  z.strictObject({
    type: z.literal('setContainerCpu'),
    container: idSchema,
    shares: z.int().min(2).max(262_144).optional(),
    quotaMs: z.int().min(0).max(1000).optional(),
    periodMs: z.int().min(1).max(1000).optional(),
  }),
  // Storage and SAN (src/engine/storage).
  z.strictObject({ type: z.literal('createVolume'), volume: volumeSchema }),
  z.strictObject({ type: z.literal('deleteVolume'), volume: idSchema }),
  z.strictObject({ type: z.literal('setPlacementPolicy'), policy: z.enum(placementPolicies) }),
  z.strictObject({ type: z.literal('setRackAware'), on: z.boolean() }),
  z.strictObject({ type: z.literal('failArray'), array: idSchema }),
  z.strictObject({ type: z.literal('repairArray'), array: idSchema }),
  z.strictObject({ type: z.literal('failRack'), rack: idSchema }),
  z.strictObject({ type: z.literal('failDisk'), array: idSchema, disk: z.int().min(0).max(7) }),
  z.strictObject({ type: z.literal('replaceDisk'), array: idSchema }),
  z.strictObject({ type: z.literal('addArray'), array: storageArraySchema }),
  z.strictObject({ type: z.literal('rebalance') }),
  z.strictObject({ type: z.literal('setVolumeAccess'), volume: idSchema, vm: idSchema, mode: z.enum([...accessModes, 'none']) }),
  z.strictObject({ type: z.literal('accessVolume'), vm: idSchema, volume: idSchema, op: z.enum(['read', 'write']) }),
  z.strictObject({ type: z.literal('setVnicVlan'), vm: idSchema, vnic: idSchema, vlan: z.int().min(0).max(4094) }),
  // Containers lens: run from an image (pulling missing layers), modify a file (copy-on-write), move, remove.
  z.strictObject({ type: z.literal('runContainer'), container: containerSchema }),
  z.strictObject({ type: z.literal('modifyFile'), container: idSchema, path: z.string().min(1).max(200).optional() }),
  z.strictObject({ type: z.literal('moveContainer'), container: idSchema, host: idSchema }),
  z.strictObject({ type: z.literal('removeContainer'), container: idSchema }),
  // Orchestration (orchestration/commands.ts)
  z.strictObject({ type: z.literal('scaleDeployment'), deployment: idSchema, replicas: z.int().min(0).max(32).optional(), autoscale: z.boolean().optional() }),
  z.strictObject({ type: z.literal('setDeploymentLoad'), deployment: idSchema, loadM: z.int().min(0).max(1_000_000) }),
  z.strictObject({ type: z.literal('rolloutDeployment'), deployment: idSchema, version: versionSchema }),
  z.strictObject({ type: z.literal('killPod'), pod: idSchema }),
  // Cluster lens: place a VM by policy (or on a given host, with a capacity check), migrate, settings, failures.
  z.strictObject({ type: z.literal('placeVm'), vm: vmSchema.omit({ host: true }), host: idSchema.optional() }),
  z.strictObject({ type: z.literal('migrateVm'), vm: idSchema, host: idSchema }),
  z.strictObject({
    type: z.literal('configureCluster'),
    placement: z.enum(vmPlacementPolicies).optional(),
    drsEnabled: z.boolean().optional(),
    drsThresholdPct: z.int().min(5).max(100).optional(),
    linkMiBps: z.int().min(10).max(12_500).optional(),
    maxDowntimeMs: z.int().min(1).max(5000).optional(),
    fallback: z.enum(migrationFallbacks).optional(),
    ha: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('failHost'), host: idSchema }),
  z.strictObject({ type: z.literal('repairHost'), host: idSchema }),
  z.strictObject({ type: z.literal('setRebuildBandwidth'), mibps: z.int().min(1).max(100_000) }),
  z.strictObject({ type: z.literal('setTranslation'), host: idSchema, mode: z.enum(translationModes) }),
  z.strictObject({ type: z.literal('setMemoryFeature'), host: idSchema, feature: z.enum(memoryFeatures), on: z.boolean() }),
  z.strictObject({ type: z.literal('setReclaimPolicy'), host: idSchema, policy: z.enum(reclaimPolicies) }),
  z.strictObject({ type: z.literal('setGuestPolicy'), host: idSchema, policy: z.enum(reclaimPolicies) }),
  // Application virtualization (src/engine/appvirt): an app in its sandbox writes or reads a file or registry key; a sandbox is removed.
  z.strictObject({ type: z.literal('sandboxWrite'), sandbox: idSchema, path: z.string().min(1).max(96), value: z.string().max(40) }),
  z.strictObject({ type: z.literal('sandboxRead'), sandbox: idSchema, path: z.string().min(1).max(96) }),
  z.strictObject({ type: z.literal('removeSandbox'), sandbox: idSchema }),
  z.strictObject({ type: z.literal('setVmMemory'), vm: idSchema, reservationMiB: z.int().min(0).max(1_048_576).optional(), limitMiB: z.int().min(0).max(1_048_576).optional(), shares: z.int().min(0).max(1_000_000_000).optional() }),
]);

export type Command = z.output<typeof commandSchema>;
export type CommandInput = z.input<typeof commandSchema>;
export type CommandType = Command['type'];
