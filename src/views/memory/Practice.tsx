/**
 * The Practice panel: predict, then reveal. A seeded page-replacement problem (or the
 * Belady's-anomaly case: FIFO with 3 frames beats 4) asks for the number of hits and
 * then shows the step-by-step table; a linear translation problem asks for the physical
 * address of a virtual one (or "fault"), and explains VPN and offset.
 */
import { memo, useState } from 'react';
import { useT } from '../../i18n';
import { hex } from './describe';
import { multiLevelProblem, replacementProblem, translationProblem } from './practiceProblems';

function Replacement() {
  const t = useT();
  const [seed, setSeed] = useState(1);
  const [belady, setBelady] = useState(false);
  const [guess, setGuess] = useState('');
  const [shown, setShown] = useState(false);
  const p = replacementProblem(seed, belady);
  const hits = p.hits.filter(Boolean).length;
  const next = (b: boolean): void => {
    setBelady(b);
    setSeed((s) => s + 1);
    setGuess('');
    setShown(false);
  };
  return (
    <div data-testid="practice-replacement">
      <h4>{t('memory.practice.replacement')}</h4>
      <button type="button" onClick={() => next(false)}>{t('memory.practice.new')}</button>{' '}
      <button type="button" data-testid="practice-belady" onClick={() => next(true)}>{t('memory.practice.belady')}</button>
      <p>{t('memory.practice.trace', { trace: p.trace.join(', ') })}</p>
      <label>
        {t('memory.practice.askHits', { policy: p.policy, frames: p.frames })}{' '}
        <input data-testid="practice-guess" type="number" min={0} value={guess} onChange={(e) => setGuess(e.target.value)} style={{ width: '5rem' }} />
      </label>{' '}
      <button type="button" data-testid="practice-check" className="primary" onClick={() => setShown(true)}>{guess === '' ? t('memory.practice.reveal') : t('memory.practice.check')}</button>
      {shown && (
        <div data-testid="practice-result" aria-live="polite">
          <p>{Number(guess) === hits && guess !== '' ? t('memory.practice.right', { hits }) : t('memory.practice.wrong', { hits, guess: guess === '' ? '—' : guess })}</p>
          {p.more !== undefined && <p data-testid="practice-belady-note">{t('memory.practice.beladyNote', { a: p.frames, ha: hits, b: p.more.frames, hb: p.more.hits })}</p>}
          <table>
            <tbody>
              <tr>{p.trace.map((x, i) => <td key={i}>{x}</td>)}</tr>
              <tr>{p.hits.map((h, i) => <td key={i} className={h ? 'hit' : ''}>{h ? `✓ ${t('memory.practice.hit')}` : `✗ ${t('memory.practice.miss')}`}</td>)}</tr>
              <tr>{p.victims.map((v, i) => <td key={i}>{v === null ? '' : t('memory.practice.evict', { page: v })}</td>)}</tr>
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function Translation() {
  const t = useT();
  const [seed, setSeed] = useState(1);
  const [guess, setGuess] = useState('');
  const [shown, setShown] = useState(false);
  const p = translationProblem(seed);
  const answer = p.answer === null ? 'fault' : hex(p.answer);
  const norm = guess.trim().toLowerCase();
  const right = norm === 'fault' ? p.answer === null : p.answer !== null && Number.parseInt(norm.replace(/^0x/, ''), 16) === p.answer;
  const table = p.table.map((e, i) => `${i}:${e === null ? '✗' : hex(e)}`).join(' ');
  return (
    <div data-testid="practice-translation">
      <h4>{t('memory.practice.translation')}</h4>
      <button type="button" onClick={() => { setSeed((s) => s + 1); setGuess(''); setShown(false); }}>{t('memory.practice.new')}</button>
      <p>{t('memory.practice.askPa', { pageSize: p.pageSize, table, va: hex(p.va) })}</p>
      <input data-testid="practice-pa" value={guess} onChange={(e) => setGuess(e.target.value)} aria-label={t('memory.practice.answer')} style={{ width: '7rem' }} />{' '}
      <button type="button" data-testid="practice-pa-check" onClick={() => setShown(true)}>{t('memory.practice.check')}</button>
      {shown && <p aria-live="polite" data-testid="practice-pa-result">{right ? t('memory.practice.paRight', { answer }) : t('memory.practice.paWrong', { answer, vpn: p.vpn, offset: hex(p.offset) })}</p>}
    </div>
  );
}

/** Memoised: it takes no props, so a new snapshot never re-renders it. */
function MultiLevel() {
  const t = useT();
  const [seed, setSeed] = useState(1);
  const [guess, setGuess] = useState('');
  const [shown, setShown] = useState(false);
  const p = multiLevelProblem(seed);
  const answer = p.fault === null ? hex(p.pa ?? 0) : `fault (${p.fault.toUpperCase()})`;
  const norm = guess.trim().toLowerCase();
  const right = norm.startsWith('fault') ? p.fault !== null : p.pa !== null && Number.parseInt(norm.replace(/^0x/, ''), 16) === p.pa;
  return (
    <div data-testid="practice-multilevel">
      <h4>{t('memory.practice.multiLevel')}</h4>
      <button type="button" onClick={() => { setSeed((s) => s + 1); setGuess(''); setShown(false); }}>{t('memory.practice.new')}</button>
      <p>{t('memory.practice.askMulti', { va: hex(p.va), pdbr: p.pdbr, pde: hex(p.pde), pte: p.pte === null ? '—' : hex(p.pte) })}</p>
      <input data-testid="practice-ml" value={guess} onChange={(e) => setGuess(e.target.value)} aria-label={t('memory.practice.answer')} style={{ width: '7rem' }} />{' '}
      <button type="button" data-testid="practice-ml-check" onClick={() => setShown(true)}>{t('memory.practice.check')}</button>
      {shown && (
        <p aria-live="polite" data-testid="practice-ml-result">
          {t(right ? 'memory.practice.paRight' : 'memory.practice.mlWrong', { answer, pdeIndex: hex(p.pdeIndex), pteIndex: hex(p.pteIndex), offset: hex(p.offset) })}
        </p>
      )}
    </div>
  );
}

export const Practice = memo(function Practice() {
  const t = useT();
  return (
    <section className="mem-practice" data-testid="memory-practice">
      <h3>{t('memory.practice.title')}</h3>
      <Replacement />
      <Translation />
      <MultiLevel />
    </section>
  );
});
