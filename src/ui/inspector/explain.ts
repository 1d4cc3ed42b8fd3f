/**
 * Plain-language explanations of a vCPU's current state: where it runs and why it
 * waits. Pure functions over a snapshot, returning i18n messages.
 */
import { ENT, POWER, type Message, type Snapshot } from '../../engine';
import { bootSeconds } from '../../views/shared/bootLeft';

export interface PcpuPlace {
  host: number;
  local: number;
  socket: number;
  core: number;
  thread: number;
}

export function pcpuPlace(snap: Snapshot, pcpu: number): PcpuPlace | null {
  const hi = snap.topology.hosts.findIndex((h) => pcpu >= h.pcpuOffset && pcpu < h.pcpuOffset + h.pcpuCount);
  const h = snap.topology.hosts[hi];
  if (h === undefined) return null;
  const local = pcpu - h.pcpuOffset;
  const coreGlobal = Math.floor(local / h.threadsPerCore);
  return { host: hi, local, socket: Math.floor(coreGlobal / h.coresPerSocket), core: coreGlobal % h.coresPerSocket, thread: local % h.threadsPerCore };
}

export function explainEntity(snap: Snapshot, ent: number, vmIndex: number | null, who: string): Message {
  const m = explainState(snap, ent, vmIndex);
  return { key: m.key, params: { ...m.params, who } };
}

function explainState(snap: Snapshot, ent: number, vmIndex: number | null): Message {
  if (vmIndex !== null && snap.vms.power[vmIndex] === POWER.booting) {
    return { key: 'why.booting', params: { s: bootSeconds(snap.vms.bootLeft[vmIndex] ?? 0).toFixed(1) } };
  }
  const state = snap.ent.state[ent];
  if (state === ENT.running) {
    const p = pcpuPlace(snap, snap.ent.pcpu[ent] ?? -1);
    if (p === null) return { key: 'why.runningInVm' };
    return { key: 'why.running', params: { pcpu: p.local, socket: p.socket, core: p.core, thread: p.thread } };
  }
  if (state === ENT.ready) {
    for (const [h, q] of snap.queues.entries()) {
      const pos = q.indexOf(ent);
      if (pos >= 0) return { key: 'why.ready', params: { pos: pos + 1, len: q.length, pcpus: snap.topology.hosts[h]?.pcpuCount ?? 0 } };
    }
    return { key: 'why.readyInVm' };
  }
  if (state === ENT.blocked) return { key: 'why.blocked' };
  return { key: 'why.off' };
}

/** Shares of time since power-on: %RUN, %RDY, %WAIT over a set of entities. */
export function shares(snap: Snapshot, ents: readonly number[]): { run: number; ready: number; wait: number } {
  let run = 0;
  let ready = 0;
  let wait = 0;
  for (const e of ents) {
    run += snap.ent.run[e] ?? 0;
    ready += snap.ent.ready[e] ?? 0;
    wait += snap.ent.wait[e] ?? 0;
  }
  const total = run + ready + wait;
  if (total === 0) return { run: 0, ready: 0, wait: 0 };
  return { run: (100 * run) / total, ready: (100 * ready) / total, wait: (100 * wait) / total };
}
