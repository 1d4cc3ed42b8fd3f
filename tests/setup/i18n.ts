/**
 * Unit-test setup: the app loads one language's catalogue on demand; tests that translate
 * (or check catalogue parity) need both, loaded once before any test runs.
 */
import { loadLanguage } from '../../src/i18n';

await Promise.all([loadLanguage('en'), loadLanguage('ko')]);
