/**
 * The header: product name, scenario picker, language and theme switches.
 */
import { changeLanguage, useT } from '../i18n';
import { LectureMenu } from './lecture/LectureMenu';
import { OfflineStatus } from './offline/OfflineStatus';
import { selectLang, selectPresetIds, selectScenarioFile, selectScenarioId, selectTheme, setTheme, useStore, type Lang, type ThemeName } from '../store';

const THEMES: ThemeName[] = ['default', 'projector', 'contrast'];

export function Header() {
  const t = useT();
  const lang = useStore(selectLang);
  const theme = useStore(selectTheme);
  const scenarioId = useStore(selectScenarioId);
  const scenarioFile = useStore(selectScenarioFile);
  const presetIds = useStore(selectPresetIds);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ▦
        </span>
        <h1>{t('app.title')}</h1>
        <span className="tagline">{t('app.tagline')}</span>
        <OfflineStatus />
      </div>
      <LectureMenu />
      <div className="header-controls">
        <label>
          <span>{t('header.scenario')}</span>
          <select
            data-testid="scenario"
            value={scenarioId}
            onChange={(e) => {
              const id = e.target.value;
              // The boot module (with the preset catalogue) is loaded by now: this resolves at once.
              void import('../boot').then((b) => b.loadPreset(id));
            }}
          >
            {scenarioId === 'custom' && <option value="custom">{scenarioFile === null ? t('header.customScenario') : t('header.customScenarioFile', { file: scenarioFile })}</option>}
            {presetIds.map((id) => (
              <option key={id} value={id}>
                {t(`preset.${id}.title`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('header.language')}</span>
          <select data-testid="lang" value={lang} onChange={(e) => void changeLanguage(e.target.value as Lang)}>
            <option value="ko">한국어</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          <span>{t('header.theme')}</span>
          <select data-testid="theme" value={theme} onChange={(e) => setTheme(e.target.value as ThemeName)}>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`theme.${th}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
