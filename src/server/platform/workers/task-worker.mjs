// Runs CPU-heavy tasks (PDF rendering, workbook writing) off the event loop, in a worker thread of pool.ts. The
// tasks are TypeScript modules: a worker inherits neither the `tsx` loader of the server (`node --import tsx`) nor
// vitest's transform, so this plain .mjs file registers tsx (a runtime dependency) itself before it loads them.
// Messages: { id, module, fn, args } → { id, ok: true, value } | { id, ok: false, error }.
// A streaming task ({ …, stream: true }) is called as fn(out, ...args) with a Writable `out`; each piece written to
// it goes to the pool as { id, chunk } before the final answer; the pool acknowledges pieces with { ack: id } (at
// most WINDOW unacknowledged pieces of ~64 KB: the task waits for the reader) and may cancel with { cancel: id }.
// `module` is a file URL chosen by the server's code (never by a request).
import { Writable, finished } from 'node:stream';
import { promisify } from 'node:util';
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();

const WINDOW = 8;
/** The streaming tasks in progress, by id; the ids the pool cancelled (their answer is not sent). */
const streams = new Map();
const cancelled = new Set();
const whenFinished = promisify(finished);

/** Output is sent in pieces of about this size (the zip writer writes many tiny chunks). */
const PIECE_BYTES = 64 * 1024;

function outputFor(id) {
  let unacked = 0;
  let waiting;
  let held = [];
  let size = 0;
  const send = () => {
    if (size === 0) return;
    const piece = new Uint8Array(size);
    let at = 0;
    for (const chunk of held) {
      piece.set(chunk, at);
      at += chunk.byteLength;
    }
    held = [];
    size = 0;
    parentPort.postMessage({ id, chunk: piece }, [piece.buffer]);
    unacked++;
  };
  const out = new Writable({
    write(chunk, _encoding, callback) {
      held.push(chunk);
      size += chunk.byteLength;
      if (size < PIECE_BYTES) return callback();
      send();
      if (unacked < WINDOW) callback();
      else waiting = callback;
    },
    final(callback) {
      send();
      callback();
    },
    destroy(err, callback) {
      const blocked = waiting;
      waiting = undefined;
      held = [];
      callback(err);
      blocked?.();
    },
  });
  // a destroyed output is the task's business (it sees `destroyed`, or its writes fail): never the worker's crash
  out.on('error', () => undefined);
  streams.set(id, {
    out,
    ack() {
      unacked--;
      if (waiting && unacked < WINDOW) {
        const callback = waiting;
        waiting = undefined;
        callback();
      }
    },
  });
  if (cancelled.has(id)) out.destroy();
  return out;
}

parentPort.on('message', async (message) => {
  if (message.ack !== undefined) return streams.get(message.ack)?.ack();
  if (message.cancel !== undefined) {
    cancelled.add(message.cancel);
    streams.get(message.cancel)?.out.destroy();
    return;
  }
  const { id, module, fn, args, stream } = message;
  try {
    const mod = await import(module);
    if (stream) {
      const out = outputFor(id);
      await mod[fn](out, ...args);
      if (!out.writableEnded) out.end();
      await whenFinished(out);
      streams.delete(id);
      if (!cancelled.delete(id)) parentPort.postMessage({ id, ok: true, value: null });
      return;
    }
    let value = await mod[fn](...args);
    if (Buffer.isBuffer(value)) value = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    parentPort.postMessage({ id, ok: true, value });
  } catch (err) {
    streams.delete(id);
    if (cancelled.delete(id)) return; // the pool no longer waits for it
    parentPort.postMessage({
      id,
      ok: false,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
  }
});
