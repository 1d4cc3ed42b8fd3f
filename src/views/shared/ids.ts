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

const vmIndexes = new WeakMap<object, ReadonlyMap<string, number>>();

/**
 * Each VM's index by its id, built once per topology: the topology object changes only
 * when the world's shape does (names and topology travel only then), so views that look
 * up an owner per volume per snapshot pay a map lookup, not a scan of every VM.
 */
export function vmIndexById(topo: { readonly vms: readonly { readonly id: string }[] }): ReadonlyMap<string, number> {
  let m = vmIndexes.get(topo);
  if (m === undefined) {
    m = new Map(topo.vms.map((vm, i) => [vm.id, i]));
    vmIndexes.set(topo, m);
  }
  return m;
}
