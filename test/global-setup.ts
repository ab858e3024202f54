import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/server/platform/db/client.js';
import { testDatabaseUrl } from '../src/server/platform/config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL: the template database every test file copies. */
    pgTemplate: string | null;
    /** PGlite: a migrated data dump every test file starts from. */
    pgliteDump: string | null;
    /** names this run's test databases, so cleanup never touches another run's */
    runId: string;
  }
}

/** Migrates once per run; each test file then gets its own fresh copy (a database or a PGlite instance). */
export default async function setup(project: TestProject) {
  const url = testDatabaseUrl();
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  project.provide('runId', runId);
  if (url) {
    const admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
    const name = `kinerja_tmpl_${runId}`;
    await admin.exec(`CREATE DATABASE ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const tmpl = await openDatabase({ databaseUrl: u.toString(), poolSize: 1 });
    await tmpl.migrate();
    await tmpl.close();
    project.provide('pgTemplate', name);
    project.provide('pgliteDump', null);
    return async () => {
      // Drop the template and any test database a crashed run left behind.
      const leftovers = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE starts_with(datname, $1) OR datname = $2`,
        [`kinerja_t_${runId}_`, name],
      );
      for (const { datname } of leftovers)
        await admin.exec(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      await admin.close();
    };
  }
  const db = await openDatabase({});
  await db.migrate();
  const dump = await db.pglite!.dumpDataDir('gzip');
  await db.close();
  const dir = join(process.cwd(), '.data-test');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `template-${process.pid}.tar.gz`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteDump', file);
  project.provide('pgTemplate', null);
  // this run's dump only: other runs (other processes) may still be reading theirs
  return () => rmSync(file, { force: true });
}
