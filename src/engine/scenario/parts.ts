/**
 * Zod schemas for the parts of a scenario (hosts, hypervisors, VMs, containers,
 * arrays, vSwitches). Objects are strict: an unknown field is an error, never kept,
 * so imported data cannot smuggle `constructor` or `__proto__` through. Defaults
 * make hand-written scenarios short; the parsed output always has every field.
 * Limits keep any accepted scenario small enough to simulate in a browser tab.
 */
import { z } from 'zod';

// A strict CSP forbids eval; zod's JIT path uses `new Function`, so turn it off.
z.config({ jitless: true });

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
export const idSchema = z.string().regex(ID_PATTERN);
export const nameSchema = z.string().min(1).max(64);

export const workloadKinds = ['cpu-bound', 'io-bound', 'web', 'idle', 'database'] as const;
export const workloadSchema = z.enum(workloadKinds);
export type WorkloadKind = z.output<typeof workloadSchema>;

export const hypervisorTypes = ['type1', 'type2'] as const;
export const techniques = ['binary-translation', 'paravirtual', 'hardware-assisted'] as const;
export const cpuPolicies = ['round-robin'] as const;

/**
 * Optional memory-virtualization settings (all defaulted, so older scenarios stay valid).
 * Numbers from DOMAIN.md "Memory": between-VM sharing off by default (salting since 2015),
 * hardware-assisted hosts use nested paging (EPT/NPT).
 */
export const translationModes = ['shadow', 'nested'] as const;
export const reclaimPolicies = ['fifo', 'lru', 'clock', 'rand'] as const;
const memoryOptions = {
  translation: z.enum(translationModes).default('nested'),
  largePages: z.boolean().default(false),
  /** TLB entries per vCPU, and whether they are tagged (VPID/ASID) so a switch need not flush them. */
  tlbEntries: z.int().min(4).max(1536).default(64),
  taggedTlb: z.boolean().default(true),
  interVmSharing: z.boolean().default(false),
  compression: z.boolean().default(true),
  idleMemoryTax: z.boolean().default(false),
  policy: z.enum(reclaimPolicies).default('clock'),
  /** The guest's policy for which working-set page it gives the balloon once its page cache is gone. */
  guestPolicy: z.enum(reclaimPolicies).default('lru'),
  /** MiB one model page stands for; 0 = automatic (the smallest power of two giving at most 1024 frames a host). */
  pageMiB: z.int().min(0).max(4096).default(0),
  /** 0 = ESXi's minFree formula (899 MB for the first 28 GB plus 1 % of the rest). */
  minFreeMiB: z.int().min(0).max(1_048_576).default(0),
};

export const hypervisorSchema = z.strictObject({
  type: z.enum(hypervisorTypes).default('type1'),
  technique: z.enum(techniques).default('hardware-assisted'),
  cpu: z
    .strictObject({
      policy: z.enum(cpuPolicies).default('round-robin'),
      /** Xen Credit's default timeslice is 30 ms (DOMAIN.md, CPU scheduling). */
      timesliceMs: z.int().min(1).max(100).default(30),
    })
    .prefault({}),
  memory: z
    .strictObject({
      /** Transparent page sharing inside a VM is on by default (DOMAIN.md, Memory). */
      pageSharing: z.boolean().default(true),
      ballooning: z.boolean().default(true),
      /** Memory lens: the translation scheme, reclaim policy and overcommit ladder (memoryOptions above). */
      ...memoryOptions,
    })
    .prefault({}),
});

export const diskSchema = z.strictObject({
  id: idSchema,
  sizeGiB: z.int().min(1).max(65536),
});

export const hostSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  sockets: z.int().min(1).max(8),
  coresPerSocket: z.int().min(1).max(64),
  /** 1, or 2 with hyperthreading. */
  threadsPerCore: z.int().min(1).max(2),
  memoryMiB: z.int().min(256).max(4_194_304),
  nics: z.int().min(1).max(8).default(2),
  disks: z.array(diskSchema).max(16).default([]),
  hypervisor: hypervisorSchema.prefault({}),
});

export const vnicSchema = z.strictObject({
  id: idSchema,
  vswitch: idSchema.optional(),
  vlan: z.int().min(0).max(4094).default(0),
});

export const vmSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  host: idSchema,
  vcpus: z.int().min(1).max(32),
  /** Xen Credit default weight 256, range 1-65535 (DOMAIN.md). */
  weight: z.int().min(1).max(65535).default(256),
  /** Cap in % of one pCPU; 0 means no cap (DOMAIN.md). */
  capPct: z.int().min(0).max(3200).default(0),
  memoryMiB: z.int().min(64).max(1_048_576),
  guestOs: z.enum(['linux', 'windows', 'bsd']).default('linux'),
  disks: z.array(diskSchema).max(16).default([]),
  vnics: z.array(vnicSchema).max(8).default([]),
  workload: workloadSchema.default('web'),
  autostart: z.boolean().default(true),
});

export const containerSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  /** Exactly one of host (bare-metal container) or vm (container inside a VM). */
  host: idSchema.optional(),
  vm: idSchema.optional(),
  image: z.string().min(1).max(128),
  cpuShares: z.int().min(2).max(262_144).default(1024),
  cpuQuotaMs: z.int().min(0).max(1000).default(0),
  cpuPeriodMs: z.int().min(1).max(1000).default(100),
  memoryLimitMiB: z.int().min(0).max(1_048_576).default(0),
  workload: workloadSchema.default('web'),
  autostart: z.boolean().default(true),
});

export const storageArraySchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  capacityGiB: z.int().min(1).max(10_000_000),
  iops: z.int().min(1).max(10_000_000),
  latencyMs: z.number().min(0.01).max(1000),
  rack: idSchema.default('rack-1'),
});

export const vswitchSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  host: idSchema,
  vlans: z.array(z.int().min(0).max(4094)).max(64).default([0]),
  uplinks: z.int().min(0).max(8).default(1),
});

export type HostSpec = z.output<typeof hostSchema>;
export type HypervisorSpec = z.output<typeof hypervisorSchema>;
export type VmSpec = z.output<typeof vmSchema>;
export type VmSpecInput = z.input<typeof vmSchema>;
export type ContainerSpec = z.output<typeof containerSchema>;
export type StorageArraySpec = z.output<typeof storageArraySchema>;
export type VswitchSpec = z.output<typeof vswitchSchema>;
