/**
 * Orchestration on the `orchestration` preset and small hand-made clusters, with
 * checkInvariants after every step: replicas scheduled by their requests (Pending with the
 * numbers when nothing fits), a killed container restarted in place, a failed node's
 * replicas replaced, a rolling update that holds the available count, the autoscaler
 * scaling out at once and in after its window; refused commands change nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { applyCommand, createSim, parseScenario, presets, toSnapshot, type ScenarioInput, type SimState } from '../index';
import { applyOk, runChecked } from '../testing';
import { SUBSYSTEMS } from '../registry';
import { editState, type AnyState } from '../state';

vi.setConfig({ testTimeout: 60_000 });

const snap = (st: SimState) => toSnapshot(st).orch;
const web = (st: SimState) => {
  const d = snap(st).deps[0];
  if (d === undefined) throw new Error('no deployment');
  return d;
};
const pods = (st: SimState) => snap(st).pods;
const events = (st: SimState, key: string) => st.events.list.filter((e) => e.key === key);

const node = (id: string, cores = 4, memoryMiB = 6144) => ({ id, name: id, sockets: 1, coresPerSocket: cores, threadsPerCore: 1, memoryMiB });
function world(over: Partial<NonNullable<ScenarioInput['deployments']>[number]> = {}, hosts = [node('n1'), node('n2')]): SimState {
  const r = parseScenario({ schemaVersion: 1, name: 't', hosts, deployments: [{ id: 'app', name: 'app', image: 'shop-web', version: '1.0', replicas: 3, cpuRequestM: 1000, memRequestMiB: 1024, memLimitMiB: 1024, cpuLimitM: 2000, ...over }] });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return createSim(r.scenario);
}

describe('orchestration', () => {
  it('a world without deployments has no orchestrator part to speak of', () => {
    const st = createSim(presets.basic);
    expect(snap(st)).toEqual({ deps: [], pods: [], nodes: [] });
  });

  it('schedules replicas where their requests fit (most room first) and says so with the numbers', () => {
    const st = runChecked(world(), 3000);
    expect(web(st)).toMatchObject({ desired: 3, ready: 3 });
    expect(pods(st).map((p) => p.node).toSorted()).toEqual(['n1', 'n1', 'n2']);
    expect(events(st, 'orch.ev.scheduled')[0]?.params).toEqual({ pod: 'app-1', node: 'n1', cpu: 1, cores: 4, free: 4.5 });
  });

  it('a replica that fits nowhere stays Pending with its reason', () => {
    let st = runChecked(world(), 3000);
    st = applyOk(st, { type: 'scaleDeployment', deployment: 'app', replicas: 9 });
    st = runChecked(st, 3000);
    const pending = pods(st).filter((p) => p.phase === 'Pending');
    expect(pending).toHaveLength(1);
    expect(pending[0]?.reason).toMatchObject({ key: 'orch.why.noFit', params: { cpu: 1, mem: 1, nodes: 2, failed: 0, full: 2 } });
    expect(web(st).ready).toBe(8);
  });

  it('a killed container is restarted in place after the back-off', () => {
    let st = runChecked(world(), 3000);
    const victim = pods(st)[0];
    st = applyOk(st, { type: 'killPod', pod: victim?.id ?? '' });
    st = runChecked(st, 300);
    expect(pods(st).find((p) => p.id === victim?.id)).toMatchObject({ phase: 'Starting', restarts: 1, node: victim?.node });
    st = runChecked(st, 2000);
    expect(pods(st).find((p) => p.id === victim?.id)).toMatchObject({ phase: 'Ready', restarts: 1 });
    expect(events(st, 'orch.ev.exited')).toHaveLength(1);
  });

  it("a failed node's replicas are replaced on the others", () => {
    let st = runChecked(world({ replicas: 4 }), 3000);
    const lost = pods(st).filter((p) => p.node === 'n1').length;
    st = applyOk(st, { type: 'failHost', host: 'n1' });
    st = runChecked(st, 3000);
    expect(events(st, 'orch.ev.nodeLost')).toHaveLength(lost);
    expect(pods(st).every((p) => p.node === 'n2' && p.phase === 'Ready')).toBe(true);
    expect(web(st).ready).toBe(4);
  });

  it('a container removed or moved by hand is no longer a replica: the deployment replaces it', () => {
    let st = runChecked(world(), 3000);
    st = applyOk(st, { type: 'removeContainer', container: 'app-1' });
    st = applyOk(st, { type: 'moveContainer', container: 'app-2', host: 'n1' });
    st = runChecked(st, 3000);
    expect(events(st, 'orch.ev.removed').map((e) => e.params?.['pod'])).toEqual(['app-1']);
    expect(events(st, 'orch.ev.moved').map((e) => e.params?.['pod'])).toEqual(['app-2']);
    expect(web(st)).toMatchObject({ desired: 3, ready: 3 });
    expect(st.topology.containers.map((c) => c.id).toSorted()).toEqual(pods(st).map((p) => p.id).toSorted());
  });

  it('a rolling update replaces every replica with the new version, never below the desired count', () => {
    let st = runChecked(world({ replicas: 4 }), 3000);
    st = applyOk(st, { type: 'rolloutDeployment', deployment: 'app', version: '2.0' });
    let most = 0;
    st = runChecked(st, 8000, 10, (s) => {
      const alive = pods(s).filter((p) => p.phase !== 'Terminating');
      most = Math.max(most, alive.length);
      expect(alive.filter((p) => p.phase === 'Ready').length).toBeGreaterThanOrEqual(4);
    });
    expect(most).toBe(5);
    expect(pods(st).every((p) => p.version === '2.0' && p.phase === 'Ready')).toBe(true);
    expect(web(st)).toMatchObject({ rolling: false, rolloutMinAvailable: 4 });
    // Only the new top layer travels: 40 MiB at the registry's 100 MiB/s.
    expect(st.events.list.some((e) => e.key === 'containers.ev.pulling' && e.params?.missing === 1 && e.params.mib === 40)).toBe(true);
  });

  it('the autoscaler scales out at once and in only after its stabilisation window', () => {
    let st = runChecked(world({ autoscale: { min: 2, max: 6, targetPct: 50 }, loadM: 1500 }), 3000);
    expect(web(st).desired).toBe(3);
    st = applyOk(st, { type: 'setDeploymentLoad', deployment: 'app', loadM: 2500 });
    st = runChecked(st, 1000);
    expect(events(st, 'orch.ev.scaleUp').at(-1)?.params).toMatchObject({ util: 83, target: 50, from: 3, to: 5 });
    st = applyOk(st, { type: 'setDeploymentLoad', deployment: 'app', loadM: 500 });
    st = runChecked(st, 5000);
    expect(web(st).desired).toBe(5);
    st = runChecked(st, 6000);
    expect(web(st).desired).toBe(2);
    expect(events(st, 'orch.ev.scaleDown').at(-1)?.params).toMatchObject({ from: 5, to: 2, s: 10 });
  });

  it('scaling by hand turns the autoscaler off until it is given back', () => {
    let st = runChecked(world({ autoscale: { min: 2, max: 6, targetPct: 50 }, loadM: 1500 }), 2000);
    st = applyOk(st, { type: 'scaleDeployment', deployment: 'app', replicas: 6 });
    st = runChecked(st, 3000);
    expect(web(st)).toMatchObject({ desired: 6, hpaOn: false });
    st = applyOk(st, { type: 'scaleDeployment', deployment: 'app', autoscale: true });
    st = runChecked(st, 12_000);
    expect(web(st)).toMatchObject({ desired: 3, hpaOn: true });
  });

  it('refused commands change nothing', () => {
    const st = runChecked(world(), 2000);
    for (const [cmd, key] of [
      [{ type: 'scaleDeployment', deployment: 'nope', replicas: 2 }, 'orch.reason.noSuchDeployment'],
      [{ type: 'scaleDeployment', deployment: 'app', autoscale: true }, 'orch.reason.noAutoscaler'],
      [{ type: 'rolloutDeployment', deployment: 'app', version: '1.0' }, 'orch.reason.sameVersion'],
      [{ type: 'killPod', pod: 'ghost' }, 'orch.reason.noSuchPod'],
      [{ type: 'setDeploymentLoad', deployment: 'nope', loadM: 1 }, 'orch.reason.noSuchDeployment'],
    ] as const) {
      const r = applyCommand(st, cmd);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason.key).toBe(key);
      expect(r.state).toBe(st);
    }
  });

  it('bad deployments are refused with their reasons', () => {
    const bad = (over: object) => parseScenario({ schemaVersion: 1, name: 't', hosts: [node('n1')], deployments: [{ id: 'a', name: 'a', image: 'x', version: '1', replicas: 1, ...over }] });
    expect(bad({ nodes: ['nowhere'] }).ok).toBe(false);
    expect(bad({ maxSurge: 0, maxUnavailable: 0 }).ok).toBe(false);
    expect(bad({ cpuRequestM: 2000, cpuLimitM: 1000 }).ok).toBe(false);
    expect(bad({ autoscale: { min: 5, max: 2 } }).ok).toBe(false);
    expect(bad({}).ok).toBe(true);
  });

  it('the preset shows each behaviour in turn within a minute', () => {
    const st = runChecked(createSim(presets.orchestration), 60_000, 500);
    const first = (key: string) => events(st, key)[0]?.tick ?? -1;
    expect(first('orch.ev.scaleUp')).toBe(6000);
    expect(events(st, 'orch.ev.scaleUp')[0]?.params).toMatchObject({ util: 200, target: 60, from: 3, to: 10 });
    expect(first('orch.ev.nodeLost')).toBe(16_000);
    expect(events(st, 'orch.ev.pending').length).toBe(2);
    expect(first('orch.ev.rolledOut')).toBeGreaterThan(30_000);
    expect(events(st, 'orch.ev.rolledOut')[0]?.params).toMatchObject({ version: '2.0', replicas: 10, min: 10 });
    expect(first('orch.ev.scaleDown')).toBe(53_000);
    expect(web(st)).toMatchObject({ desired: 3, ready: 3, version: '2.0' });
  });
});

/** A scenario edit as a subsystem makes it (Ctx.edit), in place. */
const edit = (st: SimState, change: (s: SimState['scenario']) => SimState['scenario']) => editState(SUBSYSTEMS, st as unknown as AnyState, change);

describe('removing a deployment by a scenario edit', () => {
  it('removes its replicas\' containers (as deleting a Deployment deletes its pods) and keeps every other container', () => {
    let st = runChecked(world(), 3000);
    const r = parseScenario({ ...st.scenario, containers: [...st.scenario.containers, { id: 'own', name: 'own', host: 'n2', image: 'redis:7', workload: 'idle' }] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(edit(st, () => r.scenario)).toEqual({ ok: true });
    st = runChecked(st, 500);
    expect(st.topology.containers.filter((c) => c.id.startsWith('app-'))).toHaveLength(3);
    expect(st.scenario.containers.filter((c) => c.deployment === 'app')).toHaveLength(3);
    expect(edit(st, (s) => ({ ...s, deployments: [] }))).toEqual({ ok: true });
    expect(st.topology.containers.map((c) => c.id)).toEqual(['own']);
    expect(pods(st)).toEqual([]);
    st = runChecked(st, 3000);
    expect(st.topology.containers.map((c) => c.id)).toEqual(['own']);
  });

  it('a scenario whose container names a deployment that does not exist is refused with the reason', () => {
    const r = parseScenario({ schemaVersion: 1, name: 't', hosts: [node('n1')], containers: [{ id: 'c', name: 'c', host: 'n1', image: 'redis:7', deployment: 'gone' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ key: 'error.ref.unknown', params: { kind: 'schema.kind.deployment', id: 'gone' } });
  });
});
