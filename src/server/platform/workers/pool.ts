import { availableParallelism } from 'node:os';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';

type Answer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string }
  | { id: number; chunk: Uint8Array };
interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
  /** a streaming task's next piece of output */
  chunk?(bytes: Uint8Array): void;
}
interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

const WORKER_URL = new URL('./task-worker.mjs', import.meta.url);
const SIZE = Math.max(1, Math.min(2, availableParallelism()));
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
    if ('chunk' in answer) {
      p.chunk?.(answer.chunk);
      return;
    }
    entry.pending.delete(answer.id);
    if (entry.pending.size === 0) worker.unref();
    if (answer.ok) p.resolve(answer.value);
    else p.reject(new Error(`worker task failed: ${answer.error}`));
  });
  const fail = (err: Error) => {
    const i = workers.indexOf(entry);
    if (i >= 0) workers.splice(i, 1);
    for (const p of entry.pending.values()) p.reject(err);
    entry.pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
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
 * Calls `fn` of the TypeScript module at `module` (a file URL) in a small pool of long-lived worker threads
 * (task-worker.mjs), so that CPU-heavy work (laying out a PDF, writing a workbook) never blocks other requests.
 * Arguments and the result cross a thread: plain data only (structured clone); a Buffer result comes back as a
 * Buffer. Started on first use; idle workers do not keep the process alive.
 */
export function runOffThread<T>(module: URL, fn: string, ...args: unknown[]): Promise<T> {
  const w = pick();
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    w.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    w.worker.ref(); // keep the process alive while a task runs
    w.worker.postMessage({ id, module: module.href, fn, args });
  });
}

/** A Buffer from what a worker task returned (a Buffer crosses the thread as a Uint8Array). */
export function asBuffer(value: Uint8Array): Buffer {
  return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

/**
 * Runs `fn(out, ...args)` of the TypeScript module at `module` in the worker pool, where `out` is a Writable the task
 * writes its output to (and ends, or it is ended when `fn` returns); the output arrives here as a Readable, piece by
 * piece, so that a large file is never held whole by either thread. The worker writes ahead of the reader by at
 * most a few pieces (each piece is acknowledged when the reader takes it). Resolves once the first piece has
 * arrived (or the task ended without output), so that a task failing at once rejects before any response is sent;
 * a failure later destroys the stream. Destroying the stream (a client that went away) cancels the task's output.
 */
export function streamOffThread(module: URL, fn: string, ...args: unknown[]): Promise<Readable> {
  const w = pick();
  const id = nextId++;
  let owed = 0;
  const ack = () => w.worker.postMessage({ ack: id });
  const output = new Readable({
    read() {
      for (; owed > 0; owed--) ack();
    },
    destroy(err, callback) {
      if (w.pending.delete(id)) {
        w.worker.postMessage({ cancel: id });
        if (w.pending.size === 0) w.worker.unref();
      }
      callback(err);
    },
  });
  return new Promise<Readable>((resolve, reject) => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      resolve(output);
    };
    w.pending.set(id, {
      chunk(bytes) {
        if (output.push(asBuffer(bytes))) ack();
        else owed++;
        start();
      },
      resolve() {
        output.push(null);
        start();
      },
      reject(err) {
        if (started) output.destroy(err);
        else reject(err);
      },
    });
    w.worker.ref();
    w.worker.postMessage({ id, module: module.href, fn, args, stream: true });
  });
}
