/**
 * The preset catalogue: id -> Scenario. Presets are plain data, parsed once here, and
 * serve three uses: lecture starting points, the scenario picker, and test fixtures.
 * Their titles and blurbs are i18n keys `preset.<id>.title` / `.blurb`.
 */
import { scenarioSchema, type Scenario, type ScenarioInput } from '../schema';
import { basic } from './basic';
import { datacenter32 } from './datacenter';
import { balloon } from './balloon';
import { memory16k } from './memory16k';
import { memoryOvercommit } from './memoryOvercommit';
import { pageSharing } from './pageSharing';
import { shadowVsNested } from './shadowVsNested';

const inputs = {
  basic,
  'datacenter-32': datacenter32,
  'memory-overcommit': memoryOvercommit,
  balloon,
  'page-sharing': pageSharing,
  'shadow-vs-nested': shadowVsNested,
  'memory-16k': memory16k,
} satisfies Record<string, ScenarioInput>;

export type PresetId = keyof typeof inputs;
export const PRESET_IDS = Object.keys(inputs) as PresetId[];
export const DEFAULT_PRESET: PresetId = 'basic';

export const presets: Readonly<Record<PresetId, Scenario>> = Object.fromEntries(
  Object.entries(inputs).map(([id, input]) => [id, scenarioSchema.parse(input)]),
) as Record<PresetId, Scenario>;

export function isPresetId(id: string): id is PresetId {
  return Object.hasOwn(inputs, id);
}
