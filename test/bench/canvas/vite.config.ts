import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The canvas benchmark's page (the real editor canvas, or a bare React Flow canvas, on a
// generated map), built into dist/bench-pages by test/bench/canvas/driver.ts and by the
// canvas e2e test; never part of the app's build. The render probe is on in this build only.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [react()],
  logLevel: 'warn',
  define: { 'import.meta.env.VITE_RENDER_PROBE': JSON.stringify('on') },
  build: {
    outDir: fileURLToPath(new URL('../../../dist/bench-pages', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    // BENCH_MINIFY=off keeps function names for profiling the page.
    minify: process.env.BENCH_MINIFY !== 'off',
    chunkSizeWarningLimit: 4000,
  },
});
