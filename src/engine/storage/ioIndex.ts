/**
 * What storage's per-period I/O work looks up, built once per topology: each VM's and each
 * host's index by its id, and the scratch arrays a period fills (per VM: the volumes it uses
 * and the I/O it put on them, its volumes' latency; per host: its local disk's load and
 * latency). Without it every period built a map of the VMs and one of their rates, and a
 * big SAN works a period every 100 ticks.
 * A pure cache keyed by the topology object, like the digest's topology hash: an edit, a
 * clone or a restore brings a new topology object, so an entry never outlives the shape it
 * was built for. Volumes are not cached (they change without the topology changing): a
 * period counts them afresh into the scratch arrays. The scratch is cleared at the start
 * of every use and never read across periods or kept in the state, so sharing it between
 * states of one topology cannot change what the engine computes.
 */
import type { Topology } from '../kernel/topology';

export interface IoIndex {
  vmAt: ReadonlyMap<string, number>;
  hostAt: ReadonlyMap<string, number>;
  /** Per VM (topology order): how many live volumes it uses (its own and those it was granted). */
  volumes: Int32Array;
  /** Per VM: 1 if it has any volume at all, lost ones included (0: it uses its host's local disk). */
  owns: Uint8Array;
  /**
   * Per VM, this period: 1 if it put I/O on its volumes, and then what it put on each:
   * its vCPUs' I/Os per second (`iops`, `read` of them reads, moving `kib` KiB per second,
   * each I/O of its own workload's size) plus those of the containers inside it (`ctIops`,
   * `ctReads` of them reads, moving `ctKiB`, `ctReadKiB` of it read).
   */
  rated: Uint8Array;
  iops: Float64Array;
  read: Float64Array;
  kib: Float64Array;
  ctIops: Float64Array;
  ctReads: Float64Array;
  ctKiB: Float64Array;
  ctReadKiB: Float64Array;
  /**
   * Per VM: over its volumes, the sum and count of the latency of a rated (4 KiB) I/O and of
   * what each further KiB adds (queueing included); then their means, in `latSum` and `latPerKiB`.
   */
  latSum: Float64Array;
  latPerKiB: Float64Array;
  latN: Float64Array;
  /**
   * Per host (topology order): I/Os and KiB per second its VMs without volumes and its
   * containers put on its local disk; that disk's latency for a rated I/O and per further KiB, ms.
   */
  local: Float64Array;
  localKiB: Float64Array;
  localMs: Float64Array;
  localPerKiB: Float64Array;
}

const indexes = new WeakMap<Topology, IoIndex>();

/** The index for a topology, built on first use. */
export function ioIndex(t: Topology): IoIndex {
  let x = indexes.get(t);
  if (x !== undefined) return x;
  const nv = t.vms.length;
  const nh = t.hosts.length;
  x = {
    vmAt: new Map(t.vms.map((vm, i) => [vm.id, i])),
    hostAt: new Map(t.hosts.map((h, i) => [h.id, i])),
    volumes: new Int32Array(nv),
    owns: new Uint8Array(nv),
    rated: new Uint8Array(nv),
    iops: new Float64Array(nv),
    read: new Float64Array(nv),
    kib: new Float64Array(nv),
    ctIops: new Float64Array(nv),
    ctReads: new Float64Array(nv),
    ctKiB: new Float64Array(nv),
    ctReadKiB: new Float64Array(nv),
    latSum: new Float64Array(nv),
    latPerKiB: new Float64Array(nv),
    latN: new Float64Array(nv),
    local: new Float64Array(nh),
    localKiB: new Float64Array(nh),
    localMs: new Float64Array(nh),
    localPerKiB: new Float64Array(nh),
  };
  indexes.set(t, x);
  return x;
}
