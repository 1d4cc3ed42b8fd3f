/**
 * The Storage / SAN lens: what a VM's "local disk" really is. The SAN picture, opened
 * whole in its frame; its key right under it, in view with it (glyphs that say what colour also says); a summary
 * line and plain banners (volumes lost for good, thin volumes whose writes fail); the
 * controls; and after a rebalance the "what moved" comparison. Select a VM, a replica or an array to inspect it.
 */
import { MotionScope } from '../shared/MotionScope';
import { memo, useCallback, useMemo, useState } from 'react';
import type { StorageSnapshot, Topology } from '../../engine';
import { useT } from '../../i18n';
import { select, selectSelection, selectTheme, selectTopology, useStore } from '../../store';
import { drawScale, GROWTH, labelSize, READ_MIN_PX } from '../shared/labels';
import { pickLayout } from '../shared/pickLayout';
import { vmIndexById } from '../shared/ids';
import { useWidth } from '../../ui/useWidth';
import { useSnapshot } from '../shared/useSnapshot';
import { layoutStorage, STACK_BELOW, STACKED_FIT_AT_LEAST, stackedShown } from './layoutStorage';
import { keyEntry } from './blockLabels';
import { useFitScale, useFrameBox, ZOOM_GUTTER, ZoomPan } from '../shared/ZoomPan';
import { MovedPanel } from './MovedPanel';
import { StorageControls, type Prediction } from './StorageControls';
import { StorageDiagram, type KeyBelow } from './StorageDiagram';
import { LocalDisks, TryThis, VmDisks } from './StorageGuide';
import { RaidInside } from './RaidInside';
import { StorageKey } from './StorageKey';
import './storage.css';

/** Changes only when something the drawing's geometry depends on changes (not every tick). */
function shapeKey(st: StorageSnapshot): string {
  const a = st.arrays.map((x) => `${x.id}${x.failed ? 'x' : ''}`).join(',');
  // A block's width is its share of the array's bar: a thousandth of the capacity is under a
  // pixel, so thin volumes growing by a few GiB do not redraw a SAN of thousands of blocks.
  const step = (x: StorageSnapshot['volumes'][number]): number => Math.round((x.allocGiB * 1000) / Math.max(1, st.arrays[x.replicas[0]?.array ?? -1]?.capacityGiB ?? 1000));
  const v = st.volumes.map((x) => `${x.id}:${step(x)}:${x.replicas.map((r) => `${r.array}${r.building ? `b${Math.round((r.copiedGiB / Math.max(1e-9, x.allocGiB)) * 20)}` : ''}${r.leaving ? 'l' : ''}`).join('.')}`).join(',');
  return `${a}|${v}`;
}

function Summary({ st }: { st: StorageSnapshot }) {
  const t = useT();
  const count = (s: string): number => st.volumes.filter((v) => v.status === s).length;
  const sum = (f: (a: StorageSnapshot['arrays'][number]) => number): number => Math.round(st.arrays.reduce((n, a) => n + f(a), 0));
  const lost = st.volumes.flatMap((v, i) => (v.status === 'lost' ? [{ name: v.name, i }] : []));
  const oneRack = st.volumes.filter((v) => v.replicas.length > 1 && new Set(v.replicas.map((r) => st.arrays[r.array]?.rack)).size === 1).length;
  const full = st.volumes.filter((v) => v.full).map((v) => v.name);
  return (
    <>
      <p className="muted">{t('storage.intro')}</p>
      <p className="summary" data-testid="storage-summary">
        {t('storage.summary', {
          arrays: st.arrays.length,
          failed: st.arrays.filter((a) => a.failed).length,
          volumes: st.volumes.length,
          ok: count('ok'),
          degraded: count('degraded'),
          rebuilding: count('rebuilding'),
          lost: count('lost'),
          moving: st.volumes.filter((v) => v.replicas.some((r) => r.leaving)).length,
          used: sum((a) => a.usedGiB),
          capacity: sum((a) => (a.failed ? 0 : a.capacityGiB)),
          provisioned: sum((a) => a.provisionedGiB),
        })}
      </p>
      {st.growthScale > 1 && <p className="muted" data-testid="storage-scale">{t('storage.scale', { x: st.growthScale })}</p>}
      {lost.length > 0 && (
        <p className="storage-banner danger" role="alert" data-testid="storage-lost">
          {t('storage.lostBanner', { volumes: lost.map((l) => l.name).join(', ') })}{' '}
          {lost.slice(0, 12).map((l) => (
            <button key={l.i} type="button" className="linkish" onClick={() => select({ kind: 'volume', index: l.i })}>
              {l.name}
            </button>
          ))}
        </p>
      )}
      {oneRack > 0 && (
        <p className="storage-banner warn" data-testid="storage-one-rack">
          {t('storage.oneRackBanner', { n: oneRack })}
        </p>
      )}
      {full.length > 0 && (
        <p className="storage-banner warn" role="status" data-testid="storage-full">
          {t('storage.fullBanner', { volumes: full.join(', ') })}
        </p>
      )}
    </>
  );
}

/**
 * The keys of arrays whose numbered blocks' names do not fit in their bars, in words under the drawing: one line of
 * text per array (with 2,000 volumes, an element per name made the list 1,800 elements), drawn again only when it changes.
 */
const KeysBelow = memo(function KeysBelow({ keys }: { keys: readonly KeyBelow[] }) {
  const t = useT();
  if (keys.length === 0) return null;
  return (
    <div className="storage-key-below" data-testid="storage-key-below">
      <p>{t('storage.keyBelow')}</p>
      <ul>
        {keys.map((k) => (
          <li key={k.array} data-testid={`storage-key-${k.array}`}>
            {`${t('storage.keyArray', { array: k.array })} ${k.entries.map(keyEntry).join(' · ')}`}
          </li>
        ))}
      </ul>
    </div>
  );
});

/** The storage part of the snapshot and its tick: what this lens draws, four times a second. */
const storageOf = (s: { storage: StorageSnapshot; tick: number }) => ({ st: s.storage, tick: s.tick });

/**
 * The drawing laid out to its frame: in projector mode narrower and scaled up, so its text
 * grows too; and, once the frame's room is known, grown like the Network and Overview
 * drawings (shared/pickLayout.ts) when a big screen leaves room to spare below it.
 */
function StoragePicture({ st, topo, width, highlightVm, tick, pred, onBelow }: { st: StorageSnapshot; topo: Topology; width: number; highlightVm: number; tick: number; pred: Prediction; onBelow: (keys: KeyBelow[]) => void }) {
  const theme = useStore(selectTheme);
  const box = useFrameBox();
  const fw = width - ZOOM_GUTTER;
  const fh = box?.h ?? Infinity;
  const stacked = fw < STACK_BELOW;
  const key = shapeKey(st);
  // The titles' size in drawing units, as the drawing will size them (StorageDiagram: shown at its scale times the fit),
  // so their rows have room for them: a projector's drawing fitted small has 20-unit titles and more.
  const fit = useFitScale();
  const titlePx = (s: number): number => labelSize(12, theme, s * (stacked ? stackedShown(fit) : fit), READ_MIN_PX);
  const picked = useMemo(
    () => pickLayout(fw, fh, [drawScale(theme)], box === null ? null : GROWTH[theme], [stacked], (s, stack) => layoutStorage(topo, st.arrays, st.volumes, fw / s, stack, titlePx(s))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the storage shape
    [key, topo, fw, fh, theme, box === null, stacked, fit],
  );
  if (picked === null) return null;
  return <StorageDiagram layout={picked.layout} topo={topo} st={st} highlightVm={highlightVm} tick={tick} scale={picked.scale} guess={pred.guess} onGuess={pred.toggle} onBelow={onBelow} />;
}

function StorageViewBody() {
  const live = useSnapshot(storageOf, 4, (a, b) => a.st === b.st);
  const topo = useStore(selectTopology);
  const sel = useStore(selectSelection);
  const [ref, width] = useWidth<HTMLDivElement>();
  const pred = usePrediction();
  const t = useT();
  const st = live?.st ?? null;
  const [below, setBelow] = useState<KeyBelow[]>([]);
  const highlightVm = sel?.kind === 'vm' ? sel.index : sel?.kind === 'volume' ? (topo === null ? -1 : (vmIndexById(topo).get(st?.volumes[sel.index]?.owner ?? '') ?? -1)) : -1;
  return (
    <div ref={ref} className="lens lens-storage" data-testid="lens-storage">
      {st !== null && topo !== null && (
        <>
          {/* Picture first: a scenario with RAID arrays opens on what is inside them. */}
          <RaidInside st={st} />
          {/* The drawing first (whole on every screen), its key right under it (in view with it on a wide screen, StorageKey.tsx), the key to its numbered blocks, then what it says in words and the controls that change it. */}
          {/* Stacked (a phone), a drawing too tall to read whole opens at 100 % (layoutStorage.ts STACKED_FIT_AT_LEAST). */}
          <ZoomPan label={t('lens.storage.label')} className="storage-frame" picture fitOnOpen fitAtLeast={width - ZOOM_GUTTER < STACK_BELOW ? STACKED_FIT_AT_LEAST : 0} testid="storage-zoom">
            <StoragePicture st={st} topo={topo} width={width} highlightVm={highlightVm} tick={live?.tick ?? 0} pred={pred} onBelow={setBelow} />
          </ZoomPan>
          <StorageKey raid={st.arrays.some((a) => a.raid !== undefined)} lost={st.volumes.some((x) => x.status === 'lost' && x.owner !== null)} />
          <KeysBelow keys={below} />
          <Summary st={st} />
          <LocalDisks st={st} topo={topo} />
          <TryThis />
          <StorageControls st={st} topo={topo} pred={pred} />
          <VmDisks st={st} topo={topo} />
          <MovedPanel st={st} />
        </>
      )}
    </div>
  );
}

/** The student's guess of where the next volume goes, picked in the form or on the drawing's arrays. */
function usePrediction(): Prediction {
  const [guess, setGuess] = useState<readonly string[]>([]);
  const [reveal, setReveal] = useState(false);
  const toggle = useCallback((name: string): void => {
    setGuess((g) => (g.includes(name) ? g.filter((x) => x !== name) : [...g, name]));
    setReveal(false);
  }, []);
  const clear = useCallback((): void => {
    setGuess([]);
    setReveal(false);
  }, []);
  return { guess, reveal, setReveal, toggle, clear };
}

export default function StorageView() {
  return (
    <MotionScope>
      <StorageViewBody />
    </MotionScope>
  );
}
