import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { streamOffThread } from './pool.js';

const TASK = new URL('./stream-task.fixture.ts', import.meta.url);

async function collect(stream: Readable): Promise<Buffer[]> {
  const pieces: Buffer[] = [];
  for await (const piece of stream) pieces.push(piece as Buffer);
  return pieces;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('streamOffThread', () => {
  it('when a task writes 2 MB in small chunks, then it arrives whole, in order, in fewer larger pieces', async () => {
    const stream = await streamOffThread(TASK, 'writePieces', 512, 4096);
    const pieces = await collect(stream);
    const all = Buffer.concat(pieces);
    expect(all.length).toBe(512 * 4096);
    for (let i = 0; i < 512; i++) expect(all[i * 4096]).toBe(i % 256);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.length).toBeLessThan(512);
  });

  it('when nobody reads, then the task is held back after a bounded amount of output', async () => {
    const progress = new Int32Array(new SharedArrayBuffer(8));
    const total = 64 * 1024 * 1024;
    const stream = await streamOffThread(TASK, 'writePieces', 1024, 64 * 1024, progress);
    stream.pause();
    // wait until the writer stands still
    let last = -1;
    for (let i = 0; i < 100 && Atomics.load(progress, 0) !== last; i++) {
      last = Atomics.load(progress, 0);
      await sleep(300);
    }
    expect(Atomics.load(progress, 0)).toBeLessThan(total / 4);
    // reading again lets it finish
    stream.resume();
    const rest = await collect(stream);
    expect(Buffer.concat(rest).length).toBeLessThanOrEqual(total);
    expect(Atomics.load(progress, 0)).toBe(total);
  });

  it('when the task fails before any output, then the call rejects (no response has started)', async () => {
    await expect(streamOffThread(TASK, 'failAtOnce')).rejects.toThrow(/nothing to write/);
  });

  it('when the task fails after some output, then the stream ends with the error', async () => {
    const stream = await streamOffThread(TASK, 'failMidway');
    await expect(collect(stream)).rejects.toThrow(/broke after the first piece/);
  });

  it('when the reader goes away, then the task sees its output destroyed and the pool goes on', async () => {
    const progress = new Int32Array(new SharedArrayBuffer(8));
    const stream = await streamOffThread(TASK, 'writePieces', 100_000, 64 * 1024, progress);
    stream.destroy();
    for (let i = 0; i < 100 && Atomics.load(progress, 1) === 0; i++) await sleep(100);
    expect(Atomics.load(progress, 1)).toBe(1);
    expect(Atomics.load(progress, 0)).toBeLessThan(100_000 * 64 * 1024);
    const next = await collect(await streamOffThread(TASK, 'writePieces', 3, 10));
    expect(Buffer.concat(next).length).toBe(30);
  });
});
