/**
 * The instruction-path stepper: pick a guest instruction and a way of virtualizing the
 * CPU, then step (or play) through its path across the layers of the stack. Each step
 * says what happens and why, with its illustrative cycle cost; the classic-x86
 * trap-and-emulate mode shows POPF's wrong result. Purely explanatory: it reads the
 * host's hypervisor type and technique but sends no command.
 */
import { useEffect, useMemo, useState } from 'react';
import type { HvTypeId } from '../../engine';
import { useT } from '../../i18n';
import { useWidth } from '../../ui/useWidth';
import { layoutPath } from './layoutTechniques';
import { INSTRS, layersFor, MODES, pathCycles, pathSteps, type Instr, type Mode } from './paths';

const PLAY_MS = 1100;

export function PathStepper({ type, technique }: { type: HvTypeId; technique: Mode }) {
  const t = useT();
  const [ref, width] = useWidth<HTMLDivElement>();
  // The parent remounts this (key) when the host's type or technique changes.
  const [mode, setModeRaw] = useState<Mode>(technique);
  const [instr, setInstrRaw] = useState<Instr>('cli');
  const [at, setAt] = useState(0);
  const [playing, setPlaying] = useState(false);
  const steps = useMemo(() => pathSteps(mode, type, instr), [mode, type, instr]);
  const layout = useMemo(() => layoutPath(layersFor(type), steps, Math.max(320, width)), [type, steps, width]);
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
  const cur = steps[at];
  const shown = steps.slice(0, at + 1);
  return (
    <section className="tq-stepper" aria-labelledby="tq-stepper-h">
      <h3 id="tq-stepper-h">{t('techniques.stepper.title')}</h3>
      <div className="tq-controls">
        <fieldset className="radio-row">
          <legend>{t('techniques.stepper.instr')}</legend>
          {INSTRS.map((i) => (
            <label key={i}>
              <input type="radio" name="tq-instr" data-testid={`tq-instr-${i}`} checked={instr === i} onChange={() => setInstr(i)} />
              <code>{t(`techniques.instr.${i}`)}</code>
            </label>
          ))}
        </fieldset>
        <fieldset className="radio-row">
          <legend>{t('techniques.stepper.mode')}</legend>
          {MODES.map((m) => (
            <label key={m}>
              <input type="radio" name="tq-mode" data-testid={`tq-mode-${m}`} checked={mode === m} onChange={() => setMode(m)} />
              {t(`techniques.mode.${m}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="muted">{t(`techniques.instr.${instr}.help`)}</p>
      <div ref={ref} className="tq-path">
        <svg width={layout.width} height={layout.height} role="img" aria-label={t('techniques.stepper.svg', { n: steps.length })}>
          {layout.bands.map((b) => (
            <g key={b.layer}>
              <rect x={0} y={b.y + 1} width={layout.width} height={b.h - 2} className={`tq-band tq-band-${b.layer}`} />
              <text x={8} y={b.y + b.h / 2 + 5} className="tq-band-label">
                {t(`techniques.layer.${b.layer}`)}
              </text>
            </g>
          ))}
          <polyline points={shown.map((_, i) => `${layout.points[i]?.x},${layout.points[i]?.y}`).join(' ')} className="tq-trail" />
          {shown.map((s, i) => {
            const p = layout.points[i];
            if (p === undefined) return null;
            return (
              <g key={i} className={s.wrong === true ? 'tq-dot tq-wrong' : i === at ? 'tq-dot tq-current' : 'tq-dot'}>
                <circle cx={p.x} cy={p.y} r={12} />
                <text x={p.x} y={p.y + 4} textAnchor="middle">
                  {s.wrong === true ? '✗' : i + 1}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <div className="actions">
        <button type="button" data-testid="tq-prev" onClick={() => (setPlaying(false), setAt((i) => Math.max(0, i - 1)))} disabled={at === 0}>
          ◀ {t('techniques.stepper.prev')}
        </button>
        <button type="button" data-testid="tq-next" onClick={() => (setPlaying(false), setAt((i) => Math.min(last, i + 1)))} disabled={at >= steps.length - 1}>
          {t('techniques.stepper.next')} ▶
        </button>
        <button type="button" data-testid="tq-play" onClick={() => (at >= last ? (setAt(0), setPlaying(true)) : setPlaying(!isPlaying))}>
          {isPlaying ? `❚❚ ${t('techniques.stepper.pause')}` : `▶ ${t('techniques.stepper.play')}`}
        </button>
      </div>
      <p className={cur?.wrong === true ? 'tq-caption tq-caption-wrong' : 'tq-caption'} data-testid="tq-caption" aria-live="polite">
        <strong>{t('techniques.stepper.stepOf', { i: at + 1, n: steps.length, layer: t(`techniques.layer.${cur?.layer ?? 'guest'}`) })}</strong>{' '}
        {cur === undefined ? '' : t(cur.key)}{' '}
        {cur !== undefined && cur.cycles > 0 && <span className="muted">{t('techniques.stepper.cycles', { n: Math.round(cur.cycles).toLocaleString() })}</span>}
      </p>
      {at === steps.length - 1 && (
        <p className="tq-total" data-testid="tq-total">
          {t('techniques.stepper.total', { n: Math.round(pathCycles(steps)).toLocaleString() })}
        </p>
      )}
    </section>
  );
}
