/**
 * Run queues per pCPU: for every hardware thread, the vCPU on it and the ready vCPUs
 * waiting in its queue, plus the co-stopped and I/O-waiting trays. Each vCPU is one
 * chip with a stable layoutId, so framer-motion glides it from a queue to a pCPU or to
 * another pCPU's queue (a migration). Updated a few times a second, not every tick.
 * Chips are buttons: select one to have the inspector say why it is where it is.
 */
import { LayoutGroup, motion } from 'framer-motion';
import { useState } from 'react';
import { ENT, type Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { select, selectSelection, useStore } from '../../store';
import { v } from '../../theme/tokens';
import { VM_TOKENS, ownerSlot } from './colours';
import { entitiesIn, isCapped, ownerIndex, pcpuQueues, shortLabel } from './layoutCpu';

function Chip({ snap, e, glyph }: { snap: Snapshot; e: number; glyph: string }) {
  const t = useT();
  const selected = useStore((s) => {
    const sel = selectSelection(s);
    return sel?.kind === 'vcpu' && sel.index === e;
  });
  const slot = ownerSlot(snap.topology, ownerIndex(snap, e));
  const capped = isCapped(snap, e);
  const pinned = (snap.cpu.pin[e] ?? -1) >= 0;
  const label = shortLabel(snap, e);
  const [moving, setMoving] = useState(false);
  return (
    <motion.button
      layoutId={`ent-${e}`}
      layout="position"
      // Short glides: the queues update a few times a second and each move should land before the next.
      transition={{ duration: 0.18 }}
      // While it glides over its neighbours it is not a target (they keep their room, WCAG 2.5.8).
      inert={moving}
      onLayoutAnimationStart={() => setMoving(true)}
      onLayoutAnimationComplete={() => setMoving(false)}
      type="button"
      className={selected ? 'cpu-chip selected' : 'cpu-chip'}
      data-testid={`cpu-chip-${label}`}
      aria-pressed={selected}
      aria-label={t('cpu.chip.label', { who: label })}
      onClick={() => select({ kind: 'vcpu', index: e })}
    >
      <span className="cpu-swatch" style={{ background: v(VM_TOKENS[slot] ?? 'vm0') }} aria-hidden="true" />
      {glyph} {label}
      {capped && <span className="cpu-tag" title={t('cpu.chip.capped')}>{t('cpu.chip.cappedShort')}</span>}
      {pinned && <span className="cpu-tag" title={t('cpu.chip.pinned')}>{t('cpu.chip.pinnedShort')}</span>}
    </motion.button>
  );
}

export function RunQueues({ snap, hostIndex }: { snap: Snapshot; hostIndex: number }) {
  const t = useT();
  const rows = pcpuQueues(snap, hostIndex);
  const host = snap.topology.hosts[hostIndex];
  const costopped = entitiesIn(snap, hostIndex, ENT.costop);
  const blocked = entitiesIn(snap, hostIndex, ENT.blocked);
  if (host === undefined) return null;
  return (
    <LayoutGroup id="cpu-queues">
      <div className="cpu-queues" data-testid="cpu-queues">
        <h3>{t('cpu.queues.title')}</h3>
        <p className="muted">{t('cpu.queues.help')}</p>
        <ol>
          {rows.map((r) => (
            <li key={r.pcpu} data-testid={`cpu-queue-${r.pcpu - host.pcpuOffset}`}>
              <span className="cpu-queue-label">{t('cpu.queues.pcpu', { n: r.pcpu - host.pcpuOffset })}</span>
              <span className="cpu-queue-slot">{r.running >= 0 ? <Chip snap={snap} e={r.running} glyph="▶" /> : <span className="muted">{t('cpu.queues.idle')}</span>}</span>
              <span aria-hidden="true">⟵</span>
              <span className="cpu-queue-list">
                {r.queue.length === 0 ? <span className="muted">{t('cpu.queues.empty')}</span> : r.queue.map((e) => <Chip key={e} snap={snap} e={e} glyph="…" />)}
              </span>
            </li>
          ))}
        </ol>
        <p className="cpu-tray">
          <strong>■ {t('cpu.queues.costopped')}</strong>{' '}
          {costopped.length === 0 ? <span className="muted">{t('cpu.queues.none')}</span> : costopped.map((e) => <Chip key={e} snap={snap} e={e} glyph="■" />)}
        </p>
        <p className="cpu-tray">
          <strong>‖ {t('cpu.queues.blocked')}</strong> {blocked.length === 0 ? <span className="muted">{t('cpu.queues.none')}</span> : blocked.map((e) => <Chip key={e} snap={snap} e={e} glyph="‖" />)}
        </p>
        <p className="muted">{t('cpu.queues.migrations', { n: snap.cpu.migrationsTotal })}</p>
      </div>
    </LayoutGroup>
  );
}
