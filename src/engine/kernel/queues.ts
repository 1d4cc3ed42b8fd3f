/**
 * Per-host ready queues: ring buffers of entity indices in the order entities became
 * ready (the kernel's, because every path that makes an entity runnable or takes it
 * away touches them: lifecycle, the CPU scheduler, throttling, pauses). A scheduling
 * policy may pick any waiting entity, not only the head, hence the removal from the
 * middle. Everything here mutates a queue of a state its caller owns.
 */
import type { World } from './world';

export interface ReadyQueue {
  buf: Int32Array;
  head: number;
  len: number;
}

/** An empty queue able to hold every entity of the world at once. */
export function emptyQueue(entityCount: number): ReadyQueue {
  return { buf: new Int32Array(entityCount + 1), head: 0, len: 0 };
}

export function enqueue(st: World, host: number, e: number): void {
  const q = st.queues[host];
  if (q === undefined) return;
  q.buf[(q.head + q.len) % q.buf.length] = e;
  q.len += 1;
}

export function dequeue(st: World, host: number): number {
  const q = st.queues[host];
  if (q === undefined || q.len === 0) return -1;
  const e = q.buf[q.head] ?? -1;
  q.head = (q.head + 1) % q.buf.length;
  q.len -= 1;
  return e;
}

/** The entities waiting on a host, head first (a new array). */
export function queueContents(st: World, host: number): number[] {
  const q = st.queues[host];
  if (q === undefined) return [];
  const out: number[] = [];
  for (let i = 0; i < q.len; i++) out.push(q.buf[(q.head + i) % q.buf.length] ?? -1);
  return out;
}

/** Where entity e waits in its host's queue (0 = head), or -1. */
export function queuePositionOf(st: World, host: number, e: number): number {
  const q = st.queues[host];
  if (q === undefined) return -1;
  for (let i = 0; i < q.len; i++) if (q.buf[(q.head + i) % q.buf.length] === e) return i;
  return -1;
}

/** Remove the entry at position `pos` (0 = head), keeping the order of the rest. */
export function dequeueAt(st: World, host: number, pos: number): void {
  const q = st.queues[host];
  if (q === undefined || pos < 0 || pos >= q.len) return;
  const n = q.buf.length;
  for (let i = pos; i < q.len - 1; i++) q.buf[(q.head + i) % n] = q.buf[(q.head + i + 1) % n] ?? -1;
  q.len -= 1;
}

/** Remove entities [first, first+count) from pCPUs and ready queues; their state is the caller's. */
export function detachEntities(st: World, first: number, count: number): void {
  const last = first + count;
  for (let e = first; e < last; e++) {
    const p = st.ent.pcpu[e] ?? -1;
    if (p >= 0) st.pcpuEnt[p] = -1;
    st.ent.pcpu[e] = -1;
  }
  st.queues.forEach((q, h) => {
    const all = queueContents(st, h);
    const keep = all.filter((e) => e < first || e >= last);
    if (keep.length === all.length) return;
    q.head = 0;
    q.len = keep.length;
    keep.forEach((e, i) => (q.buf[i] = e));
  });
}
