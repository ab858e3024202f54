// Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) next to each text asset of the web build,
// for @fastify/static's `preCompressed` (src/server/platform/http/web-app.ts): the strongest compression, paid once
// at build time instead of on every request. Used by the Vite build (vite.config.ts) and runnable on its own:
// `node scripts/precompress.mjs [dir]` (default dist/web/assets).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text assets worth compressing (source maps are fetched by developer tools only: left alone). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt|xml|webmanifest)$/i;
/** Below this a compressed copy saves less than a packet. */
export const MIN_BYTES = 1024;

/**
 * Compresses every compressible file of `dir` (not recursive) that is at least MIN_BYTES long. A compressed copy
 * that is not smaller than the file is not written. Returns the files written with their sizes.
 */
export async function precompressDir(dir) {
  const names = await readdir(dir);
  const written = [];
  await Promise.all(
    names
      .filter((name) => COMPRESSIBLE.test(name))
      .map(async (name) => {
        const path = join(dir, name);
        if (!(await stat(path)).isFile()) return;
        const content = await readFile(path);
        if (content.length < MIN_BYTES) return;
        const [br, gzipped] = await Promise.all([
          brotli(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
          gz(content, { level: 9 }),
        ]);
        for (const [ext, data] of [
          ['.br', br],
          ['.gz', gzipped],
        ]) {
          if (data.length >= content.length) continue;
          await writeFile(path + ext, data);
          written.push({ file: name + ext, bytes: data.length, original: content.length });
        }
      }),
  );
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist/web/assets';
  const written = await precompressDir(dir);
  console.log(`precompressed ${written.length} files in ${dir}`);
}
