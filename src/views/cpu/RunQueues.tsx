/**
 * Run queues per pCPU: for every hardware thread, the vCPU on it and the ready vCPUs
 * waiting in its queue, plus the co-stopped and I/O-waiting trays, and where a container
 * has a cgroup quota, the tray of those sitting out their quota period (%MLMTD). Each vCPU is one
 * chip with a stable flip id, so when it moves to a pCPU or to another pCPU's queue (a
 * migration) it grows into its place where it lands (useFlip: what moved is read from the page's structure when the
 * queues' order changes, no layout), never over another chip or out of its row; at more than 1x on a device that cannot
 * keep up, it lands without growing. Updated a few times a second, not every tick.
 * Chips are buttons: select one to have the inspector say why it is where it is.
 */
import { ENT, type Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { select, useStore } from '../../store';
import { v } from '../../theme/tokens';
import { ownerSlot, slotToken } from '../shared/palette';
import { useIsSelected } from '../shared/Selectable';
import { useFlip } from '../shared/useFlip';
import { useSnapshot } from '../shared/useSnapshot';
import { entitiesIn, limitOf, ownerIndex, pcpuQueues, shortLabel } from './layoutCpu';

interface ChipInfo {
  e: number;
  slot: number;
  label: string;
  /** What holds it back (a VM's cap, a container's quota), if anything: a tag on the chip. */
  limit: 'cap' | 'quota' | null;
  pinned: boolean;
}

interface QueueModel {
  pcpuOffset: number;
  rows: { pcpu: number; running: ChipInfo | null; queue: ChipInfo[] }[];
  costopped: ChipInfo[];
  blocked: ChipInfo[];
  /** Containers sitting out the rest of their quota period (not waiting for I/O); null when no container here has a quota. */
  held: ChipInfo[] | null;
  migrations: number;
}

/** Everything the queues show, as plain data (compared as text: it is small). */
function queueModel(snap: Snapshot, hostIndex: number): QueueModel | null {
  const host = snap.topology.hosts[hostIndex];
  if (host === undefined) return null;
  const chip = (e: number): ChipInfo => ({ e, slot: ownerSlot(snap.topology, ownerIndex(snap, e)), label: shortLabel(snap, e), limit: limitOf(snap, e), pinned: (snap.cpu.pin[e] ?? -1) >= 0 });
  const waiting = entitiesIn(snap, hostIndex, ENT.blocked);
  const nv = snap.topology.vms.length;
  const quotas = snap.topology.containers.some((c, i) => c.vm < 0 && c.host === hostIndex && (snap.cpu.capBudget[nv + i] ?? -1) >= 0);
  return {
    pcpuOffset: host.pcpuOffset,
    rows: pcpuQueues(snap, hostIndex).map((r) => ({ pcpu: r.pcpu, running: r.running >= 0 ? chip(r.running) : null, queue: r.queue.map(chip) })),
    costopped: entitiesIn(snap, hostIndex, ENT.costop).map(chip),
    blocked: waiting.filter((e) => snap.ent.limited[e] !== 1).map(chip),
    held: quotas ? waiting.filter((e) => snap.ent.limited[e] === 1).map(chip) : null,
    migrations: snap.cpu.migrationsTotal,
  };
}

const sameModel = (a: QueueModel | null, b: QueueModel | null): boolean => JSON.stringify(a) === JSON.stringify(b);

function Chip({ c, glyph }: { c: ChipInfo; glyph: string }) {
  const t = useT();
  const selected = useIsSelected({ kind: 'vcpu', index: c.e });
  return (
    <button
      data-flip={`ent-${c.e}`}
      type="button"
      className={selected ? 'cpu-chip selected' : 'cpu-chip'}
      data-testid={`cpu-chip-${c.label}`}
      aria-pressed={selected}
      aria-label={t('cpu.chip.label', { who: c.label })}
      onClick={() => select({ kind: 'vcpu', index: c.e })}
    >
      <span className="cpu-swatch" style={{ background: v(slotToken(c.slot)) }} aria-hidden="true" />
      {glyph} {c.label}
      {c.limit === 'cap' && <span className="cpu-tag" data-drawing title={t('cpu.chip.capped')}>{t('cpu.chip.cappedShort')}</span>}
      {c.limit === 'quota' && <span className="cpu-tag" data-drawing title={t('cpu.chip.quota')}>{t('cpu.chip.quotaShort')}</span>}
      {c.pinned && <span className="cpu-tag" data-drawing title={t('cpu.chip.pinned')}>{t('cpu.chip.pinnedShort')}</span>}
    </button>
  );
}

/** `helpAfter`: the help under the rows, not over them (the rows set first under the chart, CpuView: useQueuesFirst). */
export function RunQueues({ hostIndex, helpAfter = false }: { hostIndex: number; helpAfter?: boolean }) {
  const t = useT();
  const m = useSnapshot((s) => queueModel(s, hostIndex), 4, sameModel);
  // A moved chip grows into its place where it lands, briefly (the queues update a few times a second): a glide from
  // another row or past a neighbour drew it over the other chips' names and out of its row (audit 17, a 1280x720
  // projector), and a fade-in passed through colours too faint to read (axe's contrast check caught one mid-way).
  const order = m === null ? '' : JSON.stringify([m.rows, m.costopped, m.blocked, m.held]);
  const hurried = useStore((s) => s.playing && s.speed !== 1);
  const flip = useFlip<HTMLDivElement>(180, order, 'pop', hurried);
  if (m === null || m === undefined) return null;
  const { rows, costopped, blocked, held } = m;
  return (
    <div ref={flip} className="cpu-queues" data-testid="cpu-queues">
      <h3>{t('cpu.queues.title')}</h3>
      {!helpAfter && <p className="muted">{t('cpu.queues.help')}</p>}
      <ol>
        {rows.map((r) => (
          <li key={r.pcpu} data-testid={`cpu-queue-${r.pcpu - m.pcpuOffset}`}>
            <span className="cpu-queue-label">{t('cpu.queues.pcpu', { n: r.pcpu - m.pcpuOffset })}</span>
            <span className="cpu-queue-slot">{r.running !== null ? <Chip c={r.running} glyph="▶" /> : <span className="muted">{t('cpu.queues.idle')}</span>}</span>
            <span aria-hidden="true">⟵</span>
            <span className="cpu-queue-list">
              {r.queue.length === 0 ? <span className="muted">{t('cpu.queues.empty')}</span> : r.queue.map((c) => <Chip key={c.e} c={c} glyph="…" />)}
            </span>
          </li>
        ))}
      </ol>
      {helpAfter && <p className="muted">{t('cpu.queues.help')}</p>}
      <p className="cpu-tray">
        <strong>■ {t('cpu.queues.costopped')}</strong>{' '}
        {costopped.length === 0 ? <span className="muted">{t('cpu.queues.none')}</span> : costopped.map((c) => <Chip key={c.e} c={c} glyph="■" />)}
      </p>
      <p className="cpu-tray">
        <strong>‖ {t('cpu.queues.blocked')}</strong> {blocked.length === 0 ? <span className="muted">{t('cpu.queues.none')}</span> : blocked.map((c) => <Chip key={c.e} c={c} glyph="‖" />)}
      </p>
      {held !== null && (
        <p className="cpu-tray" data-testid="cpu-held">
          <strong>⊘ {t('cpu.queues.held')}</strong> {held.length === 0 ? <span className="muted">{t('cpu.queues.none')}</span> : held.map((c) => <Chip key={c.e} c={c} glyph="⊘" />)}
        </p>
      )}
      <p className="muted">{t('cpu.queues.migrations', { n: m.migrations })}</p>
    </div>
  );
}
