/**
 * A check on I/O paths (the notes' 반가상화: "a more direct routine for I/O"): how many
 * exits into the hypervisor 1,000 I/Os of one VM of the io-paths preset cause, on its
 * path (emulated, virtio with a seeded queue depth, or passthrough). The answer is the
 * engine's cost model (costOf) for the path and host the running world has at the
 * check's tick.
 */
import { costOf, ioPaths, VF, type CommandInput } from '../../engine';
import { numberChoices } from '../choices';
import type { CheckDef, CheckInstance } from '../types';
import { picker, seeded, snapshotAt } from '../world';

const IOS = 1000;

export const ioExits: CheckDef = {
  id: 'fullPara.ioExits',
  section: 'fullPara',
  make(seed): CheckInstance {
    const r = picker(seed);
    const scenario = seeded('io-paths', seed);
    const depth = r.pick([4, 8, 16, 32] as const);
    const log = [{ tick: 0, command: { type: 'setIoPath', vm: 'vm-virtio', path: 'virtio', queueDepth: depth } satisfies CommandInput }];
    const vmId = r.pick(['vm-emulated', 'vm-virtio', 'vm-passthrough'] as const);
    const tick = 4000 + r.int(0, 20) * 100;
    const snap = snapshotAt(scenario, log, tick);
    const i = snap.topology.vms.findIndex((v) => v.id === vmId);
    const vm = snap.topology.vms[i];
    const hv = snap.topology.hosts[vm?.host ?? 0]?.hypervisor;
    const f = (k: number): number => snap.virt.vm[i * VF.count + k] ?? 0;
    const path = ioPaths[f(VF.ioPath)] ?? 'emulated';
    const batch = f(VF.ioBatch);
    const hw = { era: hv?.hwEra ?? 'modern', translation: hv?.memory.translation ?? 'nested' } as const;
    const exitsOn = (p: (typeof ioPaths)[number], b: number) => costOf(hv?.technique ?? 'hardware-assisted', hv?.type ?? 'type1', { runMs: 0, sensitive: 0, io: IOS, sensitiveSinceFlush: 0 }, hw, { path: p, batch: b }).ioExits;
    const answer = Math.round(exitsOn(path, batch));
    return {
      id: this.id,
      section: this.section,
      seed,
      world: { preset: 'io-paths', edited: false, scenario, log, tick, lens: 'techniques', select: { kind: 'vm', index: i } },
      question: { key: 'check.fullPara.ioExits.q', params: { vm: vm?.name ?? '', path: `ioPath.${path}`, depth: batch } },
      choices: numberChoices([exitsOn('emulated', batch), exitsOn('virtio', batch), exitsOn('passthrough', batch), IOS, answer]),
      answer: String(answer),
      reveal: { tick: tick + 1000, log: [] },
      explain: { key: `check.fullPara.ioExits.explain.${path}`, params: { n: answer, depth: batch } },
    };
  },
};
