/**
 * The one zustand store, built from two slices: `sim` mirrors the worker (written only
 * by simClient) and `ui` holds what the person chose (lens, selection, language, theme,
 * notices). Components read through the named selectors below; actions are module
 * functions so components never reach into the store's internals.
 */
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { CommandInput, Message, Scenario, Snapshot } from '../engine';
import type { LoggedCommand, Speed } from '../protocol/messages';
import type { Lesson } from '../lessons/types';
import { withNotice } from './notices';
import { keptAfterReplace, type KeptWorld, type WorldOrigin } from './worldUndo';
import type { Instr } from '../views/techniques/instrs';

export type { KeptWorld, WorldOrigin };

export type Lang = 'ko' | 'en';
export type ThemeName = 'default' | 'projector' | 'contrast';
/** A lens id from the registry (src/views/<id>/lens.ts). */
export type LensId = string;
export type Selection =
  | { kind: 'host'; index: number }
  | { kind: 'hypervisor'; index: number }
  | { kind: 'pcpu'; index: number }
  | { kind: 'vm'; index: number }
  | { kind: 'container'; index: number }
  /** CPU lens: a vCPU or container task by entity index, or one Gantt slice (index = slice number). */
  | { kind: 'vcpu'; index: number }
  | { kind: 'cpuSlice'; index: number; pcpu: number; ent: number; start: number; end: number; why: number; endWhy: number; detail: number; mig: number }
  // Storage lens: a volume (index into snapshot.storage.volumes) or an array.
  | { kind: 'volume'; index: number }
  | { kind: 'array'; index: number }
  | null;
export type SimStatus = 'starting' | 'running' | 'recovering' | 'failed';

export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  message: Message;
}

export interface SimSlice {
  snapshot: Snapshot | null;
  maxTick: number;
  playing: boolean;
  speed: Speed;
  status: SimStatus;
  scenario: Scenario | null;
  /**
   * The tick a world being loaded, restored or reset opens at, until its first snapshot is
   * drawn; null while the snapshot on screen is of the world in `scenario` and `log`.
   * Anything that reads "the current world" (share links, a worker restart) takes the
   * tick from here while it is set, never the old world's snapshot.
   */
  opening: number | null;
  /** Preset id the scenario came from, or 'custom'. */
  scenarioId: string;
  log: LoggedCommand[];
  violations: string[];
  /** Paused, and the worker has handled every request (no seek or replay under way). */
  settled: boolean;
  /** The engine's digest of the snapshot (of every settled one; while playing, of one a few times a second): tests compare it. */
  digest: string;
  /** Where the world on screen came from (see worldUndo.ts). */
  origin: WorldOrigin;
  /** Commands were accepted since the world was loaded: the person changed it. */
  changed: boolean;
  /** The last replaced world that held the person's work, until they undo or dismiss. */
  keptWorld: KeptWorld | null;
}

export interface UiSlice {
  lens: LensId;
  selection: Selection;
  /** Who made the selection: the reader (a tap, a click, a key) or a lesson's step. */
  selectionBy: 'reader' | 'lesson';
  /** Phones and tablets: which part of the bottom sheet is open (null: closed). */
  sheet: 'inspector' | 'events' | null;
  lang: Lang;
  theme: ThemeName;
  embed: boolean;
  debug: boolean;
  notices: Notice[];
  /** The preset catalogue's ids, known once the boot code has loaded (the scenario picker lists them). */
  presetIds: readonly string[];
  /** The name of the file a custom scenario was imported from (shown and exported under it), else null. */
  scenarioFile: string | null;
}

export type AppState = SimSlice & UiSlice;

const initialSim: SimSlice = {
  snapshot: null,
  maxTick: 0,
  playing: false,
  speed: 1,
  status: 'starting',
  scenario: null,
  opening: null,
  scenarioId: 'basic',
  log: [],
  violations: [],
  settled: false,
  digest: '',
  origin: 'preset',
  changed: false,
  keptWorld: null,
};

const initialUi: UiSlice = {
  lens: 'overview',
  selection: null,
  selectionBy: 'reader',
  sheet: null,
  lang: 'en',
  theme: 'default',
  embed: false,
  debug: false,
  notices: [],
  presetIds: [],
  scenarioFile: null,
};

export const useStore = create<AppState>()(() => ({ ...initialSim, ...initialUi }));

/** The store as it is now, outside React's render (event handlers, canvases, timers). */
export const getAppState = (): AppState => useStore.getState();

// ---- selectors (module level, so components subscribe to exactly what they show) ----
export const selectSnapshot = (s: AppState): Snapshot | null => s.snapshot;
export const selectTopology = (s: AppState) => s.snapshot?.topology ?? null;
export const selectTick = (s: AppState): number => s.snapshot?.tick ?? 0;
/** The tick of the world in the store: the one it opens at while loading, else the drawn snapshot's. */
export const worldTick = (s: AppState): number => s.opening ?? s.snapshot?.tick ?? 0;
export const selectMaxTick = (s: AppState): number => s.maxTick;
export const selectPlaying = (s: AppState): boolean => s.playing;
export const selectSettled = (s: AppState): boolean => s.settled;
export const selectSpeed = (s: AppState): Speed => s.speed;
export const selectStatus = (s: AppState): SimStatus => s.status;
export const selectLens = (s: AppState): LensId => s.lens;
export const selectSelection = (s: AppState): Selection => s.selection;
export const selectLang = (s: AppState): Lang => s.lang;
export const selectTheme = (s: AppState): ThemeName => s.theme;
export const selectEmbed = (s: AppState): boolean => s.embed;
export const selectNotices = (s: AppState): Notice[] => s.notices;
export const selectScenarioId = (s: AppState): string => s.scenarioId;
export const selectScenario = (s: AppState): Scenario | null => s.scenario;
/** The imported file's name while its scenario (or an edit of it) is the custom one on screen. */
export const selectScenarioFile = (s: AppState): string | null => (s.scenarioId === 'custom' ? s.scenarioFile : null);
export const selectViolations = (s: AppState): string[] => s.violations;
export const selectEvents = (s: AppState) => s.snapshot?.events;
export const selectPresetIds = (s: AppState): readonly string[] => s.presetIds;
export const selectKeptWorld = (s: AppState): KeptWorld | null => s.keptWorld;

export { useShallow };

// ---- actions ----
let noticeSeq = 0;

export const setSim = (patch: Partial<SimSlice>): void => useStore.setState(patch);
export const setLens = (lens: LensId): void => useStore.setState({ lens });
export const select = (selection: Selection, by: 'reader' | 'lesson' = 'reader'): void => useStore.setState({ selection, selectionBy: by });
export const setLang = (lang: Lang): void => useStore.setState({ lang });
export const setSheet = (sheet: UiSlice['sheet']): void => useStore.setState({ sheet });
export const setTheme = (theme: ThemeName): void => useStore.setState({ theme });
export const setUi = (patch: Partial<UiSlice>): void => useStore.setState(patch);

// ---- commands: the one way a view asks the engine for a change ----
export type CommandResult = { ok: true } | { ok: false; reason: Message };
type CommandSink = (command: CommandInput) => Promise<CommandResult>;
let commandSink: CommandSink | null = null;

/** Boot wires the simulation client in here (the store imports no client, so no cycle). */
export function connectCommands(sink: CommandSink | null): void {
  commandSink = sink;
}

/**
 * Send a command to the engine. Accepted commands are logged (replayed on step-back,
 * shared in links); refused ones come back with a translated reason, already shown as a
 * notice. Views call this, never the client directly.
 */
export function sendCommand(command: CommandInput): Promise<CommandResult> {
  if (commandSink === null) return Promise.resolve({ ok: false, reason: { key: 'reason.notLoaded' } });
  return commandSink(command);
}

/**
 * The world on screen is about to be replaced by one from `origin` (simClient's load,
 * restore and reset call this, so every way of loading a world does): keep it when it
 * holds the person's work, and start the new one unchanged.
 */
export function worldReplaced(origin: WorldOrigin): void {
  const s = useStore.getState();
  useStore.setState({ keptWorld: keptAfterReplace(s, s.keptWorld), origin, changed: false });
}

/** Hand over the kept world (to rebuild it) and forget it; null when none is kept. */
export function takeKeptWorld(): KeptWorld | null {
  const kept = useStore.getState().keptWorld;
  useStore.setState({ keptWorld: null });
  return kept;
}

export function addNotice(level: Notice['level'], message: Message): void {
  noticeSeq += 1;
  const notices = withNotice(useStore.getState().notices, { id: noticeSeq, level, message });
  useStore.setState({ notices });
}

// ---- lecture slice (tours, shortcuts, dialogs, blackout): added for the lecture issue ----
/** The running tour: which tour and which step (0-based). */
export interface TourPos {
  id: string;
  step: number;
  /** The step's task is done (or it has none that this build can check). */
  done: boolean;
  /** The step's own lens or preset is missing, so its fallback is shown. */
  degraded: boolean;
}
export type DialogName = 'help' | 'tours' | 'share' | 'embed' | 'editor' | 'export' | 'notes' | 'lesson' | null;
export interface LectureSlice {
  tour: TourPos | null;
  /** Single-key shortcuts on/off (`keys=0` in the URL, or the help dialog). */
  shortcuts: boolean;
  dialog: DialogName;
  blackout: boolean;
  /** The instruction whose path the reader stepped to its end in the Techniques stepper, since the tour step opened. */
  pathEnd: Instr | null;
}
useStore.setState({ tour: null, shortcuts: true, dialog: null, blackout: false, pathEnd: null } as Partial<AppState>);
const lecture = (s: AppState): LectureSlice => s as unknown as LectureSlice;
export const selectTour = (s: AppState): TourPos | null => lecture(s).tour ?? null;
export const selectShortcuts = (s: AppState): boolean => lecture(s).shortcuts ?? true;
export const selectDialog = (s: AppState): DialogName => lecture(s).dialog ?? null;
export const selectBlackout = (s: AppState): boolean => lecture(s).blackout ?? false;
export const setLecture = (patch: Partial<LectureSlice>): void => useStore.setState(patch as Partial<AppState>);
export const getLecture = (): LectureSlice => lecture(useStore.getState());
/** The Techniques stepper reached the last step of an instruction's path (a tour step may wait for it). */
export function notePathEnd(instr: Instr): void {
  if (lecture(useStore.getState()).pathEnd !== instr) setLecture({ pathEnd: instr });
}

export function dismissNotice(id: number): void {
  useStore.setState({ notices: useStore.getState().notices.filter((n) => n.id !== id) });
}

// ---- classroom slice (own lessons, concept checks, lecture tools): added for the classroom issue ----
/** A lecture tool drawn over the app: the spotlight, the laser pointer or the pen. */
export type ToolName = 'spotlight' | 'pointer' | 'pen';
export interface TimerState {
  /** Length chosen, in ms. */
  totalMs: number;
  /** Time left when last paused or started, in ms. */
  leftMs: number;
  /** performance.now() when it was last started, or null while paused. */
  startedAt: number | null;
}
export interface ClassroomSlice {
  /** The author's own lesson (from the lesson editor, a file or a link). */
  ownLesson: Lesson | null;
  /** The lesson being edited (kept while the editor is closed to set up the next view). */
  lessonDraft: Lesson | null;
  tool: ToolName | null;
  timer: TimerState | null;
  /** The concept-check panel is open. */
  checks: boolean;
  /** Bumped to clear the annotation (on every lesson step, lens change or reset). */
  inkEpoch: number;
  /** The pen has been used in this visit (its layer then stays, so its ink can be cleared). */
  penUsed: boolean;
  /** The service worker: everything precached (works offline), an update waiting, or none. */
  offline: 'pending' | 'ready' | 'update' | 'unavailable';
}
useStore.setState({ ownLesson: null, lessonDraft: null, tool: null, timer: null, checks: false, inkEpoch: 0, penUsed: false, offline: 'pending' } as Partial<AppState>);
const classroom = (s: AppState): ClassroomSlice => s as unknown as ClassroomSlice;
export const selectOwnLesson = (s: AppState): Lesson | null => classroom(s).ownLesson ?? null;
export const selectLessonDraft = (s: AppState): Lesson | null => classroom(s).lessonDraft ?? null;
export const selectTool = (s: AppState): ToolName | null => classroom(s).tool ?? null;
export const selectTimer = (s: AppState): TimerState | null => classroom(s).timer ?? null;
export const selectChecksOpen = (s: AppState): boolean => classroom(s).checks ?? false;
export const selectOffline = (s: AppState): ClassroomSlice['offline'] => classroom(s).offline ?? 'pending';
export const selectPenUsed = (s: AppState): boolean => classroom(s).penUsed ?? false;
export const selectInkEpoch = (s: AppState): number => classroom(s).inkEpoch ?? 0;
export const setClassroom = (patch: Partial<ClassroomSlice>): void => useStore.setState(patch as Partial<AppState>);
export const getClassroom = (): ClassroomSlice => classroom(useStore.getState());
export const clearInk = (): void => setClassroom({ inkEpoch: getClassroom().inkEpoch + 1 });

/** The state the app starts with, every slice above included. */
const initialState = useStore.getState();

/** Back to the state the app starts with (unit tests that change the store call it when they end). */
export function resetStore(): void {
  useStore.setState(initialState, true);
}
