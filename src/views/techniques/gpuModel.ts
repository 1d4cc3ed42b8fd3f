/**
 * The Techniques lens's GPU view, as data (pure, tested): one card per GPU with its VMs'
 * figures as the engine reports them (shares, waits per turn, memory asked vs slice), the
 * recent time strip (who held the GPU each ms), MIG's slice lanes, and the numbers the
 * card's sentence says, taken from the same rows so the two always agree.
 */
import { GPU_SWITCH_MS, MIG_COMPUTE_SLICES, POWER, type GpuMode, type Snapshot } from '../../engine';
import { bootLeftS } from '../shared/bootLeft';

export interface GpuRow {
  vm: number;
  vmId: string;
  name: string;
  on: boolean;
  /** Its guest OS is still booting: it has not used the GPU yet. */
  booting: boolean;
  demandPct: number;
  sharePct: number;
  waitPct: number;
  turnWaitMs: number;
  needGiB: number;
  sliceGiB: number;
  slices: number;
  oom: boolean;
}

export interface GpuCard {
  id: string;
  host: string;
  model: string;
  mode: GpuMode;
  memoryGiB: number;
  timesliceMs: number;
  utilPct: number;
  switchPct: number;
  idlePct: number;
  rows: GpuRow[];
  /** Last ms first to last: the row index (in `rows`) that held the GPU, or -1 idle. */
  strip: number[];
  /** Until the first of its booting VMs is up (s, one decimal: shared/bootLeft.ts), or null when none boots. */
  bootS: number | null;
}

const pct = (x: number): number => Math.round(x * 100);

export function gpuCards(s: Snapshot): GpuCard[] {
  return s.gpu.devs.map((d, g) => {
    const atts = s.gpu.atts.map((a, i) => ({ a, i })).filter(({ a }) => a.gpu === g);
    const rows = atts.map(({ a }): GpuRow => ({
      vm: a.vm,
      vmId: s.topology.vms[a.vm]?.id ?? '',
      name: s.topology.vms[a.vm]?.name ?? '',
      on: s.vms.power[a.vm] === POWER.on,
      booting: s.vms.power[a.vm] === POWER.booting,
      demandPct: pct(a.demand),
      sharePct: pct(a.share),
      waitPct: pct(a.wait),
      turnWaitMs: Math.round(a.turnWaitMs * 10) / 10,
      needGiB: a.needGiB,
      sliceGiB: a.sliceGiB,
      slices: a.slices,
      oom: a.oom,
    }));
    const rowOfAtt = new Map(atts.map(({ i }, k) => [i, k]));
    const utilPct = pct(d.util);
    const switchPct = Math.round(d.switchShare * 1000) / 10;
    return {
      id: d.id,
      host: s.topology.hosts[d.host]?.name ?? '',
      model: d.model,
      mode: d.mode,
      memoryGiB: d.memoryGiB,
      timesliceMs: d.timesliceMs,
      utilPct,
      switchPct,
      idlePct: Math.max(0, 100 - utilPct - Math.round(switchPct)),
      rows,
      strip: d.recent.map((h) => (h < 0 ? -1 : (rowOfAtt.get(h) ?? -1))),
      bootS: bootLeftS(s.vms, rows.map((r) => r.vm))?.s ?? null,
    };
  });
}

/** The card's sentence: a message key and the parameters, from the card's own rows. */
export interface Said {
  key: string;
  params: Record<string, string | number>;
}

/** The card's sentences: what its mode does to its VMs, and (MIG) the capacity no one else may use. */
export function gpuSentences(c: GpuCard): Said[] {
  const first = gpuSentence(c);
  const waiting = gpuWaiting(c) !== null;
  return c.mode === 'mig' && c.idlePct > 0 && !waiting ? [first, { key: 'gpu.says.idle', params: { idle: c.idlePct } }] : [first];
}

/**
 * Before any of its VMs runs (the first seconds of a world, while their guest OSes boot), a
 * GPU has done nothing yet: how long until the first of them is up (seconds, one decimal),
 * or 0 when none is even booting (all off). Null once one of them runs.
 */
export function gpuWaiting(c: GpuCard): number | null {
  if (c.rows.length === 0 || c.rows.some((r) => r.on)) return null;
  return c.bootS ?? 0;
}

export function gpuSentence(c: GpuCard): Said {
  const running = c.rows.filter((r) => r.on && !r.oom);
  const waiting = gpuWaiting(c);
  if (c.mode === 'passthrough') {
    const r = c.rows[0];
    const vm = r?.name ?? '';
    if (waiting !== null) return waiting > 0 ? { key: 'gpu.says.passBooting', params: { vm, mem: c.memoryGiB, s: waiting.toFixed(1) } } : { key: 'gpu.says.passOff', params: { vm, mem: c.memoryGiB } };
    return { key: 'gpu.says.passthrough', params: { vm, share: r?.sharePct ?? 0, mem: c.memoryGiB } };
  }
  if (waiting !== null) return waiting > 0 ? { key: 'gpu.says.booting', params: { n: c.rows.length, b: c.rows.filter((r) => r.booting).length, s: waiting.toFixed(1) } } : { key: 'gpu.says.allOff', params: { n: c.rows.length } };
  if (c.mode === 'timeslice') {
    const longest = running.reduce<GpuRow | undefined>((m, r) => (m === undefined || r.turnWaitMs > m.turnWaitMs ? r : m), undefined);
    return { key: 'gpu.says.timeslice', params: { n: running.length, ts: c.timesliceMs, switch: GPU_SWITCH_MS, sw: c.switchPct, vm: longest?.name ?? '', wait: longest?.turnWaitMs ?? 0 } };
  }
  const capped = running.reduce<GpuRow | undefined>((m, r) => (r.demandPct * MIG_COMPUTE_SLICES > r.slices * 100 && (m === undefined || r.slices > m.slices) ? r : m), undefined);
  return capped === undefined
    ? { key: 'gpu.says.migFits', params: {} }
    : { key: 'gpu.says.mig', params: { vm: capped.name, k: capped.slices, share: capped.sharePct, asks: capped.demandPct } };
}
