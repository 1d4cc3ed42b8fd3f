/**
 * The instruction-path stepper: pick a guest instruction and a way of virtualizing the
 * CPU, then step (or play) through its path across the layers of the stack. Each step
 * says what happens and why, with its illustrative cycle cost; the classic-x86
 * trap-and-emulate mode shows POPF's wrong result. Purely explanatory: it reads the
 * host's hypervisor type and technique but sends no command. In a world with both
 * hypervisor types it draws one Type 1 and one Type 2 host side by side, stepped together.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { HvTypeId, HwMode } from '../../engine';
import { useT } from '../../i18n';
import { notePathEnd, selectTheme, useStore } from '../../store';
import { useWidth } from '../../ui/useWidth';
import { growBand, layoutPath } from './layoutTechniques';
import { layersFor, pathSteps, type Instr, type Mode, type Step } from './paths';
import { textWidth } from '../fitText';
import { useLabelSize } from '../shared/labels';
import { ZOOM_GUTTER, ZoomPan } from '../shared/ZoomPan';
import { keptBelow, usePictureRoom } from '../shared/usePictureRoom';
import { PathDrawing, StepCaption, StepperChoices } from './StepperParts';

const PLAY_MS = 1100;
/** Content width from which a pair of stacks stands side by side (below it, one above the other). */
const PAIR_SIDE_BY_SIDE = 600;
/** Content width from which a projector puts one stack's step words beside its path, and the path's share of it (techniques.css .tq-beside). */
const WORDS_BESIDE_FROM = 640;
const PATH_SHARE = 0.6;

/** One stack the path is drawn on: a host's hypervisor type and hardware; `name` heads it when two are compared. */
export interface Stack {
  key: string;
  name?: string;
  type: HvTypeId;
  hw: HwMode;
}

/** Band height of a pair stacked one above the other (both drawings fit a phone's screen). */
const PAIR_STACKED_BAND_H = 32;

/**
 * Under the path and in view with it: its zoom controls, what the step does and the step
 * buttons. The words are held at five lines (the caption's three, and the total the last
 * step adds, with its margin), whatever the step says now, so the drawing keeps its size
 * as the steps go by.
 */
function keptUnderPath(frame: HTMLElement, bar: HTMLElement): number {
  const section = frame.closest('.tq-stepper');
  const words = section?.querySelector<HTMLElement>('.tq-step-words');
  const caption = words?.querySelector('.tq-caption');
  if (section == null || words == null || caption == null) return keptBelow(frame, bar);
  // The words beside the path (a projector): only the zoom controls and the step buttons stay under it.
  if (section.querySelector('.tq-beside') !== null) return keptBelow(frame, bar, section.querySelector(':scope > .actions'));
  const style = getComputedStyle(caption);
  const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
  // Two stacks side by side: from the taller drawing (the one with more layers, which the room is for), so its size does not feed back into its room.
  const lowest = Math.max(...Array.from(section.querySelectorAll('.zoom-frame'), (f) => f.getBoundingClientRect().bottom));
  // Two captions side by side share a row as tall as the taller: that row's height is what the words take now.
  const wordsH = Math.max(...Array.from(section.querySelectorAll<HTMLElement>('.tq-step-words'), (w) => w.getBoundingClientRect().height));
  return keptBelow(frame, bar, section.querySelector(':scope > .actions')) - (lowest - frame.getBoundingClientRect().bottom) - wordsH + 5 * line;
}

function StackDrawing({ stack, steps, at, width, picture, pair, compact, room, layersMax, title }: { stack: Stack; steps: readonly Step[]; at: number; width: number; picture: boolean; pair: boolean; compact: boolean; room: number | null; layersMax: number; title: string }) {
  const t = useT();
  const ls = useLabelSize();
  const layers = useMemo(() => layersFor(stack.type), [stack.type]);
  // The band labels' column fits the longest label (bold, at the size it is drawn).
  const labelW = Math.ceil(Math.max(...layers.map((l) => textWidth(t(`techniques.layer.${l}`), ls(13) * 1.06)))) + 16;
  // Whole pixels: a drawing half a pixel wider than its frame lost its right border.
  const w = Math.floor(Math.max(320, width - ZOOM_GUTTER));
  // The bands grow into the room the lens frame leaves, sized for the taller stack; a pair side by side is as tall as each other
  // (the stack with fewer layers has taller bands, not a gap under it); a pair one above the other keeps its short bands.
  const bandH = compact ? PAIR_STACKED_BAND_H : Math.floor((growBand(layersMax, w, room) * layersMax) / layers.length);
  const layout = useMemo(() => layoutPath(layers, steps, w, { labelW, bandH }), [layers, steps, w, labelW, bandH]);
  return (
    <div className="tq-stack-path" data-testid={pair ? `tq-pair-${stack.key}` : undefined}>
      {pair && stack.name !== undefined && <h3>{t('techniques.pair.stack', { host: stack.name, type: t(`hvType.${stack.type}`) })}</h3>}
      <ZoomPan label={pair && stack.name !== undefined ? `${t('techniques.stepper.title')}: ${stack.name}` : title} picture={picture} testid={pair ? `tq-zoom-${stack.key}` : 'tq-zoom'}>
        <div className="tq-path">
          <PathDrawing layout={layout} steps={steps} at={at} />
        </div>
      </ZoomPan>
    </div>
  );
}

/**
 * The stepper over one stack (the chosen host), or over two side by side (a world with both
 * hypervisor types: the same instruction under the same technique, Type 1 against Type 2),
 * stepped together. Comparing, it opens on a disk I/O, where the two paths differ.
 */
export function PathStepper({ stacks, technique }: { stacks: readonly Stack[]; technique: Mode }) {
  const t = useT();
  const theme = useStore(selectTheme);
  const [ref, width] = useWidth<HTMLDivElement>();
  const pair = stacks.length > 1;
  // The parent remounts this (key) when a host's type or technique changes.
  const [mode, setModeRaw] = useState<Mode>(technique);
  // A Type 2 host in view: open on a disk I/O, which always crosses its host OS.
  const [instr, setInstrRaw] = useState<Instr>(stacks.some((st) => st.type === 'type2') ? 'io' : 'cli');
  const [at, setAt] = useState(0);
  const [playing, setPlaying] = useState(false);
  const paths = useMemo(() => stacks.map((st) => ({ st, steps: pathSteps(mode, st.type, instr, st.hw) })), [stacks, mode, instr]);
  const last = Math.max(...paths.map((p) => p.steps.length)) - 1;
  const setMode = (m: Mode): void => {
    setModeRaw(m);
    setAt(0);
  };
  const setInstr = (i: Instr): void => {
    setInstrRaw(i);
    setAt(0);
  };
  useEffect(() => {
    if (!playing) return undefined;
    const id = setInterval(() => {
      setAt((i) => Math.min(i + 1, last));
    }, PLAY_MS);
    return () => clearInterval(id);
  }, [playing, last]);
  // A change of paths (another hardware generation) can leave the step past the end: read it clamped.
  const cur = Math.min(at, last);
  const isPlaying = playing && cur < last;
  // The reader followed the path to its end (a step opens on the first step): a tour step may wait for that.
  useEffect(() => {
    if (cur === last && last > 0) notePathEnd(instr);
  }, [cur, last, instr]);
  const side = pair && width >= PAIR_SIDE_BY_SIDE;
  // One stack on a projector: what the step does sits beside the path, so the bands grow into the height the words took.
  const beside = !pair && theme === 'projector' && width >= WORDS_BESIDE_FROM;
  const each = side ? (width - 16) / 2 : beside ? Math.floor((width - 16) * PATH_SHARE) : width;
  const section = useRef<HTMLElement | null>(null);
  // The height the lens frame leaves the path above its words and buttons: its bands grow into it.
  const room = usePictureRoom(section, !pair || side, '.zoom-frame[data-picture]', keptUnderPath);
  const layersMax = Math.max(...stacks.map((st) => layersFor(st.type).length));
  // The heading names what the path shows, the instruction and the technique chosen below it (audit 43, F12): the radios are under the fold at a projector.
  const title = t('techniques.stepper.named', { instr: t(`techniques.instr.${instr}`), mode: t(`techniques.mode.${mode}`) });
  return (
    // Comparing, each drawing's heading names its host and type, and the section is named for the pair (one line less above the pictures).
    // Two stacks one above the other (a phone) are taller than the lens frame: the step buttons stick to its bottom (techniques.css).
    <section ref={section} className={pair && !side ? 'tq-stepper tq-stepper-stacked' : 'tq-stepper'} {...(pair ? { 'aria-label': t('techniques.pair.title') } : { 'aria-labelledby': 'tq-stepper-h' })}>
      {!pair && (
        <h3 id="tq-stepper-h" data-testid="tq-stepper-title">
          {title}
        </h3>
      )}
      {/* Picture first: the path (or two), the step buttons and what each step does; then the choices that change it. */}
      {/* Drawings first, then what each step does: side by side a row each; one above the other, both drawings come before the words. */}
      <div ref={ref} className={side ? 'tq-pair tq-pair-side' : beside ? 'tq-pair tq-beside' : 'tq-pair'}>
        {paths.map(({ st, steps }, i) => (
          <StackDrawing key={st.key} stack={st} steps={steps} at={Math.min(cur, steps.length - 1)} width={each} picture={i === 0} pair={pair} compact={pair && !side} room={room} layersMax={layersMax} title={title} />
        ))}
        {paths.map(({ st, steps }, i) => (
          // A shorter path stays on its last step while the longer one goes on; only the first caption is read out as it changes.
          <div key={st.key} className="tq-step-words">
            <StepCaption steps={steps} at={Math.min(cur, steps.length - 1)} live={i === 0} {...(pair ? { testid: `tq-caption-${st.key}` } : {})} />
          </div>
        ))}
      </div>
      <div className="actions">
        <button type="button" data-testid="tq-prev" onClick={() => (setPlaying(false), setAt(Math.max(0, cur - 1)))} disabled={cur === 0}>
          ◀ {t('techniques.stepper.prev')}
        </button>
        <button type="button" data-testid="tq-next" onClick={() => (setPlaying(false), setAt(Math.min(last, cur + 1)))} disabled={cur >= last}>
          {t('techniques.stepper.next')} ▶
        </button>
        <button type="button" data-testid="tq-play" onClick={() => (cur >= last ? (setAt(0), setPlaying(true)) : setPlaying(!isPlaying))}>
          {isPlaying ? `❚❚ ${t('techniques.stepper.pause')}` : `▶ ${t('techniques.stepper.play')}`}
        </button>
      </div>
      {pair && <p className="muted" data-testid="tq-pair-why">{t('techniques.pair.why')}</p>}
      <StepperChoices instr={instr} mode={mode} onInstr={setInstr} onMode={setMode} />
      <p className="muted">{t(`techniques.instr.${instr}.help`)}</p>
    </section>
  );
}
