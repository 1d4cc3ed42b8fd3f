/**
 * The instruction-path stepper: pick a guest instruction and a way of virtualizing the
 * CPU, then step (or play) through its path across the layers of the stack. Each step
 * says what happens and why, with its illustrative cycle cost; the classic-x86
 * trap-and-emulate mode shows POPF's wrong result. Purely explanatory: it reads the
 * host's hypervisor type and technique but sends no command.
 */
import { useEffect, useMemo, useState } from 'react';
import type { HvTypeId, HwMode } from '../../engine';
import { useT } from '../../i18n';
import { useWidth } from '../../ui/useWidth';
import { layoutPath } from './layoutTechniques';
import { layersFor, pathSteps, type Instr, type Mode } from './paths';
import { ZOOM_GUTTER, ZoomPan } from '../shared/ZoomPan';
import { PathDrawing, StepCaption, StepperChoices } from './StepperParts';

const PLAY_MS = 1100;

export function PathStepper({ type, technique, hw }: { type: HvTypeId; technique: Mode; hw: HwMode }) {
  const t = useT();
  const [ref, width] = useWidth<HTMLDivElement>();
  // The parent remounts this (key) when the host's type or technique changes.
  const [mode, setModeRaw] = useState<Mode>(technique);
  const [instr, setInstrRaw] = useState<Instr>('cli');
  const [at, setAt] = useState(0);
  const [playing, setPlaying] = useState(false);
  const steps = useMemo(() => pathSteps(mode, type, instr, hw), [mode, type, instr, hw]);
  const layout = useMemo(() => layoutPath(layersFor(type), steps, Math.max(320, width - ZOOM_GUTTER)), [type, steps, width]);
  const setMode = (m: Mode): void => {
    setModeRaw(m);
    setAt(0);
  };
  const setInstr = (i: Instr): void => {
    setInstrRaw(i);
    setAt(0);
  };
  const last = steps.length - 1;
  useEffect(() => {
    if (!playing) return undefined;
    const id = setInterval(() => {
      setAt((i) => Math.min(i + 1, last));
    }, PLAY_MS);
    return () => clearInterval(id);
  }, [playing, last]);
  const isPlaying = playing && at < last;
  return (
    <section className="tq-stepper" aria-labelledby="tq-stepper-h">
      <h3 id="tq-stepper-h">{t('techniques.stepper.title')}</h3>
      {/* Picture first: the path, its step buttons and what this step does; then the choices that change it. */}
      <div ref={ref}>
        <ZoomPan label={t('techniques.stepper.title')} picture testid="tq-zoom">
          <div className="tq-path">
            <PathDrawing layout={layout} steps={steps} at={at} />
          </div>
        </ZoomPan>
      </div>
      <div className="actions">
        <button type="button" data-testid="tq-prev" onClick={() => (setPlaying(false), setAt((i) => Math.max(0, i - 1)))} disabled={at === 0}>
          ◀ {t('techniques.stepper.prev')}
        </button>
        <button type="button" data-testid="tq-next" onClick={() => (setPlaying(false), setAt((i) => Math.min(last, i + 1)))} disabled={at >= last}>
          {t('techniques.stepper.next')} ▶
        </button>
        <button type="button" data-testid="tq-play" onClick={() => (at >= last ? (setAt(0), setPlaying(true)) : setPlaying(!isPlaying))}>
          {isPlaying ? `❚❚ ${t('techniques.stepper.pause')}` : `▶ ${t('techniques.stepper.play')}`}
        </button>
      </div>
      <StepCaption steps={steps} at={at} />
      <StepperChoices instr={instr} mode={mode} onInstr={setInstr} onMode={setMode} />
      <p className="muted">{t(`techniques.instr.${instr}.help`)}</p>
    </section>
  );
}
