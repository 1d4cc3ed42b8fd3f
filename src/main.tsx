/**
 * The entry: paint and boot in parallel. index.html already shows the page's shell (header,
 * tabs, an empty lens frame of the final size) before any script runs. This module holds
 * only React and the app's own shell; it asks at once for the boot code (URL parameters,
 * the simulation client, lecture tools) and for the catalogue of the language the page
 * will most likely use, and renders the app when both are here.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { guessLang, loadLanguage } from './i18n';
import { App } from './ui/App';
import './theme/tokens.css';
import './ui/app.css';

const search = window.location.search;
const languages = navigator.languages;
const words = loadLanguage(guessLang(search, languages));

void import('./boot').then(async ({ boot }) => {
  const params = boot(search, languages);
  await Promise.all([words, loadLanguage(params.lang)]);
  const root = document.getElementById('root');
  if (root === null) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
