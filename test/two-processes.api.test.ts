import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/server/platform/db/client.js';
import { testDatabaseUrl } from '../src/server/platform/config.js';

const url = testDatabaseUrl();

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });

/** Real server processes, started together on one empty PostgreSQL database (PostgreSQL runs only). */
describe.runIf(url)('two server processes on one PostgreSQL', () => {
  const name = `kinerja_t_two_${process.pid}`;
  let admin: Database;
  const procs: ChildProcess[] = [];
  const ports: number[] = [];

  beforeAll(async () => {
    admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
    await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.exec(`CREATE DATABASE ${name}`);
    const u = new URL(url!);
    u.pathname = `/${name}`;
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      ports.push(port);
      const env = {
        ...process.env,
        DATABASE_URL: u.toString(),
        PORT: String(port),
        KINERJA_ADMIN_USERNAME: 'admin',
        KINERJA_ADMIN_PASSWORD: 'rahasia-123',
        KINERJA_DEMO: 'false',
        LOG_LEVEL: 'warn',
      };
      procs.push(
        spawn('node', ['--import', 'tsx', 'src/server/main.ts', '--no-web'], { env, stdio: 'inherit' }),
      );
    }
    const deadline = Date.now() + 60_000;
    for (const port of ports) {
      for (;;) {
        const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        if (Date.now() > deadline) throw new Error(`server on ${port} did not start`);
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  });
  afterAll(async () => {
    for (const p of procs) p.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  });

  it('when both start at once, then migrations run once and exactly one bootstrap admin exists', async () => {
    const u = new URL(url!);
    u.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: u.toString(), poolSize: 1 });
    const users = await db.query<{ n: string }>(`SELECT count(*) AS n FROM users WHERE username = 'admin'`);
    await db.close();
    expect(Number(users[0]!.n)).toBe(1);
  });

  it('when signed in on one process, then the other accepts the session and the CSRF token', async () => {
    const [a, b] = ports.map((p) => `http://127.0.0.1:${p}/api/v1`);
    const res = await fetch(`${a}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'rahasia-123' }),
    });
    expect(res.status).toBe(200);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const created = await fetch(`${b}/units`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ name: 'Sekretariat Daerah', code: 'SETDA' }),
    });
    expect(created.status).toBe(201);
    const listed = await fetch(`${a}/units`, { headers: { cookie } });
    expect(((await listed.json()) as { total: number }).total).toBe(1);
  });
});
