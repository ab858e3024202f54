import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { wellFormed } from '../../../domain/text.js';
import { AppError, ValidationError } from '../errors.js';

/** An upload received to a private staging file, with its size and SHA-256 computed on the way in. */
export interface StagedFile {
  path: string;
  size: number;
  sha256: string;
  discard(): Promise<void>;
}

/**
 * Streams an upload to `<dataDir>/tmp/` while hashing and counting it, so nothing big is held in memory and the
 * content can be inspected (sniffed) before it is kept. More than `maxBytes` (or a stream the multipart parser
 * cut at its limit) answers 413 PAYLOAD_TOO_LARGE.
 */
export async function stageUpload(
  stream: Readable,
  options: { dataDir: string; maxBytes: number; truncated?: () => boolean },
): Promise<StagedFile> {
  const dir = join(options.dataDir, 'tmp');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `upload-${randomUUID()}`);
  const discard = () => rm(path, { force: true });
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > options.maxBytes) {
        done(new AppError('PAYLOAD_TOO_LARGE'));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(stream, meter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  } catch (err) {
    await discard();
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE');
    if (err instanceof AppError || isSystemError(err)) throw err;
    // the multipart parser's own errors ("Unexpected end of form", a malformed part): a cut-off or broken body
    throw new ValidationError([{ path: 'file', code: 'invalid_multipart', messageKey: 'upload.malformed' }]);
  }
  if (options.truncated?.()) {
    await discard();
    throw new AppError('PAYLOAD_TOO_LARGE');
  }
  return { path, size, sha256: hash.digest('hex'), discard };
}

/** An operating system error (disk full, permissions): the server's problem, not the client's. */
function isSystemError(err: unknown): boolean {
  const e = err as { errno?: unknown; syscall?: unknown };
  return typeof e.errno === 'number' || typeof e.syscall === 'string';
}

/** Bidirectional formatting characters: embeddings, overrides, isolates and the implicit marks (LRM, RLM, ALM). */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/**
 * A file name fit for display and for Content-Disposition: the last path segment, well-formed Unicode, without
 * control or bidirectional formatting characters, at most 200 characters. Never used to build a path.
 */
export function cleanFilename(name: string | undefined, fallback = 'berkas'): string {
  const last =
    wellFormed(name ?? '')
      .split(/[\\/]/)
      .pop() ?? '';
  const clean = last
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    // bidirectional controls (issue 11): "invoice\u202Efdp.exe" would show as "invoiceexe.pdf"
    .replace(BIDI_CONTROLS, '')
    .trim();
  if (!clean || clean === '.' || clean === '..') return fallback;
  const chars = Array.from(clean);
  return chars.length > 200 ? chars.slice(chars.length - 200).join('') : clean;
}

/** `attachment; filename="ascii"; filename*=UTF-8''utf8` (RFC 6266 / RFC 5987). */
export function attachmentDisposition(name: string): string {
  const filename = wellFormed(name);
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
