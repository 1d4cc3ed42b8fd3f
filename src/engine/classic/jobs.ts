/**
 * Textbook job scheduling (FIFO, SJF, RR) as pure functions, with the conventions of
 * OSTEP's scheduler.py homework simulator so students can check their answers:
 * response = first run - arrival, turnaround = completion - arrival, wait = turnaround
 * - length (time spent ready). FIFO and SJF never preempt; SJF picks the shortest
 * arrived job (ties: earlier arrival, then list order). RR runs each ready job for at
 * most `quantum`; jobs that arrive during a slice join the queue before the job that
 * was just preempted (the usual textbook convention). An idle CPU waits for the next
 * arrival.
 */

export type JobId = string | number;
export interface JobIn {
  id: JobId;
  arrival: number;
  length: number;
}
export interface JobStats {
  id: JobId;
  response: number;
  turnaround: number;
  wait: number;
}
export interface TraceSlice {
  id: JobId;
  start: number;
  end: number;
}
export interface JobsResult {
  jobs: JobStats[];
  trace: TraceSlice[];
}

interface Live {
  i: number;
  left: number;
  first: number;
  done: number;
}

export function scheduleJobs(input: { policy: 'FIFO' | 'SJF' | 'RR'; quantum?: number; jobs: readonly JobIn[] }): JobsResult {
  const jobs = input.jobs;
  const quantum = Math.max(1, input.quantum ?? 1);
  const live: Live[] = jobs.map((j, i) => ({ i, left: Math.max(0, j.length), first: -1, done: -1 }));
  const byArrival = live.toSorted((a, b) => (jobs[a.i]?.arrival ?? 0) - (jobs[b.i]?.arrival ?? 0) || a.i - b.i);
  const trace: TraceSlice[] = [];
  const ready: Live[] = [];
  let next = 0;
  let time = 0;
  const admit = (): void => {
    while (next < byArrival.length && (jobs[byArrival[next]?.i ?? 0]?.arrival ?? 0) <= time) ready.push(byArrival[next++] as Live);
  };
  admit();
  while (ready.length > 0 || next < byArrival.length) {
    if (ready.length === 0) {
      time = Math.max(time, jobs[byArrival[next]?.i ?? 0]?.arrival ?? time);
      admit();
      continue;
    }
    const pos = input.policy === 'SJF' ? shortest(ready, jobs) : 0;
    const job = ready.splice(pos, 1)[0] as Live;
    if (job.first < 0) job.first = time;
    const ran = input.policy === 'RR' ? Math.min(quantum, job.left) : job.left;
    trace.push({ id: jobs[job.i]?.id ?? job.i, start: time, end: time + ran });
    time += ran;
    job.left -= ran;
    admit();
    if (job.left > 0) ready.push(job);
    else job.done = time;
  }
  return { jobs: live.map((l) => stats(jobs[l.i] as JobIn, l)), trace };
}

function shortest(ready: readonly Live[], jobs: readonly JobIn[]): number {
  let best = 0;
  ready.forEach((l, k) => {
    const b = ready[best] as Live;
    const lj = jobs[l.i] as JobIn;
    const bj = jobs[b.i] as JobIn;
    if (lj.length < bj.length || (lj.length === bj.length && (lj.arrival < bj.arrival || (lj.arrival === bj.arrival && l.i < b.i)))) best = k;
  });
  return best;
}

function stats(j: JobIn, l: Live): JobStats {
  const turnaround = (l.done < 0 ? j.arrival : l.done) - j.arrival;
  return { id: j.id, response: (l.first < 0 ? j.arrival : l.first) - j.arrival, turnaround, wait: turnaround - Math.max(0, j.length) };
}
