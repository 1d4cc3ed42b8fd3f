/**
 * Whom the balloon reclaims from, as ESXi decides it (Waldspurger, OSDI 2002, "Memory
 * Resource Management in VMware ESX Server"; DOMAIN.md): min-funding revocation. Each VM
 * has a shares-per-page ratio
 *     rho = shares / (active + k * idle),   k = 1 / (1 - tax)  (tax 75 % -> k = 4)
 * over the pages it holds now, and the next page is taken from the VM with the lowest
 * rho. An idle page costs k times an active one, so a VM hoarding cold pages pays first,
 * and a busy VM is not squeezed into its working set while another keeps idle memory.
 * Without the tax (k = 1) it is plain shares per page. Pure: returns the pages to take per VM.
 */
import { IDLE_COST, PG, type VmMem } from './model';

const PG_RESIDENT = PG.resident;

export interface Claimant {
  /** Shares (ESXi default: 10 per configured MiB) and the most that may still be taken. */
  shares: number;
  room: number;
  /** Pages held now and how many of them are active (in the working set). */
  held: number;
  active: number;
}

/** Pages a VM holds now (resident in a frame), and how many of those are in its working set. */
export function heldPages(vm: VmMem): { held: number; active: number } {
  let held = 0;
  let active = 0;
  for (let p = 0; p < vm.pages; p++) {
    if (vm.state[p] !== PG_RESIDENT) continue;
    held += 1;
    if (p < vm.wsPages) active += 1;
  }
  return { held, active };
}

/** Shares-per-page ratio of a VM holding `held` pages of which `active` are active. */
export function sharesPerPage(c: { shares: number }, held: number, active: number, tax: boolean): number {
  const k = tax ? IDLE_COST : 1;
  const a = Math.min(active, held);
  const cost = a + k * (held - a);
  return cost <= 0 ? Infinity : c.shares / cost;
}

/**
 * Split `need` pages over the claimants by min-funding revocation: one page at a time from
 * the lowest ratio (idle pages go first within a VM, as the guest gives its cache first).
 */
export function revoke(cs: readonly Claimant[], need: number, tax: boolean): number[] {
  const take = cs.map(() => 0);
  const held = cs.map((c) => c.held);
  const active = cs.map((c) => Math.min(c.active, c.held));
  for (let n = 0; n < need; n++) {
    let best = -1;
    let bestRho = Infinity;
    cs.forEach((c, i) => {
      if ((take[i] ?? 0) >= c.room || (held[i] ?? 0) <= 0) return;
      const rho = sharesPerPage(c, held[i] ?? 0, active[i] ?? 0, tax);
      if (rho < bestRho) {
        bestRho = rho;
        best = i;
      }
    });
    if (best < 0) break;
    take[best] = (take[best] ?? 0) + 1;
    const h = (held[best] ?? 0) - 1;
    held[best] = h;
    if ((active[best] ?? 0) > h) active[best] = h;
  }
  return take;
}
