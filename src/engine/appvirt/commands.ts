/**
 * Application virtualization's commands: an app in its sandbox writes a file or key (the
 * write lands in its layer), reads one (from its layer, or falling through to the OS),
 * and a sandbox is removed (its layer discarded; the OS is as it was). Runtime actions,
 * not scenario settings: replays and share links carry them as commands.
 */
import { POWER } from '../kernel/codes';
import { OK, reject, type CommandTable } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import { LAYER_MAX, resolve, samePath, writeLayer } from './model';
import type { AppVirtWorld, SandboxState } from './state';

/** The sandbox, if it can run now: it exists, is not removed, and its VM is on. */
function running(st: AppVirtWorld, id: string): SandboxState | ReturnType<typeof reject> {
  const box = st.appvirt.boxes.find((b) => b.id === id);
  if (box === undefined) return reject('appvirt.reason.noSandbox', { sandbox: id });
  if (box.removed) return reject('appvirt.reason.removed', { app: box.name });
  const vm = st.topology.vms.findIndex((v) => v.id === box.vm);
  if (st.vmPower[vm] !== POWER.on) return reject('appvirt.reason.vmOff', { app: box.name, vm: st.topology.vms[vm]?.name ?? box.vm });
  return box;
}

const osOf = (st: AppVirtWorld, box: SandboxState) => st.appvirt.os.find((o) => o.vm === box.vm)?.entries ?? [];

export const appvirtCommands = {
  sandboxWrite(st, cmd) {
    const box = running(st, cmd.sandbox);
    if ('ok' in box) return box;
    const isNew = !box.layer.some((e) => samePath(e.path, cmd.path));
    if (isNew && box.layer.length >= LAYER_MAX) return reject('appvirt.reason.full', { app: box.name, max: LAYER_MAX });
    box.layer = writeLayer(box.layer, osOf(st, box), cmd.path, cmd.value);
    box.writes += 1;
    box.lastWritePath = cmd.path;
    box.lastWriteTick = st.tick;
    const shadows = box.layer.find((e) => samePath(e.path, cmd.path))?.shadows === true;
    pushEvent(st.events, st.tick, 'info', shadows ? 'appvirt.ev.copy' : 'appvirt.ev.write', { app: box.name, path: cmd.path, value: cmd.value });
    return OK;
  },
  sandboxRead(st, cmd) {
    const box = running(st, cmd.sandbox);
    if ('ok' in box) return box;
    const r = resolve(box.layer, osOf(st, box), cmd.path);
    box.reads += 1;
    box.lastRead = { path: cmd.path, value: r.value, from: r.from, tick: st.tick };
    const key = r.from === 'layer' ? 'appvirt.ev.readLayer' : r.from === 'os' ? 'appvirt.ev.readOs' : 'appvirt.ev.readNone';
    pushEvent(st.events, st.tick, 'info', key, { app: box.name, path: cmd.path, value: r.value ?? '' });
    return OK;
  },
  removeSandbox(st, cmd) {
    const box = st.appvirt.boxes.find((b) => b.id === cmd.sandbox);
    if (box === undefined) return reject('appvirt.reason.noSandbox', { sandbox: cmd.sandbox });
    if (box.removed) return reject('appvirt.reason.removed', { app: box.name });
    const n = box.layer.length;
    box.removed = true;
    box.layer = [];
    box.lastRead = null;
    pushEvent(st.events, st.tick, 'info', 'appvirt.ev.removed', { app: box.name, n });
    return OK;
  },
} satisfies CommandTable<AppVirtWorld>;
