import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/**
 * A web feature's public entry (`features/<f>/index.ts`) only re-exports: told so, the bundler links each importer
 * straight to the modules it uses, and the eager first screen does not pull every page's parts through them.
 */
const featureEntry = /\/src\/web\/features\/[^/]+\/index\.ts$/;

/**
 * The web app lives in src/web and is built into dist/web, which the server serves with an SPA fallback.
 * Vitest's `web` project extends this file; under Vitest (mode `test`) the root stays at the repository so the
 * project's `src/web/**` include patterns resolve.
 */
export default defineConfig(({ mode }) => ({
  root: mode === 'test' ? undefined : webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
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
