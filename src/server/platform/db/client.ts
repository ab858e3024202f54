import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.js';
import { PgliteProxy } from './pglite-proxy.js';
import { instrumentTransactions } from './transactions.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a repository can run queries on: the database or an open transaction. */
export type Executor = Db | Tx;

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../db/migrations');

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs one or more SQL statements without parameters (DDL, maintenance). */
  exec(sql: string): Promise<void>;
  /** Runs a parameterised query and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  migrate(): Promise<void>;
  /** Runs `fn` while holding a cluster-wide advisory lock (PostgreSQL); PGlite has one process anyway. */
  withLock<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Answers whether the database can serve: throws when it cannot. PostgreSQL: a query. PGlite: a query when it is
   * idle; while it is busy (a statement running or queued, a transaction open) its worker thread is known to be
   * alive and working, so health answers at once instead of waiting behind a slow statement (issue 13 §3).
   */
  checkHealth(): Promise<void>;
  close(): Promise<void>;
  /** The embedded database (a proxy to PGlite in its worker thread); for dumps (`dumpDataDir`) in tests. */
  pglite?: PgliteProxy;
}

/** What health checks: the database answers and is migrated (the audit log exists). */
const HEALTH_QUERY = 'SELECT 1 FROM audit_log LIMIT 1';

export interface OpenOptions {
  /** PostgreSQL connection string; when unset, PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; unset means in memory. */
  dataDir?: string | undefined;
  /** A PGlite data dump (from `dumpDataDir`) to start from: used by tests to skip migrations. */
  loadDataDir?: Blob | File | undefined;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const database = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : await openPglite(options);
  // audit entries chained at each transaction's end; one query at a time on its connection
  instrumentTransactions(database.db);
  return database;
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by the server (restart, DROP DATABASE … FORCE) must not crash the process;
  // the pool replaces it on the next checkout.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  // Fail fast with a clear message when the server is unreachable.
  const client = await pool.connect();
  client.release();
  return {
    db,
    kind: 'postgres',
    async exec(sql) {
      await pool.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const r = await pool.query(sql, params);
      return r.rows as T[];
    },
    async migrate() {
      // Two servers starting together must not run migrations twice: the migrator runs on the locked connection.
      const lock = await pool.connect();
      try {
        await lock.query(`SELECT pg_advisory_lock(hashtext('kinerja:migrate'))`);
        await migratePg(drizzlePg(lock, { schema }), { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await lock.query(`SELECT pg_advisory_unlock(hashtext('kinerja:migrate'))`).catch(() => undefined);
        lock.release();
      }
    },
    async withLock(name, fn) {
      const lock = await pool.connect();
      try {
        await lock.query(`SELECT pg_advisory_lock(hashtext($1))`, [`kinerja:${name}`]);
        return await fn();
      } finally {
        await lock
          .query(`SELECT pg_advisory_unlock(hashtext($1))`, [`kinerja:${name}`])
          .catch(() => undefined);
        lock.release();
      }
    },
    async checkHealth() {
      await pool.query(HEALTH_QUERY);
    },
    async close() {
      await pool.end();
    },
  };
}

/** PGlite has no lock between processes (stack.md gotcha 2): hold a lock file and refuse a second opener. */
function acquireLock(dataDir: string): () => void {
  const lockPath = join(dataDir, '.kinerja.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lockPath, 'utf8').trim());
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new Error(
          `The database in ${dataDir} is in use by process ${pid}. PGlite allows one process only; ` +
            `stop it first, or use PostgreSQL (DATABASE_URL) to run several servers.`,
          { cause: err },
        );
      }
      rmSync(lockPath, { force: true }); // stale lock from a crashed process
    }
  }
  throw new Error(`Could not lock ${lockPath}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function openPglite(options: OpenOptions): Promise<Database> {
  let release = () => {};
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = join(options.dataDir, 'pgdata');
    mkdirSync(options.dataDir, { recursive: true });
    release = acquireLock(options.dataDir);
  }
  let client: PgliteProxy;
  try {
    // in its own thread: a slow statement must not freeze the event loop (issue 13 §3)
    client = await PgliteProxy.create({ dataDir, loadDataDir: options.loadDataDir });
  } catch (err) {
    release();
    throw err;
  }
  // the proxy offers the part of PGlite's API that the driver uses (query, exec, transaction)
  const db = drizzlePglite(client as never, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    async exec(sql) {
      await client.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const r = await client.query<T>(sql, params);
      return r.rows;
    },
    async migrate() {
      await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
    },
    withLock: (_name, fn) => fn(),
    async checkHealth() {
      if (!client.alive) throw new Error('The embedded database is not running');
      if (client.busy) return;
      await client.query(HEALTH_QUERY);
    },
    async close() {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}
