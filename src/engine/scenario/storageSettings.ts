/**
 * A scenario's storage settings: placement, replicas, provisioning, rebuild bandwidth and
 * thin growth, with the retired `ioKiB` still read so that files and links written before
 * the I/O-size model open (their own file: parts.ts holds the shapes they share).
 */
import { z } from '../zod';
import { placementPolicies, provisioningKinds } from './parts';

const storageSettingsObject = z.strictObject({
  policy: z.enum(placementPolicies).default('most-free'),
  /** Keep replicas of one volume on distinct racks (failure domains) when there are enough racks. */
  rackAware: z.boolean().default(true),
  /** Each VM disk becomes a volume with this many replicas (at most the number of arrays). */
  diskReplicas: z.int().min(1).max(4).default(2),
  diskProvisioning: z.enum(provisioningKinds).default('thin'),
  /** Rebuild bandwidth into one array; 1024 MiB/s is about a 10 Gb/s link. */
  rebuildMiBps: z.int().min(1).max(100_000).default(1024),
  /** Thin growth per KiB written to new blocks (1 = as written; a preset's time compression, which the lens states). */
  growthScale: z.int().min(1).max(4096).optional(),
  /**
   * Retired (each issuer's own I/O size drives growth now), still read so that a file or
   * link written before opens: its thin growth of `ioKiB` per write, against the default
   * 64, becomes growthScale = ioKiB / 64 (thin-overcommit's 8192 is its 128).
   */
  ioKiB: z.int().min(4).max(65_536).optional(),
});

export const storageSettingsSchema = storageSettingsObject.transform(({ ioKiB, growthScale, ...rest }) => ({
  ...rest,
  growthScale: growthScale ?? (ioKiB === undefined ? 1 : Math.min(4096, Math.max(1, Math.round(ioKiB / 64)))),
}));

export type StorageSettings = z.output<typeof storageSettingsSchema>;
