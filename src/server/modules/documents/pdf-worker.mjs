// Renders official documents (pdfmake) off the event loop, in a worker thread of pdf-pool.ts. The document
// definitions are TypeScript (src/server/modules/documents/*.ts): a worker inherits neither the `tsx` loader of
// the server (`node --import tsx`) nor vitest's transform, so this plain .mjs file registers tsx itself (a
// runtime dependency) before it loads them. Messages: { id, kind, args } → { id, ok: true, pdf } | { id, ok: false, error }.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { renderTask } = await import('./pdf-task.ts');

parentPort.on('message', async ({ id, kind, args }) => {
  try {
    const pdf = await renderTask(kind, args);
    parentPort.postMessage({ id, ok: true, pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) });
  } catch (err) {
    parentPort.postMessage({
      id,
      ok: false,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
  }
});
