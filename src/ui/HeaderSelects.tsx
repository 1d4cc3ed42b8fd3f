/**
 * The header's three selects: the scenario picker, the language and the theme. One
 * component each, so the wide header and the phone's menu show the very same controls
 * (same handlers, same test ids), never a copy that could drift.
 */
import { changeLanguage, useT } from '../i18n';
import { selectLang, selectPresetIds, selectScenarioFile, selectScenarioId, selectTheme, setTheme, useStore, type Lang, type ThemeName } from '../store';

const THEMES: ThemeName[] = ['default', 'projector', 'contrast'];

/** `labelHidden`: the word "Scenario" stays the picker's accessible name, out of sight. */
export function ScenarioSelect({ labelHidden = false }: { labelHidden?: boolean }) {
  const t = useT();
  const scenarioId = useStore(selectScenarioId);
  const scenarioFile = useStore(selectScenarioFile);
  const presetIds = useStore(selectPresetIds);
  return (
    <label className="scenario-select">
      <span className={labelHidden ? 'visually-hidden' : undefined}>{t('header.scenario')}</span>
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
  );
}

export function LanguageSelect() {
  const t = useT();
  const lang = useStore(selectLang);
  return (
    <label>
      <span>{t('header.language')}</span>
      <select data-testid="lang" value={lang} onChange={(e) => void changeLanguage(e.target.value as Lang)}>
        <option value="ko">한국어</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}

export function ThemeSelect() {
  const t = useT();
  const theme = useStore(selectTheme);
  return (
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
  );
}
