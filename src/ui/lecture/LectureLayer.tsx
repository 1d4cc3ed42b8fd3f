/**
 * Everything the lecture features add on top of the app shell: the open dialog, the
 * spotlight and pointer, the countdown timer, the blackout cover and the keyboard
 * shortcuts. Mounted once by App; each dialog's code
 * is fetched the first time it opens.
 */
import { lazyPart } from '../../views/shared/lazyPart';
import { selectDialog, useStore } from '../../store';
import { selectTimer, selectTool } from '../../store';
import { Blackout } from './Blackout';
import { useShortcuts } from './useShortcuts';
import './lecture.css';

// Dialogs load on first use (QR codes, compression, the editor), keeping the first
// download small: a student opening a link needs none of them.
const EditorDialog = lazyPart(() => import('./EditorDialog').then((m) => ({ default: m.EditorDialog })));
const EmbedDialog = lazyPart(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));
const ExportDialog = lazyPart(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));
const HelpDialog = lazyPart(() => import('./HelpDialog').then((m) => ({ default: m.HelpDialog })));
const ShareDialog = lazyPart(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));
const LessonsDialog = lazyPart(() => import('../lessons/LessonsDialog').then((m) => ({ default: m.LessonsDialog })));
const LessonEditor = lazyPart(() => import('../lessons/LessonEditor').then((m) => ({ default: m.LessonEditor })));
// The room tools load the first time they are used.
const Spotlight = lazyPart(() => import('./Spotlight').then((m) => ({ default: m.Spotlight })));
const Timer = lazyPart(() => import('./Timer').then((m) => ({ default: m.Timer })));
const NotesDialog = lazyPart(() => import('../notes/NotesDialog').then((m) => ({ default: m.NotesDialog })));

function OpenDialog() {
  const dialog = useStore(selectDialog);
  switch (dialog) {
    case 'help':
      return <HelpDialog />;
    case 'tours':
      return <LessonsDialog />;
    case 'lesson':
      return <LessonEditor />;
    case 'notes':
      return <NotesDialog />;
    case 'share':
      return <ShareDialog />;
    case 'embed':
      return <EmbedDialog />;
    case 'editor':
      return <EditorDialog />;
    case 'export':
      return <ExportDialog />;
    case null:
      return null;
  }
}

export function LectureLayer() {
  useShortcuts();
  const tool = useStore(selectTool);
  const timer = useStore(selectTimer);
  return (
    <>
      <OpenDialog />
      {tool !== null && <Spotlight />}
      {timer !== null && <Timer />}
      <Blackout />
      {/* The shortcuts listen from here on: a key pressed before this loaded did nothing (tests wait for it). */}
      <span data-testid="keys-ready" hidden />
    </>
  );
}
