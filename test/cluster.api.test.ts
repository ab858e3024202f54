import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
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

/** One GET on a new connection (no keep-alive: node:cluster hands out connections, not requests). */
const get = (port: number, path: string) =>
  new Promise<{ status: number; worker: string | undefined }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.resume();
      res.on('end', () => {
        const w = res.headers['x-kinerja-worker'];
        resolve({ status: res.statusCode ?? 0, worker: typeof w === 'string' ? w : undefined });
      });
    });
    req.on('error', reject);
    req.end();
  });

const children = (pid: number) =>
  execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes('src/server/main.ts'))
    .map((l) => Number(l.trim().split(/\s+/)[0]));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(what: string, fn: () => Promise<T | undefined>, ms = 90_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Every worker index that answered `/api/health` within `tries` fresh connections. */
async function workersSeen(port: number, tries: number): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < tries; i++) {
    const r = await get(port, '/api/health');
    expect(r.status).toBe(200);
    if (r.worker) seen.add(r.worker);
  }
  return seen;
}

/** The real server with KINERJA_WORKERS=2 on one PostgreSQL database (PostgreSQL runs only). */
describe.runIf(url)('KINERJA_WORKERS=2: one port, two server processes', () => {
  const name = `kinerja_t_cluster_${process.pid}`;
  let admin: Database;
  let primary: ChildProcess;
  let port: number;
  let output = '';
  let exited: Promise<number | null>;

  beforeAll(async () => {
    admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
    await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.exec(`CREATE DATABASE ${name}`);
    const u = new URL(url!);
    u.pathname = `/${name}`;
    port = await freePort();
    primary = spawn('node', ['--import', 'tsx', 'src/server/main.ts', '--no-web'], {
      env: {
        ...process.env,
        DATABASE_URL: u.toString(),
        PORT: String(port),
        KINERJA_WORKERS: '2',
        KINERJA_ADMIN_USERNAME: 'admin',
        KINERJA_ADMIN_PASSWORD: 'rahasia-123',
        KINERJA_DEMO: 'false',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    primary.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    exited = new Promise((resolve) => primary.on('exit', (code) => resolve(code)));
    // both workers listening (each logs it with its index)
    await until('both workers', async () =>
      /"worker":1,[^\n]*"msg":"Server listening/.test(output) &&
      /"worker":2,[^\n]*"msg":"Server listening/.test(output)
        ? true
        : undefined,
    );
  });
  afterAll(async () => {
    if (primary.exitCode === null) primary.kill('SIGKILL');
    await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  });

  it('when requests arrive on new connections, then both worker processes answer them', async () => {
    expect(children(primary.pid!)).toHaveLength(2);
    const seen = await workersSeen(port, 20);
    expect([...seen].sort()).toEqual(['1', '2']);
    // every log line of a worker names it; migrations and the bootstrap ran once, in the primary
    const lines = output.split('\n').filter(Boolean);
    expect(lines.filter((l) => l.includes('created the initial admin account'))).toHaveLength(1);
    expect(lines.find((l) => l.includes('created the initial admin account'))).toContain(
      '"worker":"primary"',
    );
    const u = new URL(url!);
    u.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: u.toString(), poolSize: 1 });
    const users = await db.query<{ n: string }>(`SELECT count(*) AS n FROM users WHERE username = 'admin'`);
    await db.close();
    expect(Number(users[0]!.n)).toBe(1);
  });

  it('when a worker crashes, then the primary logs it and starts another with the same index', async () => {
    const before = children(primary.pid!);
    process.kill(before[1]!, 'SIGKILL');
    await until('the restart to be logged', async () =>
      output.includes('a server process stopped unexpectedly; restarting it') ? true : undefined,
    );
    const replaced = await until('a new worker', async () => {
      const now = children(primary.pid!);
      return now.length === 2 && !now.includes(before[1]!) ? now : undefined;
    });
    expect(replaced).toContain(before[0]);
    // the service never stopped, and the replacement serves under the index of the one it replaced
    await until('both indexes again', async () =>
      (await workersSeen(port, 6)).size === 2 ? true : undefined,
    );
  });

  it('when the primary gets SIGTERM, then every worker drains and all processes exit with 0', async () => {
    const workers = children(primary.pid!);
    expect(workers).toHaveLength(2);
    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of workers) expect(alive(pid)).toBe(false);
    await expect(get(port, '/api/health')).rejects.toThrow();
    expect(output.match(/"msg":"shutting down"/g)).toHaveLength(2);
  });
});
