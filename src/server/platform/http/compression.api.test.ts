import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../../../scripts/precompress.mjs';
import { adminClient, createUnit, expectError } from '../../../../test/factories.js';
import { openTestDatabase, type Client, type TestDatabase } from '../../../../test/helpers.js';
import { buildApp } from '../../app.js';
import { ManualClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { COMPRESSIBLE_TYPES } from './compression.js';
import { MULTIPART_OVERHEAD_BYTES } from './upload-size.js';
import { IMMUTABLE, REVALIDATE } from './web-app.js';

const decode = (encoding: unknown, body: Buffer): string =>
  encoding === 'br'
    ? brotliDecompressSync(body).toString('utf8')
    : encoding === 'gzip'
      ? gunzipSync(body).toString('utf8')
      : body.toString('utf8');

/** A script of `kb` KiB that compresses well, like a real bundle. */
const script = (kb: number) =>
  Array.from({ length: kb * 16 }, (_, i) => `export const v${i} = "${'kinerja'.repeat(6)}";\n`).join('');

/**
 * Issue 12 (fast on a phone): text responses go compressed (br, else gzip) to clients that accept it, built assets
 * come precompressed and cached for a year, and an upload declared larger than the limit is refused before its
 * body is read.
 */
describe('compression, caching of the web build and early refusal of big uploads', () => {
  let app: FastifyInstance;
  let database: TestDatabase;
  let admin: Client;
  const webDir = mkdtempSync(join(tmpdir(), 'kinerja-web-'));
  const hashed = 'index-Ab3_d-9Z.js';
  const bundle = script(40);
  const html = `<!doctype html><title>Kinerja</title>${'<meta name="x" content="kinerja">'.repeat(60)}`;

  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    mkdirSync(join(webDir, 'docs'));
    writeFileSync(join(webDir, 'index.html'), html);
    writeFileSync(join(webDir, 'assets', hashed), bundle);
    writeFileSync(join(webDir, 'docs', 'panduan.pdf'), Buffer.from(`%PDF-1.4\n${'0'.repeat(4000)}`));
    await precompressDir(join(webDir, 'assets'));
    database = await openTestDatabase();
    const config = loadConfig({ LOG_LEVEL: 'silent', KINERJA_MAX_UPLOAD_MB: '1' });
    app = await buildApp({
      database,
      config,
      clock: new ManualClock(new Date('2026-11-29T03:00:00Z')),
      webDir,
    });
    await app.ready();
    admin = await adminClient(app, database);
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
    rmSync(webDir, { recursive: true, force: true });
  });

  describe('API answers', () => {
    it('when a client accepts br or gzip, then a JSON answer over 1 KB comes compressed and decodes to the same body', async () => {
      const plain = await app.inject({ method: 'GET', url: '/api/openapi.json' });
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.length).toBeGreaterThan(10_000);
      for (const [accept, encoding] of [
        ['gzip, deflate, br', 'br'],
        ['br', 'br'],
        ['gzip', 'gzip'],
        ['gzip;q=1, br;q=0.5', 'gzip'],
      ] as const) {
        const res = await app.inject({
          method: 'GET',
          url: '/api/openapi.json',
          headers: { 'accept-encoding': accept },
        });
        expect(res.statusCode, accept).toBe(200);
        expect(res.headers['content-encoding'], accept).toBe(encoding);
        expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
        expect(res.rawPayload.length).toBeLessThan(plain.body.length / 4);
        expect(JSON.parse(decode(encoding, res.rawPayload))).toEqual(plain.json());
      }
    });

    it('when a signed-in list is fetched with br, then it is compressed too; an answer under 1 KB is not', async () => {
      for (let i = 0; i < 12; i++) await createUnit(admin);
      const plain = await admin.get('/units');
      expect(plain.body.length).toBeGreaterThan(1024);
      const res = await admin.get('/units', { 'accept-encoding': 'br' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(JSON.parse(decode('br', res.rawPayload))).toEqual(plain.json());
      const small = await app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'accept-encoding': 'br' },
      });
      expect(small.headers['content-encoding']).toBeUndefined();
      expect(small.json()).toEqual({ status: 'ok' });
    });

    it('when the type is already compressed or streamed live, then it is not compressed again', () => {
      for (const type of [
        'application/json; charset=utf-8',
        'text/html; charset=utf-8',
        'text/csv',
        'application/javascript',
        'image/svg+xml',
        'application/problem+json',
      ])
        expect(COMPRESSIBLE_TYPES.test(type), type).toBe(true);
      for (const type of [
        'application/pdf',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'image/png',
        'image/jpeg',
        'application/zip',
        'application/octet-stream',
        'text/event-stream',
      ])
        expect(COMPRESSIBLE_TYPES.test(type), type).toBe(false);
    });
  });

  describe('the web build', () => {
    it('when a hashed asset is requested with br or gzip, then the precompressed file is sent, cached for a year', async () => {
      for (const encoding of ['br', 'gzip'] as const) {
        const res = await app.inject({
          method: 'GET',
          url: `/assets/${hashed}`,
          headers: { 'accept-encoding': encoding },
        });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-encoding']).toBe(encoding);
        expect(res.headers['content-type']).toMatch(/javascript/);
        expect(res.headers['cache-control']).toBe(IMMUTABLE);
        expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
        const onDisk = readFileSync(join(webDir, 'assets', `${hashed}.${encoding === 'br' ? 'br' : 'gz'}`));
        expect(res.rawPayload.equals(onDisk)).toBe(true);
        expect(decode(encoding, res.rawPayload)).toBe(bundle);
      }
      const plain = await app.inject({ method: 'GET', url: `/assets/${hashed}` });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['cache-control']).toBe(IMMUTABLE);
      expect(plain.body).toBe(bundle);
    });

    it('when the app shell is requested, then it is compressed on the fly, revalidated each time, and keeps its CSP', async () => {
      for (const url of ['/', '/plans/123']) {
        const res = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
        expect(res.statusCode, url).toBe(200);
        expect(res.headers['content-encoding'], url).toBe('br');
        expect(res.headers['cache-control'], url).toBe(REVALIDATE);
        expect(res.headers['content-security-policy'], url).toContain("script-src 'self'");
        expect(decode('br', res.rawPayload)).toBe(html);
      }
    });

    it('when an un-hashed or already compressed file is requested, then it is revalidated and a PDF goes as it is', async () => {
      const res = await app.inject({
        method: 'GET',
        url: '/docs/panduan.pdf',
        headers: { 'accept-encoding': 'br, gzip' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['cache-control']).toBe(REVALIDATE);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('when an asset is missing (an old hash after a deploy), then 404 in the envelope, never the app shell', async () => {
      const res = await app.inject({ method: 'GET', url: '/assets/Gone-12345678.js' });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    });
  });

  describe('uploads declared too large', () => {
    const limit = 1024 * 1024 + MULTIPART_OVERHEAD_BYTES;
    /** A body that never ends: answered only if the server does not wait for it. */
    const endless = () => new Readable({ read() {} });

    it('when a multipart upload declares a Content-Length over the limit, then 413 before its body is read', async () => {
      const id = randomUUID();
      for (const url of [
        '/api/v1/imports/employees',
        '/api/v1/imports/units',
        `/api/v1/work-plans/${id}/progress/import`,
        `/api/v1/work-plans/${id}/progress/${randomUUID()}/evidence`,
      ]) {
        const res = await app.inject({
          method: 'POST',
          url,
          payload: endless(),
          headers: {
            cookie: admin.auth.cookie!,
            'x-csrf-token': admin.auth.csrf!,
            'content-type': 'multipart/form-data; boundary=x',
            'content-length': String(limit + 1),
          },
        });
        const err = expectError(res, 413, 'PAYLOAD_TOO_LARGE');
        expect(err.message, url).toBe('Berkas lebih besar dari batas 1 MB; perkecil atau bagi berkasnya.');
        expect(err.details).toEqual({ maxBytes: 1024 * 1024 });
        expect(res.headers.connection).toBe('close');
      }
      const en = await app.inject({
        method: 'POST',
        url: '/api/v1/imports/units',
        payload: endless(),
        headers: {
          cookie: admin.auth.cookie!,
          'x-csrf-token': admin.auth.csrf!,
          'accept-language': 'en',
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': String(50 * 1024 * 1024),
        },
      });
      expect(expectError(en, 413, 'PAYLOAD_TOO_LARGE').message).toBe(
        'The file is larger than the 1 MB limit; make it smaller or split it.',
      );
    });

    it('when an upload declares a size within the limit, then it is read as before', async () => {
      const boundary = 'kinerja';
      const body = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="u.csv"\r\n` +
          `Content-Type: text/csv\r\n\r\nkode;nama;kode_induk\r\nZ1;Unit Z;\r\n--${boundary}--\r\n`,
      );
      const res = await admin.request('POST', '/imports/units', body, {
        'content-type': `multipart/form-data; boundary=${boundary}`,
      });
      expect(res.statusCode, res.body).toBe(200);
    });
  });
});
