/**
 * Commands: every change a user (or a scripted scenario event) can ask of the engine.
 * One zod schema validates them wherever they come from (UI, postMessage, imported
 * scenario); `applyCommand` decides whether the running world can take them.
 */
import { z } from 'zod';
import { hypervisorTypes, idSchema, techniques, vmSchema, workloadSchema } from './scenario/parts';
import { containerSchema } from './scenario/parts';
import { placementPolicies } from './cluster/placement';
import { migrationFallbacks } from './cluster/precopy';

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
  // Containers lens: run from an image (pulling missing layers), modify a file (copy-on-write), move, remove.
  z.strictObject({ type: z.literal('runContainer'), container: containerSchema }),
  z.strictObject({ type: z.literal('modifyFile'), container: idSchema, path: z.string().min(1).max(200).optional() }),
  z.strictObject({ type: z.literal('moveContainer'), container: idSchema, host: idSchema }),
  z.strictObject({ type: z.literal('removeContainer'), container: idSchema }),
  // Cluster lens: place a VM by policy (or on a given host, with a capacity check), migrate, settings, failures.
  z.strictObject({ type: z.literal('placeVm'), vm: vmSchema.omit({ host: true }), host: idSchema.optional() }),
  z.strictObject({ type: z.literal('migrateVm'), vm: idSchema, host: idSchema }),
  z.strictObject({
    type: z.literal('configureCluster'),
    placement: z.enum(placementPolicies).optional(),
    drsEnabled: z.boolean().optional(),
    drsThresholdPct: z.int().min(5).max(100).optional(),
    linkMiBps: z.int().min(10).max(12_500).optional(),
    maxDowntimeMs: z.int().min(1).max(5000).optional(),
    fallback: z.enum(migrationFallbacks).optional(),
    ha: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('failHost'), host: idSchema }),
  z.strictObject({ type: z.literal('repairHost'), host: idSchema }),
]);

export type Command = z.output<typeof commandSchema>;
export type CommandInput = z.input<typeof commandSchema>;
export type CommandType = Command['type'];
