import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompressDir } from './scripts/precompress.mjs';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/**
 * A web feature's public entry (`features/<f>/index.ts`) only re-exports: told so, the bundler links each importer
 * straight to the modules it uses, and the eager first screen does not pull every page's parts through them.
 */
const featureEntry = /\/src\/web\/features\/[^/]+\/index\.ts$/;

/** After the build: a `.br` and a `.gz` next to each asset, served by the server as they are (issue 12). */
const precompress = (): Plugin => ({
  name: 'kinerja-precompress',
  apply: 'build',
  async closeBundle() {
    await precompressDir(join(outDir, 'assets'));
  },
});

/**
 * The web app lives in src/web and is built into dist/web, which the server serves with an SPA fallback.
 * Vitest's `web` project extends this file; under Vitest (mode `test`) the root stays at the repository so the
 * project's `src/web/**` include patterns resolve.
 */
export default defineConfig(({ mode }) => ({
  root: mode === 'test' ? undefined : webRoot,
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    // which chunks each route needs: read by scripts/size-check.mjs
    manifest: true,
    chunkSizeWarningLimit: 700,
    rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !featureEntry.test(id) } },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
}));
