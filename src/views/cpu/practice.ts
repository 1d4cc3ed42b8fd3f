/**
 * Seeded textbook exercises for the Practice panel: FIFO, SJF and RR (OSTEP ch. 7),
 * MLFQ (ch. 8) and lottery (ch. 9). The same kind and seed always give the same
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
  /** The solution's schedule, for the reveal: [job, start, end]. */
  trace: [string, number, number][];
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

function mlfq(seed: number, r: (lo: number, hi: number) => number): Problem {
  const queues = [{ quantum: 2, allotment: 1 }, { quantum: 4, allotment: 1 }, { quantum: 8, allotment: 1 }];
  const jobs = IDS.slice(0, 3).map((id, i) => ({ id, arrival: i === 0 ? 0 : r(0, 8), length: r(4, 14), ioFreq: i === 2 ? r(2, 3) : 0 }));
  const ioTime = 2;
  const res = scheduleMLFQ({ queues, boostInterval: 0, ioTime, stayAfterIO: false, ioBump: false, jobs });
  const trace: [string, number, number][] = [];
  for (const s of res.timeline) {
    if (s.id === null) continue;
    const last = trace.at(-1);
    if (last !== undefined && last[0] === String(s.id) && last[2] === s.time) last[2] = s.time + 1;
    else trace.push([String(s.id), s.time, s.time + 1]);
  }
  return { kind: 'MLFQ', seed, quantum: 2, jobs, mlfq: { queues, ioTime, boostInterval: 0 }, answers: res.jobs.map((j) => ({ id: String(j.id), values: { response: j.response, turnaround: j.turnaround } })), trace };
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
