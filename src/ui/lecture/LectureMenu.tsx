/**
 * The header's lecture buttons: tours, share (link + QR), embed, scenario editor,
 * export, and keyboard help. Each opens a dialog through the store. The same list
 * stands in the wide header and inside the phone's Menu (`onPick` lets the menu close
 * and hand focus back to its button first, so the dialog returns focus there).
 */
import { useT } from '../../i18n';
import { setLecture, type DialogName } from '../../store';

const ITEMS: { dialog: NonNullable<DialogName>; icon: string }[] = [
  { dialog: 'tours', icon: '▶' },
  { dialog: 'share', icon: '⇪' },
  { dialog: 'embed', icon: '</>' },
  { dialog: 'editor', icon: '✎' },
  { dialog: 'export', icon: '⤓' },
  { dialog: 'help', icon: '?' },
];

export function LectureMenu({ onPick }: { onPick?: () => void }) {
  const t = useT();
  return (
    <nav className="lecture-menu" aria-label={t('lecture.menu')}>
      {ITEMS.map((it) => (
        <button
          key={it.dialog}
          type="button"
          data-testid={`open-${it.dialog}`}
          onClick={() => {
            onPick?.();
            setLecture({ dialog: it.dialog });
          }}
        >
          <span aria-hidden="true">{it.icon}</span> {t(`lecture.open.${it.dialog}`)}
        </button>
      ))}
    </nav>
  );
}
