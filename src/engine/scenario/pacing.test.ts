/**
 * Pacing (issue 13): each preset's lesson unfolds over 20-60 s at 1x, so a student
 * watching at 1x can follow it. Every preset names its own measurable milestone here
 * (the table is keyed by PresetId, so a new preset does not compile without one):
 * - a sequence: the lesson's steps, each the first tick an engine event with that key is
 *   said (or a condition holds), in order, at least MIN_STEP_MS apart, the last between
 *   20 s and 60 s;
 * - a steady lesson (a picture that holds, e.g. ready time under overcommit): its
 *   condition holds by 20 s and still holds at 60 s;
 * - not yet paced: listed as todo with the measured reason (reported in issue 13).
 */
import { describe, expect, it, vi } from 'vitest';
import { advanceTick, createSim, DEFAULT_HT_FACTOR, GUEST_OS_MIB, HIST_LEN, HIST_STRIDE, POWER, PRESET_IDS, presets, step, toSnapshot, VF, type PresetId, type ScenarioInput, type SimState } from '../index';
import { MIN_STATE_MS } from '../memory/model';

vi.setConfig({ testTimeout: 120_000 });

const MIN_STEP_MS = 2000;
const LESSON_MIN_MS = 20_000;
const LESSON_MAX_MS = 60_000;

type Step = string | { name: string; holds: (st: SimState) => boolean };
type Pacing = { sequence: Step[] } | { steady: (st: SimState) => boolean } | { todo: string };

const vmOn = (id: string) => (st: SimState) => st.vmPower[st.topology.vms.findIndex((v) => v.id === id)] === POWER.on;
/** Every VM that starts by itself is running (the lesson's picture is on screen). */
const allUp = (st: SimState) => st.topology.vms.every((_, i) => st.scenario.vms[i]?.autostart !== true || st.vmPower[i] === POWER.on);

/** The first host's memory state has reached `state` (1 clear .. 4 low) or worse. */
const hostMem = (state: number, name: string): Step => ({ name, holds: (st) => (st.memory.hosts[0]?.state ?? 0) >= state });
const ctOn = (id: string) => (st: SimState) => st.ctPower[st.topology.containers.findIndex((c) => c.id === id)] === POWER.on;
/** Every volume not lost keeps its copies in two racks or more. */
const racksApart = (st: SimState) =>
  st.storage.volumes.every((v) => v.status === 'lost' || new Set(v.replicas.filter((r) => !r.building && !r.leaving).map((r) => st.storage.arrays[r.array]?.rack)).size >= 2);

/** io-paths: the emulated VM has done fewer I/Os than the passthrough one (its CPU went to traps). */
const ioFewestOnEmulated = (st: SimState) => {
  const io = (id: string) => st.virt.vm[st.topology.vms.findIndex((v) => v.id === id) * VF.count + VF.io] ?? 0;
  return io('vm-emulated') < io('vm-passthrough');
};

const vmAt = (st: SimState, id: string) => st.topology.vms.findIndex((v) => v.id === id);
const hostAt = (st: SimState, id: string) => st.topology.hosts.findIndex((h) => h.id === id);
/** Column k of the CPU history (0 %RUN, 1 %RDY, 2 %CSTP, 4 work done in % of a core), VM `id`'s mean over the last n samples of 100 ms. */
const RUN = 0;
const RDY = 1;
const CSTP = 2;
const WORK = 4;
function histPct(st: SimState, id: string, k: number, n = 10): number {
  const nv = st.topology.vms.length;
  const i = vmAt(st, id);
  const m = Math.min(n, st.cpu.histN);
  let sum = 0;
  for (let j = 1; j <= m; j++) sum += st.cpu.hist[((((st.cpu.histN - j) % HIST_LEN) * nv + i) * HIST_STRIDE) + k] ?? 0;
  return m === 0 ? 0 : sum / m;
}
/** Co-stop ms VM `id`'s vCPUs have accumulated. */
const costopMs = (st: SimState, id: string) => {
  const vm = st.topology.vms[vmAt(st, id)];
  let ms = 0;
  for (let e = vm?.entOffset ?? 0; e < (vm?.entOffset ?? 0) + (vm?.vcpus ?? 0); e++) ms += st.cpu.costop[e] ?? 0;
  return ms;
};
const virt = (st: SimState, id: string, f: number) => st.virt.vm[vmAt(st, id) * VF.count + f] ?? 0;
/** A host's guests' mean recent overhead (what the Techniques lens's hosts table shows). */
const hostOverhead = (st: SimState, host: string) => {
  const h = hostAt(st, host);
  const ids = st.topology.vms.filter((v) => v.host === h).map((v) => v.id);
  return ids.reduce((n, id) => n + virt(st, id, VF.recentOverhead), 0) / Math.max(1, ids.length);
};
/** A flow's bursts so far: 0 sent, 1 delivered, 2 dropped. */
const flowStat = (st: SimState, id: string, k: 0 | 1 | 2) => st.net.flowStats[st.net.graph.flows.findIndex((f) => f.id === id) * 3 + k] ?? 0;
const flowLinks = (st: SimState, id: string) => (st.net.graph.flows.find((f) => f.id === id)?.route.links ?? []).map((l) => st.net.graph.links[l]?.kind);
const volumeArrays = (st: SimState, id: string) => (st.storage.volumes.find((v) => v.id === id)?.replicas ?? []).map((r) => st.storage.arrays[r.array]?.id);
const memVm = (st: SimState, id: string) => st.memory.vms[vmAt(st, id)]?.c;

/**
 * noisy-neighbor: from 6 s a CPU-bound 4-vCPU VM shares the tenants' four pCPUs under round robin, and each victim's
 * ready time over the last 12 s is in the notes' "roughly 25-40 %" (18-60 s: shop 25.8-27.9, orders-db 34.9-39.1;
 * the CPU table's 1-s figure wanders around it, shop 20-31, orders-db 34-43).
 */
const victimsWait = (st: SimState) =>
  allUp(st) && vmOn('noisy')(st) && ['shop', 'orders-db'].every((id) => histPct(st, id, RDY, HIST_LEN) >= 25 && histPct(st, id, RDY, HIST_LEN) <= 40);
/** basic: seven runnable things share four pCPUs, so some VM has waited for one in the last 12 s. */
const basicShared = (st: SimState) =>
  allUp(st) && st.ctPower.every((p) => p === POWER.on) && st.topology.vms.some((v) => histPct(st, v.id, RDY, HIST_LEN) > 0);
/** datacenter-32: 32 VMs spread over four hosts, no VM past ESXi's 5 % ready warning line over the last 12 s. */
const noHostOverloaded = (st: SimState) => allUp(st) && st.topology.vms.every((v) => histPct(st, v.id, RDY, HIST_LEN) < 5);
/** smp-costop: the 4-vCPU VM is co-stopped above the 3 % line (the last second); the 1-vCPU VMs never are. */
const wideCostopped = (st: SimState) => allUp(st) && histPct(st, 'wide', CSTP) > 3 && costopMs(st, 'app-1') === 0 && costopMs(st, 'app-2') === 0;
/** hyperthreads: four busy VMs on two cores run nearly all the time yet each does about 0.625 of a core's work (1.25 per core). */
const siblingsShare = (st: SimState) =>
  st.topology.vms.every((v, i) => {
    const run = histPct(st, v.id, RUN);
    return st.vmPower[i] === POWER.on && run >= 90 && Math.abs(histPct(st, v.id, WORK) / run - DEFAULT_HT_FACTOR / 2) < 0.05;
  });
/** san-placement: most-free places by share free, so db-1's first new volume goes to array-b (80 % free), not array-d (most GiB free); the three spread over three arrays, none on the full array-a. */
const spreadByShare = (st: SimState) => {
  const at = ['db-data-2', 'db-data-3', 'db-data-4'].map((id) => volumeArrays(st, id));
  return at.every((a) => a.length === 1 && a[0] !== 'array-a') && new Set(at.map((a) => a[0])).size === 3 && at[0]?.[0] === 'array-b';
};
/** type1-vs-type2: only the hosted VMs cross into a host OS, which costs them more overhead, the I/O-bound VM most. */
const hostedPays = (st: SimState) => {
  const gap = (w: string) => virt(st, `hosted-${w}`, VF.recentOverhead) - virt(st, `bare-${w}`, VF.recentOverhead);
  return allUp(st) && ['web', 'io'].every((w) => virt(st, `hosted-${w}`, VF.hostOsCrossings) > 0 && virt(st, `bare-${w}`, VF.hostOsCrossings) === 0 && gap(w) > 0) && gap('io') > gap('web');
};
/** bt-vs-para-vs-hw: once warmed up, paravirtual (hypercalls, virtio) is cheapest, then hardware-assisted, binary translation dearest. */
const techniquesRank = (st: SimState) => allUp(st) && hostOverhead(st, 'para') < hostOverhead(st, 'hw') && hostOverhead(st, 'hw') < hostOverhead(st, 'bt');
/** vswitch-basics: web-1 -> app-1 is delivered inside vSwitch0 (no uplink, no NIC); app-1 -> db-1 crosses the wire. */
const staysInVswitch = (st: SimState) =>
  flowStat(st, 'web-app', 1) > 0 && !flowLinks(st, 'web-app').some((k) => k === 'uplink' || k === 'wire') && st.net.graph.flows.find((f) => f.id === 'web-app')?.nics.length === 0 &&
  flowStat(st, 'app-db', 1) > 0 && flowLinks(st, 'app-db').includes('wire');
/** vlan-isolation: b-web (VLAN 20) reaches a-db (VLAN 10) never, every burst dropped; A's own traffic gets through, replication across the wire too. */
const vlanDrops = (st: SimState) =>
  flowStat(st, 'b-web-db', 0) > 0 && flowStat(st, 'b-web-db', 1) === 0 && flowStat(st, 'b-web-db', 2) > 0 && flowStat(st, 'a-web-db', 1) > 0 && flowStat(st, 'a-db-replication', 1) > 0;
/**
 * vm-vs-container: each app VM holds more memory than each app container, by at least the guest OS it carries.
 * No UNCAUSED entry: the cause is the guest OS, and the model has no VM without one (guestOs is linux, windows or bsd);
 * a smaller VM or another guest would still carry a guest OS, so no edit takes the cause away.
 */
const containersLighter = (st: SimState) => {
  const snap = toSnapshot(st);
  const vms = st.topology.vms.flatMap((v, i) => (v.id.startsWith('app-vm-') ? [i] : []));
  const cts = st.topology.containers.flatMap((c, i) => (c.id.startsWith('app-ct-') ? [i] : []));
  if (vms.length === 0 || cts.length === 0) return false;
  if (!vms.every((i) => st.vmPower[i] === POWER.on) || !cts.every((i) => st.ctPower[i] === POWER.on)) return false;
  const vmMin = Math.min(...vms.map((i) => snap.vms.memUsedMiB[i] ?? 0));
  const ctMax = Math.max(...cts.map((i) => snap.fleet.ct.cts[i]?.memMiB ?? Infinity));
  return vmMin - ctMax >= GUEST_OS_MIB.linux;
};
/** shadow-vs-nested: shadow paging exits on page-table writes, nested never; a miss walks 4 vs 24 references; TLB hit rates 95-99.9 %. */
const pagingContrast = (st: SimState) => {
  const s = memVm(st, 'app-s');
  const n = memVm(st, 'app-n');
  if (s === undefined || n === undefined || s.tlbMisses === 0 || n.tlbMisses === 0) return false;
  const hit = (c: typeof s) => c.tlbHits / (c.tlbHits + c.tlbMisses);
  return s.exits > 0 && n.exits === 0 && s.walkRefs / s.tlbMisses === 4 && n.walkRefs / n.tlbMisses === 24 && [s, n].every((c) => hit(c) >= 0.95 && hit(c) <= 0.999);
};
/** server-virtualization: three VMs with their own guest OSes work on one server, sharing its CPU: mail has waited for it in the last 12 s. */
const consolidated = (st: SimState) => {
  const snap = toSnapshot(st);
  return st.topology.vms.every((v, i) => st.vmPower[i] === POWER.on && v.host === hostAt(st, 'server-1') && histPct(st, v.id, RUN) > 0 && (snap.vms.memUsedMiB[i] ?? 0) >= GUEST_OS_MIB[st.scenario.vms[i]?.guestOs ?? 'linux']) &&
    histPct(st, 'mail', RDY, HIST_LEN) > 0;
};
/** vdi: each desktop computes on vdi-host and keeps its disk on vdi-array; only screens go out to the thin clients and keys and clicks come back. */
const desktopsInDc = (st: SimState) =>
  [1, 2, 3].every((n) => {
    const i = vmAt(st, `desktop-${n}`);
    return st.vmPower[i] === POWER.on && histPct(st, `desktop-${n}`, RUN) > 0 && volumeArrays(st, `desktop-${n}-disk`).join() === 'vdi-array' && flowStat(st, `screen-${n}`, 1) > 0 && flowStat(st, `input-${n}`, 1) > 0;
  });

const PACING: Record<PresetId, Pacing> = {
  basic: { steady: basicShared },
  'datacenter-32': { steady: noHostOverloaded },
  'cpu-overcommit': { steady: (st) => allUp(st) && Array.from(st.ent.ready).some((r) => r > 0) },
  'noisy-neighbor': { steady: victimsWait },
  'smp-costop': { steady: wideCostopped },
  hyperthreads: { steady: siblingsShare },
  'san-placement': { steady: (st) => allUp(st) && spreadByShare(st) },
  'array-failure': { sequence: ['storage.event.arrayFailed', 'storage.event.rebuilt'] },
  'thin-overcommit': { sequence: ['event.vmStarted', 'storage.event.full'] },
  // rack-1 fails (12 s: two volumes lost), rack awareness on and a rebalance (18 s) spread the copies (about 27 s), rack-2 fails (30 s)
  // and loses nothing, and its volumes re-replicate onto the racks left (about 37 s).
  'rack-awareness': {
    sequence: [
      'storage.event.rackFailed',
      'storage.event.rebalanced',
      { name: 'every surviving volume has copies in two racks', holds: (st) => st.storage.rackAware && racksApart(st) },
      { name: 'rack-2 fails and nothing more is lost', holds: (st) => st.storage.arrays.some((a) => a.rack === 'rack-2' && a.failed) && st.storage.volumes.filter((v) => v.status === 'lost').length === 2 },
      { name: 'the degraded volumes are whole again', holds: (st) => st.storage.arrays.some((a) => a.rack === 'rack-2' && a.failed) && st.storage.volumes.every((v) => v.status === 'lost' || v.status === 'ok') },
    ],
  },
  'server-virtualization': { steady: consolidated },
  vdi: { steady: desktopsInDc },
  // Two app versions write the same paths (5 s), one copy hides an OS file (16 s), then reads fall through (21 s) or hit the layer (24 s).
  'app-virtualization': { sequence: ['appvirt.ev.write', 'appvirt.ev.copy', 'appvirt.ev.readOs', 'appvirt.ev.readLayer'] },
  'type1-vs-type2': { steady: hostedPays },
  'bt-vs-para-vs-hw': { steady: techniquesRank },
  'gpu-sharing': { sequence: [{ name: 'all three GPUs at work', holds: (st) => st.gpu.devs.every((d) => d.util > 0.5) }, 'gpu.ev.oom'] },
  'instances-on-demand': { sequence: ['cluster.ev.instanceReady', 'cluster.why.instanceNoRoom'] },
  // The three paths' counters part at once and keep apart: the emulated VM has done the fewest I/Os.
  'io-paths': { steady: (st) => allUp(st) && ioFewestOnEmulated(st) },
  // raid-striping: the picture holds from boot on: every RAID array has a latest write mapped onto its disks.
  'raid-striping': { steady: (st) => allUp(st) && st.storage.arrays.every((a) => a.disks?.lastWrite != null) },
  'vswitch-basics': { steady: (st) => allUp(st) && staysInVswitch(st) },
  'vlan-isolation': { steady: (st) => allUp(st) && vlanDrops(st) },
  'vm-vs-container': { steady: containersLighter },
  // Scale out (6 s), a node lost (16 s), a rollout done (35 s), scale in after the stabilisation window (53 s).
  orchestration: { sequence: ['orch.ev.scaleUp', 'orch.ev.nodeLost', 'orch.ev.rolledOut', 'orch.ev.scaleDown'] },
  // A cached start (4 s), a full pull (10 s), a pull of only the missing layers (18 s), a copy-up (26 s), the OOM killer (35.5 s).
  'docker-layers': { sequence: ['containers.ev.cached', 'containers.ev.pulling', { name: 'api-3 runs on host-b after pulling 2 of 5 layers', holds: ctOn('api-3') }, 'containers.ev.copyUp', 'containers.ev.oom'] },
  'drs-balance': { sequence: ['cluster.why.drsCpu', { name: 'the last DRS move ends, the hosts within the threshold', holds: (st) => st.cluster.lastCheck?.verdict.key !== 'cluster.check.move' && st.cluster.migration === null && st.cluster.queue.length === 0 && st.cluster.decisions.filter((d) => d.kind === 'drs').length >= 3 }] },
  'live-migration': { sequence: ['cluster.ev.migrationStart', 'cluster.ev.migrated', { name: 'db-vm arrives on host-2 after auto-converge', holds: (st) => st.cluster.history.length >= 2 }] },
  'host-failure': { sequence: ['cluster.ev.failed', 'cluster.why.haDeclared', { name: 'the restarted VMs run again', holds: (st) => st.cluster.decisions.some((d) => d.kind === 'ha') && ['shop', 'orders', 'reports'].every((id) => vmOn(id)(st)) }] },
  // VMs power on at 0, 4 and 8 s (clear about 13 s), web's site opens at 16 s (soft), db's reports and batch's data load at 26 s (hard,
  // then three stays in low of 2 s each, the minimum dwell, while swapping catches up: the tests below), back to soft at 34.3 s.
  'memory-overcommit': { sequence: [hostMem(1, 'clear: sharing scans faster'), hostMem(2, 'soft: the balloon inflates'), hostMem(3, 'hard: compression and swapping')] },
  // The database VM powers on at 6 s; its load rises at 14, 17 and 20 s, faster than the balloon answers (a poll a second, 64 MiB/s):
  // soft about 14.2 s, hard 17.0 s (2 s), low 20.2 s (2 s); it powers off at 32 s and the idle VM's balloon deflates at its rate (empty about 52 s).
  balloon: {
    sequence: [
      { name: 'the database VM powers on', holds: (st) => st.vmPower[st.topology.vms.findIndex((v) => v.id === 'busy')] !== POWER.off },
      hostMem(2, 'soft: the balloon inflates'),
      hostMem(3, 'hard: hypervisor swapping'),
      hostMem(4, 'low: allocations wait'),
      'memory.event.deflated',
    ],
  },
  'page-sharing': { steady: (st) => allUp(st) && st.memory.hosts.some((h) => h.sharedTotal > 0) },
  'shadow-vs-nested': { steady: (st) => allUp(st) && pagingContrast(st) },
  // Six VMs power on 3 s apart: soft about 17.7 s, hard 19.6 s (the balloons answer at 64 MiB/s each), low 20.1 s (for 2 s, its dwell);
  // from 26 s one VM is stopped and restarted every 3 s (the churn).
  'memory-16k': { sequence: [hostMem(2, 'soft: the balloon inflates'), hostMem(4, 'low: allocations wait'), 'event.vmStopped'] },
};

/** Ticks at which each step first happened (Infinity if never), stepping 100 ms at a time up to LESSON_MAX_MS. */
function milestones(id: PresetId, steps: Step[]): number[] {
  let st = createSim(presets[id]);
  const at = steps.map(() => Infinity);
  let seen = 0;
  while (st.tick < LESSON_MAX_MS + 1000 && at.some((t) => t === Infinity)) {
    st = step(st, 100);
    for (const e of st.events.list) {
      if (e.seq <= seen) continue;
      steps.forEach((s, i) => {
        if (typeof s === 'string' && s === e.key && at[i] === Infinity) at[i] = e.tick;
      });
    }
    seen = st.events.seq;
    steps.forEach((s, i) => {
      if (typeof s !== 'string' && at[i] === Infinity && s.holds(st)) at[i] = st.tick;
    });
  }
  return at;
}

describe('pacing: every preset has a lesson a student at 1x can follow', () => {
  it('every preset has a pacing milestone', () => {
    expect(Object.keys(PACING).toSorted()).toEqual([...PRESET_IDS].toSorted());
  });

  for (const id of PRESET_IDS) {
    const p = PACING[id];
    if ('todo' in p) {
      it.todo(`${id}: not yet paced: ${p.todo}`);
    } else if ('sequence' in p) {
      it(`${id}: its steps come in order, ${MIN_STEP_MS / 1000} s or more apart, the last between 20 and 60 s`, () => {
        const at = milestones(id, p.sequence);
        const names = p.sequence.map((s) => (typeof s === 'string' ? s : s.name));
        at.forEach((t, i) => expect(t, `${names[i]} happened`).toBeLessThan(Infinity));
        for (let i = 1; i < at.length; i++) expect((at[i] ?? 0) - (at[i - 1] ?? 0), `${names[i - 1]} -> ${names[i]}`).toBeGreaterThanOrEqual(MIN_STEP_MS);
        expect(at.at(-1)).toBeGreaterThanOrEqual(LESSON_MIN_MS);
        expect(at.at(-1)).toBeLessThanOrEqual(LESSON_MAX_MS);
      });
    } else {
      it(`${id}: its picture is on screen by 20 s and still there at 60 s`, () => {
        let st = step(createSim(presets[id]), LESSON_MIN_MS);
        expect(p.steady(st)).toBe(true);
        st = step(st, LESSON_MAX_MS - LESSON_MIN_MS);
        expect(p.steady(st)).toBe(true);
      });
    }
  }
});

/**
 * Each lesson's condition fails where its cause is taken away: the same preset, changed in
 * the one setting the lesson is about, run to 20 s (so a condition cannot pass on "all up").
 */
type Edit = (s: ScenarioInput) => void;
const hv = (s: ScenarioInput, host: string) => {
  const h = s.hosts.find((x) => x.id === host);
  if (h === undefined) throw new Error(host);
  return (h.hypervisor ??= {});
};
const UNCAUSED: { id: PresetId; without: string; edit: Edit }[] = [
  { id: 'smp-costop', without: 'co-scheduling off', edit: (s) => void (hv(s, 'host-1').cpu = { policy: 'round-robin', timesliceMs: 30, coSchedule: false }) },
  { id: 'hyperthreads', without: 'four cores of one thread each', edit: (s) => void Object.assign(s.hosts[0] ?? {}, { coresPerSocket: 4, threadsPerCore: 1 }) },
  { id: 'san-placement', without: 'round-robin placement', edit: (s) => void ((s.storage ??= {}).policy = 'round-robin') },
  { id: 'type1-vs-type2', without: 'both hosts type 1', edit: (s) => void (hv(s, 'hosted').type = 'type1') },
  { id: 'bt-vs-para-vs-hw', without: 'hw on first-generation VT-x', edit: (s) => void (hv(s, 'hw').hwEra = 'first-gen') },
  { id: 'vswitch-basics', without: 'app-1 on host-2', edit: (s) => void Object.assign(s.vms?.find((v) => v.id === 'app-1') ?? {}, { host: 'host-2', vnics: [{ id: 'app-1-nic', vswitch: 'vswitch-2', vlan: 10 }] }) },
  { id: 'vlan-isolation', without: "b-web's vNIC in VLAN 10", edit: (s) => void Object.assign(s.vms?.find((v) => v.id === 'b-web')?.vnics?.[0] ?? {}, { vlan: 10 }) },
  { id: 'shadow-vs-nested', without: 'both hosts on nested paging', edit: (s) => void Object.assign(hv(s, 'host-shadow'), { technique: 'hardware-assisted', memory: { translation: 'nested', pageMiB: 2 } }) },
  // The neighbour still arrives and runs, but idle: the victims wait about 5 % over 8-20 s (its boot), none after.
  {
    id: 'noisy-neighbor',
    without: 'the neighbour idle',
    edit: (s) => {
      const c = s.events?.[0]?.command;
      if (c?.type !== 'addVm') throw new Error('noisy');
      c.vm.workload = 'idle';
    },
  },
  // Eight pCPUs for the seven runnable things: no VM waits.
  { id: 'basic', without: 'four cores of two threads (8 pCPUs)', edit: (s) => void Object.assign(s.hosts[0] ?? {}, { coresPerSocket: 4 }) },
  // The same 32 VMs spread over half the hosts (16 on each, their memory still fits): 12 of them wait past 5 % (at most 12.2 %).
  { id: 'datacenter-32', without: 'the VMs on two hosts, not four', edit: (s) => s.vms?.forEach((v, i) => void (v.host = `host-${(i % 2) + 1}`)) },
  // Six pCPUs for the five vCPUs: mail never waits.
  { id: 'server-virtualization', without: 'a pCPU for every vCPU', edit: (s) => void Object.assign(s.hosts[0] ?? {}, { coresPerSocket: 3 }) },
  // The desktops run and store as before, but nothing crosses the uplink: no screen and no click gets through.
  { id: 'vdi', without: 'vSwitch-VDI without an uplink', edit: (s) => void Object.assign(s.vswitches?.[0] ?? {}, { uplinks: 0 }) },
];

describe('pacing: a steady lesson fails where its cause is taken away', () => {
  it.each(UNCAUSED)('$id: not with $without', ({ id, edit }) => {
    const p = PACING[id];
    if (!('steady' in p)) throw new Error(`${id} is not steady`);
    const s = structuredClone(presets[id]);
    edit(s);
    expect(p.steady(step(createSim(s), LESSON_MIN_MS))).toBe(false);
  });
});

/** Each stay in `state` on the first host from `from` to `to` ms, tick by tick: [entered, left] (left = `to` if still there). */
function visits(id: PresetId, state: number, from: number, to: number): [number, number][] {
  const st = step(createSim(presets[id]), from);
  const out: [number, number][] = [];
  let since = -1;
  while (st.tick < to) {
    advanceTick(st);
    const s = st.memory.hosts[0]?.state ?? 0;
    if (s === state && since < 0) since = st.tick;
    if (s !== state && since >= 0) {
      out.push([since, st.tick]);
      since = -1;
    }
  }
  if (since >= 0) out.push([since, to]);
  return out;
}

describe('pacing: what the notes and docs/model.md say about the brief states', () => {
  it('memory-overcommit: hard from 26 s, low for 2 s at a time while swapping catches up (back to hard between dips), soft again after 34 s', () => {
    const low = visits('memory-overcommit', 4, 25_000, 40_000);
    expect(low.length).toBeGreaterThanOrEqual(2);
    expect(low.length).toBeLessThanOrEqual(4);
    expect(low[0]?.[0]).toBeGreaterThanOrEqual(26_000);
    for (const [a, b] of low) expect(b - a).toBeGreaterThanOrEqual(MIN_STATE_MS);
    const soft = visits('memory-overcommit', 2, 26_500, 40_000);
    expect(soft[0]?.[0]).toBeGreaterThan(34_000);
    expect(soft[0]?.[0]).toBeLessThan(36_000);
  });

  it('every memory preset: once in a state, the host goes back to a milder one only after MIN_STATE_MS (2 s), so each step back is seen at 1x', () => {
    for (const id of ['memory-overcommit', 'balloon', 'memory-16k'] as const) {
      const st = createSim(presets[id]);
      let state = st.memory.hosts[0]?.state ?? 0;
      let since = 0;
      let backs = 0;
      while (st.tick < 60_000) {
        advanceTick(st);
        const s = st.memory.hosts[0]?.state ?? 0;
        if (s === state) continue;
        if (s < state) {
          expect(st.tick - since, `${id}: ${state} -> ${s} at ${st.tick}`).toBeGreaterThanOrEqual(MIN_STATE_MS);
          backs += 1;
        }
        state = s;
        since = st.tick;
      }
      expect(backs, id).toBeGreaterThanOrEqual(3);
    }
  });

  it('memory-16k: soft about 17.7 s, hard 19.6 s, low 20.1 s', () => {
    const first = (state: number) => visits('memory-16k', state, 15_000, 22_000)[0]?.[0] ?? Infinity;
    expect(Math.abs(first(2) - 17_700)).toBeLessThan(200);
    expect(Math.abs(first(3) - 19_600)).toBeLessThan(200);
    expect(Math.abs(first(4) - 20_100)).toBeLessThan(200);
  });
});
