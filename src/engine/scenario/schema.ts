/**
 * The scenario: versioned JSON data describing a small data centre and its scripted
 * events. `scenarioSchema` checks shapes and ranges; `checkReferences` checks what a
 * shape cannot (unique ids, every reference points at something, totals stay small).
 */
import { z } from '../zod';
import { commandSchema } from '../commands';
import {
  appSandboxSchema,
  flowSchema,
  thinClientSchema,
  clusterSchema,
  containerSchema,
  hostSchema,
  raidDisksProblem,
  storageArraySchema,
  vmSchema,
  volumeSchema,
  vswitchSchema,
} from './parts';
import { checkGpuRefs, gpuSchema, vmGpuSchema } from './gpu';
import { storageSettingsSchema } from './storageSettings';
import { checkDeploymentRefs, deploymentSchema } from './orchestration';

export const SCHEMA_VERSION = 1;
/** Totals that keep any accepted scenario simulable in a browser tab. */
export const LIMITS = { hosts: 16, vms: 256, containers: 256, entities: 2048, pcpus: 1024 } as const;

export const scheduledEventSchema = z.strictObject({
  at: z.int().min(0).max(1_000_000_000),
  command: commandSchema,
});

export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  name: z.string().min(1).max(80),
  seed: z.int().min(0).max(4_294_967_295).default(1),
  hosts: z.array(hostSchema).min(1).max(LIMITS.hosts),
  vms: z.array(vmSchema.extend({ gpu: vmGpuSchema.optional() })).max(LIMITS.vms).default([]),
  containers: z.array(containerSchema).max(LIMITS.containers).default([]),
  storageArrays: z.array(storageArraySchema).max(64).default([]),
  vswitches: z.array(vswitchSchema).max(64).default([]),
  events: z.array(scheduledEventSchema).max(1000).default([]),
  storage: storageSettingsSchema.prefault({}),
  volumes: z.array(volumeSchema).max(4096).default([]),
  flows: z.array(flowSchema).max(64).default([]),
  thinClients: z.array(thinClientSchema).max(32).default([]),
  appSandboxes: z.array(appSandboxSchema).max(16).default([]),
  cluster: clusterSchema.prefault({}),
  gpus: z.array(gpuSchema).max(16).default([]),
  deployments: z.array(deploymentSchema).max(8).default([]),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScheduledEvent = z.output<typeof scheduledEventSchema>;

export interface RefIssue {
  path: (string | number)[];
  key: string;
  params: Record<string, string | number>;
  message: string;
}

function duplicates(ids: readonly string[], table: string, out: RefIssue[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) {
      out.push({ path: [table, i, 'id'], key: 'error.ref.duplicate', params: { id }, message: `duplicate id "${id}"` });
    }
    seen.add(id);
  });
}

function unknownRef(path: (string | number)[], kind: string, id: string): RefIssue {
  return { path, key: 'error.ref.unknown', params: { kind: `schema.kind.${kind}`, id }, message: `no ${kind} with id "${id}"` };
}

/** Cross-references and totals of a shape-valid scenario; an empty list means valid. */
export function checkReferences(s: Scenario): RefIssue[] {
  const out: RefIssue[] = [];
  duplicates(s.hosts.map((h) => h.id), 'hosts', out);
  duplicates(s.vms.map((v) => v.id), 'vms', out);
  duplicates(s.containers.map((c) => c.id), 'containers', out);
  duplicates(s.storageArrays.map((a) => a.id), 'storageArrays', out);
  duplicates(s.vswitches.map((w) => w.id), 'vswitches', out);
  const hosts = new Set(s.hosts.map((h) => h.id));
  const vms = new Set(s.vms.map((v) => v.id));
  s.vms.forEach((vm, i) => {
    if (!hosts.has(vm.host)) out.push(unknownRef(['vms', i, 'host'], 'host', vm.host));
  });
  s.containers.forEach((c, i) => {
    if ((c.host === undefined) === (c.vm === undefined)) {
      out.push({ path: ['containers', i], key: 'error.ref.containerPlacement', params: {}, message: 'a container needs exactly one of host or vm' });
    }
    if (c.host !== undefined && !hosts.has(c.host)) out.push(unknownRef(['containers', i, 'host'], 'host', c.host));
    if (c.vm !== undefined && !vms.has(c.vm)) out.push(unknownRef(['containers', i, 'vm'], 'vm', c.vm));
  });
  s.vswitches.forEach((w, i) => {
    if (!hosts.has(w.host)) out.push(unknownRef(['vswitches', i, 'host'], 'host', w.host));
  });
  checkVolumeReferences(s, vms, out);
  s.storageArrays.forEach((a, i) => {
    const p = a.raid === undefined ? null : raidDisksProblem(a.raid);
    if (p !== null) out.push({ path: ['storageArrays', i, 'raid', 'disks'], key: `error.raid.${p}`, params: { level: a.raid?.level ?? 0 }, message: `RAID-${a.raid?.level ?? 0} needs ${p === 'even' ? 'an even number of disks' : 'at least 3 disks'}` });
    // Its bandwidth must carry its own rated I/Os (iops x 4 KiB): the size model has no meaning below that.
    const least = Math.ceil(a.iops / 256);
    if (a.mibps !== undefined && a.mibps < least) out.push({ path: ['storageArrays', i, 'mibps'], key: 'error.storage.bandwidth', params: { iops: a.iops, least }, message: `an array rated at ${a.iops} I/O/s of 4 KiB moves at least ${least} MiB/s` });
  });
  checkNetworkRefs(s, vms, out);
  checkGpuRefs(s, out);
  checkDeploymentRefs(s, out);
  const pcpus = s.hosts.reduce((n, h) => n + h.sockets * h.coresPerSocket * h.threadsPerCore, 0);
  if (pcpus > LIMITS.pcpus) {
    out.push({ path: ['hosts'], key: 'error.limit.pcpus', params: { max: LIMITS.pcpus, value: pcpus }, message: `too many pCPUs (${pcpus} > ${LIMITS.pcpus})` });
  }
  const entities = s.vms.reduce((n, v) => n + v.vcpus, 0) + s.containers.length;
  if (entities > LIMITS.entities) {
    out.push({ path: ['vms'], key: 'error.limit.entities', params: { max: LIMITS.entities, value: entities }, message: `too many vCPUs and containers (${entities} > ${LIMITS.entities})` });
  }
  return out;
}

/** Volumes: unique ids, owners and access entries name VMs, pinned arrays exist and differ. */
function checkVolumeReferences(s: Scenario, vms: ReadonlySet<string>, out: RefIssue[]): void {
  duplicates(s.volumes.map((v) => v.id), 'volumes', out);
  const arrays = new Set(s.storageArrays.map((a) => a.id));
  s.volumes.forEach((v, i) => {
    if (v.owner !== undefined && !vms.has(v.owner)) out.push(unknownRef(['volumes', i, 'owner'], 'vm', v.owner));
    v.access.forEach((a, j) => {
      if (!vms.has(a.vm)) out.push(unknownRef(['volumes', i, 'access', j, 'vm'], 'vm', a.vm));
    });
    (v.arrays ?? []).forEach((a, j) => {
      if (!arrays.has(a)) out.push(unknownRef(['volumes', i, 'arrays', j], 'array', a));
    });
    if (v.arrays !== undefined && new Set(v.arrays).size !== v.arrays.length) {
      out.push({ path: ['volumes', i, 'arrays'], key: 'error.ref.duplicate', params: { id: v.id }, message: `volume "${v.id}" pins two replicas to one array` });
    }
  });
}

/** Flows, vNIC vSwitches, thin clients and sandboxes must point at things that exist. */
function checkNetworkRefs(s: Scenario, vms: Set<string>, out: RefIssue[]): void {
  const vnics = new Set([...s.vms.flatMap((v) => v.vnics.map((n) => n.id)), ...s.containers.flatMap((c) => c.vnics.map((n) => n.id))]);
  const switches = new Map(s.vswitches.map((w) => [w.id, w.host]));
  duplicates(s.flows.map((f) => f.id), 'flows', out);
  s.vms.forEach((vm, i) => {
    vm.vnics.forEach((n, j) => {
      if (n.vswitch === undefined) return;
      const host = switches.get(n.vswitch);
      if (host === undefined) out.push(unknownRef(['vms', i, 'vnics', j, 'vswitch'], 'vswitch', n.vswitch));
      else if (host !== vm.host) out.push({ path: ['vms', i, 'vnics', j, 'vswitch'], key: 'network.error.vswitchHost', params: { id: n.vswitch }, message: `vSwitch "${n.vswitch}" is on another host` });
    });
  });
  s.vswitches.forEach((w) => {
    if (w.vmkVlan !== undefined) vnics.add(w.id);
  });
  s.flows.forEach((f, i) => {
    if (f.from !== 'external' && !vnics.has(f.from)) out.push(unknownRef(['flows', i, 'from'], 'vnic', f.from));
    if (f.to !== 'external' && !vnics.has(f.to)) out.push(unknownRef(['flows', i, 'to'], 'vnic', f.to));
  });
  s.thinClients.forEach((c, i) => {
    if (!vms.has(c.desktop)) out.push(unknownRef(['thinClients', i, 'desktop'], 'vm', c.desktop));
  });
  s.appSandboxes.forEach((a, i) => {
    if (!vms.has(a.vm)) out.push(unknownRef(['appSandboxes', i, 'vm'], 'vm', a.vm));
  });
}
