/**
 * The cluster's hosts side by side: CPU demand (busy vCPUs over pCPUs; above 100 %
 * vCPUs queue for a pCPU) and memory reserved, as bars with their numbers, and the
 * VMs on each host as chips. A chip glides to its new host when a migration or an HA
 * restart moves it (framer-motion's shared layout: a discrete change, not per tick).
 * A failed host is struck through and hatched, with a button to repair it.
 */
import { LayoutGroup, motion } from 'framer-motion';
import { POWER } from '../../engine';
import { useT, withUnit } from '../../i18n';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { select, selectScenario, sendCommand, useStore } from '../../store';
import type { HostCard, VmChip } from './layoutCluster';

function chipGlyph(c: VmChip): string {
  if (c.migrating === 'out') return '⇢';
  if (c.migrating === 'in') return '⏸';
  if (c.migrating === 'queued') return '⋯';
  return c.power === POWER.on ? '●' : c.power === POWER.booting ? '◐' : '○';
}

/**
 * A glide's length; how long after its start a chip is a target again even if its end was never told, once its place
 * has come to rest; and for how many more frames it is looked at again while its place still stands between two places.
 */
const GLIDE_S = 0.5;
const GLIDE_MOST_MS = 1000;
const GLIDE_MORE_FRAMES = 60;

/** Whether a place's own transform (framer-motion's projection while it glides) still stands between two places. */
function inFlight(transform: string): boolean {
  return transform !== '' && transform !== 'none';
}

/**
 * A VM's place in its host's list. It glides when it moves to another host (a new card's list: layoutId), and when a VM
 * before it in its list leaves or comes (the list is measured again); not when only the layout around the list changed
 * (a theme's sizes, a resize, the migration panel above growing: layoutDependency), where it sat over its card's buttons
 * for 0.5 s. While it glides it is not a target (no pointer, and inert unless it holds the keyboard's focus, which inert
 * would drop: it passes over the other VMs' chips and the cards' buttons, where a tap would land on the wrong one); it
 * is one again when it comes to rest. The fallback for a glide whose end is never told (GLIDE_MOST_MS) looks at the place
 * first: after a main-thread task longer than the glide, the timer can run before framer-motion's next frame, the place
 * still mid-way, so it looks again each frame until the place rests (at most GLIDE_MORE_FRAMES).
 */
function VmPlace({ id, host, children }: { id: string; host: string; children: ReactNode }) {
  const li = useRef<HTMLLIElement | null>(null);
  // Cancels the fallback waiting now (its timer or its next frame).
  const pending = useRef<() => void>(() => undefined);
  const gliding = (on: boolean): void => {
    const el = li.current;
    pending.current();
    pending.current = () => undefined;
    if (el === null) return;
    el.inert = on && !el.contains(document.activeElement);
    // A mark for cluster.css (no pointer); framer-motion writes the element's own pointer-events as it projects.
    el.toggleAttribute('data-gliding', on);
    if (!on) return;
    let frames = 0;
    const rest = (): void => {
      const now = li.current;
      if (now !== null && inFlight(now.style.transform) && frames++ < GLIDE_MORE_FRAMES) {
        const f = requestAnimationFrame(rest);
        pending.current = () => cancelAnimationFrame(f);
      } else gliding(false);
    };
    const t = setTimeout(rest, GLIDE_MOST_MS);
    pending.current = () => clearTimeout(t);
  };
  useEffect(() => () => pending.current(), []);
  return (
    <motion.li
      ref={li}
      layoutId={`cl-vm-${id}`}
      layoutDependency={host}
      transition={{ duration: GLIDE_S }}
      data-testid={`cl-place-${id}`}
      onLayoutAnimationStart={() => gliding(true)}
      onLayoutAnimationComplete={() => gliding(false)}
    >
      {children}
    </motion.li>
  );
}

function Bar({ pct, label, testid }: { pct: number; label: string; testid: string }) {
  return (
    <div className="cl-bar" data-testid={testid}>
      <div className={`cl-bar-fill${pct > 100 ? ' cl-over' : ''}`} style={{ width: `${Math.min(100, pct)}%` }} />
      <span>{label}</span>
    </div>
  );
}

function Card({ h, compact, grow }: { h: HostCard; compact: boolean; grow: number }) {
  const t = useT();
  const title = <h3>{h.failed ? `✗ ${t('cluster.failedHost', { host: h.name })}` : h.name}</h3>;
  const action = (
    <div className="actions">
      {h.failed ? (
        <button type="button" onClick={() => void sendCommand({ type: 'repairHost', host: h.id })} data-testid={`cl-repair-${h.id}`}>{t('cluster.repair')}</button>
      ) : (
        // Compact, beside the host's name, a word ("Fail"), the name read after it (label in name); else "Fail this host".
        <button type="button" onClick={() => void sendCommand({ type: 'failHost', host: h.id })} data-testid={`cl-fail-${h.id}`}>
          {compact ? (
            <>
              {t('cluster.failShort')}
              <span className="visually-hidden"> {h.name}</span>
            </>
          ) : (
            t('cluster.fail')
          )}
        </button>
      )}
    </div>
  );
  return (
    // A card grows into the row's spare width by the VMs the scenario puts on its host (a quarter share a VM): a loaded
    // host's chips go two a row, where beside the tour panel (three 213 px cards) host-1's eight took a line each and ran
    // off the frame, its neighbours empty. By the scenario's placement, not the live one, so no card changes width as VMs
    // migrate or restart elsewhere (the lesson watches them move).
    <section className={`cl-host${h.failed ? ' cl-failed' : ''}`} style={{ flexGrow: grow }} aria-label={t('cluster.hostLabel', { host: h.name })} data-testid={`cl-host-${h.id}`}>
      {/* Compact, the button sits beside the host's name, not on a line of its own: a card a button's height shorter, so
          a phone shows the third host (where the instances land) under the time lines, and a projector each card whole
          (cluster.css .cl-compact: its margins thinner too). */}
      {compact ? (
        <div className="cl-host-head">
          {title}
          {action}
        </div>
      ) : (
        title
      )}
      <Bar pct={h.cpuPct} testid={`cl-cpu-${h.id}`} label={t('cluster.cpu', { pct: h.cpuPct, pcpus: h.pcpus }) + (h.cpuPct > 100 ? ' ⚠' : '')} />
      <Bar pct={h.memPct} testid={`cl-mem-${h.id}`} label={t('cluster.mem', { used: h.reservedMiB, total: h.memoryMiB })} />
      {(!compact || h.configuredPct > 100) && <p className="muted" data-testid={`cl-configured-${h.id}`}>{t('cluster.configured', { cfg: h.configuredMiB, pct: h.configuredPct, over: h.configuredPct > 100 ? 'cluster.overcommitted' : '' })}</p>}
      {h.haWaitS !== null && <p data-testid={`cl-ha-wait-${h.id}`}>{t('cluster.ha.waiting', { host: h.name, s: h.haWaitS })}</p>}
      {/* The VMs on a host are marks of the picture (data-drawing): on the projector at 15 px, two a row in a
          card, where at the prose's 20 px each took a line and a loaded host ran off the frame. */}
      <ul className="cl-chips" data-drawing>
        {h.vms.map((c) => (
          <VmPlace key={c.id} id={c.id} host={h.id}>
            {/* The name is the visible text plus the details read after it (label in name, WCAG 2.5.3). */}
            <button type="button" className={`cl-chip${c.power === POWER.off ? ' cl-off' : ''}`} onClick={() => select({ kind: 'vm', index: c.index })} data-testid={`cl-chip-${c.id}`}>
              {chipGlyph(c)} {c.name} <span className="muted">{withUnit(c.memoryMiB / 1024, 'GiB')}</span>
              <span className="visually-hidden">
                {' '}
                {t('cluster.chipLabel', { vm: c.name, mib: c.memoryMiB, workload: `workload.${c.workload}`, state: c.migrating === null ? `cluster.power.${c.power}` : `cluster.mig.${c.migrating}` })}
              </span>
            </button>
          </VmPlace>
        ))}
      </ul>
      {!compact && action}
    </section>
  );
}

/**
 * `compact`: under the instances lesson's time lines, where a short screen (a projector, a phone) must show the cards
 * with the instances on them: the configured-memory line only when the host is overcommitted (every VM there reserves
 * all its memory, so the line says what the reserved bar does, less the per-VM overhead), and the card's button beside
 * its name.
 */
export function HostCards({ cards, compact = false }: { cards: HostCard[]; compact?: boolean }) {
  const scenario = useStore(selectScenario);
  const placed = useMemo(() => {
    const n = new Map<string, number>();
    for (const vm of scenario?.vms ?? []) n.set(vm.host, (n.get(vm.host) ?? 0) + 1);
    return n;
  }, [scenario]);
  return (
    <LayoutGroup>
      <div className={`cl-hosts${compact ? ' cl-compact' : ''}`} data-picture>
        {cards.map((h) => <Card key={h.id} h={h} compact={compact} grow={1 + (placed.get(h.id) ?? 0) / 4} />)}
      </div>
    </LayoutGroup>
  );
}
