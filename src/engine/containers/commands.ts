/**
 * Commands of the container runtime: run a container from an image (the engine pulls
 * only the layers it lacks, then starts the process), modify a file (copy-on-write:
 * the file is copied up from its read-only layer into the container's writable
 * layer, and no other container sees the change), move a container to another host
 * (same image, unchanged: only the missing layers travel; the writable layer stays
 * behind) and remove one. Every check happens before the first change.
 */
import { containerReserveMiB, freeMiB, vmFreeMiB } from '../kernel/capacity';
import { CT_MEM_USED, meter } from '../kernel/channel';
import { POWER } from '../kernel/codes';
import { OK, reject, type CommandTable, type Ctx, type Outcome } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import { isHostFailed, startContainer, stopContainer } from '../kernel/lifecycle';
import type { ContainerSpec } from '../scenario/parts';
import { imageLayers } from './images';
import { cacheOf, engineKey, newCtRecord, type CtWorld } from './state';

/** Where a new container would run, and whether its memory reservation fits there. */
function checkRoom(st: CtWorld, spec: { host?: string | undefined; vm?: string | undefined; memoryLimitMiB: number; name: string }): Outcome | null {
  const need = containerReserveMiB(spec.memoryLimitMiB);
  if (spec.vm !== undefined) {
    const v = st.topology.vms.findIndex((x) => x.id === spec.vm);
    if (v < 0) return reject('reason.noSuchVm', { vm: spec.vm });
    if (st.vmPower[v] !== POWER.on) return reject('containers.reason.vmNotOn', { vm: st.topology.vms[v]?.name ?? spec.vm });
    const free = vmFreeMiB(st, v);
    if (free < need) return reject('containers.reason.vmFull', { container: spec.name, vm: spec.vm, free: Math.round(free), need });
    return null;
  }
  const h = st.topology.hosts.findIndex((x) => x.id === spec.host);
  if (h < 0) return reject('reason.noSuchHost', { host: spec.host ?? '' });
  if (isHostFailed(st, h)) return reject('cluster.reason.hostFailed', { host: spec.host ?? '' });
  const free = freeMiB(st, h);
  if (free < need) return reject('containers.reason.hostFull', { container: spec.name, host: spec.host ?? '', free: Math.round(free), need });
  return null;
}

/** Start container i now if its image is complete on its engine, else queue a pull (its memory stays reserved meanwhile). */
export function pullOrStart(st: CtWorld, ctx: Ctx, i: number): void {
  const c = st.topology.containers[i];
  const rec = st.containers.cts[i];
  if (c === undefined || rec === undefined) return;
  const engine = engineKey(st.topology, i);
  const cache = cacheOf(st.containers, engine);
  const layers = imageLayers(c.image).map((l) => ({ id: l.id, instruction: l.instruction, sizeMiB: l.sizeMiB, doneMiB: cache.has(l.id) ? l.sizeMiB : 0, cached: cache.has(l.id) }));
  rec.requested = st.tick;
  const missing = layers.filter((l) => !l.cached);
  if (missing.length === 0) {
    rec.lastPullMs = 0;
    startContainer(st, ctx, i);
    pushEvent(st.events, st.tick, 'info', 'containers.ev.cached', { container: c.name, image: c.image, layers: layers.length });
    return;
  }
  st.containers.pulls.push({ container: c.id, engine, image: c.image, startTick: st.tick, layers });
  st.ctPending[i] = 1;
  const mib = Math.round(missing.reduce((n, l) => n + l.sizeMiB, 0));
  pushEvent(st.events, st.tick, 'info', 'containers.ev.pulling', { container: c.name, image: c.image, missing: missing.length, total: layers.length, mib });
}

function runContainer(st: CtWorld, spec: ContainerSpec, ctx: Ctx): Outcome {
  const room = checkRoom(st, spec);
  if (room !== null) return room;
  const r = ctx.edit(st, (s) => ({ ...s, containers: [...s.containers, { ...spec, autostart: false }] }));
  if (!r.ok) return r;
  pullOrStart(st, ctx, st.topology.containers.length - 1);
  return r;
}

function containerAt(st: CtWorld, id: string): number {
  return st.topology.containers.findIndex((c) => c.id === id);
}

function modifyFile(st: CtWorld, id: string, path: string | undefined): Outcome {
  const i = containerAt(st, id);
  const c = st.topology.containers[i];
  const rec = st.containers.cts[i];
  if (c === undefined || rec === undefined) return reject('reason.noSuchContainer', { container: id });
  if (st.ctPower[i] !== POWER.on) return reject('containers.reason.notRunning', { container: c.name });
  // Top layer first: a file in a higher layer hides the same path below it.
  const files = imageLayers(c.image).toReversed().flatMap((l) => l.files.map((f) => ({ ...f, from: l.instruction })));
  const done = new Set(rec.copied.map((f) => f.path));
  const file = path === undefined ? (files.find((f) => !done.has(f.path)) ?? files[0]) : files.find((f) => f.path === path);
  if (file === undefined) return reject('containers.reason.noSuchFile', { container: c.name, path: path ?? '' });
  if (done.has(file.path)) {
    pushEvent(st.events, st.tick, 'info', 'containers.ev.writeAgain', { container: c.name, path: file.path });
    return OK;
  }
  rec.copied.push({ path: file.path, from: file.from, sizeMiB: file.sizeMiB, tick: st.tick });
  rec.writableMiB += file.sizeMiB;
  const sharing = st.topology.containers.filter((o, j) => j !== i && st.ctPower[j] !== POWER.off && imageLayers(o.image).some((l) => l.instruction === file.from)).length;
  pushEvent(st.events, st.tick, 'info', 'containers.ev.copyUp', { container: c.name, path: file.path, layer: file.from, mib: file.sizeMiB, others: sharing });
  return OK;
}

/** Stop container i and drop its pending pull (and with it its reservation). */
function halt(st: CtWorld, i: number, id: string): void {
  stopContainer(st, i);
  st.containers.pulls = st.containers.pulls.filter((p) => p.container !== id);
  st.ctPending[i] = 0;
}

function moveContainer(st: CtWorld, id: string, host: string, ctx: Ctx): Outcome {
  const i = containerAt(st, id);
  const c = st.topology.containers[i];
  if (c === undefined) return reject('reason.noSuchContainer', { container: id });
  const from = c.vm >= 0 ? (st.topology.vms[c.vm]?.name ?? '') : (st.topology.hosts[c.host]?.name ?? '');
  if (c.vm < 0 && st.topology.hosts[c.host]?.id === host) return reject('containers.reason.sameHost', { container: c.name, host });
  const room = checkRoom(st, { host, memoryLimitMiB: c.memoryLimitMiB, name: c.name });
  if (room !== null) return room;
  halt(st, i, id);
  const r = ctx.edit(st, (s) => ({
    ...s,
    containers: s.containers.map((x) => {
      if (x.id !== id) return x;
      const { vm: _vm, ...rest } = x;
      return { ...rest, host };
    }),
  }));
  if (!r.ok) return r;
  const j = containerAt(st, id);
  st.containers.cts[j] = { ...newCtRecord(id), lastStartMs: st.containers.cts[j]?.lastStartMs ?? -1 };
  meter(st, CT_MEM_USED)[j] = 0;
  pushEvent(st.events, st.tick, 'info', 'containers.ev.moved', { container: c.name, from, to: host, image: c.image });
  pullOrStart(st, ctx, j);
  return r;
}

function removeContainer(st: CtWorld, id: string, ctx: Ctx): Outcome {
  const i = containerAt(st, id);
  const c = st.topology.containers[i];
  if (c === undefined) return reject('reason.noSuchContainer', { container: id });
  halt(st, i, id);
  const r = ctx.edit(st, (s) => ({ ...s, containers: s.containers.filter((x) => x.id !== id) }));
  if (r.ok) pushEvent(st.events, st.tick, 'info', 'containers.ev.removed', { container: c.name });
  return r;
}

export const containerCommands = {
  runContainer: (st, cmd, ctx) => runContainer(st, cmd.container, ctx),
  modifyFile: (st, cmd) => modifyFile(st, cmd.container, cmd.path),
  moveContainer: (st, cmd, ctx) => moveContainer(st, cmd.container, cmd.host, ctx),
  removeContainer: (st, cmd, ctx) => removeContainer(st, cmd.container, ctx),
} satisfies CommandTable<CtWorld>;
