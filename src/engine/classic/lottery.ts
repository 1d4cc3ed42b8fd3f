/**
 * Lottery scheduling (OSTEP lottery.py conventions) as a pure function. All jobs
 * arrive at time 0. Before each quantum a ticket is drawn: draw i's winning ticket is
 * randoms[i] % T, where T is the number of tickets held by unfinished jobs, and those
 * jobs own consecutive ticket ranges in id order. The winner runs for the quantum or
 * until it finishes. The random numbers are an input, so an exercise is reproducible
 * and a student can follow every draw by hand.
 */
import type { JobId } from './jobs';

export interface LotteryJob {
  id: JobId;
  length: number;
  tickets: number;
}
export interface LotteryRun {
  draw: number;
  ticket: number;
  total: number;
  winner: JobId;
  start: number;
  ran: number;
}

function idOrder(a: JobId, b: JobId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', { numeric: true });
}

export function scheduleLottery(input: { quantum: number; jobs: readonly LotteryJob[]; randoms: readonly number[] }): { jobs: { id: JobId; completion: number }[]; runs: LotteryRun[] } {
  const quantum = Math.max(1, input.quantum);
  const order = input.jobs.map((j, i) => ({ j, i, left: Math.max(0, j.length), done: j.length <= 0 ? 0 : -1 })).toSorted((a, b) => idOrder(a.j.id, b.j.id));
  const runs: LotteryRun[] = [];
  let time = 0;
  for (let draw = 0; order.some((o) => o.left > 0); draw++) {
    const r = input.randoms[draw];
    if (r === undefined) throw new Error(`scheduleLottery: needs more than ${input.randoms.length} random numbers`);
    const live = order.filter((o) => o.left > 0 && o.j.tickets > 0);
    if (live.length === 0) break; // the rest hold no tickets and can never win
    const total = live.reduce((n, o) => n + o.j.tickets, 0);
    const ticket = Math.abs(Math.trunc(r)) % total;
    let acc = 0;
    const win = live.find((o) => (acc += o.j.tickets) > ticket) ?? live[live.length - 1];
    if (win === undefined) break;
    const ran = Math.min(quantum, win.left);
    runs.push({ draw, ticket, total, winner: win.j.id, start: time, ran });
    time += ran;
    win.left -= ran;
    if (win.left === 0) win.done = time;
  }
  const byInput = order.toSorted((a, b) => a.i - b.i);
  return { jobs: byInput.map((o) => ({ id: o.j.id, completion: o.done })), runs };
}
