import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig, testDatabaseUrl } from '../src/server/platform/config.js';
import { openDatabase, type Database } from '../src/server/platform/db/client.js';
import { verifyAuditChain } from '../src/server/platform/audit.js';
import { createTestApp, Client, login, type TestApp } from './helpers.js';
import { adminClient, createUnit, PASSWORD, pnsNip } from './factories.js';

/**
 * Two app instances on one database, as two server processes behind a load balancer would be. On PostgreSQL the
 * second instance has its own connection pool; on PGlite (one process only) both share the embedded database.
 */
describe('two server instances on one database', () => {
  let t: TestApp;
  let second: FastifyInstance;
  let secondDb: Database | undefined;

  beforeAll(async () => {
    t = await createTestApp({ KINERJA_LOGIN_MAX_FAILURES: '3' });
    let database: Database = t.database;
    const url = testDatabaseUrl();
    if (url && t.database.kind === 'postgres') {
      const rows = await t.database.query<{ db: string }>('SELECT current_database() AS db');
      const u = new URL(url);
      u.pathname = `/${rows[0]!.db}`;
      secondDb = await openDatabase({ databaseUrl: u.toString(), poolSize: 5 });
      database = secondDb;
    }
    second = await buildApp({
      database,
      config: loadConfig({ KINERJA_LOGIN_MAX_FAILURES: '3' }),
      clock: t.clock,
    });
    await second.ready();
  });
  afterAll(async () => {
    await second.close();
    await secondDb?.close();
    await t.close();
  });

  it('when a user signs in on one instance, then the session and its CSRF token work on the other', async () => {
    const admin = await adminClient(t.app, t.database);
    const onSecond = new Client(second, admin.auth);
    const me = await onSecond.get('/auth/me');
    expect(me.statusCode).toBe(200);
    const unit = await onSecond.post('/units', { name: 'Dinas Kesehatan', code: 'DINKES-MI' });
    expect(unit.statusCode).toBe(201);
    const out = await onSecond.post('/auth/logout');
    expect(out.statusCode).toBe(204);
    expect((await admin.get('/auth/me')).statusCode).toBe(401);
  });

  it('when failures are spread over both instances, then the throttle counts them together', async () => {
    const res = [];
    for (let i = 0; i < 3; i++) {
      const app = i % 2 ? second : t.app;
      res.push(
        await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'ghost', password: 'x' },
        }),
      );
    }
    expect(res.map((r) => r.statusCode)).toEqual([401, 401, 401]);
    const blocked = await second.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'ghost', password: 'x' },
    });
    expect(blocked.statusCode).toBe(429);
  });

  it('when both instances write at the same time, then the audit chain stays unbroken', async () => {
    await adminClient(t.app, t.database, 'admin2');
    const a = await login(t.app, 'admin2', PASSWORD);
    const b = new Client(second, a.auth);
    const unit = await createUnit(a);
    const writes = Array.from({ length: 20 }, (_, i) =>
      (i % 2 ? a : b).post('/employees', {
        nip: pnsNip(9000 + i),
        name: `Pegawai Paralel ${i}`,
        asnType: 'PNS',
        rank: 'III/a',
        positionTitle: 'Analis',
        positionType: 'pelaksana',
        unitId: unit.id,
      }),
    );
    const results = await Promise.all(writes);
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const verdict = await verifyAuditChain(t.database.db);
    expect(verdict.ok).toBe(true);
    expect(verdict.checked).toBeGreaterThanOrEqual(22);
  });
});
