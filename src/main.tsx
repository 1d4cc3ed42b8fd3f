/**
 * The entry. index.html already shows the page's shell (header, tabs, an empty lens frame
 * of the final size) and the stylesheet below is render-blocking, so the browser can
 * present that shell before any of the app's code runs. This module waits for that frame,
 * then loads the app (start.tsx); a page that draws no frames (a hidden tab, an offscreen
 * embed) starts after a short timeout instead. Inside a host page it first starts holding
 * the host's messages for the postMessage API (embed/heldMessages.ts).
 */
import './theme/tokens.css';
import './ui/app.css';
import { holdHostMessages } from './embed/heldMessages';
import { startWorkerEarly } from './client/workerSpawn';

// The simulation worker loads its code while the app loads (client/workerSpawn.ts).
startWorkerEarly();

// Inside a host page, commands may come before the app's code: hold them for the API.
if (window.parent !== window) holdHostMessages();

const shellShown = new Promise<void>((resolve) => {
  const go = (): void => resolve();
  requestAnimationFrame(() => setTimeout(go, 0));
  setTimeout(go, 100);
});
void shellShown.then(() => import('./start'));
