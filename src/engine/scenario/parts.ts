/**
 * Zod schemas for the parts of a scenario (hosts, hypervisors, VMs, containers,
 * arrays, vSwitches). Objects are strict: an unknown field is an error, never kept,
 * so imported data cannot smuggle `constructor` or `__proto__` through. Defaults
 * make hand-written scenarios short; the parsed output always has every field.
 * Limits keep any accepted scenario small enough to simulate in a browser tab.
 */
import { z } from '../zod';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
export const idSchema = z.string().regex(ID_PATTERN);
export const nameSchema = z.string().min(1).max(64);

export * from './kinds';
export * from './raidSpec';
import { raidSpecSchema } from './raidSpec';
import { workloadKinds, hypervisorTypes, techniques, hwEras, cpuPolicies, ioPaths } from './kinds';

export const workloadSchema = z.enum(workloadKinds);
export const ioQueueDepthSchema = z.int().min(1).max(256);

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
  idleMemoryTax: z.boolean().default(true),
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
  /** Which VT-x / AMD-V generation hardware assistance runs on (DOMAIN.md, consequences). */
  hwEra: z.enum(hwEras).default('modern'),
  cpu: z
    .strictObject({
      policy: z.enum(cpuPolicies).default('round-robin'),
      /** Xen Credit's default timeslice is 30 ms (DOMAIN.md, CPU scheduling). */
      timesliceMs: z.int().min(1).max(100).default(30),
      /** Relaxed co-scheduling of multi-vCPU VMs (ESXi style); absent = off. */
      coSchedule: z.boolean().optional(),
      /** Throughput of two busy sibling hyperthreads relative to one core; absent = 1.25 (DOMAIN.md). */
      htFactor: z.number().min(1).max(2).optional(),
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
  /** Speed of the host's physical NIC in Gb/s (10 GbE by default; 1 Gb/s = 125 MiB/s here, as elsewhere). Every uplink of the host shares it. */
  nicGbps: z.int().min(1).max(400).default(10),
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
  /**
   * Memory reservation, MiB: what placement, DRS and HA admission count for it, and what
   * reclaim never takes it below (vSphere's default is 0, so configured memory may be
   * overcommitted; capped at memoryMiB; setVmMemory changes it).
   */
  reservationMiB: z.int().min(0).max(1_048_576).default(0),
  guestOs: z.enum(['linux', 'windows', 'bsd']).default('linux'),
  disks: z.array(diskSchema).max(16).default([]),
  vnics: z.array(vnicSchema).max(8).default([]),
  workload: workloadSchema.default('web'),
  autostart: z.boolean().default(true),
  /** Pinning (affinity): per vCPU, the host-local pCPU it may run on, or -1 for any; absent = none. */
  pin: z.array(z.int().min(-1).max(1023)).max(32).optional(),
  /** Memory limit, MiB (0 = unlimited): the hypervisor never lets the VM hold more, even with memory free. */
  memLimitMiB: z.int().min(0).max(1_048_576).default(0),
  /** Memory shares (0 = normal: 10 per configured MiB, ESXi's default), weighing whom reclaim takes from. */
  memShares: z.int().min(0).max(1_000_000_000).default(0),
  /** Its I/O path (absent: its host technique's usual device: virtio under paravirtualization, else emulated). */
  ioPath: z.enum(ioPaths).optional(),
  /** Its I/O queue depth: a virtio driver notifies once per this many requests (absent: 8). */
  ioQueueDepth: ioQueueDepthSchema.optional(),
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
  /** The deployment this container is a replica (pod) of, set by the orchestrator: removing the deployment removes it (Kubernetes' owner reference). */
  deployment: idSchema.optional(),
});

export const storageArraySchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  capacityGiB: z.int().min(1).max(10_000_000),
  iops: z.int().min(1).max(10_000_000),
  latencyMs: z.number().min(0.01).max(1000),
  /** Bandwidth, MiB/s; without it the array's IOPS x 64 KiB (storage/period.ts, defaultMiBps). */
  mibps: z.int().min(1).max(10_000_000).optional(),
  rack: idSchema.default('rack-1'),
  raid: raidSpecSchema.optional(),
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

// ---- storage virtualization and SAN (issue 5) ----
/** Where new replicas go: the notes' "most free space", round robin, or weighted rendezvous hashing (straw2-like). */
export const placementPolicies = ['most-free', 'round-robin', 'hashing'] as const;
export type PlacementPolicy = (typeof placementPolicies)[number];
export const provisioningKinds = ['thick', 'thin'] as const;
export const accessModes = ['rw', 'ro'] as const;

export const volumeAccessSchema = z.strictObject({ vm: idSchema, mode: z.enum(accessModes) });

export const volumeSchema = z.strictObject({
  id: idSchema,
  name: nameSchema.optional(),
  sizeGiB: z.int().min(1).max(65536),
  provisioning: z.enum(provisioningKinds).default('thick'),
  /** Copies kept on distinct arrays (and racks, when there are enough). */
  replicas: z.int().min(1).max(4).default(2),
  /** The VM that uses it as its disk (read-write); others need an access entry. */
  owner: idSchema.optional(),
  access: z.array(volumeAccessSchema).max(16).default([]),
  /** Share already written, in %: a thin volume allocates only this much. */
  writtenPct: z.int().min(0).max(100).default(25),
  /** Pin the replicas to these arrays (a scenario's history); otherwise the policy places them. */
  arrays: z.array(idSchema).max(4).optional(),
});

export type VolumeSpec = z.output<typeof volumeSchema>;
export type VolumeSpecInput = z.input<typeof volumeSchema>;
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
  /**
   * Bandwidth the flow carries, MiB/s, when it is more than its dots (a backup stream):
   * by default perSecond x its protocol's burst size. Each dot stands for a burst of it.
   */
  mibps: z.number().min(0.01).max(50_000).optional(),
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
/** Where a new or restarted VM goes (cluster/placement.ts explains each). */
export const vmPlacementPolicies = ['first-fit', 'best-fit', 'worst-fit', 'spread'] as const;
export type VmPlacementPolicy = (typeof vmPlacementPolicies)[number];
/** What a live migration does when pre-copy does not converge (cluster/precopy.ts). */
export const migrationFallbacks = ['auto-converge', 'stop-and-copy'] as const;
export type MigrationFallback = (typeof migrationFallbacks)[number];

/** Cluster behaviour (placement, DRS balancing, live migration, HA); optional, with defaults. */
export const clusterSchema = z.strictObject({
  placement: z.enum(vmPlacementPolicies).default('first-fit'),
  drs: z
    .strictObject({
      enabled: z.boolean().default(false),
      /** Act when hosts' CPU or memory load differ by more than this many percentage points. */
      thresholdPct: z.int().min(5).max(100).default(25),
    })
    .prefault({}),
  migration: z
    .strictObject({
      /** 10 GbE carries about 1250 MiB/s. */
      linkMiBps: z.int().min(10).max(12_500).default(1250),
      /** QEMU's default allowed downtime is 300 ms; a tighter 50 ms shows the rounds. */
      maxDowntimeMs: z.int().min(1).max(5000).default(50),
      fallback: z.enum(migrationFallbacks).default('auto-converge'),
    })
    .prefault({}),
  ha: z.boolean().default(true),
});
export type ClusterSpec = z.output<typeof clusterSchema>;
