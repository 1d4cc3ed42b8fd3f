/**
 * The Overview drawing's label sizes (drawing units) for layoutOverview: every row and box
 * grows from the size of the text it holds, so a label raised to the projector's floor
 * gets the room it needs. Also the one label the layout places beside something (the ready
 * queue's), measured in the language shown. Estimated widths (fitText's textWidth), so it
 * runs in Node and in the layout's tests. Pure.
 */
import type { Topology } from '../../engine';
import { NBSP, type Translate } from '../../i18n';
import type { ThemeName } from '../../store';
import { fitText, textWidth, wrapWords } from '../fitText';
import { boldPx, labelSize, READ_MIN_PX } from '../shared/labels';

/** Label sizes in drawing units, by role. */
export interface OvPx {
  /** A host's title. */
  title: number;
  /** A box's bold name (VM, engine, hypervisor, hardware, SAN, array). */
  name: number;
  /** A line of a box (app, guest OS, scheduler, container, array line). */
  small: number;
  /** Small marks (power, sockets, devices, memory, chips, pCPU cells). */
  tiny: number;
  /** A core's name. */
  core: number;
}

export interface OvText extends OvPx {
  /** Width of the ready queue's label ("Ready queue (wants a pCPU):") at `small`. */
  queueW: number;
  /** The SAN's sentence (how hosts reach it), in the language shown: broken into lines where the SAN has room. */
  pooled: string;
  /** A host's hypervisor lines in the language shown (name, scheduler, overcommit), broken into lines where the arrangement wraps them; none: one line each. */
  hypervisor?: (t: Topology, host: number) => HypervisorWords;
  /** The container engine's name and note ("shares the host kernel: no guest OS"), wrapped like the hypervisor's lines; none: one line each. */
  engine?: readonly [string, string];
  /** The words a VM's power state may be (on, booting, off) in the language shown: a VM box too narrow for its name and the widest of them on one line gives the word a line of its own; none: beside the name, cut. */
  power?: readonly string[];
  /** A VM's band labels' values (its workload, its guest OS), kept whole when the layout narrows the VMs' columns for the container engine's words; none: their names alone kept whole. */
  vmWords?: (t: Topology, vm: number) => readonly string[];
  /** A host's RAM line (at its widest) and its local disks' line, wrapped like the hypervisor's lines; none: one line each. */
  devices?: (t: Topology, host: number) => readonly [string, string];
  /** The SAN's title and an array's line, at their widest, wrapped like the hypervisor's lines; none: one line each. */
  san?: (t: Topology) => readonly [string, string];
  /**
   * The projector's composition, with fewer lines (read from the back row, labels at 14 px, so the drawing cannot
   * shrink to fit): the hypervisor says its name and its ready queue only (its scheduler and overcommit are in the
   * inspector), and the hardware's title, when one line cuts it, is read over two (`hardwareTitleLines`).
   */
  brief?: boolean;
  /** The ready queue's label and its empty line in the language shown, for the layout to wrap them in a narrow host (the projector's, a phone's). */
  queueWords?: readonly [string, string];
  /** Width of a core's name ("Core 0") at `core`, when `brief`: a core is laid out at least as wide, so its name is whole. */
  coreW?: number;
  /** A host's title in the language shown ("Host node-1 · 6 GiB RAM"), for the layout to count its lines when `brief`. */
  hostTitle?: (t: Topology, host: number) => string;
  /** A host's hardware title in the language shown ("Hardware: 1 socket × 4 cores × 2 threads"), for the layout to count its lines when `brief`. */
  hardware?: (t: Topology, host: number) => string;
}

/** A hypervisor's three lines of words: its name (type and technique), its scheduler, its overcommit. */
export type HypervisorWords = readonly [string, string, string];

/** vCPUs and host containers competing for this host's pCPUs. */
export function vcpuCount(topo: Topology, host: number): number {
  return topo.vms.reduce((n, vm) => n + (vm.host === host ? vm.vcpus : 0), 0) + topo.containers.filter((c) => c.vm < 0 && c.host === host).length;
}

/** What the hypervisor's box says for host `hi` (the layout wraps it, HostPanel draws it). */
export function hypervisorWords(t: Translate, topo: Topology, hi: number): HypervisorWords {
  const host = topo.hosts[hi];
  if (host === undefined) return ['', '', ''];
  const hv = host.hypervisor;
  const n = vcpuCount(topo, hi);
  return [
    t('overview.hypervisor', { type: t(`hvType.${hv.type}`), technique: t(`technique.${hv.technique}`) }),
    t('overview.scheduler', { policy: t(`policy.${hv.cpu.policy}`), ms: hv.cpu.timesliceMs }),
    // A ratio ("1.75 : 1") is never broken across lines.
    t('overview.overcommit', { vcpus: n, pcpus: host.pcpuCount, ratio: (n / host.pcpuCount).toFixed(2) }).replace(/(\d) : (\d)/g, `$1${NBSP}:${NBSP}$2`),
  ];
}

/** Host `hi`'s title: its name and RAM. */
export function hostTitle(t: Translate, topo: Topology, hi: number): string {
  const h = topo.hosts[hi];
  return h === undefined ? '' : t('overview.host', { host: h.name, mem: Math.round(h.memoryMiB / 1024) });
}

/** Host `hi`'s hardware title: its sockets, cores and threads. */
export function hardwareTitle(t: Translate, topo: Topology, hi: number): string {
  const h = topo.hosts[hi];
  return h === undefined ? '' : t('overview.hardware', { sockets: h.sockets, cores: h.coresPerSocket, threads: h.threadsPerCore });
}

/** Where a title may break: after `sep`, kept at the end of the line it ends (its spaces dropped there) when `keep`, else dropped. */
export interface TitleBreak {
  sep: string;
  keep: boolean;
}

/**
 * `text` in lines `maxW` wide at `px`, broken only at a separator (`breaks`, in turn: after ": " then after " × " for
 * the hardware's title, at " · " for a host's), each line as many parts as fit; a part too wide alone is wrapped at
 * spaces. One line when it fits. Never cut: the layout gives the box as many lines as this returns.
 */
export function titleLines(text: string, maxW: number, px: number, breaks: readonly TitleBreak[]): string[] {
  if (textWidth(text, px) <= maxW) return [text];
  const [br, ...rest] = breaks;
  if (br === undefined) return wrapWords(text, maxW, px);
  const parts = text.split(br.sep);
  if (parts.length === 1) return titleLines(text, maxW, px, rest);
  const end = br.keep ? br.sep.trimEnd() : '';
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const next = line === '' ? part : `${line}${br.sep}${part}`;
    if (line !== '' && textWidth(next + end, px) > maxW) {
      lines.push(line + end);
      line = part;
    } else line = next;
  }
  lines.push(line);
  return lines.flatMap((l) => (textWidth(l, px) <= maxW ? [l] : titleLines(l, maxW, px, rest)));
}

/** The hardware's title in lines (titleLines): "Hardware:" on its own line, then its sockets, cores and threads, broken after a "×". */
export const hardwareTitleLines = (title: string, maxW: number, px: number): string[] =>
  titleLines(title, maxW, px, [
    { sep: ': ', keep: true },
    { sep: ' × ', keep: true },
  ]);

/** A host's title in lines (titleLines), broken at its " · ". */
export const hostTitleLines = (title: string, maxW: number, px: number): string[] => titleLines(title, maxW, px, [{ sep: ' · ', keep: false }]);

const gib1 = (mib: number): string => (mib / 1024).toFixed(1);

/** Host `hi`'s RAM line: what its VMs use now (`usedMiB`) of its RAM, and what they were promised. */
export function hostMemoryLine(t: Translate, topo: Topology, hi: number, usedMiB: number): string {
  const promised = topo.vms.reduce((a, vm) => a + (vm.host === hi ? vm.memoryMiB : 0), 0);
  return t('overview.hostMemory', { used: gib1(usedMiB), total: gib1(topo.hosts[hi]?.memoryMiB ?? 0), promised: gib1(promised) });
}

/** Host `hi`'s local disks: how many, and their size. */
export function disksLine(t: Translate, topo: Topology, hi: number): string {
  const disks = topo.hosts[hi]?.disks ?? [];
  return t('overview.disks', { n: disks.length, gib: disks.reduce((a, d) => a + d.sizeGiB, 0) });
}

/**
 * The RAM and disks lines as wide as they get (the layout wraps them): the VMs use at most
 * what they were promised, so a figure with as many digits as the bigger of that and the RAM.
 */
function widestDevices(t: Translate, topo: Topology, hi: number): readonly [string, string] {
  const promised = topo.vms.reduce((a, vm) => a + (vm.host === hi ? vm.memoryMiB : 0), 0);
  return [hostMemoryLine(t, topo, hi, Math.max(promised, topo.hosts[hi]?.memoryMiB ?? 0)), disksLine(t, topo, hi)];
}

/** The SAN's title and an array's line as wide as they get: all of it used, every VM's disk on the array. */
function widestSan(t: Translate, topo: Topology): readonly [string, string] {
  const arrays = topo.storageArrays;
  const cap = arrays.reduce((a, x) => a + x.capacityGiB, 0);
  const most = Math.max(0, ...arrays.map((x) => x.capacityGiB));
  const names = topo.vms.map((vm) => vm.name).join(', ');
  const none = t('overview.san.noVms');
  const vms = textWidth(names, 1) > textWidth(none, 1) ? names : none;
  return [t('overview.san.title', { n: arrays.length, used: cap, cap }), t('overview.san.arrayLine', { used: most, cap: most, vms })];
}

/** The laptop's sizes, in px, as the drawing grown on a big screen keeps them; a theme's floor raises them (labels.ts). */
export const OV_PX: OvPx = { title: 13, name: 12, small: 11, tiny: 10, core: 9 };

/**
 * The sizes for a theme at a drawing scale (px per unit): raised to the theme's floor (14 px on the projector) and,
 * on every screen, to READ_MIN_PX (11 px) as drawn, since the Overview is read on laptops, tablets and phones too:
 * the boxes grow for them, and a drawing not whole so is read by scrolling, never fitted smaller (OverviewView).
 */
export function ovPx(theme: ThemeName, scale: number): OvPx {
  const at = (size: number): number => labelSize(size, theme, scale, READ_MIN_PX);
  return { title: at(OV_PX.title), name: at(OV_PX.name), small: at(OV_PX.small), tiny: at(OV_PX.tiny), core: at(OV_PX.core) };
}

/** The label sizes and words of the drawing in the language shown; `brief`: the projector's composition (OvText's brief). */
export function ovText(px: OvPx, t: Translate, brief = false): OvText {
  return {
    ...px,
    ...(brief ? { brief, hardware: (topo: Topology, hi: number) => hardwareTitle(t, topo, hi), hostTitle: (topo: Topology, hi: number) => hostTitle(t, topo, hi), coreW: textWidth(t('overview.core', { n: 10 }), px.core) } : {}),
    queueW: textWidth(t('overview.readyQueue'), px.small),
    queueWords: [t('overview.readyQueue'), t('overview.queueEmpty')] as const,
    pooled: t('overview.san.pooled'),
    hypervisor: (topo, hi) => hypervisorWords(t, topo, hi),
    engine: [t('overview.containerEngine'), t('overview.sharesKernel')],
    power: [t('power.on'), t('power.booting'), t('power.off')],
    vmWords: (topo, i) => {
      const vm = topo.vms[i];
      return vm === undefined ? [] : [t(`workload.${vm.workload}`), t(`guestOs.${vm.guestOs}`)];
    },
    devices: (topo, hi) => widestDevices(t, topo, hi),
    san: (topo) => widestSan(t, topo),
  };
}

/** The laptop's text in English: for callers that have no language (tests of the geometry alone). */
export const OV_TEXT: OvText = {
  ...OV_PX,
  queueW: textWidth('Ready queue (wants a pCPU):', OV_PX.small),
  pooled: 'Hosts reach the pool over the fabric (line on the right); each VM disk is a volume here (dashed lines).',
};

/**
 * Whether a VM box `w` wide has its power state beside its name, on one line: when its name
 * whole and the widest of the power words (`tx.power`) fit there, or the layout was given no
 * power words. Else the word has a line of its own under the name (layoutOverview), so it
 * is read whole ("booting" cut to "boot…" is no word).
 */
export function powerBeside(name: string, w: number, tx: Pick<OvText, 'name' | 'tiny' | 'power'>): boolean {
  const power = tx.power;
  if (power === undefined || power.length === 0) return true;
  return textWidth(name, boldPx(tx.name)) + 8 + Math.max(...power.map((p) => textWidth(p, tx.tiny))) <= w - 10 + 1e-9;
}

/**
 * What a VM's name line shows in a box `w` wide, its power state beside it: the name first,
 * whole when it fits; the power state gives way (cut, or left out when under three letters'
 * room is left: the inspector still says it, and an off VM's vCPU chips are grey). A box the
 * layout gave the power word a line of its own (`powerBeside`) draws it there instead.
 */
export function nameLine(name: string, power: string, w: number, tx: Pick<OvText, 'name' | 'tiny'>): { name: string; power: string } {
  const full = w - 10;
  const nameW = textWidth(name, boldPx(tx.name));
  const powerRoom = full - 8 - nameW;
  const shownPower = textWidth(power, tx.tiny) <= powerRoom ? power : powerRoom >= 3 * tx.tiny ? fitText(power, powerRoom, tx.tiny) : '';
  const nameRoom = shownPower === '' ? full : full - 8 - textWidth(shownPower, tx.tiny);
  return { name: fitText(name, nameRoom, boldPx(tx.name)), power: shownPower };
}

/**
 * A band's label cut to `max` units at `px`: the whole text when it fits; else its `short`
 * form (the value without its "App:" or "Guest OS:" lead), whole or cut.
 */
export function bandLabel(text: string, short: string | undefined, max: number, px: number): string {
  return fitText(short !== undefined && textWidth(text, px) > max ? short : text, max, px);
}
