/**
 * "Inside the array": for a scenario whose arrays have a RAID level, the chosen array's
 * disks, stripes and parity (RaidGrid) lit by its latest write or read as the engine
 * mapped it, the physical operations that one logical I/O became (a RAID-5 small write:
 * 2 reads + 2 writes), the array's state (healthy, degraded, rebuilding, lost) in words,
 * a rebuild's throttled rate and the time left at it, and controls to fail a disk, replace
 * it, or repair a lost array: engine commands.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { COPY_BUSY_CEILING, COPY_MIN_BUSY, rebuildSources, STORAGE_PERIOD, type ArraySnap, type StorageSnapshot } from '../../engine';
import { useT } from '../../i18n';
import { selectSelection, selectTheme, sendCommand, useStore } from '../../store';
import { drawScale, labelSize, READ_MIN_PX } from '../shared/labels';
import { ioCountText, latestRead, raidRebuild, raidStateKey } from './layoutRaid';
import { gridWidth, RaidGrid, stripeColumn, stripeLabels } from './RaidGrid';
import { ZOOM_GUTTER, ZoomPan } from '../shared/ZoomPan';
import { measureRoom } from '../shared/frameRoom';

/**
 * The grid's zoom frame, with its zoom controls under it, ends where the lens frame does (measureRoom), on any screen:
 * on a 1280x720 projector the stylesheet's height left the controls under the lens frame's bottom edge. Set as the
 * frame's --zoom-max-h (zoomPan.css) on the picture's box; the grid opens fitted to it.
 */
function useRaidRoom(box: RefObject<HTMLDivElement | null>, on: boolean): void {
  useLayoutEffect(() => {
    const el = box.current;
    const frame = el?.querySelector<HTMLElement>('.zoom-frame');
    const bar = el?.querySelector<HTMLElement>('.zoom-bar');
    const panel = el?.closest<HTMLElement>('.lens-panel');
    if (!on || el == null || frame == null || bar == null || panel == null || typeof ResizeObserver === 'undefined') return undefined;
    const measure = (): void => {
      const px = `${measureRoom(panel, frame, bar)}px`;
      if (el.style.getPropertyValue('--zoom-max-h') !== px) el.style.setProperty('--zoom-max-h', px);
    };
    measure();
    // The lens frame's size, and what stands above the grid in it (the array's state in words, a language's longer buttons).
    const ro = new ResizeObserver(measure);
    ro.observe(panel);
    for (const child of Array.from(panel.children)) ro.observe(child);
    ro.observe(bar);
    return () => {
      ro.disconnect();
      el.style.removeProperty('--zoom-max-h');
    };
  }, [box, on]);
}

/** The disks a failed disk's blocks are read back from (the engine's rebuildSources): the mirror, or every other disk of the set. */
function sources(r: NonNullable<ArraySnap['raid']>, failed: number | null): { mirror: number; others: string } {
  const d = rebuildSources(r, failed ?? 0);
  return { mirror: d[0] ?? 0, others: d.join(', ') };
}

/** The rebuild's rate of the last storage period (the engine throttles it to the room the VMs' I/O leaves) and the time left at it. */
function RebuildRate({ st, a }: { st: StorageSnapshot; a: ArraySnap }) {
  const t = useT();
  const index = st.arrays.indexOf(a);
  const rb = raidRebuild(st, index);
  if (rb === null) return null;
  const p = {
    array: a.name,
    mibps: Math.round(rb.mibps),
    s: rb.s ?? 0,
    max: st.rebuildMiBps,
    busy: Math.round(100 * (st.load.util[index] ?? 0)),
    ceiling: Math.round(100 * COPY_BUSY_CEILING),
    floor: Math.round(100 * COPY_MIN_BUSY),
    period: STORAGE_PERIOD / 1000,
    n: rb.copies,
    // The disks the engine's rebuild reads (RAID-1: the mirror; RAID-4/5: every other disk), each at the new disk's rate.
    mirror: rb.reads[0] ?? 0,
    reads: rb.reads.length,
    others: rb.reads.join(', '),
    readMiBps: Math.round(rb.mibps) * rb.reads.length,
  };
  const mirror = a.raid?.level === 1 ? '1' : '';
  return (
    <p className="muted" data-testid="raid-rebuild-rate">
      {t(rb.s === null ? 'raid.rebuild.starting' : `raid.rebuild.rate${mirror}`, p)}
      {rb.copies > 0 ? ` ${t('raid.rebuild.shared', p)}` : ''}
    </p>
  );
}

function Controls({ a }: { a: ArraySnap }) {
  const t = useT();
  const [disk, setDisk] = useState(1);
  const n = a.raid?.disks ?? 0;
  const run = a.disks;
  const d = Math.min(disk, n - 1);
  return (
    <div className="raid-inside-controls" data-testid="raid-controls">
      <label>
        <span>{t('raid.control.disk')}</span>
        <select value={d} data-testid="raid-disk-pick" onChange={(e) => setDisk(Number(e.target.value))}>
          {Array.from({ length: n }, (_, i) => (
            <option key={i} value={i}>
              {t('raid.grid.disk', { n: i })}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="raid-fail-disk" disabled={a.failed} onClick={() => void sendCommand({ type: 'failDisk', array: a.id, disk: d })}>
        {t('raid.control.fail')}
      </button>
      <button type="button" data-testid="raid-replace-disk" disabled={a.failed || run?.failedDisk === null || run?.rebuilt !== null} onClick={() => void sendCommand({ type: 'replaceDisk', array: a.id })}>
        {t('raid.control.replace')}
      </button>
      {a.failed && (
        <button type="button" data-testid="raid-repair" onClick={() => void sendCommand({ type: 'repairArray', array: a.id })}>
          {t('raid.control.repair')}
        </button>
      )}
    </div>
  );
}

export function RaidInside({ st }: { st: StorageSnapshot }) {
  const t = useT();
  const sel = useStore(selectSelection);
  const theme = useStore(selectTheme);
  const [pick, setPick] = useState<string | null>(null);
  const [show, setShow] = useState<'write' | 'read'>('write');
  const raids = st.arrays.filter((a) => a.raid !== undefined && a.disks !== undefined);
  const picture = useRef<HTMLDivElement | null>(null);
  useRaidRoom(picture, raids.length > 0);
  if (raids.length === 0) return null;
  const fromSel = sel?.kind === 'array' ? st.arrays[sel.index]?.id : undefined;
  const a = raids.find((x) => x.id === (pick ?? fromSel)) ?? raids.find((x) => x.raid?.level === 5) ?? raids[0];
  const run = a?.disks;
  if (a === undefined || a.raid === undefined || run === undefined) return null;
  const write = run.lastWrite;
  const read = latestRead(run.recent);
  const io = show === 'write' ? write : read;
  const phys = run.physReads + run.physWrites;
  return (
    <section className="raid-inside" data-testid="raid-inside" aria-labelledby="raid-inside-title">
      <div className="raid-inside-head">
        <h3 id="raid-inside-title">{t('raid.title')}</h3>
        <div className="raid-inside-pick" role="group" aria-label={t('raid.pick')}>
          {raids.map((x) => (
            <button key={x.id} type="button" aria-pressed={x.id === a.id} data-testid={`raid-pick-${x.id}`} onClick={() => setPick(x.id)}>
              {t('raid.pickOne', { array: x.name, level: x.raid?.level ?? 0 })}
            </button>
          ))}
        </div>
      </div>
      <p className={`raid-state${a.failed ? ' danger' : run.failedDisk !== null ? ' warn' : ''}`} role="status" data-testid="raid-state">
        {t(raidStateKey(a), { array: a.name, disk: run.failedDisk ?? 0, pct: Math.floor((run.rebuilt ?? 0) * 100), n: a.raid.disks, ...sources(a.raid, run.failedDisk) })}
      </p>
      <div className="raid-inside-body">
        {/* Opened whole in its zoom frame (fitted on a phone), never wider than the drawing and its scroll bar's room. */}
        {/* Its stripe labels' column as wide as they need at its scale (wider still once fitted smaller, and fitted again). */}
        <div ref={picture} className="raid-picture" style={{ maxWidth: gridWidth(a.raid.disks, stripeColumn(stripeLabels(t, a.raid), labelSize(10, theme, drawScale(theme), READ_MIN_PX))) * drawScale(theme) + ZOOM_GUTTER }}>
          <ZoomPan label={t('raid.grid.label', { level: a.raid.level, disks: a.raid.disks, array: a.name })} picture fitOnOpen testid="raid-zoom">
            <RaidGrid a={a} io={a.failed ? null : io} scale={drawScale(theme)} />
          </ZoomPan>
        </div>
        <div className="raid-inside-side">
          {/* The disk controls first, level with the grid's top: the counts under them change length as writes come (a whole
              stripe's is four lines longer), and the controls stay put, in the lens frame beside the tour on a projector. */}
          <Controls a={a} />
          <div className="raid-inside-show" role="group" aria-label={t('raid.show')}>
            {(['write', 'read'] as const).map((k) => (
              <button key={k} type="button" aria-pressed={show === k} data-testid={`raid-show-${k}`} onClick={() => setShow(k)}>
                {t(`raid.show.${k}`)}
              </button>
            ))}
          </div>
          <p className="raid-count" data-testid="raid-write-count">
            <strong>{t('raid.count.write.title')}</strong> {write === null ? t('raid.count.none') : ioCountText(t, a.raid, write)}
          </p>
          <p className="raid-count" data-testid="raid-read-count">
            <strong>{t('raid.count.read.title')}</strong> {read === null ? t('raid.count.none') : ioCountText(t, a.raid, read)}
          </p>
          <RebuildRate st={st} a={a} />
          <p className="muted raid-explain">{t(`storage.raid.explain.${a.raid.level}`)}</p>
          <p className="muted">{t('raid.count.total', { logical: run.logical, phys, x: run.logical === 0 ? '0' : (phys / run.logical).toFixed(1) })}</p>
          <p className="muted raid-key">{t('raid.key')}</p>
        </div>
      </div>
    </section>
  );
}
