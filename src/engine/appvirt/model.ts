/**
 * Application virtualization's constants, snapshot types and lookup (a leaf: views and
 * digest.ts import it without the simulation). A sandbox is a layer of files and
 * registry keys over its VM's OS: a read finds the sandbox's own copy first and falls
 * through to the OS otherwise; a write always lands in the layer (copy-on-write), so the
 * OS is never changed. docs/model.md ("Application virtualization") gives the sources.
 */

/** One file (its path) or registry key (HKLM\…, HKCU\…) and its content, shortened to a short text. */
export interface VfsEntry {
  readonly path: string;
  readonly value: string;
}

/**
 * The guest OS's files and keys the model knows (the same small fixed set in every VM
 * that holds a sandbox; a real Windows has hundreds of thousands). Illustrative values.
 */
export const OS_BASE: readonly VfsEntry[] = Object.freeze([
  { path: 'C:\\Windows\\System32\\vcruntime140.dll', value: '14.0' },
  { path: 'C:\\Windows\\Fonts\\malgun.ttf', value: 'Malgun Gothic 6.2' },
  { path: 'HKLM\\Software\\Classes\\.jpg', value: 'Photos.File' },
  { path: 'HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\ProductName', value: 'Windows 10 Pro' },
  { path: 'HKCU\\Control Panel\\International\\LocaleName', value: 'ko-KR' },
]);

/** The most entries one sandbox's layer holds (a write of a new path beyond it is refused). */
export const LAYER_MAX = 16;

/** Where a read was answered: the sandbox's own layer, the OS below it, or nowhere (no such file or key). */
export type ReadFrom = 'layer' | 'os' | 'none';

export interface LayerEntry extends VfsEntry {
  /** The OS has an entry at this path: the layer's copy hides it from this app only (copy-on-write). */
  readonly shadows: boolean;
}

export interface LastRead {
  readonly path: string;
  readonly value: string | null;
  readonly from: ReadFrom;
  readonly tick: number;
}

export interface SandboxSnapshot {
  id: string;
  name: string;
  /** The VM's id. */
  vm: string;
  removed: boolean;
  layer: LayerEntry[];
  writes: number;
  reads: number;
  lastRead: LastRead | null;
  /** The tick of its latest write and that write's path ('' before any). */
  lastWritePath: string;
  lastWriteTick: number;
}

export interface AppVirtSnapshot {
  /** Per VM that holds a sandbox: its OS's files and keys. */
  os: { vm: string; entries: VfsEntry[] }[];
  boxes: SandboxSnapshot[];
}

/** Windows paths and registry keys are case-insensitive. */
export function samePath(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** What an app in a sandbox reads at `path`: its own copy if its layer has one, else the OS's, else nothing. */
export function resolve(layer: readonly VfsEntry[], os: readonly VfsEntry[], path: string): { value: string | null; from: ReadFrom } {
  const own = layer.find((e) => samePath(e.path, path));
  if (own !== undefined) return { value: own.value, from: 'layer' };
  const base = os.find((e) => samePath(e.path, path));
  if (base !== undefined) return { value: base.value, from: 'os' };
  return { value: null, from: 'none' };
}

/** The layer after a write: the path's copy replaced in place, or appended (marked if it hides an OS entry). */
export function writeLayer(layer: readonly LayerEntry[], os: readonly VfsEntry[], path: string, value: string): LayerEntry[] {
  const i = layer.findIndex((e) => samePath(e.path, path));
  if (i >= 0) return layer.map((e, k) => (k === i ? { ...e, value } : e));
  return [...layer, { path, value, shadows: os.some((e) => samePath(e.path, path)) }];
}
