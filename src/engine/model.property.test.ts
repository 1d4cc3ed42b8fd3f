/**
 * Model-based property test with fast-check's `fc.commands`: random sequences of engine
 * commands (valid, impossible and malformed) interleaved with steps. After every command
 * and step `checkInvariants` holds and nothing throws; a rejected command leaves the
 * state's digest unchanged; and replaying the recorded sequence from the seed reproduces
 * the identical digest. fast-check prints the seed and path of any failure to replay it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, checkInvariants, createSim, presets, snapshotDigest, step, toSnapshot, type SimState } from './index';

interface Real {
  state: SimState;
  trace: ({ kind: 'step'; n: number } | { kind: 'cmd'; command: unknown })[];
}
type Model = { added: number };

const digest = (s: SimState): string => snapshotDigest(toSnapshot(s));

function assertHealthy(s: SimState): void {
  const v = checkInvariants(s);
  if (v.length > 0) throw new Error(`tick ${s.tick}: ${v.slice(0, 3).join('; ')}`);
}

class Step implements fc.Command<Model, Real> {
  constructor(readonly n: number) {}
  check = (): boolean => true;
  run(_m: Model, r: Real): void {
    for (let i = 0; i < this.n; i += 50) {
      r.state = step(r.state, Math.min(50, this.n - i));
      assertHealthy(r.state);
    }
    r.trace.push({ kind: 'step', n: this.n });
  }
  toString = (): string => `step(${this.n})`;
}

class Apply implements fc.Command<Model, Real> {
  constructor(readonly command: unknown) {}
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    const before = digest(r.state);
    const res = applyCommand(r.state, this.command);
    if (!res.ok) {
      expect(res.state).toBe(r.state);
      expect(digest(r.state)).toBe(before);
      expect(res.reason.key).toMatch(/^(reason|error)\./);
    } else if ((this.command as { type?: string }).type === 'addVm') m.added += 1;
    r.state = res.state;
    assertHealthy(r.state);
    r.trace.push({ kind: 'cmd', command: this.command });
  }
  toString = (): string => `apply(${JSON.stringify(this.command)})`;
}

const vmIds = fc.constantFrom('web-1', 'db-1', 'batch-1', 'new-1', 'new-2', 'ghost');
const workloads = fc.constantFrom('cpu-bound', 'io-bound', 'web', 'idle', 'database');
const commandArb = fc.oneof(
  fc.record({ type: fc.constantFrom('startVm', 'stopVm', 'removeVm'), vm: vmIds }),
  fc.record({ type: fc.constant('setWorkload'), vm: vmIds, workload: workloads }),
  fc.record({ type: fc.constant('setHypervisorType'), host: fc.constantFrom('host-1', 'host-9'), hvType: fc.constantFrom('type1', 'type2') }),
  fc.record({ type: fc.constant('setTimeslice'), host: fc.constant('host-1'), ms: fc.integer({ min: -5, max: 120 }) }),
  fc.record({ type: fc.constantFrom('startContainer', 'stopContainer'), container: fc.constantFrom('api', 'cache', 'nope') }),
  fc.record({
    type: fc.constant('addVm'),
    vm: fc.record({ id: fc.constantFrom('new-1', 'new-2', 'web-1'), name: fc.constant('new'), host: fc.constantFrom('host-1', 'nowhere'), vcpus: fc.integer({ min: 1, max: 4 }), memoryMiB: fc.constantFrom(512, 1024) }),
  }),
  fc.anything({ maxDepth: 2 }),
);

const commandsArb = fc.commands([fc.integer({ min: 1, max: 400 }).map((n) => new Step(n)), commandArb.map((c) => new Apply(c))], { maxCommands: 25 });

function replay(trace: Real['trace'], seed: number): SimState {
  let s = createSim({ ...presets.basic, seed });
  for (const t of trace) s = t.kind === 'step' ? step(s, t.n) : applyCommand(s, t.command).state;
  return s;
}

describe('engine under random command sequences (fc.commands)', () => {
  it('stays healthy, rejects cleanly and replays identically', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), commandsArb, (seed, cmds) => {
        const real: Real = { state: createSim({ ...presets.basic, seed }), trace: [] };
        fc.modelRun(() => ({ model: { added: 0 }, real }), cmds);
        expect(digest(replay(real.trace, seed))).toBe(digest(real.state));
      }),
      { numRuns: 30 },
    );
  });
});
