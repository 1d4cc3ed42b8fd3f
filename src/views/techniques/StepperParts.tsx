/**
 * Pieces of the instruction-path stepper: the two choosers (guest instruction, way of
 * virtualizing the CPU), the drawing of the path across the layer bands, and the
 * caption that says what the current step does, why, and what it costs.
 */
import type { CSSProperties } from 'react';
import { useT } from '../../i18n';
import type { PathLayout } from './layoutTechniques';
import { INSTRS, MODES, pathCycles, type Instr, type Mode, type Step } from './paths';

export function StepperChoices({ instr, mode, onInstr, onMode }: { instr: Instr; mode: Mode; onInstr: (i: Instr) => void; onMode: (m: Mode) => void }) {
  const t = useT();
  return (
    <div className="tq-controls">
      <fieldset className="radio-row">
        <legend>{t('techniques.stepper.instr')}</legend>
        {INSTRS.map((i) => (
          <label key={i}>
            <input type="radio" name="tq-instr" data-testid={`tq-instr-${i}`} checked={instr === i} onChange={() => onInstr(i)} />
            <code>{t(`techniques.instr.${i}`)}</code>
          </label>
        ))}
      </fieldset>
      <fieldset className="radio-row">
        <legend>{t('techniques.stepper.mode')}</legend>
        {MODES.map((m) => (
          <label key={m}>
            <input type="radio" name="tq-mode" data-testid={`tq-mode-${m}`} checked={mode === m} onChange={() => onMode(m)} />
            {t(`techniques.mode.${m}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

export function PathDrawing({ layout, steps, at }: { layout: PathLayout; steps: readonly Step[]; at: number }) {
  const t = useT();
  const shown = steps.slice(0, at + 1);
  return (
    <svg width={layout.width} height={layout.height} role="img" aria-label={t('techniques.stepper.svg', { n: steps.length })} style={{ '--tq-dot-px': `${layout.dotR}px` } as CSSProperties}>
      {layout.bands.map((b) => (
        <g key={b.layer}>
          <rect x={0.5} y={b.y + 1} width={layout.width - 1} height={b.h - 2} className={`tq-band tq-band-${b.layer}`} />
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
            <circle cx={p.x} cy={p.y} r={layout.dotR} />
            {/* Centred on the dot whatever its size (a projector's digit is bigger than the dot's own). */}
            <text x={p.x} y={p.y} textAnchor="middle" dominantBaseline="central">
              {s.wrong === true ? '✗' : i + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function StepCaption({ steps, at, testid = 'tq-caption', live = true }: { steps: readonly Step[]; at: number; testid?: string; live?: boolean }) {
  const t = useT();
  const cur = steps[at];
  return (
    <>
      <p className={cur?.wrong === true ? 'tq-caption tq-caption-wrong' : 'tq-caption'} data-testid={testid} aria-live={live ? 'polite' : 'off'}>
        <strong>{t('techniques.stepper.stepOf', { i: at + 1, n: steps.length, layer: t(`techniques.layer.${cur?.layer ?? 'guest'}`) })}</strong>{' '}
        {cur === undefined ? '' : t(cur.key)}{' '}
        {cur !== undefined && cur.cycles > 0 && <span className="muted">{t('techniques.stepper.cycles', { n: Math.round(cur.cycles).toLocaleString() })}</span>}
      </p>
      {at === steps.length - 1 && (
        <p className="tq-total" data-testid={testid === 'tq-caption' ? 'tq-total' : `${testid}-total`}>
          {t('techniques.stepper.total', { n: Math.round(pathCycles(steps)).toLocaleString() })}
        </p>
      )}
    </>
  );
}
