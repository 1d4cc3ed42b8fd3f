/**
 * The Techniques lens: how a hypervisor runs a guest's sensitive instructions and I/O.
 * Choose a host; switch its hypervisor type and CPU virtualization technique (engine
 * commands, logged and replayed); step through one instruction's path across the stack;
 * watch the live counters of traps, hypercalls, translations and host-OS crossings; and
 * compare the same workload under every technique, two of them side by side.
 */
import { useMemo, useState } from 'react';
import { exitCycles, hwEras, hypervisorTypes, MODERN, pagingOf, techniques, VF, type HvTypeId, type HwMode, type TechniqueId } from '../../engine';
import { useT } from '../../i18n';
import { selectScenarioId, selectTopology, sendCommand, useStore, type AppState } from '../../store';
import type { Topology } from '../../engine';
import { shallowEqual, useSnapshot } from '../shared/useSnapshot';
import { Compare } from './Compare';
import { CountersTable } from './CountersTable';
import { hostWork } from './counts';
import { HostsTable } from './HostsTable';
import { Gpus } from './Gpus';
import { IoPaths } from './IoPaths';
import { PathStepper, type Stack } from './PathStepper';
import { TranslationCache } from './TranslationCache';
import { tlbKey } from './tlbKey';
import './techniques.css';

/** The sentence naming how guest memory is translated under a technique (BT implies shadow paging, Xen PV pages directly). */
function pagingKey(technique: TechniqueId, hw: HwMode): string {
  const p = pagingOf(technique, hw);
  return p === 'shadow' ? `techniques.paging.shadow.${technique === 'binary-translation' ? 'bt' : 'hw'}` : `techniques.paging.${p}`;
}

function HostControls({ host, setHost }: { host: number; setHost: (h: number) => void }) {
  const topology = useStore(selectTopology);
  const t = useT();
  const h = topology?.hosts[host];
  if (topology === null || h === undefined) return null;
  const hv = h.hypervisor;
  return (
    <div className="tq-hostbar">
      <div role="group" aria-label={t('techniques.hosts')} className="tq-hosts">
        {topology.hosts.map((x, i) => (
          <button key={x.id} type="button" aria-pressed={i === host} data-testid={`tq-host-${x.id}`} onClick={() => setHost(i)}>
            {x.name}
            <span className="muted"> · {t(`hvType.${x.hypervisor.type}`)} · {t(`technique.${x.hypervisor.technique}`)}</span>
          </button>
        ))}
      </div>
      <fieldset className="radio-row">
        <legend>{t('techniques.setType', { host: h.name })}</legend>
        {hypervisorTypes.map((ty) => (
          <label key={ty}>
            <input type="radio" name="tq-hvtype" data-testid={`tq-type-${ty}`} checked={hv.type === ty} onChange={() => void sendCommand({ type: 'setHypervisorType', host: h.id, hvType: ty })} />
            {t(`hvType.${ty}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="radio-row">
        <legend>{t('techniques.setTechnique', { host: h.name })}</legend>
        {techniques.map((k) => (
          <label key={k}>
            <input type="radio" name="tq-tech" data-testid={`tq-tech-${k}`} checked={hv.technique === k} onChange={() => void sendCommand({ type: 'setTechnique', host: h.id, technique: k })} />
            {t(`technique.${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="radio-row">
        <legend>{t('techniques.setEra', { host: h.name })}</legend>
        {hwEras.map((era) => (
          <label key={era}>
            <input type="radio" name="tq-era" data-testid={`tq-era-${era}`} checked={hv.hwEra === era} onChange={() => void sendCommand({ type: 'setHwEra', host: h.id, era })} />
            {t(`hwEra.${era}`)}
          </label>
        ))}
      </fieldset>
      <p className="muted">
        {t(`hvType.${hv.type}.explain`)} {t(`techniques.why.${hv.technique}`)}
      </p>
      <p className="muted" data-testid="tq-paging">
        {t('techniques.paging', { paging: t(pagingKey(hv.technique, { era: hv.hwEra, translation: hv.memory.translation })) })}
      </p>
      <p className="muted" data-testid="tq-tlb">
        {t('techniques.tlb', { tlb: t(tlbKey(hv)) })}
      </p>
      <p className="muted">{t('techniques.era.help')}</p>
    </div>
  );
}

/** A host's CPU virtualization hardware: its VT-x generation and paging mode. */
function hostHw(topology: Topology, i: number): HwMode {
  const hv = topology.hosts[i]?.hypervisor;
  return hv === undefined ? MODERN : { era: hv.hwEra, translation: hv.memory.translation };
}

/**
 * The stepper's stacks: in a world with both hypervisor types, its first Type 1 and first
 * Type 2 host side by side (the comparison is the lesson); otherwise the chosen host.
 */
function stepperStacks(topology: Topology, host: number): Stack[] {
  const hosts = topology.hosts;
  const one = hosts.findIndex((h) => h.hypervisor.type === 'type1');
  const two = hosts.findIndex((h) => h.hypervisor.type === 'type2');
  const stack = (i: number, named: boolean): Stack => {
    const h = hosts[i];
    const st: Stack = { key: h?.id ?? String(i), type: h?.hypervisor.type ?? 'type1', hw: hostHw(topology, i) };
    return named ? { ...st, name: h?.name ?? '' } : st;
  };
  return one >= 0 && two >= 0 ? [stack(one, true), stack(two, true)] : [stack(host, false)];
}

type Tab = 'cpu' | 'io' | 'gpu';

/** Whether the world has a GPU (then the lens opens on its GPU tab). */
const selectHasGpu = (s: AppState): boolean => (s.snapshot?.gpu.devs.length ?? 0) > 0;

/** Whether a scenario names any VM's I/O path (then the lens opens on its I/O paths tab). */
const selectIoExplicit = (s: AppState): boolean => {
  const vm = s.snapshot?.virt.vm;
  if (vm === undefined) return false;
  for (let i = VF.ioExplicit; i < vm.length; i += VF.count) if ((vm[i] ?? 0) > 0) return true;
  return false;
};

/** The lens's two views, as toggle buttons (the app's lens bar is the one tab list on the page). */
function Tabs({ tab, setTab }: { tab: Tab; setTab: (t: Tab) => void }) {
  const t = useT();
  return (
    <div role="group" aria-label={t('techniques.tabs')} className="tq-tabs">
      {(['cpu', 'io', 'gpu'] as const).map((k) => (
        <button key={k} type="button" aria-pressed={tab === k} data-testid={`tq-tab-${k}`} onClick={() => setTab(k)}>
          {t(`techniques.tab.${k}`)}
        </button>
      ))}
    </div>
  );
}

function HostPicker({ host, setHost }: { host: number; setHost: (h: number) => void }) {
  const topology = useStore(selectTopology);
  const t = useT();
  if (topology === null || topology.hosts.length < 2) return null;
  return (
    <div role="group" aria-label={t('techniques.hosts')} className="tq-hosts">
      {topology.hosts.map((x, i) => (
        <button key={x.id} type="button" aria-pressed={i === host} onClick={() => setHost(i)}>
          {x.name}
        </button>
      ))}
    </div>
  );
}

/** The lens, fresh for each scenario (its tab follows what the scenario is about). */
export default function TechniquesView() {
  const id = useStore(selectScenarioId);
  return <Techniques key={id} />;
}

function Techniques() {
  // The lens follows the topology; tables and the comparison read their counters a few
  // times a second (at top speed they change every frame; nobody reads that fast).
  const topology = useStore(selectTopology);
  const t = useT();
  const [hostSel, setHost] = useState(0);
  const explicitIo = useStore(selectIoExplicit);
  const hasGpu = useStore(selectHasGpu);
  const [tabSel, setTab] = useState<Tab | null>(null);
  const tab: Tab = tabSel ?? (hasGpu ? 'gpu' : explicitIo ? 'io' : 'cpu');
  const host = Math.min(hostSel, (topology?.hosts.length ?? 1) - 1);
  const work = useSnapshot((s) => hostWork(s, host), 2, shallowEqual);
  // Memoised on the topology, so the stepper's paths and layouts are not rebuilt at every snapshot.
  const stacks = useMemo(() => (topology === null ? [] : stepperStacks(topology, host)), [topology, host]);
  if (topology === null || work === null) return null;
  const hv = topology.hosts[host]?.hypervisor;
  const type: HvTypeId = hv?.type ?? 'type1';
  const technique: TechniqueId = hv?.technique ?? 'hardware-assisted';
  const hwMode = hostHw(topology, host);
  if (tab === 'gpu') {
    return (
      <div className="lens lens-techniques" data-testid="lens-techniques">
        <Tabs tab={tab} setTab={setTab} />
        <Gpus />
      </div>
    );
  }
  if (tab === 'io') {
    return (
      <div className="lens lens-techniques" data-testid="lens-techniques">
        <div className="tq-tabrow">
          <Tabs tab={tab} setTab={setTab} />
          <HostPicker host={host} setHost={setHost} />
        </div>
        <IoPaths host={host} hostName={topology.hosts[host]?.name ?? ''} exitCost={exitCycles(hwMode)} />
      </div>
    );
  }
  return (
    <div className="lens lens-techniques" data-testid="lens-techniques">
      <Tabs tab={tab} setTab={setTab} />
      {/* Picture first: one instruction's path across the stack, then the words and the controls that change it. */}
      <PathStepper key={stacks.map((st) => `${st.key}:${st.type}`).join('|') + `:${technique}`} stacks={stacks} technique={technique} />
      <p className="summary">{t('techniques.intro')}</p>
      <p className="summary" data-testid="tq-independent">{t('techniques.independent')}</p>
      <HostsTable host={host} setHost={setHost} />
      <HostControls host={host} setHost={setHost} />
      <CountersTable host={host} />
      {technique === 'binary-translation' && <TranslationCache host={host} />}
      <Compare key={`${host}:${type}:${technique}`} work={work} current={{ technique, type }} hw={hwMode} />
    </div>
  );
}
