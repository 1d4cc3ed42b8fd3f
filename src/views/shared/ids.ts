/**
 * Fresh ids for things a person adds (a VM, a container, a volume, an array, a rack):
 * the first `prefix + n` not taken yet, counting from `start` (1 unless told). The
 * engine still refuses a clash; this only makes the first try succeed.
 */

export function freshId(prefix: string, taken: Iterable<string>, start = 1): string {
  const used = taken instanceof Set ? (taken as ReadonlySet<string>) : new Set(taken);
  let n = Math.max(1, Math.floor(start));
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** The ids of everything a topology names (VMs and containers share one namespace in commands). */
export function idsOf(...lists: readonly (readonly { id: string }[])[]): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const x of list) out.add(x.id);
  return out;
}
