#!/usr/bin/env node
// Size check of the sign-in route (issue 12): after `vite build`, the gzip size of every JavaScript file the
// sign-in page loads must stay at or under the budget, else exit 1 with the sizes per file. Run by CI after the
// typecheck (`npm run size` builds first). The files counted: the entry script and the modulepreload links of
// dist/web/index.html, the static imports of the entry in Vite's manifest (the same set, checked twice), and, if
// the sign-in page is ever split off the entry, its own chunk with its static imports.
//   node scripts/size-check.mjs [--limit-kb 250] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const LIMIT_KB = Number(flag('--limit-kb') ?? process.env.SIZE_LIMIT_KB ?? 250);
const LIMIT = LIMIT_KB * 1000;
const webDir = flag('--dir') ?? 'dist/web';
/** The sign-in page's module, as the manifest names it (relative to the Vite root, src/web). */
const LOGIN_SOURCES = ['features/auth/routes/LoginPage.tsx', 'features/auth/index.ts'];

const indexPath = join(webDir, 'index.html');
const manifestPath = join(webDir, '.vite', 'manifest.json');
if (!existsSync(indexPath) || !existsSync(manifestPath)) {
  console.error(`size check: ${indexPath} or ${manifestPath} is missing; run \`npm run build\` first.`);
  process.exit(2);
}

const html = readFileSync(indexPath, 'utf8');
/** @type {Record<string, {file: string, src?: string, isEntry?: boolean, imports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const files = new Set();
const css = new Set();
for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/?([^"]+\.js)"[^>]*>/g))
  files.add(m[1]);
for (const m of html.matchAll(/<link\b[^>]*?rel="stylesheet"[^>]*?href="\/?([^"]+\.css)"/g)) css.add(m[1]);

/** A chunk and its static imports, recursively (dynamic imports load later, on demand). */
function addWithImports(key, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return;
  seen.add(key);
  const chunk = manifest[key];
  files.add(chunk.file);
  for (const c of chunk.css ?? []) css.add(c);
  for (const imported of chunk.imports ?? []) addWithImports(imported, seen);
}
const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
if (entries.length === 0) {
  console.error('size check: the manifest names no entry chunk.');
  process.exit(2);
}
for (const key of entries) addWithImports(key);
for (const key of LOGIN_SOURCES) addWithImports(key);

const rows = [...files].map((file) => {
  const content = readFileSync(join(webDir, file));
  return {
    file,
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    br: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
rows.sort((a, b) => b.gzip - a.gzip);
const sum = (key) => rows.reduce((n, r) => n + r[key], 0);
const total = { raw: sum('raw'), gzip: sum('gzip'), br: sum('br') };
const cssGzip = [...css].reduce(
  (n, f) => n + gzipSync(readFileSync(join(webDir, f)), { level: 9 }).length,
  0,
);

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
if (args.includes('--json')) {
  console.log(JSON.stringify({ limit: LIMIT, files: rows, total, cssGzip }, null, 2));
} else {
  console.log(`JavaScript the sign-in route loads (${rows.length} files):`);
  console.log(`${'file'.padEnd(48)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
  for (const r of rows)
    console.log(
      `${r.file.padEnd(48)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} ${kb(r.br).padStart(10)}`,
    );
  console.log(
    `${'total'.padEnd(48)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)} ${kb(total.br).padStart(10)}`,
  );
  console.log(`(CSS, not in the budget: ${css.size} file(s), ${kb(cssGzip)} gzip)`);
}
if (total.gzip > LIMIT) {
  console.error(
    `\nsize check FAILED: the sign-in route loads ${kb(total.gzip)} of JavaScript (gzip), over the ${kb(LIMIT)} ` +
      'budget (issue 12). Load the new code on demand (React.lazy in src/web/app/router.tsx) or trim it.',
  );
  process.exit(1);
}
console.log(`\nsize check passed: ${kb(total.gzip)} gzip ≤ ${kb(LIMIT)}.`);
