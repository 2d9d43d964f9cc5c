import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (file: string): string =>
  fileURLToPath(new URL(`./renderer/${file}`, import.meta.url));

// The renderer: one build for the Electron window and the browser edition.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 4000,
    // The app, and the headless export page that the CLI and the hidden export window load.
    rollupOptions: { input: { index: page('index.html'), export: page('export.html') } },
  },
  server: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
  },
  preview: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
  },
});
