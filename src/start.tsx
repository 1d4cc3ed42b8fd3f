/**
 * The app, loaded by the entry (main.tsx) once index.html's shell has painted. It holds
 * React and the app's own shell; it asks at once for the boot code (URL parameters, the
 * simulation client, lecture tools) and for the catalogue of the language the page will
 * most likely use, and renders the app when both are here.
 */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { guessLang, loadLanguage } from './i18n';
import { App } from './ui/App';
import { PartBoundary } from './ui/PartBoundary';

const search = window.location.search;
const languages = navigator.languages;
const words = loadLanguage(guessLang(search, languages));

void import('./boot').then(async ({ boot }) => {
  const params = await boot(search, languages);
  await Promise.all([words, loadLanguage(params.lang)]);
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
});
