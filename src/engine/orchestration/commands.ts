/**
 * The orchestrator's commands (what `kubectl` would do): scale a deployment by hand (the
 * autoscaler steps aside) or hand it back to the autoscaler, set the load it receives,
 * roll it out to another image version, and kill one replica's container (the kubelet
 * restarts it). Node failure and repair are the cluster's failHost / repairHost.
 * Runtime values, like the autoscaler's own changes: they live in the orchestrator's state.
 */
import { POWER } from '../kernel/codes';
import { OK, reject, type CommandTable } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import { stopContainer } from '../kernel/lifecycle';
import { clampToAutoscale, type OrchWorld } from './state';

function deployment(st: OrchWorld, id: string) {
  return st.orch.deps.find((d) => d.spec.id === id);
}

export const orchCommands = {
  scaleDeployment(st, cmd) {
    const d = deployment(st, cmd.deployment);
    if (d === undefined) return reject('orch.reason.noSuchDeployment', { dep: cmd.deployment });
    const a = d.spec.autoscale;
    if (cmd.autoscale === true && a === undefined) return reject('orch.reason.noAutoscaler', { dep: d.spec.name });
    if (cmd.replicas !== undefined) {
      const from = d.desired;
      d.desired = cmd.replicas;
      d.hpaOn = cmd.autoscale === true;
      pushEvent(st.events, st.tick, 'info', 'orch.ev.scaledByHand', { dep: d.spec.name, from, to: cmd.replicas });
    } else if (cmd.autoscale !== undefined) d.hpaOn = cmd.autoscale;
    if (d.hpaOn) d.desired = clampToAutoscale(d.spec, d.desired);
    if (cmd.autoscale !== undefined && a !== undefined) {
      d.recs.fill(-1);
      pushEvent(st.events, st.tick, 'info', cmd.autoscale ? 'orch.ev.hpaOn' : 'orch.ev.hpaOff', { dep: d.spec.name, min: a.min, max: a.max, target: a.targetPct });
    }
    return OK;
  },
  setDeploymentLoad(st, cmd) {
    const d = deployment(st, cmd.deployment);
    if (d === undefined) return reject('orch.reason.noSuchDeployment', { dep: cmd.deployment });
    const from = d.loadM;
    d.loadM = cmd.loadM;
    pushEvent(st.events, st.tick, 'info', 'orch.ev.load', { dep: d.spec.name, from: from / 1000, to: cmd.loadM / 1000 });
    return OK;
  },
  rolloutDeployment(st, cmd) {
    const d = deployment(st, cmd.deployment);
    if (d === undefined) return reject('orch.reason.noSuchDeployment', { dep: cmd.deployment });
    if (cmd.version === d.version) return reject('orch.reason.sameVersion', { dep: d.spec.name, version: cmd.version });
    const from = d.version;
    d.version = cmd.version;
    d.rolling = true;
    d.rolloutMinAvailable = -1;
    pushEvent(st.events, st.tick, 'info', 'orch.ev.rollout', { dep: d.spec.name, from, to: cmd.version, surge: d.spec.maxSurge, unavailable: d.spec.maxUnavailable, min: Math.max(0, d.desired - d.spec.maxUnavailable), max: d.desired + d.spec.maxSurge });
    return OK;
  },
  killPod(st, cmd) {
    const p = st.orch.pods.find((x) => x.id === cmd.pod);
    if (p === undefined) return reject('orch.reason.noSuchPod', { pod: cmd.pod });
    const i = st.topology.containers.findIndex((c) => c.id === p.id);
    if (i < 0 || st.ctPower[i] === POWER.off || p.phase === 'Terminating') return reject('orch.reason.notRunning', { pod: p.id });
    stopContainer(st, i);
    pushEvent(st.events, st.tick, 'info', 'orch.ev.killed', { pod: p.id, node: p.node });
    return OK;
  },
} satisfies CommandTable<OrchWorld>;
