/**
 * "Inside this array": striping and parity across the array's disks, drawn from the
 * engine's raidMap (OSTEP raid.py conventions). A grid of disks x offsets shows which
 * logical block lives where (P = parity); choose a level, a RAID-5 layout and a request,
 * and the cells it touches are marked R or W with the physical operations listed, so the
 * small-write penalty of RAID-4/5 (two reads and two writes for one block) is visible.
 * A calculator beside the simulation: it changes nothing in the world.
 */
import { useState } from 'react';
import { raidMap, type RaidConfig } from '../../engine';
import { useT } from '../../i18n';
import { v } from '../../theme/tokens';

const DISKS = 4;
const ROWS = 4;
const CELL_W = 44;
const CELL_H = 22;

type Level = RaidConfig['level'];

/** Logical block (or 'P') at each disk x offset cell, for the first ROWS offsets. */
export function raidGrid(level: Level, layout: 'LS' | 'LA'): string[][] {
  const grid = Array.from({ length: ROWS }, () => Array.from({ length: DISKS }, () => ''));
  for (let b = 0; b < DISKS * ROWS; b++) {
    const ops = raidMap({ level, disks: DISKS, chunkBlocks: 1, raid5Layout: layout, request: { block: b, size: 1, write: true } }).ops.filter((o) => o.op === 'write');
    ops.forEach((o, k) => {
      const row = grid[o.offset];
      if (row === undefined) return;
      row[o.disk] = (level === 4 || level === 5) && k === ops.length - 1 ? 'P' : String(b);
    });
  }
  return grid;
}

export function RaidPanel() {
  const t = useT();
  const [level, setLevel] = useState<Level>(5);
  const [layout, setLayout] = useState<'LS' | 'LA'>('LS');
  const [block, setBlock] = useState(3);
  const [size, setSize] = useState(1);
  const [write, setWrite] = useState(true);
  const grid = raidGrid(level, layout);
  const ops = raidMap({ level, disks: DISKS, chunkBlocks: 1, raid5Layout: layout, request: { block, size, write } }).ops;
  const mark = new Map<string, string>();
  for (const o of ops) mark.set(`${o.disk}:${o.offset}`, `${mark.get(`${o.disk}:${o.offset}`) ?? ''}${o.op === 'read' ? 'R' : 'W'}`);
  const reads = ops.filter((o) => o.op === 'read').length;
  return (
    <section className="raid-panel" data-testid="raid-panel">
      <h4>{t('storage.raid.title')}</h4>
      <p className="muted">{t(`storage.raid.explain.${level}`)}</p>
      <div className="raid-controls">
        <label>
          <span>{t('storage.raid.level')}</span>
          <select value={level} data-testid="raid-level" onChange={(e) => setLevel(Number(e.target.value) as Level)}>
            {[0, 1, 4, 5].map((l) => (
              <option key={l} value={l}>{`RAID-${l}`}</option>
            ))}
          </select>
        </label>
        {level === 5 && (
          <label>
            <span>{t('storage.raid.layout')}</span>
            <select value={layout} onChange={(e) => setLayout(e.target.value === 'LA' ? 'LA' : 'LS')}>
              <option value="LS">{t('storage.raid.ls')}</option>
              <option value="LA">{t('storage.raid.la')}</option>
            </select>
          </label>
        )}
        <label>
          <span>{t('storage.raid.block')}</span>
          <input type="number" min={0} max={11} value={block} onChange={(e) => setBlock(Math.max(0, Math.min(11, Math.round(Number(e.target.value) || 0))))} />
        </label>
        <label>
          <span>{t('storage.raid.size')}</span>
          <input type="number" min={1} max={4} value={size} onChange={(e) => setSize(Math.max(1, Math.min(4, Math.round(Number(e.target.value) || 1))))} />
        </label>
        <label>
          <input type="checkbox" checked={write} data-testid="raid-write" onChange={(e) => setWrite(e.target.checked)} />
          {t('storage.raid.write')}
        </label>
      </div>
      <svg width={DISKS * CELL_W + 60} height={(ROWS + 1) * CELL_H + 4} role="img" aria-label={t('storage.raid.gridLabel', { level })}>
        {Array.from({ length: DISKS }, (_, d) => (
          <text key={`h${d}`} x={60 + d * CELL_W + CELL_W / 2} y={14} textAnchor="middle" style={{ fontSize: 11, fill: v('text') }}>{t('storage.raid.disk', { n: d })}</text>
        ))}
        {grid.map((row, r) =>
          row.map((cell, d) => {
            const m = mark.get(`${d}:${r}`);
            const x = 60 + d * CELL_W;
            const y = CELL_H * (r + 1);
            return (
              <g key={`${d}:${r}`}>
                <rect x={x} y={y} width={CELL_W - 2} height={CELL_H - 2} style={{ fill: m === undefined ? (cell === 'P' ? v('surface2') : v('surface')) : m.includes('W') ? v('stateReady') : v('memUsed'), stroke: v('border') }} />
                <text x={x + 4} y={y + 14} style={{ fontSize: 11, fill: v('text'), fontWeight: cell === 'P' ? 700 : 400 }}>{`${cell}${m === undefined ? '' : ` ${m}`}`}</text>
              </g>
            );
          }),
        )}
        {grid.map((_, r) => (
          <text key={`o${r}`} x={4} y={CELL_H * (r + 1) + 14} style={{ fontSize: 10, fill: v('textMuted') }}>{t('storage.raid.offset', { n: r })}</text>
        ))}
      </svg>
      <p data-testid="raid-summary">{t('storage.raid.summary', { n: ops.length, r: reads, w: ops.length - reads })}</p>
      <ol className="raid-ops">
        {ops.slice(0, 16).map((o, i) => (
          <li key={i}>{t(o.op === 'read' ? 'storage.raid.opRead' : 'storage.raid.opWrite', { disk: o.disk, offset: o.offset })}</li>
        ))}
      </ol>
    </section>
  );
}
