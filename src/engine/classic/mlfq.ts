/**
 * Multi-level feedback queue, tick by tick, following OSTEP's mlfq.py: queues[0] is the
 * highest priority; each tick the head of the highest non-empty queue runs; a job uses
 * up its quantum at a level, and after `allotment` quanta there it moves down one level
 * (allotment counts quanta, as in mlfq.py); a job issues an I/O every `ioFreq` ticks of
 * its run (0 = never) and is away `ioTime` ticks; back from I/O it rejoins its queue at
 * the end, or at the front with `ioBump`; `stayAfterIO` resets its quantum and
 * allotment when it issues the I/O. Every `boostInterval` ticks (0 = never) all jobs
 * go back to the top queue, the lower queues emptied into it from the lowest level up.
 * A job arriving joins the top queue. src/engine/classic/fixtures/mlfq-cases.json holds 300
 * random cases with mlfq.py's own answers (`-c`), and the tests check every one.
 */
import type { JobId } from './jobs';

export interface MlfqJob {
  id: JobId;
  arrival: number;
  length: number;
  ioFreq: number;
}
export interface MlfqInput {
  queues: readonly { quantum: number; allotment: number }[];
  boostInterval: number;
  ioTime: number;
  stayAfterIO: boolean;
  ioBump: boolean;
  jobs: readonly MlfqJob[];
}
interface J {
  pri: number;
  ticksLeft: number;
  allotLeft: number;
  left: number;
  ran: number;
  first: number;
  done: number;
  io: boolean;
}

export function scheduleMLFQ(input: MlfqInput): { jobs: { id: JobId; response: number; turnaround: number }[]; timeline: { time: number; id: JobId | null; queue: number }[] } {
  const qs = input.queues.length > 0 ? input.queues : [{ quantum: 10, allotment: 1 }];
  const lvl = (q: number) => qs[q] ?? { quantum: 1, allotment: 1 };
  const js: J[] = input.jobs.map(() => ({ pri: 0, ticksLeft: lvl(0).quantum, allotLeft: lvl(0).allotment, left: 0, ran: 0, first: -1, done: -1, io: false }));
  input.jobs.forEach((j, i) => ((js[i] as J).left = Math.max(0, j.length)));
  const queue: number[][] = qs.map(() => []);
  const events = new Map<number, { j: number; begin: boolean }[]>();
  const at = (t: number, ev: { j: number; begin: boolean }) => events.set(t, [...(events.get(t) ?? []), ev]);
  input.jobs.forEach((j, i) => at(Math.max(0, j.arrival), { j: i, begin: true }));
  const timeline: { time: number; id: JobId | null; queue: number }[] = [];
  let finished = js.filter((j) => j.left === 0).length;
  js.forEach((j) => { if (j.left === 0) j.done = 0; });
  const limit = input.jobs.reduce((n, j) => n + Math.max(0, j.arrival) + Math.max(0, j.length) * (1 + Math.max(0, input.ioTime)), 1);
  for (let time = 0; finished < js.length && time <= limit; time++) {
    if (input.boostInterval > 0 && time !== 0 && time % input.boostInterval === 0) boost(js, queue, lvl(0).quantum, lvl(0).allotment);
    for (const ev of events.get(time) ?? []) {
      const j = js[ev.j] as J;
      if (j.left === 0) continue;
      j.io = false;
      if (input.ioBump && !ev.begin) queue[j.pri]?.unshift(ev.j);
      else queue[j.pri]?.push(ev.j);
    }
    const q = queue.findIndex((x) => x.length > 0);
    if (q < 0) {
      timeline.push({ time, id: null, queue: -1 });
      continue;
    }
    const ji = queue[q]?.[0] ?? 0;
    const j = js[ji] as J;
    timeline.push({ time, id: input.jobs[ji]?.id ?? ji, queue: q });
    if (j.first < 0) j.first = time;
    j.left -= 1;
    j.ran += 1;
    j.ticksLeft -= 1;
    if (j.left === 0) {
      j.done = time + 1;
      queue[q]?.shift();
      finished += 1;
      continue;
    }
    const freq = input.jobs[ji]?.ioFreq ?? 0;
    const issued = freq > 0 && j.ran % freq === 0;
    // mlfq.py decides "quantum over" on the count before a stay-after-I/O reset.
    const quantumUsed = j.ticksLeft <= 0;
    if (issued) {
      queue[q]?.shift();
      j.io = true;
      if (input.stayAfterIO) {
        j.ticksLeft = lvl(q).quantum;
        j.allotLeft = lvl(q).allotment;
      }
      at(time + 1 + input.ioTime, { j: ji, begin: false });
    }
    if (quantumUsed) quantumOver(j, ji, q, issued, queue, qs.length, lvl);
  }
  return { jobs: input.jobs.map((job, i) => ({ id: job.id, response: (js[i] as J).first - job.arrival, turnaround: (js[i] as J).done - job.arrival })), timeline };
}

function quantumOver(j: J, ji: number, q: number, issued: boolean, queue: number[][], levels: number, lvl: (q: number) => { quantum: number; allotment: number }): void {
  if (!issued) queue[q]?.shift();
  j.allotLeft -= 1;
  const down = j.allotLeft <= 0 && q < levels - 1;
  const nq = down ? q + 1 : q;
  j.pri = nq;
  j.ticksLeft = lvl(nq).quantum;
  if (j.allotLeft <= 0) j.allotLeft = lvl(nq).allotment;
  if (!issued) queue[nq]?.push(ji);
}

/** Every job back to the top queue; the lower queues are emptied from the lowest level up, as mlfq.py does. */
function boost(js: J[], queue: number[][], quantum: number, allotment: number): void {
  for (let q = queue.length - 1; q >= 1; q--) {
    for (const ji of queue[q] ?? []) if (!(js[ji] as J).io) queue[0]?.push(ji);
    queue[q] = [];
  }
  for (const j of js) {
    if (j.left <= 0) continue;
    j.pri = 0;
    j.ticksLeft = quantum;
    j.allotLeft = allotment;
  }
}
