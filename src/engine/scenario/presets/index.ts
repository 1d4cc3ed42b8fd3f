/**
 * The preset catalogue: id -> Scenario. Presets are plain data, parsed once here, and
 * serve three uses: lecture starting points, the scenario picker, and test fixtures.
 * Their titles and blurbs are i18n keys `preset.<id>.title` / `.blurb`.
 *
 * The production page never runs this module: the build parses every preset with the same
 * schema and ships the parsed data instead (vite.config.ts, presetsParsedAtBuild), so the
 * first screen needs no zod; a preset the schema refuses fails the build. The worker,
 * the dev server and the tests parse here.
 */
import { scenarioSchema, type Scenario, type ScenarioInput } from '../schema';
import { PRESET_IDS, type PresetId } from './ids';
import { basic } from './basic';
import { datacenter32 } from './datacenter';
import { cpuOvercommit } from './cpuOvercommit';
import { hyperthreads } from './hyperthreads';
import { noisyNeighbor } from './noisyNeighbor';
import { smpCostop } from './smpCostop';
import { arrayFailure } from './arrayFailure';
import { rackAwareness } from './rackAwareness';
import { sanPlacement } from './sanPlacement';
import { thinOvercommit } from './thinOvercommit';
import { vswitchBasics } from './vswitchBasics';
import { vlanIsolation } from './vlanIsolation';
import { type1VsType2 } from './type1VsType2';
import { btVsParaVsHw } from './techniquesPreset';
import { appVirtualization, serverVirtualization, vdi } from './kinds';
import { vmVsContainer } from './vmVsContainer';
import { dockerLayers } from './dockerLayers';
import { drsBalance } from './drsBalance';
import { liveMigration } from './liveMigration';
import { hostFailure } from './hostFailure';
import { balloon } from './balloon';
import { memory16k } from './memory16k';
import { memoryOvercommit } from './memoryOvercommit';
import { pageSharing } from './pageSharing';
import { shadowVsNested } from './shadowVsNested';
import { gpuSharing } from './gpuSharing';
import { instancesOnDemand } from './instancesOnDemand';
import { orchestration } from './orchestration';
import { ioPaths } from './ioPaths';
import { raidStriping } from './raidStriping';

const inputs = {
  basic,
  'datacenter-32': datacenter32,
  'cpu-overcommit': cpuOvercommit,
  'noisy-neighbor': noisyNeighbor,
  'smp-costop': smpCostop,
  hyperthreads,
  'san-placement': sanPlacement,
  'array-failure': arrayFailure,
  'thin-overcommit': thinOvercommit,
  'rack-awareness': rackAwareness,
  'raid-striping': raidStriping,
  'server-virtualization': serverVirtualization,
  vdi,
  'app-virtualization': appVirtualization,
  'type1-vs-type2': type1VsType2,
  'bt-vs-para-vs-hw': btVsParaVsHw,
  'io-paths': ioPaths,
  'instances-on-demand': instancesOnDemand,
  'gpu-sharing': gpuSharing,
  'vswitch-basics': vswitchBasics,
  'vlan-isolation': vlanIsolation,
  'vm-vs-container': vmVsContainer,
  'docker-layers': dockerLayers,
  orchestration,
  'drs-balance': drsBalance,
  'live-migration': liveMigration,
  'host-failure': hostFailure,
  'memory-overcommit': memoryOvercommit,
  balloon,
  'page-sharing': pageSharing,
  'shadow-vs-nested': shadowVsNested,
  'memory-16k': memory16k,
} satisfies Record<PresetId, ScenarioInput>;

export { DEFAULT_PRESET, isPresetId, PRESET_IDS, type PresetId } from './ids';

const parsed: Partial<Record<PresetId, Scenario>> = {};

/**
 * Each preset is parsed the first time it is read, then kept: a page opens one world, and
 * parsing all of them on load cost the first visit about 170 ms of a slow phone's time.
 */
export const presets: Readonly<Record<PresetId, Scenario>> = Object.freeze(
  Object.defineProperties(
    {} as Record<PresetId, Scenario>,
    Object.fromEntries(
      PRESET_IDS.map((id) => [id, { enumerable: true, get: (): Scenario => (parsed[id] ??= scenarioSchema.parse(inputs[id])) }]),
    ),
  ),
);
