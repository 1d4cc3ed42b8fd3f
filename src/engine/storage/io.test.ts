/**
 * Consequences between the CPU and storage (issue 13): an idle guest halts and issues no
 * I/O, each workload has its own I/O rate and read share, and a VM's I/O waits last the
 * latency of the array its volumes live on (a slower, saturated or rebuilding array slows its VMs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IO_LATENCY, meter } from '../kernel/channel';
import { drawWait, PHASE_KINDS, phaseCode, PROFILES, REF_IO_MS } from '../kernel/workload';
import { createSim, scenarioSchema, step, type SimState } from '../index';

const KINDS = ['idle', 'web', 'database', 'io-bound', 'cpu-bound'] as const;

function world(latencyMs = 0.5, iops = 200000) {
  return scenarioSchema.parse({
    schemaVersion: 1,
    name: 'io',
    hosts: [{ id: 'h', name: 'h', sockets: 1, coresPerSocket: 8, threadsPerCore: 1, memoryMiB: 65536 }],
    vms: KINDS.map((k) => ({ id: k, name: k, host: 'h', vcpus: 1, memoryMiB: 1024, workload: k, disks: [{ id: `${k}-d`, sizeGiB: 20 }] })),
    storageArrays: [{ id: 'a', name: 'a', capacityGiB: 4096, iops, latencyMs, rack: 'r' }],
  });
}

function iopsByVm(st: SimState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of st.storage.volumes) if (v.owner !== null) out[v.owner] = v.readIops + v.writeIops;
  return out;
}

function powered(latencyMs?: number, iops?: number): SimState {
  let st = createSim(world(latencyMs, iops), 7);
  st = step(st, 20000); // boot (4 s) and settle
  return st;
}

describe('idle is not I/O', () => {
  it('an idle VM halts and issues no I/O; a database issues the most, web little', () => {
    const io = iopsByVm(powered());
    if (process.env['IO_PRINT'] !== undefined) console.log(io);
    expect(io['idle']).toBeLessThan(0.5); // boot I/O decays away in the smoothed figure
    expect(io['database']).toBeGreaterThan(2000);
    expect(io['database']).toBeGreaterThan(io['web'] ?? 0);
    expect(io['web']).toBeGreaterThan(0);
    expect(io['web']).toBeLessThan(io['database'] ?? 0);
  });

  it('each workload has its own read share', () => {
    const st = powered();
    const read = (id: string) => {
      const v = st.storage.volumes.find((x) => x.owner === id);
      return v === undefined ? 0 : v.readIops / (v.readIops + v.writeIops);
    };
    expect(read('web')).toBeCloseTo(PROFILES.web.read, 1);
    expect(read('database')).toBeCloseTo(PROFILES.database.read, 1);
  });

  it('property: a halt never issues I/O, an I/O wait lasts its rounds at the given latency', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: PHASE_KINDS.length - 1 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.double({ min: 0.05, max: 20, noNaN: true }), (code, seed, lat) => {
        const out = { ms: 0, ops: 0 };
        drawWait(createSim(world(), seed).rng, code, lat, out);
        const p = PROFILES[PHASE_KINDS[code] ?? 'idle'];
        if (out.ops === 0) return out.ms >= p.io[0] && out.ms <= p.io[1];
        const rounds = out.ops / p.depth;
        return p.ioShare > 0 && Number.isInteger(rounds) && out.ms === Math.max(1, Math.round(rounds * lat));
      }),
    );
    const out = { ms: 0, ops: 0 };
    drawWait(createSim(world(), 1).rng, phaseCode('idle'), 5, out);
    expect(out.ops).toBe(0);
    expect(REF_IO_MS).toBeGreaterThan(0);
  });
});

export { iopsByVm, powered, meter, IO_LATENCY };
