/**
 * The enumerations a scenario is written in (workloads, hypervisor types, techniques,
 * hardware eras, CPU policies, I/O paths), shared by the parts' schemas and the engine.
 * Plain lists, no zod: the app's first screen names them (tours, lenses) without loading
 * the scenario schemas.
 */
export const workloadKinds = ['cpu-bound', 'io-bound', 'web', 'idle', 'database'] as const;
export type WorkloadKind = (typeof workloadKinds)[number];

export const hypervisorTypes = ['type1', 'type2'] as const;
export const techniques = ['binary-translation', 'paravirtual', 'hardware-assisted'] as const;
/** Hardware assistance generations: first-generation VT-x / AMD-V (2005-06, no EPT/NPT, no VPID) or modern (EPT/NPT and VPID, 2008+). */
export const hwEras = ['first-gen', 'modern'] as const;
export const cpuPolicies = ['round-robin', 'credit', 'fair-share'] as const;
/** How a VM's I/O reaches the hardware, whatever the CPU technique (virt/ioPath.ts). */
export const ioPaths = ['emulated', 'virtio', 'passthrough'] as const;
export type IoPathId = (typeof ioPaths)[number];
