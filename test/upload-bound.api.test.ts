import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { loadConfig, testDatabaseUrl } from '../src/server/platform/config.js';
import { openDatabase, type Database } from '../src/server/platform/db/client.js';
import { Client, createTestApp, type TestApp } from './helpers.js';
import { adminClient, expectError, upload } from './factories.js';
import { progressAppEnv, removeDataDirs } from './progress-fixtures.js';

const HEAD = 'kode;nama;kode_induk\n';
const EN = { 'accept-language': 'en' };

/**
 * A units import (dry run) whose body stays open until `finish()`; `reading` settles once the server reads the body,
 * i.e. once the request holds an upload slot.
 */
function openUpload(app: FastifyInstance, client: Client) {
  const boundary = `----kinerja${randomUUID()}`;
  let started!: () => void;
  const reading = new Promise<void>((resolve) => (started = resolve));
  let begun = false;
  const body = new Readable({
    read() {
      if (begun) return;
      begun = true;
      this.push(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="u.csv"\r\n` +
          `Content-Type: text/csv\r\n\r\n${HEAD}`,
      );
      started();
    },
  });
  const response = app.inject({
    method: 'POST',
    url: '/api/v1/imports/units?dryRun=true',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      cookie: client.auth.cookie!,
      'x-csrf-token': client.auth.csrf!,
    },
    payload: body,
  });
  return {
    response,
    reading,
    finish: () => {
      body.push(`X1;Unit X;\r\n--${boundary}--\r\n`);
      body.push(null);
    },
  };
}

/**
 * `KINERJA_UPLOADS_PER_USER` (issue 11): the bound on one user's uploads in flight is set by the setting and kept in
 * each server process (docs/security.md): two processes behind a load balancer allow twice as many.
 */
describe('uploads in flight per user, set to 1', () => {
  const env = { ...progressAppEnv(), KINERJA_UPLOADS_PER_USER: '1' };
  let t: TestApp;
  let second: FastifyInstance;
  let secondDb: Database | undefined;
  let hr: Client;
  const csv = { content: `${HEAD}X2;Unit Y;\n`, filename: 'u.csv' };

  beforeAll(async () => {
    t = await createTestApp(env);
    let database: Database = t.database;
    const url = testDatabaseUrl();
    if (url && t.database.kind === 'postgres') {
      const rows = await t.database.query<{ db: string }>('SELECT current_database() AS db');
      const u = new URL(url);
      u.pathname = `/${rows[0]!.db}`;
      secondDb = await openDatabase({ databaseUrl: u.toString(), poolSize: 2 });
      database = secondDb;
    }
    second = await buildApp({
      database,
      config: loadConfig({ LOG_LEVEL: 'silent', ...env }),
      clock: t.clock,
    });
    await second.ready();
    hr = await adminClient(t.app, t.database);
  });
  afterAll(async () => {
    await second.close();
    await secondDb?.close();
    await t.close();
    removeDataDirs();
  });

  it('when a user has one upload in flight, then a second on that process answers 429 naming the bound; another process still takes it; the slot comes back', async () => {
    const first = openUpload(t.app, hr);
    await first.reading;
    const refused = await upload(hr, '/imports/units?dryRun=true', csv, EN);
    const err = expectError(refused, 429, 'RATE_LIMITED');
    expect(err.message).toBe('You already have 1 uploads in progress; wait until they finish and try again.');
    // the bound is per process (documented): the same user on the other instance is not held up
    const elsewhere = await upload(new Client(second, hr.auth), '/imports/units?dryRun=true', csv);
    expect(elsewhere.statusCode, elsewhere.body).toBe(200);

    first.finish();
    expect((await first.response).statusCode).toBe(200);
    const again = await upload(hr, '/imports/units?dryRun=true', csv);
    expect(again.statusCode, again.body).toBe(200);
  });
});
