// Vite build: relative base so the same build works from any sub-path of any static
// host; lenses other than Overview are split into their own chunks by dynamic import.
// The production page carries a strict Content-Security-Policy (no inline script, no
// eval); the dev server does not, because React Fast Refresh injects an inline preamble.
// A service worker (vite-plugin-pwa / Workbox) precaches the whole build, so after one
// visit every lens works offline from whatever sub-path the build is served at; the
// app registers it itself (src/offline) and offers updates, never forcing one.
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'virtlab-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

const PRESETS_MODULE = /[\\/]src[\\/]engine[\\/]scenario[\\/]presets[\\/]index\.ts$/;

/**
 * The built page's presets are parsed at build time: the build runs the preset catalogue
 * (src/engine/scenario/presets) through the same zod schema the app uses and ships the
 * parsed scenarios as data, so the page's first screen loads no zod (a preset the schema
 * refuses fails the build). The ids come from the same small module either way.
 */
function presetsParsedAtBuild(): Plugin {
  return {
    name: 'virtlab-presets-parsed-at-build',
    apply: 'build',
    async load(id) {
      if (!PRESETS_MODULE.test(id)) return null;
      const { module } = await runnerImport<typeof import('./src/engine/scenario/presets')>(id);
      const parsed = Object.fromEntries(module.PRESET_IDS.map((p) => [p, module.presets[p]]));
      return [
        "export { DEFAULT_PRESET, isPresetId, PRESET_IDS } from './ids';",
        `export const presets = Object.freeze(JSON.parse(${JSON.stringify(JSON.stringify(parsed))}));`,
      ].join('\n');
    },
  };
}

/**
 * `vite preview` (the server of the e2e tests and the benchmark) serves the build's
 * content-hashed files (assets/, whose names change with their content) as immutable, the
 * way a static host should: a page that loads one again takes it from the browser's cache
 * without asking the server. index.html, the service worker and the manifest are asked for
 * each time. A test that routes requests (page.route) still sees them all: routing turns the
 * browser's cache off.
 */
function immutableAssets(): Plugin {
  return {
    name: 'virtlab-immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (/\/assets\/[^/?]+-[\w-]{8}\.\w+(\?|$)/.test(req.url ?? '')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        next();
      });
    },
  };
}

const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifestFilename: 'manifest.webmanifest',
  includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
  manifest: {
    name: 'VirtLab: watch virtualization run',
    short_name: 'VirtLab',
    description: 'An interactive lab that teaches virtualization by letting people watch it run: VMs, vCPUs, hypervisors, memory, storage, networks and containers, simulated live.',
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f6f7f9',
    theme_color: '#1f5fbf',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    // Links carry their state in the query (?scenario=…, ?state=…, ?lesson=…): the same
    // precached page answers them all, and any other navigation falls back to it,
    // except the example host page, which is a page of its own.
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/embed-example\.html/],
    cleanupOutdatedCaches: true,
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  },
});

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), presetsParsedAtBuild(), immutableAssets(), pwa],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    // One stylesheet, render-blocking in index.html: the static shell is drawn with every
    // rule the app will use, so nothing it shows moves when the app's code arrives.
    cssCodeSplit: false,
    // The engine is pure (house rule 1): a module of it that nothing uses can be dropped
    // whole, so the main thread ships only the engine parts it calls (presets, parsing).
    // The one exception is engine/zod.ts, whose whole point is a side effect: it turns
    // zod's JIT (eval) off before any schema is built, for the strict CSP.
    rollupOptions: {
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/src/engine/') || /[\\/]src[\\/]engine[\\/]zod\.ts$/.test(id) },
      // The words boot waits for (a language's core catalogue and its shell ones) are one
      // file: 20 requests cost the browser more than their bytes. A lens catalogue
      // (i18n/lenses/) is a file of its own, fetched when its lens opens or after first paint.
      output: {
        codeSplitting: {
          groups: [
            { name: 'lang-en', test: /[\\/]src[\\/]i18n[\\/](shell[\\/][\w-]+\.)?en\.ts$/ },
            { name: 'lang-ko', test: /[\\/]src[\\/]i18n[\\/](shell[\\/][\w-]+\.)?ko\.ts$/ },
          ],
        },
      },
    },
  },
});
