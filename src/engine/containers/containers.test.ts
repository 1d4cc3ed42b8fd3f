/**
 * The container runtime inside the whole simulation, on the presets that teach it, with
 * checkInvariants after every step: pulls fetch only missing layers (and hold the
 * container's memory reservation meanwhile), copy-on-write and the OOM killer, density
 * limits, CPU quotas, moving and removing containers, memory in use on the channel, and
 * records that stay aligned with the topology through every edit.
 */
import { describe, expect, it, vi } from 'vitest';
import { applyCommand, createSim, presets, step, toSnapshot, type SimState } from '../index';
import { runChecked, applyOk } from '../testing';
import { CT_MEM_USED, IO_LATENCY, IO_RATE, meter } from '../kernel/channel';
import { foldBytes, foldText, FNV_OFFSET } from '../kernel/digest';
import { ENT, POWER } from '../kernel/codes';
import { END } from '../cpu/cpuState';
import { digestCluster } from '../cluster/digest';
import { digestContainers } from './digest';
import { containerInvariants } from './invariants';

// Long runs with invariants on a shared, busy machine: allow time rather than fail on load.
vi.setConfig({ testTimeout: 60_000 });


const apply = applyOk;

const events = (st: SimState, key: string) => st.events.list.filter((e) => e.key === key);
const ctAt = (st: SimState, id: string): number => st.topology.containers.findIndex((c) => c.id === id);

describe('containers', () => {
  it('docker-layers: a pull fetches only the layers the engine lacks', () => {
    const st = runChecked(createSim(presets['docker-layers']), 36_000);
    const pulled = events(st, 'containers.ev.pulled').map((e) => [e.params?.['container'], e.params?.['fetched'], e.params?.['skipped']]);
    expect(pulled).toEqual([['py-1', 131, 0], ['api-3', 37, 131], ['db-1', 120, 74]]);
    expect(events(st, 'containers.ev.cached').map((e) => e.params?.['container'])).toEqual(['api-2']);
  });

  it('docker-layers: modifying a file copies it up into the writable layer; over the memory limit the OOM killer ends a container', () => {
    const st = runChecked(createSim(presets['docker-layers']), 36_000);
    const api1 = st.topology.containers.findIndex((c) => c.id === 'api-1');
    expect(st.containers.cts[api1]?.copied.map((f) => f.path)).toEqual(['/app/config.yaml']);
    const db = st.topology.containers.findIndex((c) => c.id === 'db-1');
    expect(st.containers.cts[db]?.oomKills).toBe(1);
    expect(st.ctPower[db]).toBe(0);
  });

  it('vm-vs-container: containers start in 0.3 s, VMs in 4 s; more containers than VMs fit', () => {
    let st = runChecked(createSim(presets['vm-vs-container']), 5000);
    const snap = toSnapshot(st);
    expect(snap.fleet.ct.cts.find((c) => c.id === 'app-ct-1')?.lastStartMs).toBe(300);
    expect(snap.fleet.ct.vms.find((v) => v.id === 'app-vm-1')?.lastStartMs).toBe(4000);
    let vms = 0;
    for (let i = 0; i < 20; i++) {
      const r = applyCommand(st, { type: 'placeVm', host: 'host-vms', vm: { id: `x${i}`, name: `x${i}`, vcpus: 1, memoryMiB: 768, reservationMiB: 768 } });
      if (!r.ok) {
        expect(r.reason.key).toBe('cluster.reason.noRoom');
        expect(r.state).toBe(st);
        break;
      }
      st = r.state;
      vms += 1;
    }
    let cts = 0;
    for (let i = 0; i < 30; i++) {
      const r = applyCommand(st, { type: 'runContainer', container: { id: `c${i}`, name: `c${i}`, host: 'host-containers', image: 'shop-api:1.0', memoryLimitMiB: 512 } });
      if (!r.ok) {
        expect(r.reason.key).toBe('containers.reason.hostFull');
        break;
      }
      st = r.state;
      cts += 1;
    }
    // Each VM reserves its 768 MiB plus 64 MiB overhead: 9 fit in 7,680 MiB; containers need only their limit.
    expect([4 + vms, 4 + cts]).toEqual([9, 15]);
    runChecked(st, 1000);
  });

  it('a CPU quota (cgroup cpu.max) holds a CPU-hungry container to 20 ms per 100 ms, on a host with idle pCPUs', () => {
    const st = runChecked(createSim(presets['docker-layers']), 5000, 100);
    const i = st.topology.containers.findIndex((c) => c.id === 'batch-1');
    const e = st.topology.containers[i]?.ent ?? -1;
    const rec = st.containers.cts[i];
    expect(rec?.throttles).toBeGreaterThan(40);
    expect((st.ent.run[e] ?? 0) / 5000).toBeLessThanOrEqual(0.21);
    expect((st.ent.run[e] ?? 0) / 5000).toBeGreaterThan(0.15);
  });

  it('the time a spent quota holds a container back is %MLMTD (held back by its limit), as for a VM’s cap, not wait', () => {
    // batch-1 is cpu-bound at 0.2 CPU: runnable nearly all the time, held back about 80 % of it.
    const st0 = step(createSim(presets['docker-layers']), 2000);
    const i = ctAt(st0, 'batch-1');
    const e = st0.topology.containers[i]?.ent ?? -1;
    const st = runChecked(st0, 5000, 100);
    const alive = st.ent.alive[e]! - st0.ent.alive[e]!;
    const held = st.cpu.mlmtd[e]! - st0.cpu.mlmtd[e]!;
    const wait = st.ent.wait[e]! - st0.ent.wait[e]!;
    expect(held / alive).toBeGreaterThan(0.6);
    expect(wait / alive).toBeLessThan(0.15);
    // Its slices end for its limit, as a capped vCPU's do (the Gantt's thick bar), not for I/O.
    const ends = [...Array(Math.min(st.cpu.log.n, 2048)).keys()].filter((k) => st.cpu.log.ent[k] === e).map((k) => st.cpu.log.endWhy[k]);
    expect(ends.filter((w) => w === END.cap).length).toBeGreaterThan(ends.filter((w) => w === END.blocked).length);
    // The snapshot says which entity is held so (the CPU lens's chips and inspector read it).
    const snap = toSnapshot(st);
    expect(snap.ent.limited[e]).toBe(st.ent.state[e] === ENT.blocked && (st.ent.paused[e] ?? 0) > 0 ? 1 : 0);
  });

  it('a throttled container resumes its burst when its next period starts: it finishes bursts and waits for its I/O', () => {
    // batch-1 (cpu-bound: bursts of 40-200 ms) may run 20 ms per 100 ms. A throttle takes
    // running time away and keeps the rest of the burst, so each burst takes a few periods
    // and then the container waits for its disk I/O. Cutting the burst at every throttle
    // (the old throttle) made it draw a new one each period: no burst ever ended, no I/O.
    let st = step(createSim(presets['docker-layers']), 2000);
    const i = ctAt(st, 'batch-1');
    const e = st.topology.containers[i]?.ent ?? -1;
    let ended = 0;
    let resumed = 0;
    for (let t = 0; t < 5000; t++) {
      const before = st.containers.cts[i]?.throttles ?? 0;
      const wasRunning = st.ent.state[e] === ENT.running;
      const wasPaused = (st.ent.paused[e] ?? 0) > 0;
      const held = st.ent.resume[e] ?? 0;
      st = step(st, 1);
      const throttled = (st.containers.cts[i]?.throttles ?? 0) > before;
      if (wasRunning && !throttled && st.ent.state[e] === ENT.blocked) ended += 1;
      if (wasPaused && held > 0 && st.ent.state[e] !== ENT.blocked) {
        expect(st.ent.phaseLeft[e]).toBeLessThanOrEqual(held);
        expect(st.ent.phaseLeft[e]).toBeGreaterThan(held - 2);
        resumed += 1;
      }
    }
    expect(resumed).toBeGreaterThan(30);
    // About 1,000 ms of running in 5 s over bursts of 120 ms on average.
    expect(ended).toBeGreaterThan(4);
    expect(ended).toBeLessThan(20);
    expect((st.ent.run[e] ?? 0) / st.ent.alive[e]!).toBeLessThanOrEqual(0.21);
  });

  it('moving a container keeps its image, pulls what the target lacks, and leaves the writable layer behind', () => {
    let st = runChecked(createSim(presets['docker-layers']), 1000);
    st = apply(st, { type: 'modifyFile', container: 'web-1' });
    st = apply(st, { type: 'moveContainer', container: 'web-1', host: 'host-b' });
    st = runChecked(st, 3000);
    const i = st.topology.containers.findIndex((c) => c.id === 'web-1');
    expect(st.topology.hosts[st.topology.containers[i]?.host ?? -1]?.id).toBe('host-b');
    expect(st.topology.containers[i]?.image).toBe('shop-web:1.0');
    expect(st.ctPower[i]).toBe(2);
    expect(st.containers.cts[i]?.copied).toEqual([]);
  });
});


describe('the container runtime in the contract', () => {
  it('a container waiting for its image holds its memory reservation until it starts', () => {
    const st = runChecked(createSim(presets['docker-layers']), 500);
    const reserved = (s: SimState): number => toSnapshot(s).fleet.hosts[0]!.reservedMiB;
    const s = apply(st, { type: 'runContainer', container: { id: 'fresh', name: 'fresh', host: 'host-a', image: 'postgres:16', memoryLimitMiB: 300 } });
    const i = ctAt(s, 'fresh');
    expect(s.containers.pulls.map((p) => p.container)).toEqual(['fresh']);
    expect([s.ctPending[i], s.ctPower[i]]).toEqual([1, POWER.off]);
    expect(reserved(s)).toBe(reserved(st) + 300);
    const later = runChecked(s, 3000, 100);
    expect(events(later, 'containers.ev.pulled').some((e) => e.params?.['container'] === 'fresh')).toBe(true);
    expect([later.ctPending[i], later.ctPower[i]]).toEqual([0, POWER.on]);
    expect(reserved(later)).toBe(reserved(step(st, 3000)) + 300);
  });

  it('removing a container that is still pulling drops the pull and the reservation', () => {
    const st = runChecked(createSim(presets['docker-layers']), 500);
    const before = toSnapshot(st).fleet.hosts[0]!.reservedMiB;
    const s = apply(apply(st, { type: 'runContainer', container: { id: 'fresh', name: 'fresh', host: 'host-a', image: 'postgres:16' } }), { type: 'removeContainer', container: 'fresh' });
    expect(s.containers.pulls).toEqual([]);
    expect(toSnapshot(s).fleet.hosts[0]!.reservedMiB).toBe(before);
  });

  it('publishes each container’s memory in use on the channel; the snapshot record shows it, with its disk I/O', () => {
    const st = runChecked(createSim(presets['vm-vs-container']), 1000, 250);
    const mem = meter(st, CT_MEM_USED);
    const cts = toSnapshot(st).fleet.ct.cts;
    expect(cts.map((c) => c.memMiB)).toEqual(Array.from(mem));
    expect(cts.filter((c) => c.memMiB > 0).length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(cts[0]!).slice(0, 7)).toEqual(['id', 'writableMiB', 'copied', 'memMiB', 'iops', 'ioLatencyMs', 'requested']);
    expect(cts.map((c) => c.iops)).toEqual(st.topology.containers.map((c) => meter(st, IO_RATE)[c.ent]));
    expect(cts.map((c) => c.ioLatencyMs)).toEqual(st.topology.containers.map((c) => meter(st, IO_LATENCY)[c.ent]));
  });

  it('keeps one record per container and VM, aligned by id, through topology edits', () => {
    let st = runChecked(createSim(presets.basic), 300);
    st = apply(st, { type: 'removeVm', vm: 'web-1' });
    st = apply(st, { type: 'addVm', vm: { id: 'late', name: 'late', host: 'host-1', vcpus: 1, memoryMiB: 512 } });
    expect(st.containers.cts.map((c) => c.id)).toEqual(st.topology.containers.map((c) => c.id));
    expect(st.containers.vms.map((v) => v.id)).toEqual(st.topology.vms.map((v) => v.id));
    expect(containerInvariants(st)).toEqual([]);
    st.containers.cts.reverse();
    expect(containerInvariants(st).some((m) => m.startsWith('container record'))).toBe(true);
  });

  it('opens the fleet digest text the cluster closes: together one JSON object {ct, cl, hosts}', () => {
    const snap = toSnapshot(runChecked(createSim(presets['docker-layers']), 1000, 250));
    const joint = digestCluster(snap.fleet, digestContainers(snap.fleet.ct, FNV_OFFSET));
    const text = JSON.stringify({ ct: snap.fleet.ct, cl: snap.fleet.cl, hosts: snap.fleet.hosts });
    expect(joint).toBe(foldBytes(foldText(FNV_OFFSET, text), snap.fleet.pages));
  });
});
