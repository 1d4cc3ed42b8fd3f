/**
 * The CPU scheduler's part of a snapshot: per-entity scheduling data (home pCPU, pin,
 * priority, credit, vruntime, skew, co-stop time, spin time, migrations), per-group budgets, the
 * open slice of every pCPU, the most recent Gantt slices in time order, and the per-VM
 * %RUN/%RDY/%CSTP/%WAIT history. Typed-array copies only, so they transfer cheaply.
 */
import type { CpuWorld } from './cpuState';
import { foldBytes, foldU32 } from '../kernel/digest';
import { HIST_LEN, HIST_PERIOD, HIST_STRIDE, LOG_CAP } from './cpuState';

/** Slices a snapshot carries (the lens accumulates longer histories itself, by slice number). */
export const SNAPSHOT_SLICES = 2048;

export interface CpuSnapshot {
  home: Int32Array;
  pin: Int32Array;
  prio: Uint8Array;
  credit: Float32Array;
  vruntime: Float32Array;
  weight: Float32Array;
  skew: Float32Array;
  costop: Float64Array;
  /** Ticks held back by a cap or quota per entity (esxtop's %MLMTD), apart from ready. */
  mlmtd: Float64Array;
  /** Ms of running spent on hypervisor overhead per entity (the technique's cost, part of run). */
  ovh: Float64Array;
  /** Ms of running spent spinning on a lock a descheduled sibling holds, per entity (part of run, no guest progress). */
  spin: Float64Array;
  /** Work done per entity, in full-core milliseconds (less than run time on a shared hyperthread). */
  done: Float64Array;
  migrations: Float64Array;
  /** Ticks each entity waited on memory, and 1 while it waits on memory now. */
  memWait: Float64Array;
  memBlocked: Uint8Array;
  capLeft: Float32Array;
  capBudget: Float32Array;
  capPeriod: Int32Array;
  rate: Float32Array;
  curStart: Float64Array;
  curWhy: Uint8Array;
  curDetail: Float32Array;
  curMig: Uint8Array;
  /** Slice numbers first..n-1 (n = total ever), in time order. */
  slices: { first: number; n: number; pcpu: Int32Array; ent: Int32Array; start: Float64Array; end: Float64Array; why: Uint8Array; endWhy: Uint8Array; detail: Float32Array; mig: Uint8Array };
  /** HIST_LEN samples x VMs x (run, ready, costop, wait, work, mlmtd, overhead, memwait, spin) %, ring-wise; histN samples written so far. */
  hist: Uint8Array;
  histN: number;
  histLen: number;
  histPeriod: number;
  histStride: number;
  migrationsTotal: number;
}

export function cpuSnapshot(st: CpuWorld): CpuSnapshot {
  const c = st.cpu;
  const log = c.log;
  const count = Math.min(log.n, SNAPSHOT_SLICES);
  const first = log.n - count;
  const pick = <T extends Int32Array | Float64Array | Uint8Array | Float32Array>(src: T, make: (n: number) => T): T => {
    const out = make(count);
    for (let i = 0; i < count; i++) out[i] = src[(first + i) % LOG_CAP] ?? 0;
    return out;
  };
  return {
    home: c.home.slice(),
    pin: c.pin.slice(),
    prio: c.prio.slice(),
    credit: Float32Array.from(c.credit),
    vruntime: Float32Array.from(c.vruntime),
    weight: Float32Array.from(c.weight),
    skew: Float32Array.from(c.skew),
    costop: c.costop.slice(),
    mlmtd: c.mlmtd.slice(),
    ovh: c.ovh.slice(),
    spin: c.spin.slice(),
    done: c.done.slice(),
    migrations: c.migrations.slice(),
    memWait: c.memWait.slice(),
    memBlocked: c.memBlocked.slice(),
    capLeft: Float32Array.from(c.capLeft),
    capBudget: Float32Array.from(c.capBudget),
    capPeriod: c.capPeriod.slice(),
    rate: c.rate.slice(),
    curStart: c.curStart.slice(),
    curWhy: c.curWhy.slice(),
    curDetail: c.curDetail.slice(),
    curMig: c.curMig.slice(),
    slices: {
      first,
      n: log.n,
      pcpu: pick(log.pcpu, (n) => new Int32Array(n)),
      ent: pick(log.ent, (n) => new Int32Array(n)),
      start: pick(log.start, (n) => new Float64Array(n)),
      end: pick(log.end, (n) => new Float64Array(n)),
      why: pick(log.why, (n) => new Uint8Array(n)),
      endWhy: pick(log.endWhy, (n) => new Uint8Array(n)),
      detail: pick(log.detail, (n) => new Float32Array(n)),
      mig: pick(log.mig, (n) => new Uint8Array(n)),
    },
    hist: c.hist.slice(),
    histN: c.histN,
    histLen: HIST_LEN,
    histPeriod: HIST_PERIOD,
    histStride: HIST_STRIDE,
    migrationsTotal: c.migrationsTotal,
  };
}

/** Every typed array of the CPU part, for the transfer list and the digest. */
export function cpuArrays(s: CpuSnapshot): ArrayBufferView[] {
  const l = s.slices;
  return [s.home, s.pin, s.prio, s.credit, s.vruntime, s.weight, s.skew, s.costop, s.mlmtd, s.ovh, s.spin, s.done, s.migrations, s.memWait, s.memBlocked, s.capLeft, s.capBudget, s.capPeriod, s.rate, s.curStart, s.curWhy, s.curDetail, s.curMig, l.pcpu, l.ent, l.start, l.end, l.why, l.endWhy, l.detail, l.mig, s.hist];
}

/** Fold the CPU part into the running digest: co-stop, home, credit, vruntime, cap-held, overhead, spin and memory-wait arrays, the slice count, migrations. */
export function digestCpuPart(part: { cpu: CpuSnapshot }, h0: number): number {
  let h = h0;
  for (const a of [part.cpu.costop, part.cpu.home, part.cpu.credit, part.cpu.vruntime, part.cpu.mlmtd, part.cpu.ovh, part.cpu.spin, part.cpu.memWait]) h = foldBytes(h, a);
  return foldU32(foldU32(h, part.cpu.slices.n), part.cpu.migrationsTotal);
}
