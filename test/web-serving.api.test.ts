import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/platform/config.js';
import { openTestDatabase, type TestDatabase } from './helpers.js';

/** The built web app is served by the API server: files, the SPA fallback, and API 404s stay JSON. */
describe('serving the web app', () => {
  let app: FastifyInstance;
  let database: TestDatabase;
  const webDir = mkdtempSync(join(tmpdir(), 'kinerja-web-'));

  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Kinerja</title>');
    writeFileSync(join(webDir, 'assets', 'app.js'), 'console.log(1)');
    database = await openTestDatabase();
    app = await buildApp({ database, config: loadConfig({}), webDir });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it('when the root, a deep link or an asset is requested, then the app shell or the file is served', async () => {
    for (const url of ['/', '/units', '/plans/123', '/admin/users']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<title>Kinerja</title>');
    }
    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(1)');
  });

  it('when a file appears after start (a rebuild), then it is served without a restart', async () => {
    writeFileSync(join(webDir, 'assets', 'new.js'), 'console.log(2)');
    const res = await app.inject({ method: 'GET', url: '/assets/new.js' });
    expect(res.body).toBe('console.log(2)');
  });

  it('when an unknown API path is requested, then it answers a JSON envelope, never the app shell', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    // Under /api/v1 the caller is asked to sign in first, without revealing which paths exist.
    const v1 = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(v1.statusCode).toBe(401);
    expect(v1.json().error.code).toBe('UNAUTHENTICATED');
  });
});
