/**
 * The Practice panel: a seeded textbook problem (FIFO, SJF, RR, MLFQ or lottery), a
 * table where the student types each job's response and turnaround (or completion)
 * time, and a Check button that marks every answer right or wrong, shows the correct
 * values and draws the solution's schedule (for MLFQ each bar as tall as its queue is high,
 * and a dashed line at each priority boost). The answers come from the engine's
 * classic functions (scheduleJobs, scheduleMLFQ, scheduleLottery).
 */
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { v } from '../../theme/tokens';
import { VM_TOKENS } from '../shared/palette';
import { grade, makeProblem, PRACTICE_KINDS, type PracticeKind, type Problem } from './practice';

/** Bar height per MLFQ queue (0 = top): a job lowered shows a shorter bar, back at full height after a boost. */
const BAR_H = [16, 11, 6];

function Trace({ p }: { p: Problem }) {
  const t = useT();
  const end = Math.max(1, ...p.trace.map((s) => s[2]));
  const W = 520;
  const ids = p.jobs.map((j) => j.id);
  const boosts = p.boosts ?? [];
  const top = boosts.length > 0 ? 14 : 0;
  const x = (tk: number) => 20 + (tk / end) * W;
  const label = p.trace.map(([id, a, b, q]) => (q === undefined ? `${id} ${a}-${b}` : t('cpu.practice.sliceQueue', { id, a, b, q }))).join(', ');
  return (
    <>
      {/* A phone is narrower than the schedule: it scrolls sideways (focusable, so a keyboard can scroll it too). */}
      <div tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <svg width={W + 40} height={top + ids.length * 20 + 24} role="img" aria-label={boosts.length > 0 ? `${label}. ${t('cpu.practice.boostsAt', { list: boosts.join(', ') })}` : label} data-testid="practice-trace">
          {ids.map((id, row) => (
            <text key={id} x={0} y={top + row * 20 + 14} className="cpu-axis">
              {id}
            </text>
          ))}
          {p.trace.map(([id, a, b, q], i) => {
            const row = ids.indexOf(id);
            const h = BAR_H[q ?? 0] ?? 6;
            return <rect key={i} data-queue={q} x={x(a)} y={top + row * 20 + 3 + (16 - h)} width={Math.max(1, ((b - a) / end) * W - 1)} height={h} style={{ fill: v(VM_TOKENS[row % VM_TOKENS.length] ?? 'vm0') }} />;
          })}
          {boosts.map((tk) => (
            <g key={`boost-${tk}`} data-testid="practice-boost">
              <line x1={x(tk)} x2={x(tk)} y1={top - 2} y2={top + ids.length * 20} style={{ stroke: v('text'), strokeWidth: 1.5, strokeDasharray: '3 3' }} />
              <text x={x(tk)} y={11} textAnchor="middle" className="cpu-axis">
                {t('cpu.practice.boost')}
              </text>
            </g>
          ))}
          {Array.from({ length: 6 }, (_, i) => Math.round((i * end) / 5)).map((tk) => (
            <text key={tk} x={x(tk)} y={top + ids.length * 20 + 18} textAnchor="middle" className="cpu-axis">
              {tk}
            </text>
          ))}
        </svg>
      </div>
      {p.kind === 'MLFQ' && <p className="muted">{t(boosts.length > 0 ? 'cpu.practice.traceBoost' : 'cpu.practice.traceMlfq')}</p>}
    </>
  );
}

/** The jobs of a problem with an answer box per job and field, marked after checking. */
function ProblemTable({ p, typed, marks, onType }: { p: Problem; typed: Record<string, string>; marks: Record<string, boolean> | null; onType: (key: string, value: string) => void }) {
  const t = useT();
  const kind = p.kind;
  const fields = Object.keys(p.answers[0]?.values ?? {});
  return (
    <table className="cpu-practice-table">
      <thead>
        <tr>
          <th scope="col">{t('cpu.practice.job')}</th>
          <th scope="col">{t('cpu.practice.arrival')}</th>
          <th scope="col">{t('cpu.practice.length')}</th>
          {kind === 'MLFQ' && <th scope="col">{t('cpu.practice.ioFreq')}</th>}
          {kind === 'LOTTERY' && <th scope="col">{t('cpu.practice.tickets')}</th>}
          {fields.map((f) => (
            <th scope="col" key={f}>
              {t(`cpu.practice.${f}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.jobs.map((j) => {
          const ans = p.answers.find((a) => a.id === j.id);
          return (
            <tr key={j.id}>
              <th scope="row">{j.id}</th>
              <td>{j.arrival}</td>
              <td>{j.length}</td>
              {kind === 'MLFQ' && <td>{j.ioFreq === 0 ? '–' : j.ioFreq}</td>}
              {kind === 'LOTTERY' && <td>{j.tickets}</td>}
              {fields.map((f) => {
                const key = `${j.id}.${f}`;
                const ok = marks?.[key];
                return (
                  <td key={f}>
                    <input
                      type="number"
                      inputMode="numeric"
                      aria-label={t('cpu.practice.answerFor', { job: j.id, field: t(`cpu.practice.${f}`) })}
                      data-testid={`practice-${key}`}
                      value={typed[key] ?? ''}
                      onChange={(e) => onType(key, e.target.value)}
                      style={{ width: '5rem' }}
                    />
                    {ok !== undefined && (
                      <span className={ok ? 'cpu-ok' : 'cpu-warn'} data-testid={`practice-mark-${key}`}>
                        {ok ? ` ✓ ${t('cpu.practice.right')}` : ` ✗ ${t('cpu.practice.wrong', { value: ans?.values[f] ?? 0 })}`}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function Practice() {
  const t = useT();
  const [kind, setKind] = useState<PracticeKind>('RR');
  const [seed, setSeed] = useState(1);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState(false);
  const p = useMemo(() => makeProblem(kind, seed), [kind, seed]);
  const marks = checked ? grade(p, typed) : null;
  const fresh = (k: PracticeKind, s: number): void => {
    setKind(k);
    setSeed(s);
    setTyped({});
    setChecked(false);
  };
  const right = marks === null ? 0 : Object.values(marks).filter(Boolean).length;
  return (
    <section className="cpu-practice" data-testid="cpu-practice" aria-label={t('cpu.practice.title')}>
      <h3>{t('cpu.practice.title')}</h3>
      <div className="cpu-controls">
        <fieldset className="radio-row">
          <legend>{t('cpu.practice.kind')}</legend>
          {PRACTICE_KINDS.map((k) => (
            <label key={k}>
              <input type="radio" name="practice-kind" data-testid={`practice-kind-${k}`} checked={kind === k} onChange={() => fresh(k, seed)} />
              {t(`cpu.practice.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <label>
          <span>{t('cpu.practice.seed')}</span>
          <input type="number" min={1} max={9999} value={seed} data-testid="practice-seed" onChange={(e) => fresh(kind, Math.max(1, Math.min(9999, Number(e.target.value) || 1)))} style={{ width: '6rem' }} />
        </label>
        <button type="button" onClick={() => fresh(kind, seed + 1)}>
          {t('cpu.practice.next')}
        </button>
      </div>
      <p data-testid="practice-statement">{t(kind === 'MLFQ' && (p.mlfq?.boostInterval ?? 0) > 0 ? 'cpu.practice.statement.MLFQboost' : `cpu.practice.statement.${kind}`, { q: p.quantum, io: p.mlfq?.ioTime ?? 0, boost: p.mlfq?.boostInterval ?? 0 })}</p>
      {p.randoms !== undefined && <p className="muted">{t('cpu.practice.randoms', { list: p.randoms.join(', ') })}</p>}
      <ProblemTable p={p} typed={typed} marks={marks} onType={(key, value) => setTyped({ ...typed, [key]: value })} />
      <div className="actions">
        <button type="button" className="primary" data-testid="practice-check" onClick={() => setChecked(true)}>
          {t('cpu.practice.check')}
        </button>
      </div>
      {marks !== null && (
        <>
          <p data-testid="practice-score">{t('cpu.practice.score', { right, total: Object.keys(marks).length })}</p>
          <Trace p={p} />
        </>
      )}
    </section>
  );
}
