/**
 * A check on application virtualization (the notes' 가상화 종류, 애플리케이션 가상화):
 * on app-virtualization, one PhotoEdit writes a seeded file or key; then one of the two
 * (the same app or the other) reads it. Where does that read find its answer? The
 * engine's sandbox model answers (the reader's own layer, the OS below it, or nothing);
 * the other app's copy is never it, because each sandbox sees only its own layer.
 */
import type { CommandInput } from '../../engine';
import { keyedChoices } from '../choices';
import type { CheckDef, CheckInstance } from '../types';
import { opening, picker, seeded, snapshotAt } from '../world';

const FROM = ['layer', 'other', 'os', 'none'] as const;

/** Paths the packaged app writes, with the value it writes: two the OS also has, one only the app knows. */
const WRITES = [
  { path: 'C:\\Windows\\System32\\vcruntime140.dll', value: '14.38' },
  { path: 'HKLM\\Software\\Classes\\.jpg', value: 'PhotoEdit.File' },
  { path: 'C:\\Program Files\\PhotoEdit\\settings.ini', value: 'theme=dark' },
] as const;

const APPS = [
  { id: 'photo-v1', name: 'PhotoEdit 1.0' },
  { id: 'photo-v2', name: 'PhotoEdit 2.0' },
] as const;

export const sandboxRead: CheckDef = {
  id: 'kinds.sandboxRead',
  section: 'kinds',
  make(seed): CheckInstance {
    const r = picker(seed);
    const w = r.pick(WRITES);
    const writer = r.pick(APPS);
    const reader = r.pick(APPS);
    const scenario = { ...seeded('app-virtualization', seed), events: [] };
    const wrote = { tick: 5000, command: { type: 'sandboxWrite', sandbox: writer.id, path: w.path, value: w.value } satisfies CommandInput };
    const asks = { tick: 6000, command: { type: 'sandboxRead', sandbox: reader.id, path: w.path } satisfies CommandInput };
    const s = snapshotAt(scenario, [wrote, asks], 6000);
    const read = s.appvirt.boxes.find((b) => b.id === reader.id)?.lastRead;
    const answer = read?.from ?? 'none';
    const params = { writer: writer.name, reader: reader.name, path: w.path, value: w.value, got: read?.value ?? '' };
    return {
      ...opening(this, seed, { preset: 'app-virtualization', edited: true, scenario, log: [wrote], tick: 5500, lens: 'overview', select: null }),
      question: { key: 'check.kinds.sandboxRead.q', params },
      choices: keyedChoices(FROM, 'check.sandboxFrom'),
      answer,
      reveal: { tick: 6100, log: [asks] },
      explain: { key: `check.kinds.sandboxRead.explain.${answer}`, params },
    };
  },
};
