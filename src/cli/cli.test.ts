import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/helpers.js';
import { employees, units, users } from '../server/platform/db/schema.js';
import type { CliIo } from './io.js';
import { run } from './run.js';

interface Captured {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI against a test database (already migrated, left open). */
async function cli(
  argv: string[],
  database?: TestDatabase,
  env: Record<string, string> = {},
): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    env: { LOG_LEVEL: 'silent', ...env },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    progress: false,
    ...(database ? { database } : {}),
  };
  const code = await run(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kinerja CLI without a database', () => {
  it('when asked for help, then it lists every command and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of [
      'migrate',
      'seed --demo',
      'seed --synthetic',
      'create-admin',
      'audit verify',
      'import',
    ]) {
      expect(r.out).toContain(c);
    }
  });

  it('when given no command, then it prints the help and exits 2', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: kinerja <command>');
  });

  it('when given an unknown command or option, then it exits 2 with a hint', async () => {
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "frobnicate"');
    const option = await cli(['seed', '--demo', '--bogus']);
    expect(option.code).toBe(2);
    expect(option.err).toContain("Unknown option '--bogus'");
    expect(option.err).toContain('kinerja seed --help');
  });

  it('when a command is asked for help, then it prints that command’s usage', async () => {
    for (const c of ['migrate', 'seed', 'create-admin', 'audit', 'import']) {
      const r = await cli([c, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.out, c).toMatch(/^Usage: kinerja /);
    }
  });

  it('when seed options conflict or are missing, then it exits 2 before touching a database', async () => {
    expect((await cli(['seed'])).code).toBe(2);
    expect((await cli(['seed', '--demo', '--synthetic'])).code).toBe(2);
    expect((await cli(['seed', '--synthetic'])).err).toContain('--employees');
    expect((await cli(['seed', '--synthetic', '--employees', 'lots'])).code).toBe(2);
    expect((await cli(['audit'])).code).toBe(2);
    expect((await cli(['import', 'people', 'x.csv'])).code).toBe(2);
  });

  it('when the configuration is invalid, then it says which key and exits 2', async () => {
    const r = await cli(['migrate'], undefined, { DATABASE_URL: 'mysql://nope' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('DATABASE_URL');
  });
});

describe('kinerja CLI against a database', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it('when seeding the demo, then it reports the counts; a second seed refuses with exit 1', async () => {
    const r = await cli(['seed', '--demo'], database);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/\d+ units, \d+ employees, \d+ accounts/);
    const [e] = await database.db.select({ n: count() }).from(employees);
    expect(Number(e!.n)).toBeGreaterThan(70);
    const again = await cli(['seed', '--demo'], database);
    expect(again.code).toBe(1);
    expect(again.err).toContain('Refusing to seed');
  });

  it('when creating an admin, then the account exists; a duplicate exits 1; env variables work too', async () => {
    const r = await cli(['create-admin', '--username', 'root', '--password', 'rahasia-123'], database);
    expect(r.code, r.err).toBe(0);
    const dup = await cli(['create-admin', '--username', 'ROOT', '--password', 'rahasia-123'], database);
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('already exists');
    const fromEnv = await cli(['create-admin'], database, {
      KINERJA_ADMIN_USERNAME: 'root2',
      KINERJA_ADMIN_PASSWORD: 'rahasia-456',
    });
    expect(fromEnv.code, fromEnv.err).toBe(0);
    const rows = await database.db.select().from(users);
    expect(rows.find((u) => u.username === 'root')?.roles).toEqual(['admin', 'hr_admin']);
    expect(rows.some((u) => u.username === 'root2')).toBe(true);
    expect((await cli(['create-admin', '--username', 'x', '--password', 'rahasia-123'], database)).code).toBe(
      2,
    );
  });

  it('when the admin password breaks the policy of /users, then create-admin names the rule, exits 2 and creates nothing', async () => {
    const before = Number((await database.db.select({ n: count() }).from(users))[0]!.n);
    for (const [password, rule] of [
      ['rahasia1', 'at least 10 characters'],
      ['kemuning2026', 'too common'],
      ['bismillah123', 'too common'],
      ['operator-kinerja-1', 'must not contain the username'],
    ]) {
      const r = await cli(['create-admin', '--username', 'kinerja', '--password', password!], database);
      expect(r.code, password).toBe(2);
      expect(r.err, password).toContain(rule);
    }
    const fromEnv = await cli(['create-admin'], database, {
      KINERJA_ADMIN_USERNAME: 'root3',
      KINERJA_ADMIN_PASSWORD: 'rahasia1',
    });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.err).toContain('kata sandi minimal 10 karakter');
    expect(Number((await database.db.select({ n: count() }).from(users))[0]!.n)).toBe(before);
  });

  it('when importing units as an HR administrator, then valid rows are written with --valid-only', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kinerja-cli-')), 'units.csv');
    writeFileSync(file, 'kode,nama,kode_induk\nDINSOS,Dinas Sosial,KMN\nBAD CODE!,x,KMN\n');
    const before = Number((await database.db.select({ n: count() }).from(units))[0]!.n);

    const dry = await cli(['import', 'units', file, '--dry-run', '--as', 'root'], database);
    expect(dry.code).toBe(1);
    expect(dry.err).toContain('row 3');
    const strict = await cli(['import', 'units', file, '--as', 'root'], database);
    expect(strict.code).toBe(1);
    expect(Number((await database.db.select({ n: count() }).from(units))[0]!.n)).toBe(before);

    const partial = await cli(['import', 'units', file, '--valid-only', '--as', 'root', '--json'], database);
    expect(partial.code, partial.err).toBe(0);
    expect(JSON.parse(partial.out)).toMatchObject({ total: 2, failed: 1, imported: 1, committed: true });
    expect(Number((await database.db.select({ n: count() }).from(units))[0]!.n)).toBe(before + 1);

    const missing = await cli(['import', 'units', join(file, 'nope.csv')], database);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Cannot read');
  });

  it('when the audit chain is intact, then verify prints OK; when an entry is altered, it names it and exits 1', async () => {
    const ok = await cli(['audit', 'verify'], database);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/^OK: the audit chain is intact \(\d+ entries\)/);

    // Tamper behind the append-only trigger, as a database superuser could.
    await database.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`);
    await database.exec(
      `UPDATE audit_log SET action = 'tampered' WHERE seq = (SELECT seq FROM audit_log ORDER BY seq LIMIT 1 OFFSET 1)`,
    );
    await database.exec(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete`);
    const broken = await cli(['audit', 'verify'], database);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/BROKEN: audit entry seq \d+ \(id [0-9a-f-]+\): hash_mismatch/);
  });
});

describe('kinerja seed --synthetic', () => {
  it('when asked for 200 employees, then it seeds them into an empty database', async () => {
    const database = await openTestDatabase();
    try {
      const r = await cli(['seed', '--synthetic', '--employees', '200', '--seed', '7'], database);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain('13 units, 200 employees');
    } finally {
      await database.dispose();
    }
  });
});
