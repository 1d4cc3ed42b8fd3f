/**
 * One host's hardware in the Overview: sockets, cores and their pCPU cells, the memory and
 * its bar, the disks and NICs, laid out for a width (layoutOverview places it under the
 * hypervisor). A cell is as wide as the names of what may run on it where that fits.
 */
import type { HostTopo, Topology } from '../../engine';
import type { Rect } from '../shared/geometry';
import { lineH } from '../shared/labels';
import { textWidth, wrappedRows } from '../fitText';
import { L } from './guestRow';
import type { HostBox } from './layoutOverview';
import type { OvText } from './ovText';

/**
 * The widest a core is drawn (drawing units): 140, or 14 of the smallest labels' letters where those are larger, on
 * every screen (tx.tiny is 11 units off the projector at a scale of 1, the 11 px label floor, so 154 there; 10.4 at
 * the projector's 1.35 scale, so 145.6). Its cells hold a name of at most (coreMaxW - 8) / threads per core: VDI's
 * "desktop-1" whole at the projector.
 */
const coreMaxW = (tx: OvText): number => Math.max(140, 14 * tx.tiny);

/**
 * The hardware at (x, y), `w` wide: sockets left, local devices right, RAM above the devices. When `words` are given
 * (its lines wrapped), the least tall of: that, the sockets only as wide as their cores need, and the RAM line across
 * the top (its bar still above the devices).
 */
export function layoutHardware(h: HostTopo, x: number, y: number, w: number, tx: OvText, words?: readonly [string, string], cellW = 0): Pick<HostBox, 'sockets' | 'memory' | 'memoryLabelY' | 'memoryBar' | 'devices' | 'deviceLines' | 'deviceRows'> & { height: number } {
  // A thread cell wide enough for a few letters of what runs on it.
  const threadMin = Math.max(L.thread.minW, 3.2 * tx.tiny);
  const few = hardwareShape(h, w, tx, threadMin, w * 0.6, words);
  // Wide enough for the whole name of every vCPU of the host's VMs (cellLabel's first form) when that cuts no word the
  // other shape does not, and costs at most 2 units of height at the projector (its drawing is fitted at 14 px: VDI's
  // "desktop-1" cells, its RAM line across the top: the whole layout 426 units tall where it was 425), at most a quarter of
  // the hardware's elsewhere: the sockets take up to 4/5 of the width, the RAM and the devices the rest, or all of it
  // with them under it (a data centre's 8 rows of cores read "vm-29:2" where they read "…29:2"; on a phone its RAM and
  // disks go under the sockets, 80 units taller of 320).
  if (cellW > threadMin && cellW * h.threadsPerCore + 8 <= coreMaxW(tx)) {
    const whole = hardwareShape(h, w, tx, cellW, null, words);
    if (whole.height <= (tx.brief === true ? few.height + 2 : few.height * 1.25) && (whole.fits || !few.fits)) return placeHardware(h, x, y, w, tx, whole);
  }
  return placeHardware(h, x, y, w, tx, few);
}

/** What layoutHardware chose: the sockets' width, the cores' least width, the side column, the heights and the lines' rows. */
interface HardwareShape {
  cpuW: number;
  coreMin: number;
  sideW: number;
  sockH: number;
  rows: [number, number];
  height: number;
  across: boolean;
  below: boolean;
  /** Whether every word of its RAM and disks lines fits its column (a phone's RAM line cut "3.0/256.…" beside wider cells). */
  fits: boolean;
}

/**
 * The least tall shape of the hardware with cells at least `threadMin` wide: the sockets `cpuW0` wide, or (null) the
 * least width, up to 4/5 of the host's, that has as few rows of cores as 4/5 would, or the whole width.
 */
function hardwareShape(h: HostTopo, w: number, tx: OvText, threadMin: number, cpuW0: number | null, words?: readonly [string, string]): HardwareShape {
  const line = lineH(tx.tiny);
  const threadH = line + 4;
  // At the projector (tx.coreW) at least as wide as its name too.
  const coreMin = Math.max(threadMin * h.threadsPerCore + 8, 40, (tx.coreW ?? 0) + 7);
  const perRow = (cpuW: number): number => Math.max(1, Math.floor(((cpuW - L.gap * (h.sockets - 1)) / h.sockets - 8 + 4) / (coreMin + 4)));
  const coreH = 1 + lineH(tx.core) + threadH + 2;
  const coresTop = 2 + line;
  const rowsOf = (s: string | undefined, maxW: number): number => wrappedRows(s, maxW, tx.tiny);
  const memH = (rows: number): number => 1 + rows * line + 1 + 8 + 3;
  // Across the top only the RAM line: its bar heads the devices' column.
  const labelH = (rows: number): number => 1 + rows * line + 2;
  const shape = (cpuW: number, across: boolean, below = false) => {
    // Below (the projector's brief composition): the sockets across the whole width, the RAM and the devices under them.
    const sideW = below ? w : w - cpuW - L.gap;
    const sockH = coresTop + Math.ceil(h.coresPerSocket / perRow(cpuW)) * (coreH + 3);
    const rows: [number, number] = [rowsOf(words?.[0], (across ? w : sideW) - 8), rowsOf(words?.[1], sideW - 8)];
    const devH = 2 + (rows[1] + 1) * line + 2;
    const height = below ? sockH + 3 + memH(rows[0]) + 3 + devH : across ? labelH(rows[0]) + 3 + Math.max(sockH, 8 + 3 + devH) : Math.max(sockH, memH(rows[0]) + 3 + devH);
    // Whether every word of the RAM and disks lines fits its column (else a word is cut, wrapped or not).
    const fits = [words?.[0], words?.[1]].every((s, k) => (s ?? '').split(' ').every((word) => textWidth(word, tx.tiny) <= (k === 0 && across ? w : sideW) - 8));
    return { cpuW, sideW, sockH, rows, height, across, below, fits };
  };
  const fewest = (cpuW: number): number => Math.min(h.coresPerSocket, perRow(cpuW));
  const need = (n: number): number => h.sockets * (8 + n * (coreMin + 4) - 4) + L.gap * (h.sockets - 1);
  // Null: the least width, up to 4/5 of the host's, that has the rows of cores 4/5 has.
  const wide = cpuW0 ?? Math.min(w * 0.8, need(fewest(w * 0.8)));
  const narrow = Math.min(wide, need(fewest(wide)));
  const all = words === undefined ? [shape(wide, false)] : [shape(wide, false), shape(narrow, false), shape(wide, true), ...(tx.brief === true || cpuW0 === null ? [shape(w, false, true)] : [])];
  // At the projector, and beside cells widened for whole names (which may also put the RAM and devices under the
  // sockets), a shape that cuts no word of its lines first.
  const whole = tx.brief === true || cpuW0 === null ? all.filter((sh) => sh.fits) : [];
  const shapes = whole.length > 0 ? whole : all;
  const { cpuW, sideW, sockH, rows, height, across, below, fits } = shapes.reduce((a, b) => (b.height < a.height ? b : a));
  return { cpuW, coreMin, sideW, sockH, rows, height, across, below, fits };
}

/** The hardware's parts placed at (x, y) in `shape`. */
function placeHardware(h: HostTopo, x: number, y: number, w: number, tx: OvText, shape: HardwareShape): Pick<HostBox, 'sockets' | 'memory' | 'memoryLabelY' | 'memoryBar' | 'devices' | 'deviceLines' | 'deviceRows'> & { height: number } {
  const { cpuW, coreMin, sideW, sockH, rows: deviceRows, height, across, below } = shape;
  const line = lineH(tx.tiny);
  const threadH = line + 4;
  const coresTop = 2 + line;
  const coreH = 1 + lineH(tx.core) + threadH + 2;
  const memH = (rows: number): number => 1 + rows * line + 1 + 8 + 3;
  const labelH = (rows: number): number => 1 + rows * line + 2;
  const coresPerRow = Math.max(1, Math.floor(((cpuW - L.gap * (h.sockets - 1)) / h.sockets - 8 + 4) / (coreMin + 4)));
  const sockW = (cpuW - L.gap * (h.sockets - 1)) / h.sockets;
  const side = below ? x : x + cpuW + L.gap;
  const memTop = below ? y + sockH + 3 : y;
  const memory: Rect = across ? { x, y, w, h: labelH(deviceRows[0]) } : { x: side, y: memTop, w: sideW, h: memH(deviceRows[0]) };
  // Where the sockets start, and the devices.
  const top = across ? y + memory.h + 3 : y;
  const barY = across ? top : memTop + 2 + deviceRows[0] * line;
  const devTop = across ? top + 8 + 3 : memTop + memory.h + 3;
  const sockets = Array.from({ length: h.sockets }, (_s, s) => {
    const sx = x + s * (sockW + L.gap);
    const cw = Math.min((sockW - 8 - 4 * (Math.min(coresPerRow, h.coresPerSocket) - 1)) / Math.min(coresPerRow, h.coresPerSocket), coreMaxW(tx));
    const cores = Array.from({ length: h.coresPerSocket }, (_c, c) => {
      const cx = sx + 4 + (c % coresPerRow) * (cw + 4);
      const cy = top + coresTop + Math.floor(c / coresPerRow) * (coreH + 3);
      const tw = (cw - 6 - 2 * (h.threadsPerCore - 1)) / h.threadsPerCore;
      const threads = Array.from({ length: h.threadsPerCore }, (_t, th) => ({
        pcpu: h.pcpuOffset + (s * h.coresPerSocket + c) * h.threadsPerCore + th,
        rect: { x: cx + 3 + th * (tw + 2), y: cy + 1 + lineH(tx.core), w: tw, h: threadH },
      }));
      return { rect: { x: cx, y: cy, w: cw, h: coreH }, labelY: cy + 0.5 + lineH(tx.core) / 2, threads };
    });
    return { rect: { x: sx, y: top, w: sockW, h: sockH }, labelY: top + 1 + line / 2, cores };
  });
  return {
    sockets,
    memory,
    memoryLabelY: memTop + 1 + line / 2,
    memoryBar: { x: side + 4, y: barY, w: sideW - 8, h: 8 },
    devices: { x: side, y: devTop, w: sideW, h: y + height - devTop },
    deviceLines: [devTop + 2 + line / 2, devTop + 2 + line * (deviceRows[1] + 0.5)],
    deviceRows,
    height,
  };
}

/** How wide a pCPU cell of host `hi` must be for the whole name of any vCPU or container that may run on it (cellLabel's first form). */
export function wholeCellW(t: Topology, hi: number, tx: OvText): number {
  const names = [...t.vms.filter((vm) => vm.host === hi).map((vm) => (vm.vcpus === 1 ? vm.name : `${vm.name}:${Math.max(0, vm.vcpus - 1)}`)), ...t.containers.filter((c) => c.host === hi).map((c) => c.name)];
  // The cell's text has 2 px each side (PcpuCells: cellText's room is the cell's width less 4).
  return names.reduce((most, n) => Math.max(most, textWidth(n, tx.tiny) + 4), 0);
}
