/**
 * Commands: every change a user (or a scripted scenario event) can ask of the engine.
 * One zod schema validates them wherever they come from (UI, postMessage, imported
 * scenario); `applyCommand` decides whether the running world can take them.
 */
import { z } from 'zod';
import { hypervisorTypes, idSchema, techniques, vmSchema, workloadSchema } from './scenario/parts';
import { accessModes, placementPolicies, storageArraySchema, volumeSchema } from './scenario/parts';

export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('startVm'), vm: idSchema }),
  z.strictObject({ type: z.literal('stopVm'), vm: idSchema }),
  z.strictObject({ type: z.literal('setWorkload'), vm: idSchema, workload: workloadSchema }),
  z.strictObject({ type: z.literal('setHypervisorType'), host: idSchema, hvType: z.enum(hypervisorTypes) }),
  z.strictObject({ type: z.literal('setTechnique'), host: idSchema, technique: z.enum(techniques) }),
  z.strictObject({ type: z.literal('setTimeslice'), host: idSchema, ms: z.int().min(1).max(100) }),
  z.strictObject({ type: z.literal('addVm'), vm: vmSchema }),
  z.strictObject({ type: z.literal('removeVm'), vm: idSchema }),
  z.strictObject({ type: z.literal('startContainer'), container: idSchema }),
  z.strictObject({ type: z.literal('stopContainer'), container: idSchema }),
  // Storage and SAN (src/engine/storage).
  z.strictObject({ type: z.literal('createVolume'), volume: volumeSchema }),
  z.strictObject({ type: z.literal('deleteVolume'), volume: idSchema }),
  z.strictObject({ type: z.literal('setPlacementPolicy'), policy: z.enum(placementPolicies) }),
  z.strictObject({ type: z.literal('setRackAware'), on: z.boolean() }),
  z.strictObject({ type: z.literal('failArray'), array: idSchema }),
  z.strictObject({ type: z.literal('repairArray'), array: idSchema }),
  z.strictObject({ type: z.literal('failRack'), rack: idSchema }),
  z.strictObject({ type: z.literal('addArray'), array: storageArraySchema }),
  z.strictObject({ type: z.literal('rebalance') }),
  z.strictObject({ type: z.literal('setVolumeAccess'), volume: idSchema, vm: idSchema, mode: z.enum([...accessModes, 'none']) }),
  z.strictObject({ type: z.literal('accessVolume'), vm: idSchema, volume: idSchema, op: z.enum(['read', 'write']) }),
  z.strictObject({ type: z.literal('setRebuildBandwidth'), mibps: z.int().min(1).max(100_000) }),
]);

export type Command = z.output<typeof commandSchema>;
export type CommandInput = z.input<typeof commandSchema>;
export type CommandType = Command['type'];
