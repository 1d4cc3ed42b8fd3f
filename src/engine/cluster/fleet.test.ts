/**
 * The container runtime and the cluster inside the whole simulation, on the presets
 * that teach them, with checkInvariants after every step: pulls fetch only missing
 * layers, copy-on-write and the OOM killer, density limits, a live migration that
 * moves a VM with a pause of milliseconds, DRS narrowing the gap, HA restarting what
 * fits, and commands that are refused leaving the state untouched.
 */
import { describe, expect, it, vi } from 'vitest';
import { applyCommand, checkInvariants, createSim, presets, snapshotDigest, step, toSnapshot, type CommandInput, type PresetId, type SimState } from '../index';

// Long runs with invariants on a shared, busy machine: allow time rather than fail on load.
vi.setConfig({ testTimeout: 60_000 });

function runChecked(st: SimState, ticks: number, chunk = 50): SimState {
  let s = st;
  for (let t = 0; t < ticks; t += chunk) {
    s = step(s, chunk);
    expect(checkInvariants(s)).toEqual([]);
  }
  return s;
}

function apply(st: SimState, cmd: CommandInput): SimState {
  const r = applyCommand(st, cmd);
  if (!r.ok) throw new Error(r.reason.key);
  expect(checkInvariants(r.state)).toEqual([]);
  return r.state;
}

const events = (st: SimState, key: string) => st.events.list.filter((e) => e.key === key);
const vmHost = (st: SimState, id: string) => st.topology.hosts[st.topology.vms.find((v) => v.id === id)?.host ?? -1]?.id;

describe('containers', () => {
  it('docker-layers: a pull fetches only the layers the engine lacks', () => {
    const st = runChecked(createSim(presets['docker-layers']), 10_000);
    const pulled = events(st, 'containers.ev.pulled').map((e) => [e.params?.['container'], e.params?.['fetched'], e.params?.['skipped']]);
    expect(pulled).toEqual([['py-1', 131, 0], ['api-3', 37, 131], ['db-1', 120, 74]]);
    expect(events(st, 'containers.ev.cached').map((e) => e.params?.['container'])).toEqual(['api-2']);
  });

  it('docker-layers: modifying a file copies it up into the writable layer; over the memory limit the OOM killer ends a container', () => {
    const st = runChecked(createSim(presets['docker-layers']), 10_000);
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
      const r = applyCommand(st, { type: 'placeVm', host: 'host-vms', vm: { id: `x${i}`, name: `x${i}`, vcpus: 1, memoryMiB: 768 } });
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
    expect([4 + vms, 4 + cts]).toEqual([10, 15]);
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

describe('cluster', () => {
  it('live-migration: web-vm moves to host-2 with a pause under 50 ms; db-vm needs auto-converge', () => {
    const st = runChecked(createSim(presets['live-migration']), 30_000, 100);
    expect(vmHost(st, 'web-vm')).toBe('host-2');
    expect(vmHost(st, 'db-vm')).toBe('host-2');
    const [web, db] = st.cluster.history;
    expect(web?.downtimeMs).toBeLessThanOrEqual(50);
    expect(web?.throttlePct).toBe(0);
    expect(db?.throttlePct).toBeGreaterThan(0);
    expect(db?.downtimeMs).toBeLessThanOrEqual(50);
  });

  it('host-failure: HA restarts the VMs that fit and says why the last one cannot', () => {
    const st = runChecked(createSim(presets['host-failure']), 12_000);
    expect(vmHost(st, 'shop')).toBe('host-2');
    expect(vmHost(st, 'orders')).toBe('host-3');
    const reports = st.topology.vms.findIndex((v) => v.id === 'reports');
    expect(st.vmPower[reports]).toBe(0);
    expect(st.cluster.decisions.find((d) => d.kind === 'haFail')?.message.params).toMatchObject({ vm: 'reports', need: 4096, largest: 3584 });
  });

  it('drs-balance: DRS migrates VMs off the crowded host until the gap is under the threshold', () => {
    const st = runChecked(createSim(presets['drs-balance']), 20_000, 100);
    const hosts = toSnapshot(st).fleet.hosts;
    expect(st.cluster.history.length).toBeGreaterThanOrEqual(3);
    expect(hosts.every((h) => h.reservedMiB > 512)).toBe(true);
    expect(st.cluster.decisions.some((d) => d.kind === 'drs')).toBe(true);
  });

  it('refuses impossible commands with a reason and leaves the state untouched', () => {
    const st = runChecked(createSim(presets['live-migration']), 100);
    const digest = snapshotDigest(toSnapshot(st));
    const bad: [CommandInput, string][] = [
      [{ type: 'migrateVm', vm: 'web-vm', host: 'host-2' }, 'cluster.reason.vmNotRunning'],
      [{ type: 'migrateVm', vm: 'nope', host: 'host-2' }, 'reason.noSuchVm'],
      [{ type: 'repairHost', host: 'host-1' }, 'cluster.reason.notFailed'],
      [{ type: 'placeVm', vm: { id: 'big', name: 'big', vcpus: 1, memoryMiB: 60000 } }, 'cluster.reason.fitsNowhere'],
      [{ type: 'modifyFile', container: 'none' }, 'reason.noSuchContainer'],
    ];
    for (const [cmd, key] of bad) {
      const r = applyCommand(st, cmd);
      expect(r.ok ? 'ok' : r.reason.key).toBe(key);
      expect(snapshotDigest(toSnapshot(r.state))).toBe(digest);
    }
  });

  it('same preset, same commands: identical digests (replay)', () => {
    const run = (id: PresetId): string => {
      let st = step(createSim(presets[id]), 6000);
      st = apply(st, { type: 'configureCluster', placement: 'best-fit', linkMiBps: 125 });
      st = apply(st, { type: 'placeVm', vm: { id: 'n1', name: 'n1', vcpus: 1, memoryMiB: 2048 } });
      return snapshotDigest(toSnapshot(step(st, 9000)));
    };
    expect(run('live-migration')).toBe(run('live-migration'));
  });
});
