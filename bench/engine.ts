/**
 * Engine throughput in Node: for every preset, how many simulation ticks per second
 * `advanceTick` sustains on this machine. This is the ceiling for speed=max in the worker
 * (1 tick = 1 simulated ms, so 1000 ticks/s is real time). Each preset gets a warm-up
 * (so the JIT has compiled the hot loop and the VMs have booted into steady work) and then
 * about two seconds of measured ticks on its own cloned state. Each world is measured in a
 * fresh Node process, so no world's figure depends on the heap and JIT state the worlds
 * before it left behind (measured last in one shared process, `storage-64x2000` varied
 * from 41,000 to 69,000 ticks/s between runs; alone it runs at about 96,000). Prints a JSON
 * array of { preset, ticksPerSecond } to stdout; run with `npx tsx bench/engine.ts`, or
 * `npx tsx bench/engine.ts <world>` for one world (a preset id or storage-64x2000).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { advanceTick, cloneState, createSim, PRESET_IDS, presets, type Scenario, type SimState } from '../src/engine/index';
import { storageBenchScenario } from './storageScenario';

const WARMUP_MS = 500;
/**
 * And at least this many ticks: past the VMs' 4 s boot into steady work, however busy the
 * machine (500 ms of wall time on a loaded machine can end inside the cold first second).
 */
const WARMUP_TICKS = 6000;
const MEASURE_MS = 2000;
/** Ticks between clock reads, so reading the clock costs nothing measurable. */
const BATCH = 100;

export interface EngineResult {
  preset: string;
  ticksPerSecond: number;
}

/** Advance `st` in place for at least `ms` milliseconds of wall time and `minTicks` ticks; return ticks and time taken. */
function runFor(st: SimState, ms: number, minTicks = 0): { ticks: number; elapsedMs: number } {
  const start = performance.now();
  let ticks = 0;
  let elapsed = 0;
  while (elapsed < ms || ticks < minTicks) {
    for (let i = 0; i < BATCH; i++) advanceTick(st);
    ticks += BATCH;
    elapsed = performance.now() - start;
  }
  return { ticks, elapsedMs: elapsed };
}

export function benchPreset(id: (typeof PRESET_IDS)[number]): EngineResult {
  // advanceTick mutates, so work on a clone and leave the preset's initial state untouched.
  const st = cloneState(createSim(presets[id]));
  runFor(st, WARMUP_MS, WARMUP_TICKS);
  const { ticks, elapsedMs } = runFor(st, MEASURE_MS);
  return { preset: id, ticksPerSecond: Math.round((ticks / elapsedMs) * 1000) };
}

/** The same measurement for a scenario that is not a preset (the 64-array, 2,000-volume storage world). */
export function benchScenario(name: string, scenario: Scenario): EngineResult {
  const st = cloneState(createSim(scenario));
  runFor(st, WARMUP_MS, WARMUP_TICKS);
  const { ticks, elapsedMs } = runFor(st, MEASURE_MS);
  return { preset: name, ticksPerSecond: Math.round((ticks / elapsedMs) * 1000) };
}

const STORAGE_BENCH = 'storage-64x2000';
const WORLDS: readonly string[] = [...PRESET_IDS, STORAGE_BENCH];

function benchWorld(world: string): EngineResult {
  if (world === STORAGE_BENCH) return benchScenario(STORAGE_BENCH, storageBenchScenario());
  const id = PRESET_IDS.find((p) => p === world);
  if (id === undefined) throw new Error(`unknown world "${world}": one of ${WORLDS.join(', ')}`);
  return benchPreset(id);
}

/** One world measured in its own Node process (this file run again with the world's name). */
function benchInFreshProcess(world: string): EngineResult {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [...process.execArgv, self, world], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${world}: exit ${r.status ?? r.signal}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '') as EngineResult;
}

const one = process.argv[2];
const results = one === undefined ? WORLDS.map(benchInFreshProcess) : benchWorld(one);
process.stdout.write(`${JSON.stringify(results)}\n`);
