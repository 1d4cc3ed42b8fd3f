/**
 * Application virtualization's state: per VM that holds a sandbox, its OS's files and
 * keys (data, never changed); per sandbox, its layer and what it did last. Built from the
 * scenario's `appSandboxes`; carried across edits by sandbox id.
 */
import type { World } from '../kernel/world';
import type { Scenario } from '../scenario/schema';
import { OS_BASE, type SandboxSnapshot, type VfsEntry } from './model';

/** A sandbox's state is exactly what the snapshot shows of it. */
export type SandboxState = SandboxSnapshot;

export interface AppVirtState {
  os: { vm: string; entries: VfsEntry[] }[];
  boxes: SandboxState[];
}

export type AppVirtWorld = World & { appvirt: AppVirtState };

export function buildAppVirt(s: Scenario): AppVirtState {
  const vms = [...new Set(s.appSandboxes.map((a) => a.vm))];
  return {
    os: vms.map((vm) => ({ vm, entries: OS_BASE.map((e) => ({ ...e })) })),
    boxes: s.appSandboxes.map((a) => ({ id: a.id, name: a.name, vm: a.vm, removed: false, layer: [], writes: 0, reads: 0, lastRead: null, lastWritePath: '', lastWriteTick: -1 })),
  };
}

/** The state for an edited scenario: a sandbox that stays in the same VM keeps its layer and history (by id). */
export function carryAppVirt(prev: AppVirtState, next: World): AppVirtState {
  const fresh = buildAppVirt(next.scenario);
  const old = new Map(prev.boxes.map((b) => [b.id, b]));
  return {
    os: fresh.os,
    boxes: fresh.boxes.map((b) => {
      const o = old.get(b.id);
      return o === undefined || o.vm !== b.vm ? b : { ...o, name: b.name, layer: o.layer.map((e) => ({ ...e })) };
    }),
  };
}
