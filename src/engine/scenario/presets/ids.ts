/**
 * The presets' ids, in the picker's order, without their data: the app's first screen
 * names and checks presets before it needs any scenario (index.ts holds the data and
 * must have exactly these keys, which the compiler checks).
 */
export const PRESET_IDS = [
  'basic',
  'datacenter-32',
  'cpu-overcommit',
  'noisy-neighbor',
  'smp-costop',
  'hyperthreads',
  'san-placement',
  'array-failure',
  'thin-overcommit',
  'rack-awareness',
  'raid-striping',
  'server-virtualization',
  'vdi',
  'app-virtualization',
  'type1-vs-type2',
  'bt-vs-para-vs-hw',
  'io-paths',
  'instances-on-demand',
  'gpu-sharing',
  'vswitch-basics',
  'vlan-isolation',
  'vm-vs-container',
  'docker-layers',
  'orchestration',
  'drs-balance',
  'live-migration',
  'host-failure',
  'memory-overcommit',
  'balloon',
  'page-sharing',
  'shadow-vs-nested',
  'memory-16k',
] as const;

export type PresetId = (typeof PRESET_IDS)[number];
export const DEFAULT_PRESET: PresetId = 'basic';

const KNOWN: ReadonlySet<string> = new Set(PRESET_IDS);

export function isPresetId(id: string): id is PresetId {
  return KNOWN.has(id);
}
