/**
 * The channel: the one way a subsystem's activity reaches another, since no subsystem
 * imports another (docs/architecture.md, "The channel"). It is a set of named meters,
 * each a Float64Array laid over one index space of the world (entities, pCPUs, VMs,
 * containers or hosts). Meters live in the state, so they are cloned, carried across a
 * scenario edit (by each space's stable keys) and replayed like everything else.
 *
 * Two kinds, and one discipline per tick (demand is posted, resources are arbitrated,
 * costs are charged back to whoever caused them):
 * - `level`: a value its one publisher overwrites and anyone reads, e.g. the memory a VM
 *   uses (published by the memory model, read by the cluster and the Overview);
 * - `flow`: an amount anyone may add to (post demand, charge a cost) until its one
 *   consumer `take`s it (reads and zeroes it), e.g. ms of stall charged to a vCPU by the
 *   memory model and taken by the CPU scheduler the next time that vCPU runs.
 * The kernel declares the meters several subsystems share (CORE_METERS); a subsystem
 * declares the meters only it publishes in its contract (`meters`).
 */
import { entityKeys, type Topology } from './topology';

/** `nic`: two slots per host, its physical NIC's transmit (2h) and receive (2h + 1) directions (full duplex). */
export type MeterSpace = 'entity' | 'pcpu' | 'vm' | 'container' | 'host' | 'nic';

export interface MeterSpec {
  /** `area.name`, e.g. `usage.vmMemMiB`. */
  readonly id: string;
  readonly space: MeterSpace;
  readonly kind: 'level' | 'flow';
  readonly unit: string;
  /** Who writes it, who reads it, and what one unit means. */
  readonly doc: string;
}

export type Meters = Record<string, Float64Array>;

/** Memory in use per VM, MiB: published by the memory model, zeroed when the VM stops. */
export const VM_MEM_USED = 'usage.vmMemMiB';
/** Memory in use per container, MiB: published by the container runtime. */
export const CT_MEM_USED = 'usage.ctMemMiB';

/** Hypervisor work charged to a vCPU, ms of pCPU time: posted by virt (exits, traps, hypercalls, translations, host-OS crossings), taken by the CPU. */
export const OVERHEAD_MS = 'overhead.ms';
/** Ms each vCPU ran its guest's own code (running time minus hypervisor overhead), cumulative: published by the CPU, read by virt. */
export const GUEST_MS = 'guest.ms';
/** Disk I/Os an entity (a vCPU or a container) issued (flow): it posts them when an I/O wait begins; storage takes them. */
export const IO_OPS = 'io.ops';
/** Latency of an entity's I/O, ms (level): storage publishes it from the storage the entity uses, from the world's build on (never 0: an entity not yet measured gets its storage's current latency). */
export const IO_LATENCY = 'io.latencyMs';
/** VM exits paging caused on a vCPU (flow): memory posts shadow paging's guest page-table writes and CR3 reloads, and nested paging's EPT violations; virt takes them, prices each as one exit and charges overhead.ms. */
export const PAGING_EXITS = 'paging.exits';
/** Nested paging's two-dimensional page walks a vCPU made (flow): memory posts them per TLB miss; virt takes them, prices each (kernel/cycles.ts) and charges overhead.ms. */
export const PAGING_WALKS = 'paging.walks';
/** I/Os per second an entity issued, smoothed (level): storage publishes it when it takes IO_OPS. */
export const IO_RATE = 'io.iops';
/** Ms an entity must wait on memory (flow): memory charges swap-ins, decompressions, blocked allocations; the CPU takes it. */
export const MEM_STALL = 'stall.ms';
/** How fast a VM writes (dirties) its memory, MiB/s: published by the memory model, read by live migration. */
export const VM_DIRTY_MIBPS = 'mem.dirtyMiBps';
/** MiB of a VM's working set that it writes (level): the memory model publishes it every ms; live migration's pre-copy dirties pages only there. */
export const VM_WRITABLE_MIB = 'mem.writableMiB';
/** MiB a VM wrote to its memory (flow): the memory model posts each ms what its running vCPUs stored; live migration's pre-copy takes it. */
export const VM_DIRTIED_MIB = 'mem.dirtiedMiB';
/** MiB a subsystem wants to send through a host NIC direction (flow, nic): the cluster posts a live migration's copy each ms; the network takes it. */
export const NIC_POST_MIB = 'link.postMiB';
/** Share of what was offered to a NIC direction that it did not send in the network's last period (queued or dropped), 0-1 (level, nic; 0 when uncongested): published by the network, read by whoever posted. */
export const NIC_HELD = 'link.heldShare';
/** Demand on a NIC direction, MiB/s (level, nic): VM traffic plus what was posted, averaged over the network's period. */
export const NIC_DEMAND = 'link.demandMiBps';
/** Throughput a NIC direction delivered, MiB/s (level, nic): at most its capacity and at most what arrived plus its queue. */
export const NIC_DELIVERED = 'link.deliveredMiBps';
/** Delivered over capacity, % (level, nic). */
export const NIC_UTIL = 'link.utilPct';
/** A NIC direction's capacity, MiB/s (level, nic): published by the network; DRS prices a move at the share of it a copy would get. */
export const NIC_CAP = 'link.capMiBps';

/** 1 while a VM is live-migrating or queued to (level): the cluster publishes it; virt refuses to change such a VM's I/O path. */
export const VM_MIGRATING = 'vm.migrating';

/** Meters the kernel declares because more than one subsystem writes or reads them. */
export const CORE_METERS: readonly MeterSpec[] = [
  { id: OVERHEAD_MS, space: 'entity', kind: 'flow', unit: 'ms', doc: 'pCPU time a vCPU owes the hypervisor for what its guest did (VM exits, BT traps and translations, hypercalls, emulated I/O, host-OS crossings). Virt posts it every 50 ms from the cost model; the CPU takes it at execute and spends it on the pCPU with no guest progress (hypervisor overhead).' },
  { id: GUEST_MS, space: 'entity', kind: 'level', unit: 'ms', doc: 'Cumulative ms a vCPU ran guest code (its running time minus the overhead it paid). The CPU publishes it every tick; virt reads it to count the guest\'s sensitive instructions and I/Os.' },
  { id: PAGING_EXITS, space: 'entity', kind: 'flow', unit: 'exits', doc: 'VM exits a vCPU caused through paging that its technique\'s instruction mix does not hold: under shadow paging a guest page-table write for each 4 KiB page the guest maps for the first time (demand paging) and the shadow root reloaded when the vCPU is switched in; under nested paging an EPT violation for each hypervisor fault (a page first touched, swapped in or decompressed, a copy-on-write break). Memory posts them as it counts them; virt takes them every 50 ms, prices each as one VM exit of the host\'s VT-x generation (plus a host-OS crossing on type 2) and charges that vCPU through overhead.ms.' },
  { id: PAGING_WALKS, space: 'entity', kind: 'flow', unit: 'walks', doc: 'Two-dimensional page walks a vCPU made under nested paging (EPT/NPT): memory posts the walks each sampled TLB miss stands for; virt takes them every 50 ms, prices each at the references it reads beyond a native walk (kernel/cycles.ts) and charges that vCPU through overhead.ms, as time the guest made no progress.' },
  { id: VM_MEM_USED, space: 'vm', kind: 'level', unit: 'MiB', doc: 'Memory a VM uses on its host (private frames, its share of shared ones, its compression cache). Memory publishes it every 250 ms; the cluster and the Overview read it.' },
  { id: IO_OPS, space: 'entity', kind: 'flow', unit: 'I/Os', doc: 'Disk I/Os an entity issued: the CPU posts a wait\'s I/Os when a vCPU or a container starts a disk I/O wait (halts post none); storage takes them every 100 ms and spreads them over the volumes the entity\'s VM uses (a container on a bare host, or in a VM without volumes: its host\'s local disk).' },
  { id: IO_LATENCY, space: 'entity', kind: 'level', unit: 'ms', doc: 'Latency of one I/O of an entity, of its own workload\'s size (a fixed part plus size / bandwidth, times queueing): for a vCPU and a container inside a VM, the arrays holding the VM\'s volumes; otherwise the host\'s local disk. Storage publishes it every 100 ms, and for an entity without one when the world is built or edited (a VM without volumes gets its host\'s local disk\'s, queueing included; unloaded until that disk serves any I/O); the CPU makes each I/O round of a wait last that long, the memory model each page read.' },
  { id: IO_RATE, space: 'entity', kind: 'level', unit: 'I/O/s', doc: 'I/Os per second an entity issued, smoothed over about 200 ms. Storage publishes it every 100 ms from what it took of io.ops; the container runtime shows it per container.' },
  { id: MEM_STALL, space: 'entity', kind: 'flow', unit: 'ms', doc: 'Time a vCPU must wait on memory: the memory model charges swap-ins and guest paging (a disk read), decompressions (microseconds) and blocked allocations; the CPU takes it and the vCPU waits on memory instead of running.' },
  { id: VM_DIRTY_MIBPS, space: 'vm', kind: 'level', unit: 'MiB/s', doc: 'How fast a VM dirties its memory: each running vCPU writes its VM\'s writable working set (mem.writableMiB) over once per working-set window, counted every ms by the memory model and averaged over 250 ms. Memory publishes it; the cluster reads it for DRS\'s migration cost and shows it during pre-copy.' },
  { id: VM_WRITABLE_MIB, space: 'vm', kind: 'level', unit: 'MiB', doc: 'The writable working set: the part of a VM\'s working set its writes fall on (working set x the memory model\'s write share; 0 when off). Memory publishes it every ms with mem.dirtiedMiB; live migration\'s pre-copy dirties only pages inside it, so what a round dirties never exceeds it.' },
  { id: VM_DIRTIED_MIB, space: 'vm', kind: 'flow', unit: 'MiB', doc: 'What a VM wrote to its memory: every ms the memory model posts the stores of its running vCPUs (so a vCPU that waits, is capped, throttled or paused writes nothing that ms). Live migration takes it each ms of pre-copy and marks that much of the copied memory dirty again; when no migration runs nobody takes it, and a migration discards what built up before it began.' },
  { id: NIC_POST_MIB, space: 'nic', kind: 'flow', unit: 'MiB', doc: 'Data a subsystem wants to send through a host NIC direction (slot 2h: host h transmits, 2h + 1: it receives). The cluster posts a live migration\'s copy each ms (its link speed / 1000) on the source\'s transmit and the destination\'s receive side; the network takes it every period and shares the NIC among it and the VM traffic.' },
  { id: VM_MIGRATING, space: 'vm', kind: 'level', unit: '0/1', doc: 'Whether a VM is live-migrating or queued to: the cluster publishes it every tick and after each command; virt reads it (an I/O path cannot change under a migration).' },
  { id: CT_MEM_USED, space: 'container', kind: 'level', unit: 'MiB', doc: 'Memory a container uses (its app, sampled every 250 ms against its cgroup limit). The container runtime publishes it; the cluster reads it for the hosts.' },
];

function size(t: Topology, space: MeterSpace): number {
  switch (space) {
    case 'entity':
      return t.entityCount;
    case 'pcpu':
      return t.pcpuCount;
    case 'vm':
      return t.vms.length;
    case 'container':
      return t.containers.length;
    case 'host':
      return t.hosts.length;
    case 'nic':
      return t.hosts.length * 2;
  }
}

/** Stable keys of a space's slots, so a meter follows its VM or entity across an edit. */
function keys(t: Topology, space: MeterSpace): string[] {
  switch (space) {
    case 'entity':
      return entityKeys(t);
    case 'pcpu':
      return t.hosts.flatMap((h) => Array.from({ length: h.pcpuCount }, (_, p) => `${h.id}:${p}`));
    case 'vm':
      return t.vms.map((v) => v.id);
    case 'container':
      return t.containers.map((c) => c.id);
    case 'host':
      return t.hosts.map((h) => h.id);
    case 'nic':
      return t.hosts.flatMap((h) => [`${h.id}:tx`, `${h.id}:rx`]);
  }
}

/** Every declared meter, zeroed, sized for a topology. */
export function buildMeters(specs: readonly MeterSpec[], t: Topology): Meters {
  const out: Meters = {};
  for (const m of specs) out[m.id] = new Float64Array(size(t, m.space));
  return out;
}

/** Meters for an edited topology: each slot keeps its value if its key survived (prev is not modified). */
export function carryMeters(specs: readonly MeterSpec[], prev: Meters, pt: Topology, nt: Topology): Meters {
  const next = buildMeters(specs, nt);
  for (const m of specs) {
    const from = prev[m.id];
    const to = next[m.id];
    if (from === undefined || to === undefined) continue;
    const old = new Map(keys(pt, m.space).map((k, i) => [k, i]));
    keys(nt, m.space).forEach((k, i) => {
      const o = old.get(k);
      if (o !== undefined) to[i] = from[o] ?? 0;
    });
  }
  return next;
}

/** A declared meter of the world (throws for an undeclared id: a typo must not pass silently). */
export function meter(st: { meters: Meters }, id: string): Float64Array {
  const m = st.meters[id];
  if (m === undefined) throw new Error(`no meter "${id}" is declared`);
  return m;
}

/** Take a flow: its amount at slot i, which is then zero (the consumer's side of a flow). */
export function take(m: Float64Array, i: number): number {
  const v = m[i] ?? 0;
  m[i] = 0;
  return v;
}
