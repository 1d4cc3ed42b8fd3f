/**
 * The Cluster lens's instances panel, as data (pure, tested): per request, its phases
 * (queued, cloning, booting) as time spans up to now, where it landed and why, how long it
 * took to be ready, and the disk it takes; and the sentence comparing linked and full
 * clones from those same rows.
 */
import { TEMPLATES, type InstanceRecord, type Snapshot } from '../../engine';

export interface Span {
  phase: 'queued' | 'cloning' | 'booting';
  from: number;
  to: number;
}

export interface InstanceRow {
  rec: InstanceRecord;
  spans: Span[];
  /** Seconds from request to ready, or null while not ready. */
  readyS: number | null;
  /** What a full clone would take on disk, and what this one saves (GiB). */
  fullGiB: number;
  savedGiB: number;
}

export function instanceRows(s: Snapshot): InstanceRow[] {
  const now = s.tick;
  return s.fleet.instances.map((rec) => {
    const end = (t: number): number => (t < 0 ? now : t);
    const spans: Span[] = [];
    spans.push({ phase: 'queued', from: rec.requestedAt, to: end(rec.startedAt) });
    if (rec.startedAt >= 0 && rec.state !== 'failed') spans.push({ phase: 'cloning', from: rec.startedAt, to: end(rec.addedAt) });
    if (rec.addedAt >= 0) spans.push({ phase: 'booting', from: rec.addedAt, to: end(rec.readyAt) });
    const fullGiB = TEMPLATES[rec.template].usedGiB;
    return {
      rec,
      spans: spans.filter((x) => x.to > x.from),
      readyS: rec.readyAt >= 0 ? (rec.readyAt - rec.requestedAt) / 1000 : null,
      fullGiB,
      savedGiB: rec.clone === 'linked' && rec.state !== 'failed' ? Math.max(0, fullGiB - rec.diskGiB) : 0,
    };
  });
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The comparison sentence, from the rows: mean time to make the disk per clone kind, and the disk linked clones save. */
export function instancesSentence(rows: InstanceRow[]): { key: string; params: Record<string, string | number> } | null {
  const made = rows.filter((r) => r.rec.addedAt >= 0);
  const cloneS = (r: InstanceRow): number => (r.rec.addedAt - r.rec.startedAt) / 1000;
  const linked = made.filter((r) => r.rec.clone === 'linked');
  const full = made.filter((r) => r.rec.clone === 'full');
  if (linked.length === 0 || full.length === 0) return null;
  const saved = linked.reduce((n, r) => n + r.savedGiB, 0);
  return {
    key: 'instances.says',
    params: { linked: mean(linked.map(cloneS)).toFixed(1), full: mean(full.map(cloneS)).toFixed(1), n: linked.length, saved: saved.toFixed(1) },
  };
}
