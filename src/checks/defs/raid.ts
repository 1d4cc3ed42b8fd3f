/**
 * A check inside an array (the notes' 저장성: data stored across devices): one small write
 * to a RAID array of raid-striping, of a seeded level and block; how many disk operations
 * does it cost? The engine's raidMap answers (RAID-0 one write, RAID-1 two, RAID-4/5 the
 * small-write penalty: read old data and parity, write both).
 */
import { raidMap } from '../../engine';
import { numberChoices } from '../choices';
import type { CheckDef, CheckInstance } from '../types';
import { opening, picker, seeded } from '../world';

export const raidWrite: CheckDef = {
  id: 'san.raidWrite',
  section: 'san',
  make(seed): CheckInstance {
    const r = picker(seed);
    const level = r.pick([0, 1, 4, 5] as const);
    const block = r.int(0, 11);
    const { ops } = raidMap({ level, disks: 4, chunkBlocks: 1, raid5Layout: 'LS', request: { block, size: 1, write: true } });
    const reads = ops.filter((o) => o.op === 'read').length;
    const writes = ops.length - reads;
    const disks = [...new Set(ops.map((o) => o.disk))].toSorted((a, b) => a - b).join(', ');
    return {
      ...opening(this, seed, { preset: 'raid-striping', edited: false, scenario: seeded('raid-striping', seed), log: [], tick: 3000, lens: 'storage', select: null }),
      question: { key: 'check.san.raidWrite.q', params: { level, block } },
      choices: numberChoices([1, 2, 3, 4, 5]),
      answer: String(ops.length),
      reveal: { tick: 3500, log: [] },
      explain: { key: `check.san.raidWrite.explain.${level}`, params: { n: ops.length, reads, writes, disks } },
    };
  },
};
