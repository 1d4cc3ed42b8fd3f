/**
 * The memory state strip's stretches, taken from the snapshot alone: the log of changes
 * (exact ticks) and the state now. On a real run of `balloon`, the fraction of a second the
 * host spent in low is there at any later snapshot, and a snapshot from before it has none.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, STATE_LOG, step, toSnapshot } from '../../engine';
import { t as translate } from '../../i18n';
import { briefSevere, briefText, briefVisit, secs, underTenth, recent, STRIP_SPAN_MS, stretchesOf, timeIn } from './stateHistory';

describe('memory state stretches', () => {
  it('a host starts in high at tick 0; each change starts a stretch that ends at the next, the last at now', () => {
    const h = stretchesOf([500, 1, 800, 3, 900, 1], 1000, 1);
    expect(h).toEqual([
      { from: 0, to: 500, state: 0 },
      { from: 500, to: 800, state: 1 },
      { from: 800, to: 900, state: 3 },
      { from: 900, to: 1000, state: 1 },
    ]);
    expect(timeIn(h)).toEqual([500, 400, 0, 100, 0]);
    expect(briefSevere(h, 1000)).toEqual({ from: 800, to: 900, state: 3 });
    // 100 and 50 ms read "0.1 s"; 49 and 40 ms would read "0.0 s", so they are said to be under 0.1 s (a total or a visit); no time at all is not.
    expect([100, 50, 49, 40, 1, 0].map((ms) => [secs(ms), underTenth(ms)])).toEqual([['0.1', false], ['0.1', false], ['0.0', true], ['0.0', true], ['0.0', true], ['0.0', false]]);
    // A visit that began before the strip's minute is not called brief: only its end is in view.
    expect(briefSevere(h, 800 + STRIP_SPAN_MS + 1)).toBeNull();
    expect(stretchesOf([], 700, 0)).toEqual([{ from: 0, to: 700, state: 0 }]);
  });

  it('the sentence under the strip agrees with the list: a state\'s visits in the minute, their total, and the last or brief one', () => {
    const en = (k: string, p?: Readonly<Record<string, string | number>>) => translate('en', k, p);
    const ko = (k: string, p?: Readonly<Record<string, string | number>>) => translate('ko', k, p);
    const say = (hist: ReturnType<typeof stretchesOf>, now: number, lang = en) => {
      const b = briefVisit(hist, now);
      return b === null ? null : briefText(lang, b, lang(`memory.state.${['high', 'clear', 'soft', 'hard', 'low'][b.visit.state] ?? 'hard'}`));
    };
    // memory-overcommit at 30 s: hard 26.02-26.06 s (40 ms) and 28.06-28.18 s (120 ms); the list says "hard 0.2 s".
    const snap = toSnapshot(step(createSim(presets['memory-overcommit']), 30_000));
    const m = snap.memory.hosts[0];
    const h = stretchesOf(m?.stateLog ?? [], snap.tick, m?.state ?? 0);
    expect(h.filter((s) => s.state === 3)).toEqual([{ from: 26_020, to: 26_060, state: 3 }, { from: 28_060, to: 28_180, state: 3 }]);
    expect(secs(timeIn(recent(h, 30_000))[3] ?? 0)).toBe('0.2');
    expect(briefVisit(h, 30_000)).toEqual({ visit: { from: 28_060, to: 28_180, state: 3 }, visits: 2, totalMs: 160, last: true });
    expect(say(h, 30_000)?.replaceAll('\u00a0', ' ')).toBe('The hard state came 2 times in the last minute, 0.2 s in all (its marks on the strip); the last, from 28.1 s, lasted only 0.1 s.');
    expect(say(h, 30_000, ko)?.replaceAll('\u00a0', ' ')).toBe('하드 상태는 최근 1분 동안 2번 있었고 모두 합쳐 0.2초입니다(띠 위의 그 표시들). 그중 마지막(28.1초부터)은 0.1초만 이어졌습니다.');
    // balloon at 25 s: hard 17.04-19.06, 20.1-20.2 and 22.2-24.2 s (4.1 s in all); only the second was brief, and it was not the last.
    const bal = stretchesOf([11_620, 1, 14_220, 2, 17_040, 3, 19_060, 2, 20_100, 3, 20_200, 4, 22_200, 3, 24_200, 2], 25_000, 2);
    expect(say(bal, 25_000)?.replaceAll('\u00a0', ' ')).toBe('The hard state came 3 times in the last minute, 4.1 s in all (its marks on the strip); the one from 20.1 s lasted only 0.1 s.');
    expect(say(bal, 25_000, ko)?.replaceAll('\u00a0', ' ')).toBe('하드 상태는 최근 1분 동안 3번 있었고 모두 합쳐 4.1초입니다(띠 위의 그 표시들). 그중 20.1초에 시작된 것은 0.1초만 이어졌습니다.');
    // Two blinks of 20 ms: under 0.1 s each and in all, never "0.0 s".
    const blinks = stretchesOf([1000, 3, 1020, 2, 2000, 3, 2020, 2], 3000, 2);
    expect(say(blinks, 3000)?.replaceAll('\u00a0', ' ')).toBe('The hard state came 2 times in the last minute, under 0.1 s in all (its marks on the strip); the last, from 2.0 s, lasted under 0.1 s.');
    expect(say(blinks, 3000, ko)?.replaceAll('\u00a0', ' ')).toBe('하드 상태는 최근 1분 동안 2번 있었고 모두 합쳐 0.1초 미만입니다(띠 위의 그 표시들). 그중 마지막(2.0초부터)은 0.1초도 채 안 되게 이어졌습니다.');
    // One visit: said as before.
    expect(say(stretchesOf([500, 1, 800, 3, 900, 1], 1000, 1), 1000)?.replaceAll('\u00a0', ' ')).toBe('The hard state lasted only 0.1 s (from 0.8 s): it is the thin mark on the strip.');
  });

  it('a full log starts at its oldest change (what came before is not known)', () => {
    const log = Array.from({ length: STATE_LOG }, (_, i) => [1000 + i * 100, i % 2 === 0 ? 2 : 3]).flat();
    const h = stretchesOf(log, 5000, 3);
    expect(h[0]?.from).toBe(1000);
    expect(h).toHaveLength(STATE_LOG);
  });

  it('shows the last minute only, clipped', () => {
    const h = [{ from: 0, to: 70_000, state: 1 }, { from: 70_000, to: 90_000, state: 2 }];
    expect(recent(h, 90_000)).toEqual([{ from: 30_000, to: 70_000, state: 1 }, { from: 70_000, to: 90_000, state: 2 }]);
    expect(timeIn(recent(h, 90_000)).reduce((a, b) => a + b, 0)).toBe(STRIP_SPAN_MS);
  });

  it('balloon: the 2 s in low (its minimum dwell) is in every later snapshot, at its ticks; a snapshot from before has none', () => {
    const at = (t: number) => {
      const snap = toSnapshot(step(createSim(presets.balloon), t));
      const m = snap.memory.hosts[0];
      return stretchesOf(m?.stateLog ?? [], snap.tick, m?.state ?? 0);
    };
    const late = at(40_000);
    expect(late.filter((s) => s.state === 4)).toEqual([{ from: 20_200, to: 22_200, state: 4 }]);
    expect(late.find((s) => s.state === 3)).toEqual({ from: 17_040, to: 19_060, state: 3 });
    expect(timeIn(late).reduce((a, b) => a + b, 0)).toBe(40_000);
    const early = at(19_000);
    expect(early.some((s) => s.state === 4)).toBe(false);
    expect(early.filter((s) => s.state === 3)).toEqual([{ from: 17_040, to: 19_000, state: 3 }]);
  });
});
