// Runs CPU-heavy tasks (PDF rendering, workbook writing) off the event loop, in a worker thread of pool.ts. The
// tasks are TypeScript modules: a worker inherits neither the `tsx` loader of the server (`node --import tsx`) nor
// vitest's transform, so this plain .mjs file registers tsx (a runtime dependency) itself before it loads them.
// Messages: { id, module, fn, args } → { id, ok: true, value } | { id, ok: false, error }.
// `module` is a file URL chosen by the server's code (never by a request).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();

parentPort.on('message', async ({ id, module, fn, args }) => {
  try {
    const mod = await import(module);
    let value = await mod[fn](...args);
    if (Buffer.isBuffer(value)) value = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    parentPort.postMessage({ id, ok: true, value });
  } catch (err) {
    parentPort.postMessage({
      id,
      ok: false,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
  }
});
