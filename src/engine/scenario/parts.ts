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
  /** Network interfaces (the network lens); optional. */
  vnics: z.array(vnicSchema).max(8).default([]),
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
  /**
   * VLAN of the host's VMkernel port on this vSwitch (management, live-migration traffic);
   * optional. A flow may name the vSwitch's id as an endpoint to mean this port.
   */
  vmkVlan: z.int().min(0).max(4094).optional(),
});

export type HostSpec = z.output<typeof hostSchema>;
export type HypervisorSpec = z.output<typeof hypervisorSchema>;
export type VmSpec = z.output<typeof vmSchema>;
export type VmSpecInput = z.input<typeof vmSchema>;
export type ContainerSpec = z.output<typeof containerSchema>;
export type StorageArraySpec = z.output<typeof storageArraySchema>;
export type VswitchSpec = z.output<typeof vswitchSchema>;

/** Protocols a traffic flow can carry (the network lens colours and marks each one). */
export const protocols = ['http', 'sql', 'replication', 'migration', 'storage', 'display'] as const;
export const protocolSchema = z.enum(protocols);
export type Protocol = z.output<typeof protocolSchema>;

/**
 * A traffic flow between two vNICs (or a vSwitch's VMkernel port), or between one and "external" (clients on the
 * physical network: browsers, thin clients). Optional: a scenario without flows gets
 * one flow per vNIC to external clients, from its VM's workload.
 */
export const flowSchema = z.strictObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  protocol: protocolSchema.default('http'),
  /** Bursts per simulated second (each dot in the network lens is one burst). */
  perSecond: z.int().min(1).max(200).default(10),
  /** Optional window (ticks) outside which the flow is silent, e.g. one live migration. */
  startAt: z.int().min(0).max(1_000_000_000).optional(),
  stopAt: z.int().min(0).max(1_000_000_000).optional(),
});
export type FlowSpec = z.output<typeof flowSchema>;

/** VDI: a thin client on the network that shows a desktop VM running in the data centre. */
export const thinClientSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  desktop: idSchema,
});
export type ThinClientSpec = z.output<typeof thinClientSchema>;

/** Application virtualization: an app packaged in a sandbox layer inside a VM, writes redirected. */
export const appSandboxSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  vm: idSchema,
  /** Paths and registry keys the app writes; the sandbox redirects each one into its own layer. */
  writes: z.array(z.string().min(1).max(96)).max(8).default([]),
});
export type AppSandboxSpec = z.output<typeof appSandboxSchema>;
