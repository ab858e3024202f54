// @ts-check
/**
 * The embedded database's thread (issue 13 §3): PGlite runs its queries synchronously in WebAssembly, so on the main
 * thread one slow statement froze every request. This worker owns the one PGlite instance; the main thread talks to
 * it through `pglite-proxy.ts`, which also keeps transactions exclusive (PGlite is one session).
 *
 * Plain JavaScript on purpose: a worker thread starts without the TypeScript loader of the main thread (tsx under
 * `npm start`, Vite under Vitest), and this file is small.
 *
 * Messages in:  { id, op: 'query', sql, params, rowMode, rawTypes } | { id, op: 'exec', sql }
 *               | { id, op: 'dump', compression } | { id, op: 'close' }
 * Messages out: { type: 'ready' } | { type: 'failed', error } once at start; then { id, ok: true, result }
 *               | { id, ok: false, error } per message, in the order received.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

if (!parentPort) throw new Error('pglite-worker.mjs runs as a worker thread only');
const port = parentPort;

/** @param {string} value */
const raw = (value) => value;

/**
 * An error as plain data: the message, the stack and every primitive own property (PostgreSQL's `code`,
 * `constraint`, `detail`, …), so that the main thread can rebuild it with the same fields.
 * @param {unknown} err
 */
function serialiseError(err) {
  if (!(err instanceof Error)) return { message: String(err), name: 'Error', props: {} };
  /** @type {Record<string, string | number | boolean | null>} */
  const props = {};
  for (const [key, value] of Object.entries(err)) {
    const t = typeof value;
    if (value === null || t === 'string' || t === 'number' || t === 'boolean') props[key] = value;
  }
  return { message: err.message, name: err.name, stack: err.stack, props };
}

/** @type {PGlite} */
let db;
try {
  const { dataDir, loadDataDir } = workerData ?? {};
  db = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir: new Blob([loadDataDir]) } : {}),
    extensions: { pg_trgm },
  });
  port.postMessage({ type: 'ready' });
} catch (err) {
  port.postMessage({ type: 'failed', error: serialiseError(err) });
  port.close();
}

/**
 * @param {any} msg
 * @returns {Promise<{ result: unknown, transfer?: ArrayBuffer[] }>}
 */
async function run(msg) {
  switch (msg.op) {
    case 'query': {
      /** @type {Record<number, (value: string) => unknown>} */
      const parsers = {};
      for (const oid of msg.rawTypes ?? []) parsers[oid] = raw;
      const r = await db.query(msg.sql, msg.params ?? [], { rowMode: msg.rowMode ?? 'object', parsers });
      return { result: { rows: r.rows, fields: r.fields, affectedRows: r.affectedRows } };
    }
    case 'exec': {
      const results = await db.exec(msg.sql);
      return {
        result: results.map((r) => ({ rows: r.rows, fields: r.fields, affectedRows: r.affectedRows })),
      };
    }
    case 'dump': {
      const file = await db.dumpDataDir(msg.compression);
      const buffer = await file.arrayBuffer();
      return { result: buffer, transfer: [buffer] };
    }
    case 'close':
      await db.close();
      return { result: null };
    default:
      throw new Error(`unknown operation ${String(msg.op)}`);
  }
}

// One message at a time, in the order received: the main thread relies on this order for its transactions.
let queue = Promise.resolve();
port.on('message', (msg) => {
  queue = queue.then(async () => {
    try {
      const { result, transfer } = await run(msg);
      port.postMessage({ id: msg.id, ok: true, result }, transfer ?? []);
    } catch (err) {
      port.postMessage({ id: msg.id, ok: false, error: serialiseError(err) });
    }
    if (msg.op === 'close') port.close();
  });
});
