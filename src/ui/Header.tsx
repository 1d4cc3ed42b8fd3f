/**
 * The header: product name, scenario picker, lecture tools, language and theme. On a
 * wide screen everything stands in view, as before. On a phone or tablet (the
 * workspace's one-column breakpoint) the title row holds the name and one Menu button
 * (the lecture tools, language and theme, see HeaderMenu) and the scenario picker keeps
 * its own row, so the lens starts high on the screen.
 */
import { useT } from '../i18n';
import { HeaderMenu } from './HeaderMenu';
import { LanguageSelect, ScenarioSelect, ThemeSelect } from './HeaderSelects';
import { LectureMenu } from './lecture/LectureMenu';
import { useWideLayout } from './lecture/ClassroomBar';
import { OfflineStatus } from './offline/OfflineStatus';
import { useMediaQuery } from './useMediaQuery';
import './headerMenu.css';

/** A short screen (a phone on its side): the header is one row (headerMenu.css), the picker without its word. */
const SHORT = '(max-width: 900px) and (max-height: 500px)';

export function Header() {
  const t = useT();
  const wide = useWideLayout();
  const short = useMediaQuery(SHORT);
  return (
    <header className={wide ? 'app-header' : 'app-header app-header-compact'}>
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ▦
        </span>
        <h1>{t('app.title')}</h1>
        <span className="tagline">{t('app.tagline')}</span>
        <OfflineStatus />
      </div>
      {wide ? <LectureMenu /> : <HeaderMenu />}
      <div className="header-controls">
        <ScenarioSelect labelHidden={short} />
        {wide && <LanguageSelect />}
        {wide && <ThemeSelect />}
      </div>
    </header>
  );
}
