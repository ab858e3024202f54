import { readFileSync } from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { ManualClock, type Clock } from '../src/server/platform/clock.js';
import { loadConfig, testDatabaseUrl, type Config } from '../src/server/platform/config.js';
import { openDatabase, type Database } from '../src/server/platform/db/client.js';

export interface TestDatabase extends Database {
  /** drops the copy (PostgreSQL) */
  dispose(): Promise<void>;
}

/** A fresh, migrated database for one test file: a copy of the template (PostgreSQL) or of the dump (PGlite). */
export async function openTestDatabase(): Promise<TestDatabase> {
  const template = inject('pgTemplate');
  const url = testDatabaseUrl();
  if (template && url) {
    const name = `kinerja_t_${inject('runId')}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
    await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: u.toString(), poolSize: 5 });
    return {
      ...db,
      async dispose() {
        await db.close();
        await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      },
    };
  }
  const dump = inject('pgliteDump');
  if (!dump) throw new Error('global setup did not run');
  const db = await openDatabase({ loadDataDir: new Blob([readFileSync(dump)]) });
  return { ...db, dispose: () => db.close() };
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  clock: ManualClock;
  close(): Promise<void>;
}

export async function createTestApp(
  env: Record<string, string> = {},
  clock: Clock = new ManualClock(new Date('2026-11-29T03:00:00Z')),
): Promise<TestApp> {
  const database = await openTestDatabase();
  // No role must enrol a second factor unless a test asks: tests move the clock past the grace period freely.
  const config = loadConfig({ LOG_LEVEL: 'silent', KINERJA_MFA_REQUIRED_ROLES: '', ...env });
  const app = await buildApp({ database, config, clock, logger: false });
  await app.ready();
  return {
    app,
    database,
    config,
    clock: clock as ManualClock,
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A signed-in client: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  constructor(
    private readonly app: FastifyInstance,
    public readonly auth: { cookie?: string; csrf?: string; bearer?: string } = {},
    public readonly user?: { id: string; username: string; employeeId: string | null },
  ) {}

  request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { ...headers };
    if (this.auth.cookie) h.cookie = this.auth.cookie;
    if (this.auth.bearer) h.authorization = `Bearer ${this.auth.bearer}`;
    if (this.auth.csrf && method !== 'GET') h['x-csrf-token'] = this.auth.csrf;
    return this.app.inject({
      method,
      url: url.startsWith('/api') ? url : `/api/v1${url}`,
      headers: h,
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
  }
  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body ?? {}, headers);
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);
}

export function cookieFrom(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'kinerja_session');
  if (!c) throw new Error(`no session cookie (status ${res.statusCode}: ${res.body})`);
  return `${c.name}=${c.value}`;
}

export async function login(app: FastifyInstance, username: string, password: string): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const body = res.json<{
    csrfToken: string;
    user: { id: string; username: string; employeeId: string | null };
  }>();
  return new Client(app, { cookie: cookieFrom(res), csrf: body.csrfToken }, body.user);
}

export const anonymous = (app: FastifyInstance) => new Client(app);
