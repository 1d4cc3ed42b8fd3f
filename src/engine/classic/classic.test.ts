/**
 * The textbook scheduling functions against worked examples from OSTEP chapters 7-9
 * (and answers its scheduler.py / mlfq.py / lottery.py homework simulators print).
 */
import { describe, expect, it } from 'vitest';
import { scheduleJobs, scheduleLottery, scheduleMLFQ } from '../index';
import mlfqCases from './fixtures/mlfq-cases.json';

const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('scheduleJobs (OSTEP ch. 7)', () => {
  it('FIFO: A, B, C of 10 each arriving at 0 have turnaround 10, 20, 30 (average 20)', () => {
    const r = scheduleJobs({ policy: 'FIFO', jobs: ['A', 'B', 'C'].map((id) => ({ id, arrival: 0, length: 10 })) });
    expect(r.jobs.map((j) => j.turnaround)).toEqual([10, 20, 30]);
    expect(r.jobs.map((j) => j.response)).toEqual([0, 10, 20]);
  });

  it('the convoy effect: A=100, B=C=10 gives average turnaround 110 under FIFO and 50 under SJF', () => {
    const jobs = [{ id: 'A', arrival: 0, length: 100 }, { id: 'B', arrival: 0, length: 10 }, { id: 'C', arrival: 0, length: 10 }];
    expect(avg(scheduleJobs({ policy: 'FIFO', jobs }).jobs.map((j) => j.turnaround))).toBe(110);
    expect(avg(scheduleJobs({ policy: 'SJF', jobs }).jobs.map((j) => j.turnaround))).toBe(50);
  });

  it('RR with a 1 ms slice: three 5 ms jobs get response 0, 1, 2 and finish at 13, 14, 15', () => {
    const r = scheduleJobs({ policy: 'RR', quantum: 1, jobs: ['A', 'B', 'C'].map((id) => ({ id, arrival: 0, length: 5 })) });
    expect(r.jobs.map((j) => j.response)).toEqual([0, 1, 2]);
    expect(r.jobs.map((j) => j.turnaround)).toEqual([13, 14, 15]);
    expect(r.jobs.map((j) => j.wait)).toEqual([8, 9, 10]);
    expect(r.trace.slice(0, 4).map((s) => s.id)).toEqual(['A', 'B', 'C', 'A']);
  });

  it('SJF with late arrivals is non-preemptive (B and C arrive at 10 while A runs)', () => {
    const r = scheduleJobs({ policy: 'SJF', jobs: [{ id: 'A', arrival: 0, length: 100 }, { id: 'B', arrival: 10, length: 10 }, { id: 'C', arrival: 10, length: 10 }] });
    expect(r.jobs.map((j) => j.turnaround)).toEqual([100, 100, 110]);
  });

  it('an idle CPU waits for the next arrival', () => {
    const r = scheduleJobs({ policy: 'RR', quantum: 4, jobs: [{ id: 1, arrival: 5, length: 3 }] });
    expect(r.jobs[0]).toEqual({ id: 1, response: 0, turnaround: 3, wait: 0 });
    expect(r.trace).toEqual([{ id: 1, start: 5, end: 8 }]);
  });
});

describe('scheduleMLFQ (OSTEP ch. 8, mlfq.py)', () => {
  const three = [{ quantum: 10, allotment: 1 }, { quantum: 10, allotment: 1 }, { quantum: 10, allotment: 1 }];
  it('a lone long job sinks one queue per quantum and finishes at its length', () => {
    const r = scheduleMLFQ({ queues: three, boostInterval: 0, ioTime: 0, stayAfterIO: false, ioBump: false, jobs: [{ id: 'A', arrival: 0, length: 200, ioFreq: 0 }] });
    expect(r.jobs[0]).toEqual({ id: 'A', response: 0, turnaround: 200 });
    expect([r.timeline[0]?.queue, r.timeline[10]?.queue, r.timeline[20]?.queue, r.timeline[199]?.queue]).toEqual([0, 1, 2, 2]);
  });

  it('a short job arriving later runs at once in the top queue (figure 8.3)', () => {
    const r = scheduleMLFQ({ queues: three, boostInterval: 0, ioTime: 0, stayAfterIO: false, ioBump: false, jobs: [{ id: 'A', arrival: 0, length: 200, ioFreq: 0 }, { id: 'B', arrival: 100, length: 20, ioFreq: 0 }] });
    expect(r.jobs).toEqual([{ id: 'A', response: 0, turnaround: 220 }, { id: 'B', response: 0, turnaround: 20 }]);
  });

  it('without a boost an interactive job that yields before its quantum starves the long one; a boost rescues it', () => {
    const jobs = [{ id: 'long', arrival: 0, length: 50, ioFreq: 0 }, { id: 'io1', arrival: 30, length: 200, ioFreq: 1 }, { id: 'io2', arrival: 30, length: 200, ioFreq: 1 }];
    const base = { queues: three, ioTime: 1, stayAfterIO: true, ioBump: false, jobs };
    const starved = scheduleMLFQ({ ...base, boostInterval: 0 }).jobs[0]?.turnaround ?? 0;
    const boosted = scheduleMLFQ({ ...base, boostInterval: 50 }).jobs[0]?.turnaround ?? 0;
    expect(boosted).toBeLessThan(starved);
  });
});

describe('scheduleLottery (OSTEP ch. 9, lottery.py)', () => {
  it('follows the draws by hand: ticket = random % tickets of unfinished jobs, ranges in id order', () => {
    const r = scheduleLottery({ quantum: 1, jobs: [{ id: 0, length: 2, tickets: 1 }, { id: 1, length: 1, tickets: 3 }], randoms: [0, 1, 5] });
    expect(r.runs.map((x) => [x.ticket, x.total, x.winner])).toEqual([[0, 4, 0], [1, 4, 1], [0, 1, 0]]);
    expect(r.jobs).toEqual([{ id: 0, completion: 3 }, { id: 1, completion: 2 }]);
  });

  it('shares CPU about in proportion to tickets over many draws', () => {
    let s = 7;
    const randoms = Array.from({ length: 4000 }, () => (s = (s * 1103515245 + 12345) % 2147483648));
    const r = scheduleLottery({ quantum: 1, jobs: [{ id: 'A', length: 1000, tickets: 75 }, { id: 'B', length: 1000, tickets: 25 }], randoms });
    const firstThousand = r.runs.slice(0, 1000).filter((x) => x.winner === 'A').length;
    expect(firstThousand / 1000).toBeGreaterThan(0.7);
    expect(firstThousand / 1000).toBeLessThan(0.8);
  });

  it('says clearly when it runs out of random numbers', () => {
    expect(() => scheduleLottery({ quantum: 1, jobs: [{ id: 'A', length: 3, tickets: 1 }], randoms: [1] })).toThrow(/random numbers/);
  });
});

describe('scheduleMLFQ against mlfq.py', () => {
  it("gives mlfq.py's own response and turnaround for every one of 300 recorded workloads", () => {
    for (const c of mlfqCases) {
      const r = scheduleMLFQ({ ...c, jobs: c.jobs.map((j, k) => ({ id: String(k), ...j })) });
      expect(r.jobs.map((j) => ({ response: j.response, turnaround: j.turnaround })), JSON.stringify(c)).toEqual(c.expect);
    }
  });
});
