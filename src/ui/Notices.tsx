/**
 * Notices: translated messages about things that were refused or went wrong (a bad URL
 * parameter, a rejected command, a restarted worker). User-supplied text is rendered
 * as text, never as markup.
 */
import { tMessage } from '../i18n';
import { dismissNotice, selectLang, selectNotices, useStore } from '../store';
import { useT } from '../i18n';

export function Notices() {
  const notices = useStore(selectNotices);
  const lang = useStore(selectLang);
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.level}`} data-testid="notice">
          <span>{tMessage(lang, n.message)}</span>
          <button type="button" onClick={() => dismissNotice(n.id)} aria-label={t('notice.dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
