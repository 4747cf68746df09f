import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// `vite build --config src/web/vite.config.ts` bundles the browser app into dist/web/, which the
// server serves at /. Paths are absolute so the build works from any working directory.
export default defineConfig({
  root: fileURLToPath(new URL('./app/', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web/', import.meta.url)),
    emptyOutDir: true,
    // The app is served from loopback and has no CDN; one chunk keeps first render to one round trip.
    chunkSizeWarningLimit: 1024,
    modulePreload: { polyfill: false },
  },
});
