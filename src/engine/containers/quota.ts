/**
 * cgroup CPU bandwidth control (cpu.max, Docker's --cpus): a container may run
 * `cpuQuotaMs` in every `cpuPeriodMs`. Each tick the CPU it used is added to its
 * period's account; once the quota is spent it is throttled (taken off its pCPU and
 * held back) until the period ends, as the Linux CFS bandwidth controller does.
 * Only containers with a quota are looked at, so others cost nothing.
 */
import { ENT, POWER } from '../kernel/codes';
import { pushEvent } from '../kernel/events';
import { throttleEntity } from '../kernel/lifecycle';
import type { CtWorld } from './state';

export function enforceQuotas(st: CtWorld): void {
  const cs = st.containers;
  for (const i of cs.quotaIdx) {
    const c = st.topology.containers[i];
    const spec = st.scenario.containers[i];
    const rec = cs.cts[i];
    if (c === undefined || spec === undefined || rec === undefined || st.ctPower[i] === POWER.off) continue;
    const run = st.ent.run[c.ent] ?? 0;
    // Checked every tick, so a running container gains at most 1 ms (a moved one restarts its account).
    rec.periodUsedMs += Math.min(1, Math.max(0, run - rec.lastRunMs));
    rec.lastRunMs = run;
    if (st.tick - rec.periodStart >= spec.cpuPeriodMs) {
      rec.periodStart = st.tick - ((st.tick - rec.periodStart) % spec.cpuPeriodMs);
      rec.periodUsedMs = 0;
    }
    const s = st.ent.state[c.ent];
    if (rec.periodUsedMs < spec.cpuQuotaMs || (s !== ENT.running && s !== ENT.ready)) continue;
    const left = rec.periodStart + spec.cpuPeriodMs - st.tick;
    throttleEntity(st, c.ent, left);
    rec.throttles += 1;
    rec.throttledMs += left;
    if (rec.throttles === 1) pushEvent(st.events, st.tick, 'info', 'containers.ev.throttled', { container: c.name, quota: spec.cpuQuotaMs, period: spec.cpuPeriodMs, left });
  }
}
