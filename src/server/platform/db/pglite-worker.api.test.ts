import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { testDatabaseUrl } from '../config.js';
import { openDatabase, type Database } from './client.js';
import { rowsOf } from './rows.js';

/** The migrated template dump of this run (test/global-setup.ts): faster than a new PGlite (initdb). */
const template = () => new Blob([readFileSync(inject('pgliteDump')!)]);

/** Resolves when told to: holds a transaction open while the test looks at what else waits. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('health during a slow statement (issue 13 §3)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('when a slow statement runs on the database, then GET /api/health answers before it finishes', async () => {
    const done: string[] = [];
    const slow = t.database.query('SELECT pg_sleep(1.5)').then(() => done.push('slow statement'));
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    done.push('health');
    await slow;
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    expect(done).toEqual(['health', 'slow statement']);
  });

  it('when the database is idle, then health still asks it (and answers 200)', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
  });
});

describe.skipIf(Boolean(testDatabaseUrl()))('PGlite in its worker thread', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ loadDataDir: template() });
    await database.exec(`CREATE TABLE t (id int PRIMARY KEY, note text)`);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('when values of every kind come back, then they are what PGlite in-process gives (raw and through Drizzle)', async () => {
    const query = `SELECT now()::timestamptz AS at, '2026-12-03'::date AS day, '{"a":[1,{"b":null}]}'::jsonb AS doc,
        12.50::numeric AS amount, ARRAY[1,2,3] AS ints, ARRAY['x','y'] AS texts, '\\xdeadbeef'::bytea AS bytes,
        9007199254740993::int8 AS big, true AS yes, NULL::text AS nothing, interval '1 day' AS span,
        ARRAY[1.5, 2.25]::numeric[] AS amounts, ARRAY['2026-01-01'::date] AS days,
        '8c1d2f7e-0000-4000-8000-000000000000'::uuid AS id`;
    const inProcess = await PGlite.create({ loadDataDir: template() });
    try {
      // now() differs between the two databases: pin it
      const pinned = query.replace('now()', `'2026-12-03T04:05:06.789Z'`);
      const expected = await inProcess.query(pinned);
      const got = await database.pglite!.query(pinned);
      expect(got.rows).toEqual(expected.rows);
      expect(got.fields).toEqual(expected.fields);
      expect((got.rows[0] as { bytes: unknown }).bytes).toBeInstanceOf(Uint8Array);
      expect((got.rows[0] as { at: unknown }).at).toBeInstanceOf(Date);

      const viaDrizzle = rowsOf<{ day: unknown }>(await database.db.execute(sql.raw(pinned)));
      const viaDrizzleInProcess = await drizzle(inProcess).execute(sql.raw(pinned));
      expect(viaDrizzle).toEqual(viaDrizzleInProcess.rows);
      // Drizzle keeps dates and timestamps as strings on PGlite (stack.md): the pass-through parsers crossed over
      expect(viaDrizzle[0]!.day).toBe('2026-12-03');
    } finally {
      await inProcess.close();
    }
  });

  it('when a transaction is open, then a statement from outside waits for its end and sees its writes', async () => {
    const g = gate();
    const order: string[] = [];
    const tx = database.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO t VALUES (1, 'in tx')`);
      order.push('inserted');
      await g.opened;
      order.push('committing');
    });
    // let the transaction take the session and insert
    while (!order.includes('inserted')) await new Promise((r) => setTimeout(r, 5));
    const outside = database
      .query<{ n: number }>(`SELECT count(*)::int AS n FROM t WHERE id = 1`)
      .then((rows) => {
        order.push('outside read');
        return rows[0]!.n;
      });
    await new Promise((r) => setTimeout(r, 50));
    g.open();
    await tx;
    expect(await outside).toBe(1);
    expect(order).toEqual(['inserted', 'committing', 'outside read']);
  });

  it('when a transaction throws, then its writes are rolled back and the error comes out', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO t VALUES (2, 'rolled back')`);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await database.query(`SELECT id FROM t WHERE id = 2`)).toEqual([]);
    // the session is free again
    expect(await database.query(`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
  });

  it('when a statement fails, then the error keeps PostgreSQL’s fields (code, constraint) for the caller', async () => {
    await database.exec(`INSERT INTO t VALUES (3, 'first')`);
    const err = await database.db.execute(sql`INSERT INTO t VALUES (3, 'again')`).catch((e: unknown) => e);
    const cause = (err as { cause?: { code?: string; constraint?: string } }).cause;
    expect(cause?.code).toBe('23505');
    expect(cause?.constraint).toBe('t_pkey');
    // a nested transaction's savepoint works over the proxy too
    await database.db.transaction(async (tx) => {
      await tx.transaction(async (inner) => {
        await inner.execute(sql`INSERT INTO t VALUES (4, 'nested')`);
      });
    });
    expect(await database.query(`SELECT note FROM t WHERE id = 4`)).toEqual([{ note: 'nested' }]);
  });

  it('when the data is dumped, then a database started from the dump has it', async () => {
    const dump = await database.pglite!.dumpDataDir('gzip');
    const copy = await openDatabase({ loadDataDir: dump });
    try {
      expect(await copy.query(`SELECT note FROM t WHERE id = 3`)).toEqual([{ note: 'first' }]);
    } finally {
      await copy.close();
    }
  });

  it('when the database is closed, then statements are refused and health fails', async () => {
    const other = await openDatabase({ loadDataDir: template() });
    await other.close();
    await expect(other.query('SELECT 1')).rejects.toThrow(/closed/);
    await expect(other.checkHealth()).rejects.toThrow();
  });
});

describe.skipIf(Boolean(testDatabaseUrl()))('PGlite in a data directory, from its worker thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-pglite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when another live process holds the directory, then opening it is refused', async () => {
    const held = join(dir, 'held');
    mkdirSync(held, { recursive: true });
    writeFileSync(join(held, '.kinerja.lock'), String(process.ppid));
    await expect(openDatabase({ dataDir: held })).rejects.toThrow(/in use by process/);
  });

  it('when the directory is opened, then it is migrated with pg_trgm and kept after a clean close', async () => {
    const first = await openDatabase({ dataDir: dir });
    try {
      await first.migrate();
      expect(await first.query(`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`)).toEqual([
        { extname: 'pg_trgm' },
      ]);
      await first.exec(`CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')`);
    } finally {
      await first.close();
    }
    expect(existsSync(join(dir, '.kinerja.lock'))).toBe(false);
    const again = await openDatabase({ dataDir: dir });
    try {
      expect(await again.query(`SELECT v FROM kept`)).toEqual([{ v: 'still here' }]);
    } finally {
      await again.close();
    }
  });
});
