// Vite build: relative base so the same build works from any sub-path of any static
// host; lenses other than Overview are split into their own chunks by dynamic import.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 700 },
});
