/**
 * Which of the notes' three kinds of virtualization a scenario shows (server, desktop
 * VDI, application), and the pure facts the Overview's kinds panel draws: for VDI, per
 * thin client where its desktop's processing and data actually are; for application
 * virtualization, where each of the app's writes lands with and without the sandbox.
 */
import type { Scenario, Snapshot } from '../../../engine';

export type Kind = 'server' | 'vdi' | 'app';

export function kindOf(s: Scenario): Kind {
  if (s.thinClients.length > 0) return 'vdi';
  if (s.appSandboxes.length > 0) return 'app';
  return 'server';
}

export interface DesktopFacts {
  client: string;
  vm: string;
  vmIndex: number;
  host: string;
  power: number;
  /** Mean recent utilisation of the desktop's vCPUs (0..1): the processing, in the data centre. */
  util: number;
  diskGiB: number;
  storage: string;
  /** Display bursts sent to the client so far (the only thing that reaches it). */
  screens: number;
}

export function desktopFacts(s: Scenario, snap: Snapshot): DesktopFacts[] {
  const topo = snap.topology;
  return s.thinClients.map((c) => {
    const vmIndex = topo.vms.findIndex((v) => v.id === c.desktop);
    const vm = topo.vms[vmIndex];
    let util = 0;
    if (vm !== undefined) for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) util += (snap.ent.util[e] ?? 0) / vm.vcpus;
    const nic = s.vms.find((v) => v.id === c.desktop)?.vnics[0]?.id;
    const flows = snap.net.graph.flows;
    let screens = 0;
    flows.forEach((f, i) => {
      if (snap.net.graph.nodes[f.src]?.id === nic && snap.net.graph.nodes[f.dst]?.kind === 'ext') screens += snap.net.flowStats[i * 3 + 1] ?? 0;
    });
    return {
      client: c.name,
      vm: vm?.name ?? c.desktop,
      vmIndex,
      host: topo.hosts[vm?.host ?? -1]?.name ?? '?',
      power: snap.vms.power[vmIndex] ?? 0,
      util,
      diskGiB: vm?.disks.reduce((n, d) => n + d.sizeGiB, 0) ?? 0,
      storage: topo.storageArrays[0]?.name ?? topo.hosts[vm?.host ?? -1]?.name ?? '?',
      screens,
    };
  });
}

export interface WriteFact {
  /** Where the app asked to write. */
  path: string;
  /** Where the write really lands. */
  landsAt: string;
  /** Whether the guest OS's own files or registry were changed. */
  touchesOs: boolean;
}

/** Where an app's writes land: inside the sandbox layer when virtualized, in the OS when installed. */
export function writeFacts(sandboxId: string, writes: readonly string[], virtualized: boolean): WriteFact[] {
  return writes.map((path) => {
    if (!virtualized) return { path, landsAt: path, touchesOs: true };
    const clean = path.replace(/^([A-Za-z]):\\/, '$1\\').replace(/^HK(LM|CU)\\/, 'Registry\\HK$1\\');
    return { path, landsAt: `\\Sandbox\\${sandboxId}\\${clean}`, touchesOs: false };
  });
}
