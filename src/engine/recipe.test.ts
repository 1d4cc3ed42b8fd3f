/**
 * docs/architecture.md's recipes, followed to the letter with toys: a `load` subsystem
 * posts demand on the channel at `execute` (one unit per running entity, a flow per
 * host), and a `heat` subsystem takes it at `arbitrate`, warms its hosts, publishes a
 * level, owns a command (`toyVent`, added to the command language), a snapshot part, a
 * digest contribution and invariants. They join the real subsystems in an engine made
 * like registry.ts makes the real one. Nothing outside this file was edited for them.
 */
import { describe, expect, it } from 'vitest';
import { z } from './zod';
import { commandSchema } from './commands';
import { makeEngine } from './engine';
import { meter, take, type MeterSpec } from './kernel/channel';
import { ENT } from './kernel/codes';
import { defineSubsystem, OK, reject, type CommandTable, type Ctx, type Outcome } from './kernel/contract';
import { foldBytes } from './kernel/digest';
import { pushEvent } from './kernel/events';
import type { World } from './kernel/world';
import { engine, SUBSYSTEMS } from './registry';
import { idSchema } from './scenario/parts';
import { presets } from './scenario/presets';

const WORK = 'toy.work';
const HEAT = 'toy.heat';
const workMeter: MeterSpec = { id: WORK, space: 'host', kind: 'flow', unit: 'entity-ms', doc: 'Running entities per host this tick; posted by load, taken by heat.' };
const heatMeter: MeterSpec = { id: HEAT, space: 'host', kind: 'level', unit: 'J', doc: 'Heat of each host, published by heat.' };

/** The producer: posts demand at `execute`, after the CPU ran this tick's millisecond. */
const load = defineSubsystem({
  id: 'load',
  meters: [workMeter],
  build: () => ({}),
  carry: () => ({}),
  phases: {
    execute(st) {
      const work = meter(st, WORK);
      for (let e = 0; e < st.topology.entityCount; e++) {
        const h = st.ent.host[e] ?? -1;
        if (h >= 0 && st.ent.state[e] === ENT.running) work[h] = (work[h] ?? 0) + 1;
      }
    },
  },
  commands: {},
  snapshot: () => ({}),
  buffers: () => [],
  digest: (_part, h) => h,
  invariants: () => [],
});

// The toy's state (state.ts in a real folder).
interface HeatState {
  joules: Float64Array;
  ticks: number;
}
type HeatWorld = World & { heat: HeatState };

// Its command: one line of command language (commands.ts) and one handler (commands.ts in its folder).
const toyVent = z.strictObject({ type: z.literal('toyVent'), host: idSchema });
function vent(st: HeatWorld, cmd: z.output<typeof toyVent>, _ctx: Ctx): Outcome {
  const h = st.topology.hosts.findIndex((x) => x.id === cmd.host);
  if (h < 0) return reject('reason.noSuchHost', { host: cmd.host });
  st.heat.joules[h] = 0;
  meter(st, HEAT)[h] = 0;
  pushEvent(st.events, st.tick, 'info', 'toy.vented', { host: cmd.host });
  return OK;
}
// `toyVent` is not in the real command language, so the table is cast; a real subsystem writes `satisfies CommandTable<…>`.
const heatCommands = { toyVent: vent } as unknown as CommandTable<HeatWorld>;

const heat = defineSubsystem({
  id: 'heat',
  meters: [heatMeter],
  build: (w: World): HeatState => ({ joules: new Float64Array(w.topology.hosts.length), ticks: 0 }),
  carry(prev, next) {
    const old = new Map(prev.topology.hosts.map((h, i) => [h.id, prev.heat.joules[i] ?? 0]));
    return { joules: Float64Array.from(next.topology.hosts, (h) => old.get(h.id) ?? 0), ticks: prev.heat.ticks };
  },
  phases: {
    arbitrate(st) {
      const work = meter(st, WORK);
      const level = meter(st, HEAT);
      for (let h = 0; h < st.topology.hosts.length; h++) {
        const j = (st.heat.joules[h] ?? 0) * 0.99 + take(work, h);
        st.heat.joules[h] = j;
        level[h] = j;
      }
      st.heat.ticks += 1;
    },
  },
  commands: heatCommands,
  snapshot: (st) => ({ heat: { joules: st.heat.joules.slice(), ticks: st.heat.ticks } }),
  buffers: (part) => [part.heat.joules.buffer as ArrayBuffer],
  digest: (part, h) => foldBytes(h, part.heat.joules),
  invariants: (st) => (st.heat.joules.some((j) => !(j >= 0)) ? ['heat is negative or not a number'] : []),
});

// The registry line, as registry.ts does it; the wider command language a new command needs.
const language = z.discriminatedUnion('type', [...commandSchema.options, toyVent]) as unknown as typeof commandSchema;
const toy = makeEngine([...SUBSYSTEMS, load, heat], language);

const basic = presets.basic;
const host1 = 0;

describe('the add-a-subsystem recipe, with a toy', () => {
  it('builds: its state, its meters and its snapshot part exist, typed', () => {
    const st = toy.createSim(basic);
    expect(st.heat.joules).toHaveLength(basic.hosts.length);
    expect(meter(st, HEAT)).toHaveLength(basic.hosts.length);
    const snap = toy.toSnapshot(st);
    expect(snap.heat.ticks).toBe(0);
    expect(Object.keys(snap).slice(-2)).toEqual(['orch', 'heat']);
  });

  it('its phases run at their places: demand posted at execute is taken at arbitrate in the same tick', () => {
    const st = toy.step(toy.createSim(basic), 1);
    expect(st.heat.ticks).toBe(1);
    expect(meter(st, WORK)[host1]).toBe(0); // taken
    const running = Array.from(st.ent.state).filter((s, e) => s === ENT.running && st.ent.host[e] === host1).length;
    expect(st.heat.joules[host1]).toBe(running);
    expect(meter(st, HEAT)[host1]).toBe(running);
  });

  it('disturbs nothing else: the real parts of the snapshot are what the real engine computes', () => {
    const a = toy.toSnapshot(toy.step(toy.createSim(basic), 3000));
    const b = engine.toSnapshot(engine.step(engine.createSim(basic), 3000));
    const { heat: part, ...rest } = a;
    expect(part.ticks).toBe(3000);
    expect(rest).toEqual(b);
    expect(toy.snapshotDigest(a)).not.toBe(engine.snapshotDigest(b)); // its part joins the digest
    expect(toy.snapshotBuffers(a)).toContain(a.heat.joules.buffer);
  });

  it('is carried across a scenario edit, by host id', () => {
    const st = toy.step(toy.createSim(basic), 500);
    const r = toy.applyCommand(st, { type: 'addVm', vm: { id: 'more', name: 'more', host: 'host-1', vcpus: 1, memoryMiB: 512 } });
    if (!r.ok) throw new Error(r.reason.key);
    expect(r.state.heat.joules[host1]).toBe(st.heat.joules[host1]);
    expect(r.state.heat.joules[host1]).toBeGreaterThan(0);
    expect(toy.checkInvariants(r.state)).toEqual([]);
  });

  it('its invariants run with everyone else’s', () => {
    const st = toy.step(toy.createSim(basic), 10);
    expect(toy.checkInvariants(st)).toEqual([]);
    st.heat.joules[host1] = -1;
    expect(toy.checkInvariants(st)).toEqual(['heat is negative or not a number']);
  });
});

describe('the add-a-command recipe, with the toy’s command', () => {
  it('dispatches through the table; a refusal returns the very same state', () => {
    const st = toy.step(toy.createSim(basic), 200);
    const r = toy.applyCommand(st, { type: 'toyVent', host: 'host-1' });
    if (!r.ok) throw new Error(r.reason.key);
    expect(r.state.heat.joules[host1]).toBe(0);
    expect(st.heat.joules[host1]).toBeGreaterThan(0); // the input is untouched
    expect(r.state.events.list.at(-1)).toMatchObject({ key: 'toy.vented', params: { host: 'host-1' } });
    const no = toy.applyCommand(st, { type: 'toyVent', host: 'nowhere' });
    expect(no).toMatchObject({ ok: false, reason: { key: 'reason.noSuchHost' } });
    expect(no.state).toBe(st);
    expect(toy.applyCommand(st, { type: 'toyVent' })).toMatchObject({ ok: false, reason: { key: 'reason.badCommand', params: { field: 'host' } } });
  });

  it('the real engine does not know the toy command', () => {
    const st = engine.createSim(basic);
    expect(engine.applyCommand(st, { type: 'toyVent', host: 'host-1' })).toMatchObject({ ok: false, reason: { key: 'reason.badCommand' } });
  });
});

describe('the registry refuses a broken list', () => {
  it('two subsystems with one id, two handlers for one command, or a command without one', () => {
    expect(() => makeEngine([...SUBSYSTEMS, heat, heat], language)).toThrow(/id heat is taken/);
    const bare = { build: () => ({}), carry: () => ({}), phases: {}, snapshot: () => ({}), buffers: () => [], digest: (_p: object, h: number) => h, invariants: () => [] };
    const thief = defineSubsystem({ ...bare, id: 'thief', commands: { stopVm: () => OK } });
    expect(() => makeEngine([...SUBSYSTEMS, thief])).toThrow(/stopVm has two handlers/);
    expect(() => makeEngine(SUBSYSTEMS, language)).toThrow(/no handler for command toyVent/);
    const twin = defineSubsystem({ ...bare, id: 'twin', meters: [workMeter], commands: {} });
    expect(() => makeEngine([...SUBSYSTEMS, load, twin])).toThrow(/meter toy.work is declared twice/);
  });
});
