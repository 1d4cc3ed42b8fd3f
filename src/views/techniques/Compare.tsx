/**
 * Same workload, every technique: the host's guests' actual counts (same run, same seed)
 * costed under all six combinations of technique and hypervisor type, and a split view
 * that puts two of them side by side with their cycle breakdown, so a student reads off
 * why paravirtualization beats full virtualization and type 1 beats type 2.
 */
import { useState } from 'react';
import { costOf, CYCLES_PER_TICK, hypervisorTypes, techniques, type HvTypeId, type HwMode, type TechniqueId, type WorkCounts } from '../../engine';
import { useT, withUnit } from '../../i18n';
import { v } from '../../theme/tokens';
import { costBars } from './layoutTechniques';
import { DEVICE_CHOICES, deviceParts, ioFor, orderText, techniqueParts, type DeviceChoice } from './rank';

export interface Combo {
  technique: TechniqueId;
  type: HvTypeId;
}
const COMBOS: Combo[] = techniques.flatMap((technique) => hypervisorTypes.map((type) => ({ technique, type })));
const comboId = (c: Combo): string => `${c.technique}:${c.type}`;
const BAR_TOKENS = { guest: 'costGuest', cpu: 'costCpu', io: 'costIo', hostOs: 'costHostOs' } as const;
const BAR_GLYPH = { guest: '', cpu: 'C', io: 'I', hostOs: 'H' } as const;

function ComboPicker({ value, onChange, label, testid }: { value: Combo; onChange: (c: Combo) => void; label: string; testid: string }) {
  const t = useT();
  return (
    <label className="tq-pick">
      <span>{label}</span>
      <select data-testid={testid} value={comboId(value)} onChange={(e) => onChange(COMBOS.find((c) => comboId(c) === e.target.value) ?? value)}>
        {COMBOS.map((c) => (
          <option key={comboId(c)} value={comboId(c)}>
            {t(`technique.${c.technique}`)}, {t(`hvType.${c.type}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

function Side({ combo, work, testid, hw, device }: { combo: Combo; work: WorkCounts; testid: string; hw: HwMode; device: DeviceChoice }) {
  const t = useT();
  const c = costOf(combo.technique, combo.type, work, hw, ioFor(device, combo.technique));
  const bars = costBars(c, work.runMs, CYCLES_PER_TICK);
  return (
    <div className="tq-side" data-testid={testid}>
      <h4>
        {t(`technique.${combo.technique}`)}, {t(`hvType.${combo.type}`)}
      </h4>
      <p className="tq-big">{t('techniques.split.overhead', { pct: (c.overhead * 100).toFixed(1) })}</p>
      <div className="tq-stack" role="img" aria-label={bars.map((b) => `${t(`techniques.bar.${b.key}`)} ${(b.share * 100).toFixed(1)} %`).join(', ')}>
        {bars.map((b) => (
          <span key={b.key} style={{ width: `${b.share * 100}%`, background: v(BAR_TOKENS[b.key]) }} title={t(`techniques.bar.${b.key}`)}>
            {b.share > 0.04 ? BAR_GLYPH[b.key] : ''}
          </span>
        ))}
      </div>
      <dl className="tq-dl">
        <dt>{t('techniques.col.traps')}</dt>
        <dd>{Math.round(c.traps).toLocaleString('en-US')}</dd>
        <dt>{t('techniques.col.hypercalls')}</dt>
        <dd>{Math.round(c.hypercalls).toLocaleString('en-US')}</dd>
        <dt>{t('techniques.col.translations')}</dt>
        <dd>{Math.round(c.translations).toLocaleString('en-US')}</dd>
        <dt>{t('techniques.col.hostOs')}</dt>
        <dd>{Math.round(c.hostOsCrossings).toLocaleString('en-US')}</dd>
        <dt>{t('techniques.split.cycles')}</dt>
        <dd>{(c.totalCycles / 1e6).toFixed(1)} M</dd>
      </dl>
    </div>
  );
}

/** The comparison costs hardware assistance on the host's VT-x generation and paging (`hw`). */
export function Compare({ work, current, hw }: { work: WorkCounts; current: Combo; hw: HwMode }) {
  const t = useT();
  const [a, setA] = useState<Combo>(current);
  const [b, setB] = useState<Combo>({ technique: 'paravirtual', type: 'type1' });
  const [device, setDevice] = useState<DeviceChoice>('usual');
  const cost = (c: Combo) => costOf(c.technique, c.type, work, hw, ioFor(device, c.technique));
  const ca = cost(a).totalCycles;
  const cb = cost(b).totalCycles;
  return (
    <section aria-labelledby="tq-compare-h" className="tq-compare">
      <h3 id="tq-compare-h">{t('techniques.compare.title')}</h3>
      <p className="muted">{t('techniques.compare.help', { ms: Math.round(work.runMs).toLocaleString('en-US'), sens: Math.round(work.sensitive).toLocaleString('en-US'), io: Math.round(work.io).toLocaleString('en-US') })}</p>
      <label className="tq-pick">
        <span>{t('techniques.compare.devices')}</span>
        <select data-testid="tq-devices" value={device} onChange={(e) => setDevice(DEVICE_CHOICES.find((d) => d === e.target.value) ?? 'usual')}>
          {DEVICE_CHOICES.map((d) => (
            <option key={d} value={d}>
              {d === 'usual' ? t('techniques.compare.device.usual') : t('techniques.compare.device.all', { path: t(`ioPath.${d}`) })}
            </option>
          ))}
        </select>
      </label>
      <table className="tq-table tq-grid" data-testid="tq-grid">
        <thead>
          <tr>
            <th scope="col">{t('techniques.compare.technique')}</th>
            {hypervisorTypes.map((ty) => (
              <th key={ty} scope="col">
                {t(`hvType.${ty}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {techniques.map((tech) => (
            <tr key={tech}>
              <th scope="row">{t(`technique.${tech}`)}</th>
              {hypervisorTypes.map((ty) => {
                const ov = cost({ technique: tech, type: ty }).overhead * 100;
                const here = tech === current.technique && ty === current.type;
                return (
                  <td key={ty} className={here ? 'tq-here' : undefined} data-testid={`tq-cell-${tech}-${ty}`}>
                    <span className="tq-ov-bar" aria-hidden="true">
                      <span style={{ width: `${Math.min(100, ov * 2)}%` }} />
                    </span>
                    {withUnit(ov.toFixed(1), '%')}{here && device === 'usual' ? ` ◀ ${t('techniques.compare.here')}` : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {work.runMs > 0 && (
        <p className="tq-rank" data-testid="tq-rank">
          {t('techniques.rank.technique', { order: orderText(techniqueParts(work, hw), (k) => t(`technique.${k}`)) })}{' '}
          {t('techniques.rank.device', { order: orderText(deviceParts(work, hw), (k) => t(`ioPath.${k}`)) })}{' '}
          {t(device === 'usual' ? 'techniques.rank.usual' : 'techniques.rank.one', { path: device === 'usual' ? '' : t(`ioPath.${device}`) })}
        </p>
      )}
      <h3>{t('techniques.split.title')}</h3>
      <div className="tq-pickers">
        <ComboPicker value={a} onChange={setA} label={t('techniques.split.left')} testid="tq-split-a" />
        <ComboPicker value={b} onChange={setB} label={t('techniques.split.right')} testid="tq-split-b" />
      </div>
      <div className="tq-split">
        <Side combo={a} work={work} testid="tq-side-a" hw={hw} device={device} />
        <Side combo={b} work={work} testid="tq-side-b" hw={hw} device={device} />
      </div>
      <p className="tq-verdict" data-testid="tq-verdict">
        {work.runMs <= 0 ? t('techniques.split.noWork') : t('techniques.split.ratio', { x: cb > 0 ? (ca / cb).toFixed(2) : '∞', saved: (((ca - cb) / (work.runMs * CYCLES_PER_TICK + ca)) * 100).toFixed(1) })}
      </p>
      <p className="muted">{t(`techniques.why.${b.technique}`)}</p>
    </section>
  );
}
