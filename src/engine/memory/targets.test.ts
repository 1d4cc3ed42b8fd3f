/**
 * Reclaim targets as ESXi picks them (issue 13): min-funding revocation by shares per
 * active page with the idle memory tax (on by default). The `balloon` preset's busy VM
 * must not be ballooned into its working set while the idle VM keeps cold pages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSim, presets, scenarioSchema, step, type SimState } from '../index';
import { heldPages, revoke, sharesPerPage } from './targets';

function state(st: SimState, id: string) {
  const v = st.topology.vms.findIndex((x) => x.id === id);
  const vm = st.memory.vms[v];
  if (vm === undefined) throw new Error(id);
  const { held, active } = heldPages(vm);
  // How far the balloon reached into the working set: ballooned pages below wsPages.
  let intoWs = 0;
  for (let p = 0; p < vm.wsPages; p++) if (vm.state[p] === 4) intoWs += 1;
  return { held, idle: held - active, balloon: vm.balloonPages, intoWs };
}

describe('reclaim targets (min-funding revocation, idle memory tax)', () => {
  it('the idle memory tax is on by default', () => {
    const sc = scenarioSchema.parse({ schemaVersion: 1, name: 'x', hosts: [{ id: 'h', name: 'h', sockets: 1, coresPerSocket: 1, threadsPerCore: 1, memoryMiB: 1024 }] });
    expect(sc.hosts[0]?.hypervisor.memory.idleMemoryTax).toBe(true);
  });

  it('balloon preset: the busy VM keeps its working set while the idle VM gives its cold pages', () => {
    const st = step(createSim(presets['balloon']), 30_000);
    const busy = state(st, 'busy');
    const idle = state(st, 'idle');
    // Proportional splitting (the old model) gave the busy VM about a third of the balloon.
    expect(idle.balloon).toBeGreaterThan(5 * busy.balloon);
    expect(busy.intoWs).toBe(0);
  });

  it('property: each page goes to the claimant with the lowest shares per (taxed) page, and never beyond its room', () => {
    const claimant = fc.record({ shares: fc.integer({ min: 1, max: 100_000 }), room: fc.integer({ min: 0, max: 500 }), held: fc.integer({ min: 0, max: 1000 }), active: fc.integer({ min: 0, max: 1000 }) });
    fc.assert(
      fc.property(fc.array(claimant, { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 800 }), fc.boolean(), (cs, need, tax) => {
        const take = revoke(cs, need, tax);
        const total = take.reduce((a, b) => a + b, 0);
        const cap = cs.reduce((a, c) => a + Math.min(c.room, c.held), 0);
        if (total !== Math.min(need, cap)) return false;
        if (cs.some((c, i) => (take[i] ?? 0) > Math.min(c.room, c.held))) return false;
        // After revocation, no claimant that still had room is cheaper than one that gave its last page.
        return cs.every((c, i) => {
          const ti = take[i] ?? 0;
          if (ti === 0) return true;
          const before = sharesPerPage(c, c.held - ti + 1, Math.min(c.active, c.held - ti + 1), tax);
          return cs.every((d, j) => {
            const tj = take[j] ?? 0;
            if (j === i || tj >= Math.min(d.room, d.held)) return true;
            return sharesPerPage(d, d.held - tj, Math.min(d.active, d.held - tj), tax) >= before - 1e-9;
          });
        });
      }),
    );
  });

  it('with the tax a VM of idle pages pays before an equal VM of active pages; without it they pay alike', () => {
    const busy = { shares: 1000, room: 1000, held: 100, active: 100 };
    const lazy = { shares: 1000, room: 1000, held: 100, active: 10 };
    expect(revoke([busy, lazy], 60, true)).toEqual([0, 60]);
    const plain = revoke([busy, lazy], 60, false);
    expect(Math.abs((plain[0] ?? 0) - (plain[1] ?? 0))).toBeLessThanOrEqual(1);
  });
});
