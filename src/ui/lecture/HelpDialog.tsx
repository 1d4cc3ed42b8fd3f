/**
 * The "?" dialog: every shortcut with what it does (from the same list the handler
 * uses), and the switch that turns single-key shortcuts off (for screen-reader users
 * and for pages that need their own keys).
 */
import { useT } from '../../i18n';
import { selectShortcuts, setLecture, useStore } from '../../store';
import { Dialog } from './Dialog';
import { SHORTCUTS, TOOL_KEYS } from './shortcuts';

export function HelpDialog() {
  const t = useT();
  const on = useStore(selectShortcuts);
  return (
    <Dialog name="help" title={t('lecture.help.title')}>
      <table className="keys-table">
        <thead>
          <tr>
            <th scope="col">{t('lecture.help.key')}</th>
            <th scope="col">{t('lecture.help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                <kbd>{s.label}</kbd>
              </td>
              <td>{t(`lecture.key.${s.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('tools.keysTitle')}</h3>
      <table className="keys-table" data-testid="tool-keys">
        <tbody>
          {TOOL_KEYS.map((k) => (
            <tr key={k.what}>
              <td>
                <kbd>{k.label}</kbd>
              </td>
              <td>{t(`tools.key.${k.what}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('lecture.help.focus')}</p>
      <label className="check">
        <input type="checkbox" data-testid="shortcuts-toggle" checked={on} onChange={(e) => setLecture({ shortcuts: e.target.checked })} />
        {t('lecture.help.enable')}
      </label>
    </Dialog>
  );
}
