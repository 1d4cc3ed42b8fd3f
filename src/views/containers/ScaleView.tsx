/**
 * Containers at scale (the Containers lens's "At scale" view): a deployment's replicas on
 * a small cluster of container hosts, as an orchestrator keeps them. Picture first: each
 * deployment's gauge (available of desired), the nodes as boxes with their replicas as
 * chips (colour: image version; outline and mark: Pending, Starting, Ready, Terminating),
 * the replicas that fit nowhere, and the last minute of replicas against CPU use. Then
 * the controls (kill a replica, fail or repair a node, replicas, autoscaler, load, roll
 * out), then the orchestrator's latest reasons. Picking a replica (a tap or click, or Enter /
 * Space: chips are buttons) makes it the one to kill, says its phase and why under the chips
 * of its node (the chip's mark alone says it only to a reader who knows the key; its tooltip,
 * only to a mouse), and selects its container for the inspector, as a click on a container
 * does elsewhere.
 */
import { textWidth } from '../fitText';
import { useLabelSize, useRenderedScale } from '../shared/labels';
import { useRef, useState } from 'react';
import { ORCH_HISTORY, type DeploymentSnapshot, type PodSnapshot } from '../../engine';
import { useT, withUnit } from '../../i18n';
import { select, sendCommand } from '../../store';
import { v } from '../../theme/tokens';
import { VM_TINT_TOKENS, VM_TOKENS } from '../shared/palette';
import { useSnapshot, wholeSnapshot } from '../shared/useSnapshot';
import { gaugeSentence, nextVersion, scaleModel, type NodeBox } from './layoutScale';
import { useNodesRoom } from './useNodesRoom';

const MARK = { Pending: '○', Starting: '…', Ready: '✓', Terminating: '✕' } as const;

function Chip({ p, slot, selected, onPick }: { p: PodSnapshot; slot: number; selected: boolean; onPick: (id: string) => void }) {
  const t = useT();
  const k = slot % VM_TOKENS.length;
  const ready = p.phase === 'Ready';
  return (
    <button
      type="button"
      className={`orch-pod orch-pod-${p.phase}`}
      data-drawing
      data-testid={`orch-pod-${p.id}`}
      data-phase={p.phase}
      data-version={p.version}
      aria-pressed={selected}
      style={{ borderColor: v(VM_TOKENS[k] ?? 'vm0'), background: ready ? v(VM_TINT_TOKENS[k] ?? 'vmTint0') : undefined, color: ready ? v('vmText') : undefined }}
      title={`${t(`orch.phase.${p.phase}`)}${p.reason === null ? '' : `: ${t(p.reason.key, p.reason.params)}`}`}
      aria-label={t('orch.pod.label', { pod: p.id, version: p.version, phase: t(`orch.phase.${p.phase}`), node: p.node === '' ? '—' : p.node })}
      onClick={() => onPick(p.id)}
    >
      <b><span aria-hidden="true">{MARK[p.phase]}</span> {p.id}</b> <small>{p.version}</small>
    </button>
  );
}

/** What the picked replica is doing and why, under the chips of the box that holds it. */
function PickedLine({ p }: { p: PodSnapshot }) {
  const t = useT();
  const params = { pod: p.id, version: p.version, phase: t(`orch.phase.${p.phase}`) };
  return (
    <p className="orch-why orch-picked" data-testid="orch-picked" data-pod={p.id} data-phase={p.phase}>
      {p.reason === null ? t('orch.picked', params) : t('orch.pickedWhy', { ...params, why: t(p.reason.key, p.reason.params) })}
    </p>
  );
}

function Node({ n, slots, picked, onPick }: { n: NodeBox; slots: Record<string, number>; picked: string | null; onPick: (id: string) => void }) {
  const t = useT();
  const here = n.pods.find((p) => p.id === picked);
  return (
    <div className={`orch-node${n.failed ? ' orch-node-failed' : ''}`} data-testid={`orch-node-${n.id}`} data-failed={n.failed} data-pods={n.pods.length}>
      <div className="orch-node-head">
        <strong>{n.name}</strong>
        <button type="button" className="orch-small" data-testid={`orch-${n.failed ? 'repair' : 'fail'}-${n.id}`} onClick={() => void sendCommand(n.failed ? { type: 'repairHost', host: n.id } : { type: 'failHost', host: n.id })}>
          {t(n.failed ? 'orch.node.repair' : 'orch.node.fail')}
        </button>
      </div>
      {n.failed ? <div className="orch-failed">✕ {t('orch.node.failed')}</div> : <div className="orch-node-fig">{t('orch.node.fig', { cpu: n.cpuRequested, cores: n.cpuCores, free: n.memFreeGiB })}</div>}
      <div className="orch-chips">
        {n.pods.map((p) => <Chip key={p.id} p={p} slot={slots[p.version] ?? 0} selected={picked === p.id} onPick={onPick} />)}
        {n.pods.length === 0 && <span className="muted">{t('orch.node.empty')}</span>}
      </div>
      {here !== undefined && <PickedLine p={here} />}
    </div>
  );
}

function Gauge({ d }: { d: DeploymentSnapshot }) {
  const t = useT();
  const s = gaugeSentence(d);
  const full = Math.max(d.desired + d.maxSurge, d.available, 1);
  const floor = Math.max(0, d.desired - d.maxUnavailable);
  return (
    <div className="orch-gauge" data-testid={`orch-gauge-${d.id}`} data-available={d.available} data-desired={d.desired} data-version={d.version} data-rolling={d.rolling}>
      <p className="orch-gauge-says">{t(s.key, s.params)}</p>
      <div className="orch-bar" role="img" aria-label={t(s.key, s.params)}>
        <div className="orch-bar-fill" style={{ width: `${(100 * d.available) / full}%`, background: d.available >= floor ? v('ok') : v('danger') }} />
        <div className="orch-bar-mark" style={{ left: `${(100 * d.desired) / full}%` }} />
      </div>
    </div>
  );
}

const HW = 420;
const HH = 72;
/** The least height of the history's plot, in drawing units. */
const PLOT_MIN = 44;

function History({ d }: { d: DeploymentSnapshot }) {
  const t = useT();
  // The chart fits its box: its labels are sized for the scale it is drawn at.
  const [ref, drawn] = useRenderedScale<SVGSVGElement>(HW);
  const fs = useLabelSize(drawn)(14);
  const h = d.history;
  if (h.length < 2) return null;
  const top = Math.max(4, d.autoscale?.max ?? 0, ...h.map((x) => Math.max(x.desired, x.ready)));
  // The axis's numbers in a gutter as wide as the widest, its times in a band under the plot as high as a label:
  // at the projector's size (labels 14 px rendered, the chart drawn small) they sat on the plot's first bars.
  const left = Math.ceil(Math.max(textWidth(String(top), fs), textWidth('0', fs)) + 8);
  const band = Math.ceil(fs * 1.15) + 2;
  // The plot keeps its height under bigger labels: the chart grows taller instead.
  const hh = Math.max(HH, 10 + PLOT_MIN + band);
  const base = hh - band;
  // A bar's width from each sample, the first one's clear of the axis's numbers (it touched the "0").
  // One sample a second, the newest at "now" (the right end): in a run's first minute the
  // samples fill the right end only, and each stands as many seconds ago as the axis says.
  const dx = (HW - left - 10) / ORCH_HISTORY;
  const x = (i: number): number => left + dx / 2 + (ORCH_HISTORY - h.length + i) * dx;
  const y = (n: number): number => base - (n / top) * (base - 10);
  const yu = (pct: number): number => base - (Math.min(pct, 200) / 200) * (base - 10);
  const line = (f: (s: (typeof h)[number]) => number): string => h.map((s, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(f(s)).toFixed(1)}`).join('');
  const target = d.autoscale?.targetPct;
  return (
    <figure className="orch-history">
      <svg ref={ref} viewBox={`0 0 ${HW} ${hh}`} role="img" aria-label={t('orch.history.label', { s: ORCH_HISTORY })}>
        {h.map((s, i) => <rect key={s.tick} x={x(i) - dx / 2 + 1} width={Math.max(1, dx - 2)} y={yu(s.utilPct)} height={base - yu(s.utilPct)} style={{ fill: v('vmTint4'), stroke: v('vm4'), strokeWidth: 0.5 }} />)}
        {target !== undefined && <line x1={left} x2={HW - 10} y1={yu(target)} y2={yu(target)} style={{ stroke: v('warn'), strokeDasharray: '5 4', strokeWidth: 1.5 }} />}
        <path d={line((s) => s.desired)} style={{ fill: 'none', stroke: v('accent'), strokeWidth: 2.5 }} />
        <path d={line((s) => s.ready)} style={{ fill: 'none', stroke: v('ok'), strokeWidth: 2, strokeDasharray: '6 3' }} />
        <text x={left - 6} y={y(top)} dominantBaseline="hanging" textAnchor="end" style={{ fontSize: fs, fill: v('text') }}>{top}</text>
        <text x={left - 6} y={base} textAnchor="end" style={{ fontSize: fs, fill: v('text') }}>0</text>
        <text x={left} y={hh - 0.25 * fs} style={{ fontSize: fs, fill: v('text') }}>{t('orch.history.ago', { s: ORCH_HISTORY })}</text>
        <text x={HW - 10} y={hh - 0.25 * fs} textAnchor="end" style={{ fontSize: fs, fill: v('text') }}>{t('orch.history.now')}</text>
      </svg>
      <figcaption className="orch-legend">
        <span><i style={{ borderColor: v('accent') }} /> {t('orch.history.desired')}</span>
        <span><i style={{ borderColor: v('ok'), borderStyle: 'dashed' }} /> {t('orch.history.ready')}</span>
        <span><b style={{ background: v('vmTint4') }} /> {t('orch.history.util')}</span>
        {target !== undefined && <span><i style={{ borderColor: v('warn'), borderStyle: 'dashed' }} /> {t('orch.history.target', { pct: target })}</span>}
      </figcaption>
    </figure>
  );
}

/** Kill the picked replica (only while it runs: Ready), else the first Ready one. */
function Controls({ d, picked, firstReady }: { d: DeploymentSnapshot; picked: PodSnapshot | null; firstReady: string | null }) {
  const t = useT();
  const [load, setLoad] = useState<number | null>(null);
  const shown = load ?? d.loadM;
  const victim = picked === null ? firstReady : picked.phase === 'Ready' ? picked.id : null;
  const to = nextVersion(d.version);
  return (
    <div className="orch-controls" data-testid={`orch-controls-${d.id}`}>
      <button type="button" data-testid="orch-kill" disabled={victim === null} onClick={() => victim !== null && void sendCommand({ type: 'killPod', pod: victim })}>
        {t('orch.ctl.kill', { pod: picked?.id ?? victim ?? '—' })}
      </button>
      <span className="orch-stepper" role="group" aria-label={t('orch.ctl.replicas', { n: d.desired })}>
        <button type="button" data-testid="orch-minus" disabled={d.desired <= 0} onClick={() => void sendCommand({ type: 'scaleDeployment', deployment: d.id, replicas: d.desired - 1 })}>−</button>
        <span>{t('orch.ctl.replicas', { n: d.desired })}</span>
        <button type="button" data-testid="orch-plus" disabled={d.desired >= 32} onClick={() => void sendCommand({ type: 'scaleDeployment', deployment: d.id, replicas: d.desired + 1 })}>+</button>
      </span>
      {d.autoscale !== null && (
        <label className="orch-check">
          <input type="checkbox" data-testid="orch-hpa" checked={d.hpaOn} onChange={(e) => void sendCommand({ type: 'scaleDeployment', deployment: d.id, autoscale: e.target.checked })} />{' '}
          {t('orch.ctl.hpa', { min: d.autoscale.min, max: d.autoscale.max, pct: d.autoscale.targetPct })}
        </label>
      )}
      <label className="orch-load">
        {t('orch.ctl.load', { cores: (shown / 1000).toFixed(1) })}{' '}
        <input
          type="range" min={0} max={12_000} step={500} value={shown} data-testid="orch-load"
          onChange={(e) => setLoad(Number(e.target.value))}
          onPointerUp={() => load !== null && void sendCommand({ type: 'setDeploymentLoad', deployment: d.id, loadM: load }).then(() => setLoad(null))}
          onKeyUp={() => load !== null && void sendCommand({ type: 'setDeploymentLoad', deployment: d.id, loadM: load }).then(() => setLoad(null))}
        />
      </label>
      <button type="button" className="primary" data-testid="orch-rollout" disabled={d.rolling} onClick={() => void sendCommand({ type: 'rolloutDeployment', deployment: d.id, version: to })}>
        {t('orch.ctl.rollout', { from: d.version, to })}
      </button>
    </div>
  );
}

export function ScaleView() {
  const snap = useSnapshot(wholeSnapshot, 4);
  const t = useT();
  const [picked, setPicked] = useState<string | null>(null);
  const section = useRef<HTMLElement | null>(null);
  useNodesRoom(section, snap !== null);
  if (snap === null) return null;
  const m = scaleModel(snap);
  const pick = (id: string): void => {
    const off = picked === id;
    setPicked(off ? null : id);
    // A Pending pod has no container yet: it is only picked.
    const index = snap.topology.containers.findIndex((c) => c.id === id);
    if (index >= 0) select(off ? null : { kind: 'container', index });
  };
  const pickedPod = snap.orch.pods.find((p) => p.id === picked && p.phase !== 'Terminating') ?? null;
  const alive = pickedPod?.id ?? null;
  const firstReady = snap.orch.pods.find((p) => p.phase === 'Ready')?.id ?? null;
  const pickedPending = m.pending.find((p) => p.id === alive);
  return (
    <section ref={section} className="orch" data-testid="orch-view" aria-label={t('orch.title')}>
      <div className="orch-gauges">{m.deps.map((d) => <Gauge key={d.id} d={d} />)}</div>
      {/* The picture, under its gauge and taller than its words need: it takes the lens frame's room down to the chart and the key (useNodesRoom). */}
      <div className="orch-nodes" data-picture>
        {m.nodes.map((n) => <Node key={n.id} n={n} slots={m.versionSlot} picked={alive} onPick={pick} />)}
        {m.pending.length > 0 && (
          <div className="orch-node orch-pending" data-testid="orch-pending" data-pods={m.pending.length}>
            <div className="orch-node-head"><strong>{t('orch.pending.title', { n: m.pending.length })}</strong></div>
            <div className="orch-chips">{m.pending.map((p) => <Chip key={p.id} p={p} slot={m.versionSlot[p.version] ?? 0} selected={alive === p.id} onPick={pick} />)}</div>
            {pickedPending !== undefined ? <PickedLine p={pickedPending} /> : m.pending[0]?.reason != null && <p className="orch-why">{t(m.pending[0].reason.key, m.pending[0].reason.params)}</p>}
          </div>
        )}
      </div>
      <div className="orch-charts">{m.deps.map((d) => <History key={d.id} d={d} />)}</div>
      <p className="orch-key muted">{t('orch.key')}</p>
      {m.deps.map((d) => <Controls key={d.id} d={d} picked={pickedPod} firstReady={firstReady} />)}
      <h3 className="orch-reasons-title">{t('orch.reasons')}</h3>
      <ol className="orch-reasons" data-testid="orch-reasons">
        {m.events.map((e) => (
          <li key={e.seq}><span className="orch-time">{withUnit((e.tick / 1000).toFixed(1), 's')}</span> {t(e.key, e.params)}</li>
        ))}
      </ol>
      <p className="muted">{t('orch.intro')}</p>
    </section>
  );
}
