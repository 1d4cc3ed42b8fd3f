/**
 * Periodic load balancing of the per-pCPU run queues (Linux balances every few ms; Xen's
 * credit scheduler steals when a pCPU idles, which scheduler.ts does). Every
 * BALANCE_PERIOD ticks, while one pCPU's queue holds two or more vCPUs more than
 * another's, the newest unpinned waiter moves to the shorter queue: a migration,
 * counted. Idle pCPUs still take work from any queue at once (the idle balancer).
 */
import type { CpuWorld } from './cpuState';

export const BALANCE_PERIOD = 4;

export function balanceHost(st: CpuWorld, host: number): void {
  const h = st.topology.hosts[host];
  const q = st.queues[host];
  if (h === undefined || q === undefined || q.len < 2 || h.pcpuCount < 2 || st.tick % BALANCE_PERIOD !== 0) return;
  const cpu = st.cpu;
  const counts = new Int32Array(h.pcpuCount);
  for (let i = 0; i < q.len; i++) {
    const home = (cpu.home[q.buf[(q.head + i) % q.buf.length] ?? 0] ?? -1) - h.pcpuOffset;
    if (home >= 0 && home < h.pcpuCount) counts[home] = (counts[home] ?? 0) + 1;
  }
  for (let moves = 0; moves < q.len; moves++) {
    let hi = 0;
    let lo = 0;
    for (let p = 1; p < h.pcpuCount; p++) {
      if ((counts[p] ?? 0) > (counts[hi] ?? 0)) hi = p;
      if ((counts[p] ?? 0) < (counts[lo] ?? 0)) lo = p;
    }
    if ((counts[hi] ?? 0) - (counts[lo] ?? 0) < 2 || !moveOne(st, host, hi, lo)) return;
    counts[hi] = (counts[hi] ?? 0) - 1;
    counts[lo] = (counts[lo] ?? 0) + 1;
  }
}

/** Re-home the newest unpinned waiter of queue `from` to queue `to` (host-local pCPU numbers). */
function moveOne(st: CpuWorld, host: number, from: number, to: number): boolean {
  const h = st.topology.hosts[host];
  const q = st.queues[host];
  if (h === undefined || q === undefined) return false;
  for (let i = q.len - 1; i >= 0; i--) {
    const e = q.buf[(q.head + i) % q.buf.length] ?? -1;
    if (st.cpu.home[e] !== h.pcpuOffset + from || (st.cpu.pin[e] ?? -1) >= 0) continue;
    st.cpu.home[e] = h.pcpuOffset + to;
    st.cpu.migrations[e] = (st.cpu.migrations[e] ?? 0) + 1;
    st.cpu.migrationsTotal += 1;
    return true;
  }
  return false;
}
