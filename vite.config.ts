// Vite build: relative base so the same build works from any sub-path of any static
// host; lenses other than Overview are split into their own chunks by dynamic import.
// The production page carries a strict Content-Security-Policy (no inline script, no
// eval); the dev server does not, because React Fast Refresh injects an inline preamble.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    // The engine is pure (house rule 1): a module of it that nothing uses can be dropped
    // whole, so the main thread ships only the engine parts it calls (presets, parsing).
    rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !id.includes('/src/engine/') } },
  },
});
