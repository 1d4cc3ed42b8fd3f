/**
 * Bookkeeping after each host's scheduling pass, for the tick about to execute: the
 * Gantt slice log (a slice closes when its pCPU's occupant changes, with the reason
 * the scheduler noted), charges for this tick (cap budget, Credit debit, fair-share
 * virtual runtime), the hyperthread progress rate of each pCPU, and every 100 ticks
 * the per-VM %RUN/%RDY/%CSTP/%WAIT/%MLMTD sample. Mutates st.cpu.
 */
import { ENT } from '../kernel/codes';
import type { CpuWorld } from './cpuState';
import { END, HIST_LEN, HIST_PERIOD, HIST_STRIDE, LOG_CAP, PRIO, type CpuState } from './cpuState';
import { CREDIT_PERIOD, POLICY, policyOf, raiseMinVruntime } from './policies';

/** Two busy sibling threads deliver about 1.25x one core together (DOMAIN.md, Hyperthread). */
export const DEFAULT_HT_FACTOR = 1.25;

function closeSlice(st: CpuWorld, p: number): void {
  const cpu = st.cpu;
  const e = cpu.cur[p] ?? -1;
  if (e < 0) return;
  const log = cpu.log;
  const i = log.n % LOG_CAP;
  log.n += 1;
  log.pcpu[i] = p;
  log.ent[i] = e;
  log.start[i] = cpu.curStart[p] ?? 0;
  log.end[i] = st.tick;
  log.why[i] = cpu.curWhy[p] ?? 0;
  let endWhy = cpu.endWhy[p] ?? END.open;
  if (endWhy === END.open) endWhy = st.ent.state[e] !== ENT.blocked ? END.off : st.ent.limited[e] === 1 ? END.cap : END.blocked;
  log.endWhy[i] = endWhy;
  log.detail[i] = cpu.curDetail[p] ?? 0;
  log.mig[i] = cpu.curMig[p] ?? 0;
}

export function recordHost(st: CpuWorld, host: number): void {
  const h = st.topology.hosts[host];
  if (h === undefined) return;
  const cpu = st.cpu;
  const { cur, rate, endWhy } = cpu;
  const pcpuEnt = st.pcpuEnt;
  const policy = policyOf(st, host);
  const charging = policy !== POLICY.rr || cpu.limits[host] === 1;
  const half = (h.hypervisor.cpu.htFactor ?? DEFAULT_HT_FACTOR) / 2;
  const ht = h.threadsPerCore === 2;
  const end = h.pcpuOffset + h.pcpuCount;
  let minV = Infinity;
  for (let p = h.pcpuOffset; p < end; p++) {
    const occ = pcpuEnt[p] ?? -1;
    if (occ !== cur[p]) openSlice(st, p, occ);
    if (endWhy[p] !== END.open) endWhy[p] = END.open;
    if (occ < 0) continue;
    if (ht) {
      const local = p - h.pcpuOffset;
      rate[p] = (pcpuEnt[local % 2 === 0 ? p + 1 : p - 1] ?? -1) >= 0 ? half : 1;
    }
    if (!charging) continue;
    charge(cpu, policy, occ, st.tick);
    const v = cpu.vruntime[occ] ?? 0;
    if (v < minV) minV = v;
  }
  if (policy === POLICY.fair && minV !== Infinity) raiseMinVruntime(st, host, minV);
}

function openSlice(st: CpuWorld, p: number, occ: number): void {
  const cpu = st.cpu;
  closeSlice(st, p);
  cpu.cur[p] = occ;
  cpu.curStart[p] = st.tick;
  cpu.curWhy[p] = cpu.nextWhy[p] ?? 0;
  cpu.curDetail[p] = cpu.nextDetail[p] ?? 0;
  cpu.curMig[p] = cpu.nextMig[p] ?? 0;
}

function charge(cpu: CpuState, policy: number, e: number, tick: number): void {
  const g = cpu.group[e] ?? -1;
  if (g >= 0 && (cpu.capLeft[g] ?? -1) >= 0) cpu.capLeft[g] = (cpu.capLeft[g] ?? 0) - 1;
  if (policy === POLICY.credit) {
    // Running burns credit and puts it (back) on the active list, which earns credit.
    cpu.credit[e] = (cpu.credit[e] ?? 0) - 1;
    cpu.active[e] = 1;
    // Xen's 10 ms scheduler tick finds it running: it is using real CPU, so a BOOST it
    // woke with ends (csched_vcpu_acct).
    if (tick % CREDIT_PERIOD === 0 && cpu.prio[e] === PRIO.boost) cpu.prio[e] = PRIO.under;
  }
  else if (policy === POLICY.fair) cpu.vruntime[e] = (cpu.vruntime[e] ?? 0) + 1024 / (cpu.weight[e] ?? 1024);
}

/** Work done this tick by a running entity in `share` of the tick (the rest went to the hypervisor): whole units of burst, from fractional progress. */
export function progress(st: CpuWorld, e: number, share: number): number {
  const p = st.ent.pcpu[e] ?? -1;
  const rate = (p >= 0 ? (st.cpu.rate[p] ?? 1) : 1) * share;
  st.cpu.done[e] = (st.cpu.done[e] ?? 0) + rate;
  const w = (st.cpu.work[e] ?? 0) + rate;
  const whole = Math.floor(w + 1e-9);
  st.cpu.work[e] = w - whole;
  return whole;
}

/** Every HIST_PERIOD ticks: each VM's share of run, ready, co-stop, wait, work, cap-held, overhead, waiting on memory and spinning in the last period. */
export function sampleHistory(st: CpuWorld): void {
  if (st.tick === 0) return;
  const cpu = st.cpu;
  const t = st.topology;
  const nv = t.vms.length;
  const slot = cpu.histN % HIST_LEN;
  cpu.histN += 1;
  for (let i = 0; i < nv; i++) {
    const vm = t.vms[i];
    if (vm === undefined) continue;
    const span = vm.vcpus * HIST_PERIOD;
    for (let k = 0; k < HIST_STRIDE; k++) {
      const src = k === 0 ? st.ent.run : k === 1 ? st.ent.ready : k === 2 ? cpu.costop : k === 3 ? st.ent.wait : k === 4 ? cpu.done : k === 5 ? cpu.mlmtd : k === 6 ? cpu.ovh : k === 7 ? cpu.memWait : cpu.spin;
      let sum = 0;
      for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) sum += src[e] ?? 0;
      const d = sum - (cpu.histPrev[i * HIST_STRIDE + k] ?? 0);
      cpu.histPrev[i * HIST_STRIDE + k] = sum;
      cpu.hist[(slot * nv + i) * HIST_STRIDE + k] = Math.max(0, Math.min(100, Math.round((100 * d) / span)));
    }
  }
}
