/**
 * Instances on request (the notes' 응용성: a client asks for an instance that meets its
 * conditions): the catalogue of instance types and templates, and how a disk is cloned
 * from a template. Numbers are illustrative (docs/model.md): a full clone copies the
 * template's used data at CLONE_MIBPS; a linked clone makes a copy-on-write delta disk
 * over the template's in LINKED_CLONE_MS and then grows as the guest writes.
 */
export const instanceTypes = ['small', 'medium', 'large'] as const;
export type InstanceTypeId = (typeof instanceTypes)[number];
export const INSTANCE_TYPES: Readonly<Record<InstanceTypeId, { vcpus: number; memoryMiB: number; diskGiB: number }>> = {
  small: { vcpus: 1, memoryMiB: 2048, diskGiB: 20 },
  medium: { vcpus: 2, memoryMiB: 4096, diskGiB: 40 },
  large: { vcpus: 4, memoryMiB: 8192, diskGiB: 80 },
};

export const templates = ['ubuntu-22.04', 'windows-2022'] as const;
export type TemplateId = (typeof templates)[number];
export const TEMPLATES: Readonly<Record<TemplateId, { guestOs: 'linux' | 'windows'; usedGiB: number }>> = {
  'ubuntu-22.04': { guestOs: 'linux', usedGiB: 8 },
  'windows-2022': { guestOs: 'windows', usedGiB: 16 },
};

export const cloneKinds = ['full', 'linked'] as const;
export type CloneKind = (typeof cloneKinds)[number];

/** Copying a template's data for a full clone (MiB/s: a datastore copy, illustrative). */
export const CLONE_MIBPS = 400;
/** Making a linked clone: a snapshot of the template and an empty delta disk (ms, illustrative). */
export const LINKED_CLONE_MS = 500;
/** A running linked clone's delta disk grows as its guest writes (MiB/s, illustrative). */
export const LINKED_DELTA_MIBPS = 2;
/** Clones the provisioner runs at once; later requests wait in the queue. */
export const CLONES_AT_ONCE = 2;
export const INSTANCE_QUEUE_MAX = 32;

/** How long a clone of `template` takes (ms). */
export function cloneMs(template: TemplateId, clone: CloneKind): number {
  return clone === 'linked' ? LINKED_CLONE_MS : Math.round(((TEMPLATES[template].usedGiB * 1024) / CLONE_MIBPS) * 1000);
}
