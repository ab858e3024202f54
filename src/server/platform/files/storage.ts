import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors.js';

/**
 * Where evidence files live. Keys are random (never the user's file name). The local-disk implementation below
 * keeps them under `<KINERJA_DATA_DIR>/evidence/`, outside anything the web server serves; an S3-compatible store
 * can implement the same three operations.
 */
export interface FileStorage {
  /** Stores the bytes under `key` (a new key: existing files are never overwritten). */
  put(key: string, data: Readable | Buffer): Promise<void>;
  /** The stored bytes; NOT_FOUND when there is no such key. */
  get(key: string): Promise<Readable>;
  /** Removes the file; a missing key is not an error. */
  remove(key: string): Promise<void>;
}

const KEY_PATTERN = /^[a-z0-9]{2}\/[a-z0-9]{2}\/[a-z0-9-]{16,64}$/;

/** A new random key: `ab/cd/<uuid>` (two directory levels keep directories small). */
export function newStorageKey(): string {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
}

export class LocalFileStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`invalid storage key: ${key}`);
    const path = resolve(join(this.root, key));
    if (!path.startsWith(this.root + sep)) throw new Error(`invalid storage key: ${key}`);
    return path;
  }

  async put(key: string, data: Readable | Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Write next to the target, then rename: a reader never sees half a file.
    const partial = `${path}.${randomUUID()}.part`;
    try {
      await pipeline(
        Buffer.isBuffer(data) ? [data] : data,
        createWriteStream(partial, { flags: 'wx', mode: 0o600 }),
      );
      await rename(partial, path);
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      // Open first so that a missing file is a NOT_FOUND now, not a stream error later.
      const handle = await open(path, 'r');
      return handle.createReadStream();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('NOT_FOUND');
      throw err;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

/** The evidence store of a deployment: `<dataDir>/evidence`. */
export const evidenceStorage = (dataDir: string): FileStorage =>
  new LocalFileStorage(join(dataDir, 'evidence'));
