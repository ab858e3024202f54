import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PdfKind, PdfTasks } from './pdf-task.js';

type Answer = { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; error: string };
interface Pending {
  resolve(pdf: Buffer): void;
  reject(err: Error): void;
}
interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

const WORKER_URL = new URL('./pdf-worker.mjs', import.meta.url);
const SIZE = Math.max(1, Math.min(2, availableParallelism() - 1));
const workers: PoolWorker[] = [];
let nextId = 1;

function spawn(): PoolWorker {
  // execArgv []: the worker registers tsx itself, whether or not the server was started with --import tsx.
  const worker = new Worker(WORKER_URL, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 512 } });
  const entry: PoolWorker = { worker, pending: new Map() };
  worker.unref(); // an idle pool never keeps the process alive
  worker.on('message', (answer: Answer) => {
    const p = entry.pending.get(answer.id);
    if (!p) return;
    entry.pending.delete(answer.id);
    if (answer.ok) p.resolve(Buffer.from(answer.pdf.buffer, answer.pdf.byteOffset, answer.pdf.byteLength));
    else p.reject(new Error(`PDF rendering failed: ${answer.error}`));
  });
  const fail = (err: Error) => {
    const i = workers.indexOf(entry);
    if (i >= 0) workers.splice(i, 1);
    for (const p of entry.pending.values()) p.reject(err);
    entry.pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`PDF worker exited with code ${code}`)));
  return entry;
}

/** The least busy worker, starting a new one while the pool is not full. */
function pick(): PoolWorker {
  const idle = workers.find((w) => w.pending.size === 0);
  if (idle) return idle;
  if (workers.length < SIZE) {
    const w = spawn();
    workers.push(w);
    return w;
  }
  return workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
}

/**
 * Renders an official document in the PDF worker pool (pdf-worker.mjs), so that laying out a long document never
 * blocks other requests. A small pool of long-lived workers (fonts and modules loaded once), started on first use.
 */
export function renderOffThread<K extends PdfKind>(kind: K, ...args: PdfTasks[K]): Promise<Buffer> {
  const w = pick();
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    w.pending.set(id, { resolve, reject });
    w.worker.ref(); // keep the process alive while a document is being made
    const done = () => {
      if (w.pending.size === 0) w.worker.unref();
    };
    const entry = w.pending.get(id)!;
    w.pending.set(id, {
      resolve: (pdf) => {
        entry.resolve(pdf);
        done();
      },
      reject: (err) => {
        entry.reject(err);
        done();
      },
    });
    w.worker.postMessage({ id, kind, args });
  });
}
