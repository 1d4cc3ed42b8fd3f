/**
 * Long-run check of the worker's side: play the largest preset for a long stretch of
 * simulated time through the same Timeline the worker uses, and report how the heap and
 * every history buffer grew. `npm run soak` runs an hour of simulated time and prints
 * JSON; the CI test (soak.test.ts) runs a short stretch and asserts the bounds.
 */
import { presets, PRESET_IDS, type Scenario } from '../../src/engine';
import { Timeline } from '../../src/worker/timeline';

export interface SoakResult {
  preset: string;
  ticks: number;
  checkpoints: number;
  events: number;
  logEntries: number;
  heapStartMiB: number;
  heapEndMiB: number;
}

/** The preset with the most vCPUs and containers: the heaviest to keep history for. */
export function largestPreset(): string {
  const size = (s: Scenario): number => s.vms.reduce((n, v) => n + v.vcpus, 0) + s.containers.length;
  return PRESET_IDS.toSorted((a, b) => size(presets[b]) - size(presets[a]))[0] ?? 'basic';
}

function heapMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export function soak(ticks: number, preset = largestPreset()): SoakResult {
  const scenario = presets[preset as keyof typeof presets];
  const tl = new Timeline(scenario);
  tl.seek(1000);
  const heapStartMiB = heapMiB();
  for (let t = 0; t < ticks; t += 50_000) tl.seek(Math.min(ticks, t + 50_000));
  const heapEndMiB = heapMiB();
  const internals = tl as unknown as { checkpoints: unknown[] };
  return {
    preset,
    ticks,
    checkpoints: internals.checkpoints.length,
    events: tl.state.events.list.length,
    logEntries: tl.log.length,
    heapStartMiB: Math.round(heapStartMiB * 10) / 10,
    heapEndMiB: Math.round(heapEndMiB * 10) / 10,
  };
}

if (process.argv[1]?.endsWith('soak.ts')) {
  const hour = 3_600_000;
  console.log(JSON.stringify(soak(Number(process.env['SOAK_TICKS'] ?? hour)), null, 2));
}
