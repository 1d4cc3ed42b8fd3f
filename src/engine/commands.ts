/**
 * Commands: every change a user (or a scripted scenario event) can ask of the engine.
 * One zod schema validates them wherever they come from (UI, postMessage, imported
 * scenario); `applyCommand` decides whether the running world can take them.
 */
import { z } from 'zod';
import { hypervisorTypes, idSchema, techniques, vmSchema, workloadSchema } from './scenario/parts';
import { reclaimPolicies, translationModes } from './scenario/parts';

/** Memory features a student can switch per host (the memory lens). */
export const memoryFeatures = ['pageSharing', 'interVmSharing', 'ballooning', 'compression', 'largePages', 'taggedTlb', 'idleMemoryTax'] as const;

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
  z.strictObject({ type: z.literal('setTranslation'), host: idSchema, mode: z.enum(translationModes) }),
  z.strictObject({ type: z.literal('setMemoryFeature'), host: idSchema, feature: z.enum(memoryFeatures), on: z.boolean() }),
  z.strictObject({ type: z.literal('setReclaimPolicy'), host: idSchema, policy: z.enum(reclaimPolicies) }),
  z.strictObject({ type: z.literal('setGuestPolicy'), host: idSchema, policy: z.enum(reclaimPolicies) }),
]);

export type Command = z.output<typeof commandSchema>;
export type CommandInput = z.input<typeof commandSchema>;
export type CommandType = Command['type'];
