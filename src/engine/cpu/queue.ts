/**
 * Small helpers over a host's ready list (a ring buffer in SimState.queues): find an
 * entity's position and take it out from the middle, because a policy may pick any
 * waiting entity, not only the head. Mutates the queue in place.
 */
import type { SimState } from '../state';

export function queuePositionOf(st: SimState, host: number, e: number): number {
  const q = st.queues[host];
  if (q === undefined) return -1;
  for (let i = 0; i < q.len; i++) if (q.buf[(q.head + i) % q.buf.length] === e) return i;
  return -1;
}

/** Remove the entry at position `pos` (0 = head), keeping the order of the rest. */
export function dequeueAt(st: SimState, host: number, pos: number): void {
  const q = st.queues[host];
  if (q === undefined || pos < 0 || pos >= q.len) return;
  const n = q.buf.length;
  for (let i = pos; i < q.len - 1; i++) q.buf[(q.head + i) % n] = q.buf[(q.head + i + 1) % n] ?? -1;
  q.len -= 1;
}
