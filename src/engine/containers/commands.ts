/**
 * Commands of the container runtime: run a container from an image (the engine pulls
 * only the layers it lacks, then starts the process), modify a file (copy-on-write:
 * the file is copied up from its read-only layer into the container's writable
 * layer, and no other container sees the change), move a container to another host
 * (same image, unchanged: only the missing layers travel; the writable layer stays
 * behind) and remove one. Every check happens before the first change.
 */
import { pushEvent } from '../kernel/events';
import type { ContainerSpec } from '../scenario/parts';
import { POWER, type SimState } from '../state';
import { powerOffContainerAt, startContainerAt } from '../cluster/entities';
import { containerReserveMiB, freeMiB, isFailed, vmFreeMiB } from '../cluster/capacity';
import { editScenario, rejectWith, type EditOutcome } from '../cluster/edit';
import { imageLayers } from './images';
import { cacheOf, engineKey, newCtRecord } from './state';

/** Where a new container would run, and whether its memory reservation fits there. */
function checkRoom(st: SimState, spec: { host?: string | undefined; vm?: string | undefined; memoryLimitMiB: number; name: string }): EditOutcome | null {
  const need = containerReserveMiB(spec.memoryLimitMiB);
  if (spec.vm !== undefined) {
    const v = st.topology.vms.findIndex((x) => x.id === spec.vm);
    if (v < 0) return rejectWith('reason.noSuchVm', { vm: spec.vm });
    if (st.vmPower[v] !== POWER.on) return rejectWith('containers.reason.vmNotOn', { vm: st.topology.vms[v]?.name ?? spec.vm });
    const free = vmFreeMiB(st, v);
    if (free < need) return rejectWith('containers.reason.vmFull', { container: spec.name, vm: spec.vm, free: Math.round(free), need });
    return null;
  }
  const h = st.topology.hosts.findIndex((x) => x.id === spec.host);
  if (h < 0) return rejectWith('reason.noSuchHost', { host: spec.host ?? '' });
  if (isFailed(st, h)) return rejectWith('cluster.reason.hostFailed', { host: spec.host ?? '' });
  const free = freeMiB(st, h);
  if (free < need) return rejectWith('containers.reason.hostFull', { container: spec.name, host: spec.host ?? '', free: Math.round(free), need });
  return null;
}

/** Start container i now if its image is complete on its engine, else queue a pull. */
function pullOrStart(st: SimState, i: number): void {
  const c = st.topology.containers[i];
  const rec = st.fleet.ct.cts[i];
  if (c === undefined || rec === undefined) return;
  const engine = engineKey(st.topology, i);
  const cache = cacheOf(st.fleet.ct, engine);
  const layers = imageLayers(c.image).map((l) => ({ id: l.id, instruction: l.instruction, sizeMiB: l.sizeMiB, doneMiB: cache.has(l.id) ? l.sizeMiB : 0, cached: cache.has(l.id) }));
  rec.requested = st.tick;
  const missing = layers.filter((l) => !l.cached);
  if (missing.length === 0) {
    rec.lastPullMs = 0;
    startContainerAt(st, i);
    pushEvent(st.events, st.tick, 'info', 'containers.ev.cached', { container: c.name, image: c.image, layers: layers.length });
    return;
  }
  st.fleet.ct.pulls.push({ container: c.id, engine, image: c.image, startTick: st.tick, layers });
  const mib = Math.round(missing.reduce((n, l) => n + l.sizeMiB, 0));
  pushEvent(st.events, st.tick, 'info', 'containers.ev.pulling', { container: c.name, image: c.image, missing: missing.length, total: layers.length, mib });
}

export function runContainer(st: SimState, spec: ContainerSpec): EditOutcome {
  const room = checkRoom(st, spec);
  if (room !== null) return room;
  const r = editScenario(st, (s) => ({ ...s, containers: [...s.containers, { ...spec, autostart: false }] }));
  if (!r.ok) return r;
  pullOrStart(r.state, r.state.topology.containers.length - 1);
  return r;
}

function containerAt(st: SimState, id: string): number {
  return st.topology.containers.findIndex((c) => c.id === id);
}

export function modifyFile(st: SimState, id: string, path: string | undefined): EditOutcome {
  const i = containerAt(st, id);
  const c = st.topology.containers[i];
  const rec = st.fleet.ct.cts[i];
  if (c === undefined || rec === undefined) return rejectWith('reason.noSuchContainer', { container: id });
  if (st.ctPower[i] !== POWER.on) return rejectWith('containers.reason.notRunning', { container: c.name });
  // Top layer first: a file in a higher layer hides the same path below it.
  const files = imageLayers(c.image).toReversed().flatMap((l) => l.files.map((f) => ({ ...f, from: l.instruction })));
  const done = new Set(rec.copied.map((f) => f.path));
  const file = path === undefined ? (files.find((f) => !done.has(f.path)) ?? files[0]) : files.find((f) => f.path === path);
  if (file === undefined) return rejectWith('containers.reason.noSuchFile', { container: c.name, path: path ?? '' });
  if (done.has(file.path)) {
    pushEvent(st.events, st.tick, 'info', 'containers.ev.writeAgain', { container: c.name, path: file.path });
    return { ok: true, state: st };
  }
  rec.copied.push({ path: file.path, from: file.from, sizeMiB: file.sizeMiB, tick: st.tick });
  rec.writableMiB += file.sizeMiB;
  const sharing = st.topology.containers.filter((o, j) => j !== i && st.ctPower[j] !== POWER.off && imageLayers(o.image).some((l) => l.instruction === file.from)).length;
  pushEvent(st.events, st.tick, 'info', 'containers.ev.copyUp', { container: c.name, path: file.path, layer: file.from, mib: file.sizeMiB, others: sharing });
  return { ok: true, state: st };
}

export function moveContainer(st: SimState, id: string, host: string): EditOutcome {
  const i = containerAt(st, id);
  const c = st.topology.containers[i];
  if (c === undefined) return rejectWith('reason.noSuchContainer', { container: id });
  const from = c.vm >= 0 ? (st.topology.vms[c.vm]?.name ?? '') : (st.topology.hosts[c.host]?.name ?? '');
  if (c.vm < 0 && st.topology.hosts[c.host]?.id === host) return rejectWith('containers.reason.sameHost', { container: c.name, host });
  const room = checkRoom(st, { host, memoryLimitMiB: c.memoryLimitMiB, name: c.name });
  if (room !== null) return room;
  powerOffContainerAt(st, i);
  st.fleet.ct.pulls = st.fleet.ct.pulls.filter((p) => p.container !== id);
  const r = editScenario(st, (s) => ({
    ...s,
    containers: s.containers.map((x) => {
      if (x.id !== id) return x;
      const { vm: _vm, ...rest } = x;
      return { ...rest, host };
    }),
  }));
  if (!r.ok) return r;
  const j = containerAt(r.state, id);
  r.state.fleet.ct.cts[j] = { ...newCtRecord(id), lastStartMs: r.state.fleet.ct.cts[j]?.lastStartMs ?? -1 };
  pushEvent(r.state.events, st.tick, 'info', 'containers.ev.moved', { container: c.name, from, to: host, image: c.image });
  pullOrStart(r.state, j);
  return r;
}

export function removeContainer(st: SimState, id: string): EditOutcome {
  const i = containerAt(st, id);
  const c = st.topology.containers[i];
  if (c === undefined) return rejectWith('reason.noSuchContainer', { container: id });
  powerOffContainerAt(st, i);
  st.fleet.ct.pulls = st.fleet.ct.pulls.filter((p) => p.container !== id);
  const r = editScenario(st, (s) => ({ ...s, containers: s.containers.filter((x) => x.id !== id) }));
  if (r.ok) pushEvent(r.state.events, st.tick, 'info', 'containers.ev.removed', { container: c.name });
  return r;
}
