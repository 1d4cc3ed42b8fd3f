/**
 * Containers and Docker (the notes' 컨테이너와 도커): VMs and containers started together
 * on identical hosts, and a moment to predict: which are up? The engine's power states at
 * that tick answer (a VM boots its guest OS for seconds, a container starts in 0.3 s).
 */
import { POWER } from '../../engine';
import { keyedChoices } from '../choices';
import type { CheckDef, CheckInstance } from '../types';
import { opening, picker, seeded, snapshotAt } from '../world';

const UP = ['none', 'containers', 'vms', 'both'] as const;

export const race: CheckDef = {
  id: 'containers.race',
  section: 'containers',
  make(seed): CheckInstance {
    const r = picker(seed);
    const scenario = seeded('vm-vs-container', seed);
    const tick = r.pick([150, 250, 600, 1500, 2500, 3500, 3900, 4600, 6000, 8000]);
    const s = snapshotAt(scenario, [], tick);
    const vmsUp = s.topology.vms.some((v, i) => v.id.startsWith('app-vm') && s.vms.power[i] === POWER.on);
    const ctsUp = s.topology.containers.some((c, i) => c.id.startsWith('app-ct') && s.containers.power[i] === POWER.on);
    const answer = vmsUp ? (ctsUp ? 'both' : 'vms') : ctsUp ? 'containers' : 'none';
    return {
      ...opening(this, seed, { preset: 'vm-vs-container', edited: false, scenario, log: [], tick: 0, lens: 'containers', select: null }),
      question: { key: 'check.containers.race.q', params: { s: (tick / 1000).toFixed(tick % 100 === 0 ? 1 : 2) } },
      choices: keyedChoices(UP, 'check.up'),
      answer,
      reveal: { tick, log: [] },
      explain: { key: `check.containers.race.explain.${answer}`, params: { s: (tick / 1000).toFixed(tick % 100 === 0 ? 1 : 2) } },
    };
  },
};
