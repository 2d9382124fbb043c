import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The explorer is a static single-page app: `vite build --config web/vite.config.ts` writes
 * web/dist, which `communique serve` serves at `/` (src/server/web-root.ts). Relative asset
 * paths keep the build usable under any mount point; routes live in the hash (#/dyad/KAZ/MYS).
 */
export default defineConfig({
  root: here,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // echarts and cytoscape are split into their own chunks, loaded only by the pages that draw.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development, with `communique serve` on 3000.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
