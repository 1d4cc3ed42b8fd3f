/**
 * The pure facts the Overview's kinds panels draw (which kind a scenario shows is in
 * kind.ts, read at once; these load with the panels): for VDI, per
 * thin client where its desktop's processing and data actually are; for application
 * virtualization, the OS layer and each sandbox's layer over it (from the snapshot's
 * appvirt part): which OS entries a sandbox's copy hides, and what each app reads at a path.
 */
import { OS_BASE, resolveSandboxPath, samePath, type AppVirtSnapshot, type ReadFrom, type SandboxSnapshot, type Scenario, type Snapshot } from '../../../engine';

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

export interface OsRow {
  path: string;
  value: string;
  /** Whether it is exactly as the OS was installed (OS_BASE). */
  same: boolean;
  /** Sandboxes whose own copy hides it from their app. */
  hiddenFrom: string[];
  /** Sandboxes whose latest read fell through to it. */
  readBy: string[];
}

/** What one app sees at one path: its own copy (in its layer), the OS's through the layer, or nothing. */
export interface SeesCell {
  value: string | null;
  from: ReadFrom;
}

export interface SandboxFacts {
  vm: string;
  boxes: SandboxSnapshot[];
  os: OsRow[];
  /** How many OS entries are exactly as installed. */
  same: number;
  /** The paths any sandbox holds (in order of first write): the rows every sandbox's card shows, aligned. */
  paths: string[];
  /** Per sandbox (in order), per path: what its app sees there; null once the sandbox is removed. */
  sees: (SeesCell[] | null)[];
}

/** Per VM with sandboxes, the layers as the panel draws them, all from the snapshot. */
export function sandboxFacts(part: AppVirtSnapshot): SandboxFacts[] {
  return part.os.map(({ vm, entries }) => {
    const boxes = part.boxes.filter((b) => b.vm === vm);
    const os = entries.map((e, i): OsRow => ({
      path: e.path,
      value: e.value,
      same: OS_BASE[i]?.path === e.path && OS_BASE[i]?.value === e.value,
      hiddenFrom: boxes.filter((b) => b.layer.some((x) => samePath(x.path, e.path))).map((b) => b.name),
      readBy: boxes.filter((b) => b.lastRead?.from === 'os' && samePath(b.lastRead.path, e.path)).map((b) => b.name),
    }));
    const paths: string[] = [];
    for (const b of boxes) for (const x of b.layer) if (!paths.some((p) => samePath(p, x.path))) paths.push(x.path);
    const sees = boxes.map((b) => (b.removed ? null : paths.map((p) => resolveSandboxPath(b.layer, entries, p))));
    return { vm, boxes, os, same: entries.length === OS_BASE.length ? os.filter((r) => r.same).length : 0, paths, sees };
  });
}

/** A path short enough for a card: its root and its last part ("C:\…\settings.ini", "HKLM\…\Version"). */
export function shortPath(path: string): string {
  const parts = path.split('\\');
  return parts.length <= 2 ? path : `${parts[0]}\\…\\${parts.at(-1) ?? ''}`;
}
