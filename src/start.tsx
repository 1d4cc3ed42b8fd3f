/**
 * The app, loaded by the entry (main.tsx) once index.html's shell has painted. It holds
 * React and the app's own shell; it asks at once for the boot code (URL parameters, the
 * simulation client, lecture tools) and for the words any screen shows in the language the
 * page will most likely use, and renders the app when those and the catalogues of the lens
 * it opens are here. The language's other catalogues follow once the app has painted.
 */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { guessLang, loadLanguage, loadWords } from './i18n';
import { lensWords } from './views/registry';
import { App } from './ui/App';
import { PartBoundary } from './ui/PartBoundary';

const search = window.location.search;
const languages = navigator.languages;
const words = loadWords(guessLang(search, languages), []);

void import('./boot').then(async ({ boot }) => {
  const params = await boot(search, languages);
  await Promise.all([words, loadWords(params.lang, lensWords(params.lens))]);
  const root = document.getElementById('root');
  if (root === null) return;
  // A transition: React renders the app in slices and lets the browser paint and answer
  // input between them (the shell stays on screen until the app commits).
  const app = createRoot(root);
  startTransition(() => {
    app.render(
      <StrictMode>
        <PartBoundary>
          <App />
        </PartBoundary>
      </StrictMode>,
    );
  });
  // The rest of the language, for the other lenses and the dialogs, once the app has painted.
  const later = (): void => void loadLanguage(params.lang).catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(later, { timeout: 2000 });
  else setTimeout(later, 500);
});
