/**
 * Everything the lecture features add on top of the app shell: the open dialog, the
 * blackout cover and the keyboard shortcuts. Mounted once by App.
 */
import { selectDialog, useStore } from '../../store';
import { Blackout } from './Blackout';
import { EditorDialog } from './EditorDialog';
import { EmbedDialog } from './EmbedDialog';
import { ExportDialog } from './ExportDialog';
import { HelpDialog } from './HelpDialog';
import { ShareDialog } from './ShareDialog';
import { ToursDialog } from './ToursDialog';
import { useShortcuts } from './useShortcuts';
import './lecture.css';

function OpenDialog() {
  const dialog = useStore(selectDialog);
  switch (dialog) {
    case 'help':
      return <HelpDialog />;
    case 'tours':
      return <ToursDialog />;
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
  return (
    <>
      <OpenDialog />
      <Blackout />
    </>
  );
}
