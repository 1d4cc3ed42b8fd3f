/**
 * The translation walk: pick a VM and a guest virtual page (or follow the VM's next
 * sampled access), then step through one TLB miss reference by reference, two schemes
 * side by side on the same access: shadow paging (direct paging on a paravirtual host,
 * which walks the guest's own table natively) beside nested paging, the one the host
 * really uses (paging.ts, from the engine) marked. The current reference is highlighted
 * in both lists and its host frame outlined on the frame grid; the totals (4 vs 24, 3 vs
 * 15 with large pages) and the VM's exit count say what each scheme pays.
 */
import { useEffect, useMemo, useState } from 'react';
import { ACCESS_RUN, exitCyclesOf, nestedWalkCycles, translationWalk, walkRefs, WALKS_PER_SAMPLED_MISS, type PagingMode, type Topology, type WalkRef } from '../../engine';
import { useT, type Translate } from '../../i18n';
import { useSnapshot } from '../shared/useSnapshot';
import { hex } from './describe';
import { besideNested, pagingView } from './paging';

/** A user-space guest virtual page that the guest maps to guest physical page p. */
const GVPN_BASE = 0x7f000;
const STATE_KEYS = ['memory.part.untouched', 'memory.part.resident', 'memory.part.compressed', 'memory.part.swapped', 'memory.part.ballooned'];

function refText(r: WalkRef, t: Translate): string {
  if (r.kind === 'data') return t('memory.walk.ref.data', { hpa: r.frame < 0 ? '—' : hex(r.frame) });
  const idx = ` [${hex(r.index)}]`;
  if (r.kind === 'shadow') return t('memory.walk.ref.shadow', { level: r.level }) + idx;
  if (r.kind === 'ept') return t('memory.walk.ref.ept', { level: r.level, gpa: hex(r.gpp) });
  return t('memory.walk.ref.guest', { level: r.level, hpa: r.frame < 0 ? '—' : hex(r.frame) }) + idx;
}

/** One scheme's references; a scheme that finished early keeps its last reference (the data) current. */
function Column({ refs, step: asked, mode, used }: { refs: WalkRef[]; step: number; mode: PagingMode; used: boolean }) {
  const t = useT();
  const step = Math.min(asked, refs.length - 1);
  return (
    <div className="mem-walk-col" data-testid={`walk-${mode}`} data-this-host={used ? 'true' : 'false'}>
      <h4>
        {t(`memory.walk.${mode}Head`, { n: refs.length - 1 })}
        {used ? ` ${t('memory.walk.thisHost')}` : ''}
      </h4>
      <ol>
        {refs.map((r, i) => (
          <li key={i} className={i === step ? 'current' : i > step ? 'future' : ''} aria-current={i === step ? 'step' : undefined}>
            {refText(r, t)}
          </li>
        ))}
      </ol>
    </div>
  );
}

interface ControlsProps {
  vms: { vm: { id: string; name: string }; i: number }[];
  v: number;
  gpp: number;
  pages: number;
  lastPage: number;
  step: number;
  total: number;
  setVm: (v: number) => void;
  setPage: (p: number) => void;
  setStep: (f: (s: number) => number) => void;
}

function WalkControls({ vms, v, gpp, pages, lastPage, step, total, setVm, setPage, setStep }: ControlsProps) {
  const t = useT();
  return (
      <div className="mem-walk-controls">
        <label>
          {t('memory.walk.vm')}{' '}
          <select data-testid="walk-vm" value={v} onChange={(e) => { setVm(Number(e.target.value)); setStep(() => -1); }}>
            {vms.map(({ vm, i }) => <option key={vm.id} value={i}>{vm.name}</option>)}
          </select>
        </label>
        <label>
          {t('memory.walk.page')}{' '}
          <input data-testid="walk-page" type="number" min={0} max={pages - 1} value={gpp} onChange={(e) => { setPage(Math.max(0, Number(e.target.value) || 0)); setStep(() => -1); }} style={{ width: '6rem' }} />
        </label>
        <button type="button" data-testid="walk-follow" onClick={() => { setPage(Math.max(0, lastPage)); setStep(() => 0); }}>{t('memory.walk.follow')}</button>
        <button type="button" data-testid="walk-step" className="primary" onClick={() => setStep((s) => Math.min(total - 1, s + 1))}>{t('memory.walk.step')}</button>
        <button type="button" data-testid="walk-all" onClick={() => setStep(() => total - 1)}>{t('memory.walk.all')}</button>
        <button type="button" data-testid="walk-reset" onClick={() => setStep(() => -1)}>{t('memory.walk.reset')}</button>
        <span data-testid="walk-progress" aria-live="polite">{t('memory.walk.progress', { i: step + 1, n: total })}</span>
      </div>
  );
}

/**
 * Paging's exits and nested walks in one unit, cycles, as the engine charges the vCPUs
 * for them, so the two costs can be weighed. An exit costs the host's VT-x generation's
 * price (shadow paging's page-table writes and reloads, nested paging's EPT violations);
 * a nested walk the references it reads beyond a native one; shadow walks natively.
 * Direct paging is charged neither (its page-table updates are hypercalls, in the
 * paravirtual technique's instruction mix).
 */
function TranslationCycles({ c, mode, large, cpe }: { c: { exits: number; hvFaults: number; tlbMisses: number }; mode: PagingMode; large: boolean; cpe: number }) {
  const t = useT();
  if (mode === 'direct') return <p data-testid="walk-cycles">{t('memory.walk.cyclesDirect', { refs: walkRefs('direct', large) })}</p>;
  const nested = mode === 'nested';
  const exits = nested ? c.hvFaults : c.exits;
  const walks = nested ? c.tlbMisses * WALKS_PER_SAMPLED_MISS : 0;
  // A nested walk's price even under shadow paging, which makes none: "0 × 600", not "0 × 0".
  const cpw = nestedWalkCycles(large);
  const trap = exits * cpe;
  const walk = walks * cpw;
  const m = (x: number): string => (x / 1e6).toFixed(2);
  return (
    <p data-testid="walk-cycles">
      {t('memory.walk.cycles', { exits, cpe, trap: m(trap), walks, cpw, walk: m(walk), total: m(walk + trap), per: WALKS_PER_SAMPLED_MISS })}
    </p>
  );
}

export function WalkPanel({ topology, host, onMarks }: { topology: Topology; host: number; onMarks: (f: readonly number[]) => void }) {
  const t = useT();
  const vms = topology.vms.map((vm, i) => ({ vm, i })).filter((x) => x.vm.host === host);
  const [vmSel, setVm] = useState(vms[0]?.i ?? -1);
  const v = vms.some((x) => x.i === vmSel) ? vmSel : (vms[0]?.i ?? -1);
  // The walked VM's page map and counters, a few times a second.
  const m = useSnapshot((s) => s.memory.vms[v], 4) ?? undefined;
  const pageMiB = useSnapshot((s) => s.memory.hosts[host]?.pageMiB ?? 1, 4) ?? 1;
  const [page, setPage] = useState(0);
  const [step, setStep] = useState(-1);
  const gpp = m === undefined ? 0 : Math.min(page, m.pages - 1);
  const hv = topology.hosts[host]?.hypervisor;
  const large = hv?.memory.largePages ?? false;
  // Beside nested paging: shadow paging, or on a paravirtual host the direct paging it uses (besideNested).
  const mode: PagingMode = hv === undefined ? 'nested' : pagingView(hv).mode;
  // The walk reads the page map of the snapshot on screen, so a page that moves moves its outline too.
  const walks = useMemo(() => {
    if (m === undefined) return null;
    const frameOf = (g: number): number => ((m.state[g] ?? 0) === 1 ? (m.frame[g] ?? -1) : -1);
    const input = { largePages: large, gvpn: GVPN_BASE + gpp, gpp, osPages: m.osPages, frameOf };
    return { other: translationWalk({ ...input, mode: besideNested(mode) }), nested: translationWalk({ ...input, mode: 'nested' }) };
  }, [m, gpp, large, mode]);
  const marksKey = walks === null || step < 0 ? '' : [walks.other[Math.min(step, walks.other.length - 1)], walks.nested[Math.min(step, walks.nested.length - 1)]].map((r) => r?.frame ?? -1).filter((f) => f >= 0).join(',');
  useEffect(() => onMarks(marksKey === '' ? [] : marksKey.split(',').map(Number)), [marksKey, onMarks]);
  if (m === undefined || walks === null) return null;
  const total = Math.max(walks.other.length, walks.nested.length);
  const levels = large ? 3 : 4;
  const pageState = m.state[gpp] ?? 0;
  const data = walks.nested.at(-1);
  const gva = (GVPN_BASE + gpp) * 4096;
  return (
    <section className="mem-walk" data-testid="memory-walk">
      <h3>{t('memory.walk.title')}</h3>
      <WalkControls vms={vms} v={v} gpp={gpp} pages={m.pages} lastPage={m.lastPage} step={step} total={total} setVm={setVm} setPage={setPage} setStep={setStep} />
      <p data-testid="walk-address">{t('memory.walk.address', { gva: hex(gva), gpa: hex(gpp * pageMiB * 256 * 4096), hpa: (data?.frame ?? -1) < 0 ? '—' : hex((data?.frame ?? 0) * pageMiB * 256 * 4096) })}</p>
      <p>{pageState === 1 ? t('memory.walk.tlbMiss') : t('memory.walk.notMapped', { gpp: hex(gpp), state: t(STATE_KEYS[pageState] ?? '') })}</p>
      <p data-testid="walk-tlb">
        {t('memory.walk.tlbRate', { pct: Math.round((100 * m.c.tlbHits) / Math.max(1, m.c.tlbHits + m.c.tlbMisses)), hits: m.c.tlbHits, n: m.c.tlbHits + m.c.tlbMisses, refs: walkRefs(mode, large), mode: t(`memory.mode.${mode}`), run: ACCESS_RUN })}
      </p>
      <TranslationCycles c={m.c} mode={mode} large={large} cpe={exitCyclesOf(hv?.hwEra ?? 'modern')} />
      <div className="mem-walk-cols">
        <Column refs={walks.other} step={step} mode={besideNested(mode)} used={mode === besideNested(mode)} />
        <Column refs={walks.nested} step={step} mode="nested" used={mode === 'nested'} />
      </div>
      <p className="muted">{t(mode === 'direct' ? 'memory.walk.whyDirect' : 'memory.walk.why', { shadow: levels, nested: (levels + 1) * (levels + 1) - 1, levels, exits: m.c.exits })}</p>
    </section>
  );
}
