/**
 * Seeded textbook exercises for the Practice panel: FIFO, SJF and RR (OSTEP ch. 7),
 * MLFQ (ch. 8; odd seeds with a priority boost) and lottery (ch. 9). The same kind and seed always give the same
 * problem, so a class can work on "RR, seed 7" together. The answers come from the
 * engine's classic functions, never from the view. Pure, unit-tested.
 */
import { scheduleJobs, scheduleLottery, scheduleMLFQ } from '../../engine';

export const PRACTICE_KINDS = ['FIFO', 'SJF', 'RR', 'MLFQ', 'LOTTERY'] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

export interface PracticeJob {
  id: string;
  arrival: number;
  length: number;
  ioFreq?: number;
  tickets?: number;
}
export type TraceSlice = [job: string, start: number, end: number, queue?: number];
export interface Answer {
  id: string;
  /** What the student must fill in: response and turnaround, or completion (lottery). */
  values: Record<string, number>;
}
export interface Problem {
  kind: PracticeKind;
  seed: number;
  quantum: number;
  jobs: PracticeJob[];
  mlfq?: { queues: { quantum: number; allotment: number }[]; ioTime: number; boostInterval: number };
  randoms?: number[];
  answers: Answer[];
  /** MLFQ with a boost: the times the boost happened during the schedule. */
  boosts?: number[];
  /** The solution's schedule, for the reveal: [job, start, end, queue (MLFQ only, 0 = top)]. */
  trace: TraceSlice[];
}

/** A small deterministic generator (the view must not depend on Math.random). */
function rng(seed: number): (lo: number, hi: number) => number {
  let s = (seed >>> 0) + 0x9e3779b9;
  return (lo, hi) => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s >>> 12;
    return lo + ((s >>> 0) % (hi - lo + 1));
  };
}

const IDS = ['A', 'B', 'C', 'D'];

export function makeProblem(kind: PracticeKind, seed: number): Problem {
  const r = rng(seed * 31 + PRACTICE_KINDS.indexOf(kind));
  if (kind === 'LOTTERY') return lottery(seed, r);
  if (kind === 'MLFQ') return mlfq(seed, r);
  const n = 3;
  const jobs = IDS.slice(0, n).map((id, i) => ({ id, arrival: kind === 'FIFO' && seed % 2 === 0 ? 0 : i === 0 ? 0 : r(0, 6), length: r(2, 10) }));
  const quantum = kind === 'RR' ? r(1, 4) : 1;
  const res = scheduleJobs({ policy: kind, quantum, jobs });
  return {
    kind,
    seed,
    quantum,
    jobs,
    answers: res.jobs.map((j) => ({ id: String(j.id), values: { response: j.response, turnaround: j.turnaround } })),
    trace: res.trace.map((s) => [String(s.id), s.start, s.end]),
  };
}

/** The MLFQ problem's schedule, its answers and its trace (each slice with the queue it ran in). */
function solveMlfq(jobs: PracticeJob[], queues: { quantum: number; allotment: number }[], ioTime: number, boostInterval: number) {
  const res = scheduleMLFQ({ queues, boostInterval, ioTime, stayAfterIO: false, ioBump: false, jobs: jobs.map((j) => ({ ...j, ioFreq: j.ioFreq ?? 0 })) });
  const trace: TraceSlice[] = [];
  for (const s of res.timeline) {
    if (s.id === null) continue;
    const last = trace.at(-1);
    if (last !== undefined && last[0] === String(s.id) && last[2] === s.time && last[3] === s.queue) last[2] = s.time + 1;
    else trace.push([String(s.id), s.time, s.time + 1, s.queue]);
  }
  const answers = res.jobs.map((j) => ({ id: String(j.id), values: { response: j.response, turnaround: j.turnaround } }));
  return { trace, answers };
}

/** A boost showed: some job ran in a lower queue and later in the top queue again (only a boost moves a job up). */
export function boostSeen(trace: readonly TraceSlice[]): boolean {
  const lowered = new Set<string>();
  for (const [id, , , q] of trace) {
    if ((q ?? 0) > 0) lowered.add(id);
    else if (lowered.has(id)) return true;
  }
  return false;
}

/**
 * MLFQ (OSTEP ch. 8, mlfq.py's rules). Odd seeds add a priority boost, its interval the first
 * from a seeded start that visibly moves a job back to the top queue and, where one does,
 * changes the answers (so the student must apply it); even seeds have none.
 */
function mlfq(seed: number, r: (lo: number, hi: number) => number): Problem {
  const queues = [{ quantum: 2, allotment: 1 }, { quantum: 4, allotment: 1 }, { quantum: 8, allotment: 1 }];
  const jobs = IDS.slice(0, 3).map((id, i) => ({ id, arrival: i === 0 ? 0 : r(0, 8), length: r(4, 14), ioFreq: i === 2 ? r(2, 3) : 0 }));
  const ioTime = 2;
  const plain = solveMlfq(jobs, queues, ioTime, 0);
  let boostInterval = 0;
  let sol = plain;
  if (seed % 2 === 1) {
    const start = r(8, 14);
    const tries = Array.from({ length: 24 }, (_, i) => start + i).map((b) => ({ b, s: solveMlfq(jobs, queues, ioTime, b) }));
    const seen = tries.filter((x) => boostSeen(x.s.trace));
    const pick = seen.find((x) => JSON.stringify(x.s.answers) !== JSON.stringify(plain.answers)) ?? seen[0];
    if (pick !== undefined) {
      boostInterval = pick.b;
      sol = pick.s;
    }
  }
  const end = Math.max(0, ...sol.trace.map((s) => s[2]));
  const boosts = boostInterval > 0 ? Array.from({ length: Math.floor((end - 1) / boostInterval) }, (_, i) => (i + 1) * boostInterval) : [];
  return { kind: 'MLFQ', seed, quantum: 2, jobs, mlfq: { queues, ioTime, boostInterval }, boosts, answers: sol.answers, trace: sol.trace };
}

function lottery(seed: number, r: (lo: number, hi: number) => number): Problem {
  const jobs = IDS.slice(0, 3).map((id) => ({ id, arrival: 0, length: r(2, 5), tickets: r(1, 10) * 10 }));
  const randoms = Array.from({ length: 20 }, () => r(0, 999));
  const res = scheduleLottery({ quantum: 1, jobs, randoms });
  return {
    kind: 'LOTTERY',
    seed,
    quantum: 1,
    jobs,
    randoms: randoms.slice(0, res.runs.length),
    answers: res.jobs.map((j) => ({ id: String(j.id), values: { completion: j.completion } })),
    trace: res.runs.map((x) => [String(x.winner), x.start, x.start + x.ran]),
  };
}

/** Compare typed answers with the solution: per job and field, right or wrong (blank = wrong). */
export function grade(p: Problem, typed: Record<string, string>): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const a of p.answers) {
    for (const [field, value] of Object.entries(a.values)) {
      const raw = (typed[`${a.id}.${field}`] ?? '').trim();
      out[`${a.id}.${field}`] = raw !== '' && Number(raw) === value;
    }
  }
  return out;
}
