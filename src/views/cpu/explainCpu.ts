/**
 * Plain-language answers to "why did this vCPU run there?" and "why is it waiting?",
 * as i18n messages built from a snapshot and the scheduler's recorded reasons (WHY for
 * a slice's start, END for its end). Pure functions: the inspector translates them.
 */
import { DEFAULT_HT_FACTOR, END, ENT, PRIO, PROFILES, SPIN_SKEW, WHY, type Message, type Snapshot } from '../../engine';
import { entityHost, limitOf, ownerIndex, shortLabel, type Slice } from './layoutCpu';

/** A Gantt slice as the inspector receives it (without its position in the log). */
export type SliceInfo = Omit<Slice, 'n'>;

const WHY_KEYS: Record<number, string> = {
  [WHY.rrHead]: 'cpu.why.start.rr',
  [WHY.boost]: 'cpu.why.start.boost',
  [WHY.under]: 'cpu.why.start.under',
  [WHY.over]: 'cpu.why.start.over',
  [WHY.vruntime]: 'cpu.why.start.vruntime',
};

export function place(snap: Snapshot, pcpu: number): { host: number; local: number; socket: number; core: number; thread: number; ht: boolean } | null {
  const host = snap.topology.hosts.findIndex((h) => pcpu >= h.pcpuOffset && pcpu < h.pcpuOffset + h.pcpuCount);
  const h = snap.topology.hosts[host];
  if (h === undefined) return null;
  const local = pcpu - h.pcpuOffset;
  const core = Math.floor(local / h.threadsPerCore);
  return { host, local, socket: Math.floor(core / h.coresPerSocket), core: core % h.coresPerSocket, thread: local % h.threadsPerCore, ht: h.threadsPerCore === 2 };
}

export function explainSlice(snap: Snapshot, s: SliceInfo): Message[] {
  const who = shortLabel(snap, s.ent);
  const p = place(snap, s.pcpu);
  const open = s.endWhy === END.open && s.end > snap.tick;
  const out: Message[] = [
    { key: open ? 'cpu.why.sliceOpen' : 'cpu.why.slice', params: { who, pcpu: p?.local ?? s.pcpu, socket: p?.socket ?? 0, core: p?.core ?? 0, thread: p?.thread ?? 0, start: s.start, end: s.end, ms: s.end - s.start } },
  ];
  const startKey = WHY_KEYS[s.why];
  if (startKey !== undefined) out.push({ key: startKey, params: { credit: s.detail.toFixed(1), vruntime: s.detail.toFixed(1) } });
  if (s.mig === 1) out.push({ key: 'cpu.why.migrated' });
  if (!open) out.push({ key: `cpu.why.end.${s.endWhy}` });
  const h = p === null ? undefined : snap.topology.hosts[p.host];
  if (p?.ht === true && h !== undefined) out.push({ key: 'cpu.why.ht', params: { pct: Math.round(((h.hypervisor.cpu.htFactor ?? DEFAULT_HT_FACTOR) / 2) * 100) } });
  return out;
}

/** Why an entity is in its current state, policy by policy. */
export function explainVcpu(snap: Snapshot, e: number): Message[] {
  const who = shortLabel(snap, e);
  const state = snap.ent.state[e];
  const host = entityHost(snap, e);
  const policy = snap.topology.hosts[host]?.hypervisor.cpu.policy ?? 'round-robin';
  const c = snap.cpu;
  if (state === ENT.running) {
    const p = place(snap, snap.ent.pcpu[e] ?? -1);
    const out: Message[] = [{ key: 'cpu.why.now.running', params: { who, pcpu: p?.local ?? -1, socket: p?.socket ?? 0, core: p?.core ?? 0, thread: p?.thread ?? 0 } }];
    const pcpu = snap.ent.pcpu[e] ?? -1;
    const k = WHY_KEYS[c.curWhy[pcpu] ?? 0];
    if (k !== undefined) out.push({ key: k, params: { credit: (c.curDetail[pcpu] ?? 0).toFixed(1), vruntime: (c.curDetail[pcpu] ?? 0).toFixed(1) } });
    if ((c.rate[pcpu] ?? 1) < 1) out.push({ key: 'cpu.why.now.htShared', params: { pct: Math.round((c.rate[pcpu] ?? 1) * 100) } });
    const spin = spinningOn(snap, e);
    if (spin !== null) out.push(spin);
    return out;
  }
  if (state === ENT.ready) return explainReady(snap, e, who, host, policy);
  if (state === ENT.costop) return [{ key: 'cpu.why.now.costop', params: { who, skew: laggingSkew(snap, e).toFixed(0) } }];
  if (state === ENT.blocked && c.memBlocked[e] === 1) return [{ key: 'cpu.why.now.memWait', params: { who } }];
  if (state === ENT.blocked && snap.ent.limited[e] === 1) return [throttled(snap, e, who)];
  if (state === ENT.blocked) return [{ key: 'cpu.why.now.blocked', params: { who } }];
  return [{ key: 'cpu.why.now.off', params: { who } }];
}

function explainReady(snap: Snapshot, e: number, who: string, host: number, policy: string): Message[] {
  const c = snap.cpu;
  const h = snap.topology.hosts[host];
  const home = (c.home[e] ?? -1) - (h?.pcpuOffset ?? 0);
  const out: Message[] = [{ key: 'cpu.why.now.ready', params: { who, home } }];
  const limit = limitOf(snap, e);
  if (limit !== null) {
    out.push(limit === 'cap' ? { key: 'cpu.why.now.capped' } : throttled(snap, e, who));
    return out;
  }
  const pin = c.pin[e] ?? -1;
  if (pin >= 0) out.push({ key: 'cpu.why.now.pinned', params: { pcpu: pin - (h?.pcpuOffset ?? 0) } });
  if (policy === 'credit') {
    const pr = c.prio[e];
    out.push({ key: 'cpu.why.now.credit', params: { prio: pr === PRIO.boost ? 'BOOST' : pr === PRIO.under ? 'UNDER' : 'OVER', credit: (c.credit[e] ?? 0).toFixed(1) } });
  } else if (policy === 'fair-share') {
    let minRun = Infinity;
    for (let p = h?.pcpuOffset ?? 0; p < (h?.pcpuOffset ?? 0) + (h?.pcpuCount ?? 0); p++) {
      const r = snap.pcpu.ent[p] ?? -1;
      if (r >= 0) minRun = Math.min(minRun, c.vruntime[r] ?? 0);
    }
    out.push({ key: 'cpu.why.now.fair', params: { vruntime: (c.vruntime[e] ?? 0).toFixed(1), running: minRun === Infinity ? '–' : minRun.toFixed(1), weight: (c.weight[e] ?? 0).toFixed(0) } });
  } else {
    const q = snap.queues[host] ?? [];
    out.push({ key: 'cpu.why.now.rr', params: { pos: q.indexOf(e) + 1, len: q.length } });
  }
  return out;
}

/** A container held back by its spent cgroup quota: its quota and period, and that the time is %MLMTD. */
function throttled(snap: Snapshot, e: number, who: string): Message {
  const g = snap.topology.vms.length + (-2 - ownerIndex(snap, e));
  return { key: 'cpu.why.now.throttled', params: { who, quota: Math.round(snap.cpu.capBudget[g] ?? 0), period: snap.cpu.capPeriod[g] ?? 100 } };
}

/** The largest skew among the other vCPUs of e's VM: how far the laggard is behind. */
/** A running vCPU whose lagging sibling is descheduled spins on a lock it may hold (engine: cpu/spin.ts): the message, or null. */
function spinningOn(snap: Snapshot, e: number): Message | null {
  const vm = snap.topology.vms.find((v) => e >= v.entOffset && e < v.entOffset + v.vcpus);
  if (vm === undefined || vm.vcpus < 2) return null;
  const share = PROFILES[vm.workload].lockShare;
  for (let k = vm.entOffset; k < vm.entOffset + vm.vcpus; k++) {
    const s = snap.ent.state[k];
    const skew = snap.cpu.skew[k] ?? 0;
    if ((s === ENT.ready || s === ENT.costop) && skew > SPIN_SKEW && share > 0) return { key: 'cpu.why.now.spinning', params: { sibling: shortLabel(snap, k), skew: skew.toFixed(0), pct: Math.round(share * 100) } };
  }
  return null;
}

function laggingSkew(snap: Snapshot, e: number): number {
  const vm = snap.topology.vms.find((v) => e >= v.entOffset && e < v.entOffset + v.vcpus);
  let lag = 0;
  if (vm !== undefined) for (let k = vm.entOffset; k < vm.entOffset + vm.vcpus; k++) lag = Math.max(lag, snap.cpu.skew[k] ?? 0);
  return lag;
}
