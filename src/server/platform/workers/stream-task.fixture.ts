import type { Writable } from 'node:stream';

/** Test tasks for pool.test.ts: run in a worker thread of the pool. */

/**
 * Writes `pieces` pieces of `size` bytes (piece i filled with i % 256), respecting backpressure; the bytes written so
 * far are counted in `progress[0]` and `progress[1]` is set to 1 if the output was destroyed under it.
 */
export async function writePieces(out: Writable, pieces: number, size: number, progress?: Int32Array) {
  for (let i = 0; i < pieces; i++) {
    if (out.destroyed) {
      if (progress) Atomics.store(progress, 1, 1);
      return;
    }
    const ok = out.write(Buffer.alloc(size, i % 256));
    if (progress) Atomics.add(progress, 0, size);
    if (!ok)
      await new Promise<void>((resolve) => {
        const done = () => {
          out.off('drain', done);
          out.off('close', done);
          resolve();
        };
        out.on('drain', done);
        out.on('close', done);
      });
  }
  out.end();
}

export function failAtOnce(): Promise<void> {
  return Promise.reject(new Error('nothing to write'));
}

export async function failMidway(out: Writable) {
  await new Promise<void>((resolve) => out.write(Buffer.alloc(100 * 1024, 1), () => resolve()));
  throw new Error('broke after the first piece');
}
