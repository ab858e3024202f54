import type { FastifyBaseLogger } from 'fastify';
import { count } from 'drizzle-orm';
import { PASSWORD_PROBLEM_TEXT, passwordProblem, usernameSchema } from '../domain/auth/schemas.js';
import { appendAudit } from './platform/audit.js';
import { systemContext } from './platform/context.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/client.js';
import { employees, units, users } from './platform/db/schema.js';
import { hashPassword } from './platform/security.js';
import { seedDemo } from './seed/demo.js';
import { seedLibrary } from './seed/library-templates.js';

/** The bootstrap admin cannot be created as configured: the server refuses to start (main.ts logs it, exits 1). */
export class BootstrapError extends Error {
  override name = 'BootstrapError';
}

/**
 * The KINERJA_ADMIN_* account must meet the policy of accounts made in the app (`/users`): a weak first admin would
 * be the easiest way in. Null when it does.
 */
export function adminAccountProblem(admin: { username: string; password: string }): string | null {
  if (!usernameSchema.safeParse(admin.username).success)
    return 'KINERJA_ADMIN_USERNAME: 3–64 characters of letters, digits, dot, underscore or hyphen';
  const problem = passwordProblem(admin.password, admin.username);
  return problem ? `KINERJA_ADMIN_PASSWORD: ${PASSWORD_PROBLEM_TEXT[problem]}` : null;
}

/**
 * On every start: seed the indicator library (when it has no adopted template). On an empty database: create the
 * KINERJA_ADMIN_* account, and seed the Kemuning demo when KINERJA_DEMO is on.
 * "Empty" means no users, units and employees yet.
 */
export async function bootstrap(database: Database, config: Config, log: Pick<FastifyBaseLogger, 'info'>) {
  // Two servers starting together on one PostgreSQL: only one of them seeds.
  await database.withLock('bootstrap', () => bootstrapLocked(database, config, log));
}

async function bootstrapLocked(database: Database, config: Config, log: Pick<FastifyBaseLogger, 'info'>) {
  const { db } = database;
  // The indicator library is seeded on every start (it only inserts while no adopted template exists).
  const library = await seedLibrary(database);
  if (library.inserted > 0) log.info(library, 'seeded the indicator library');
  const [u] = await db.select({ n: count() }).from(users);
  const [un] = await db.select({ n: count() }).from(units);
  const [e] = await db.select({ n: count() }).from(employees);
  const empty = (u?.n ?? 0) === 0 && (un?.n ?? 0) === 0 && (e?.n ?? 0) === 0;
  if (!empty) return;
  // refuse before anything is written, so that a corrected setting starts on the same empty database
  const problem = config.admin ? adminAccountProblem(config.admin) : null;
  if (problem)
    throw new BootstrapError(
      `Refusing to create the initial admin account: ${problem}. Set a stronger KINERJA_ADMIN_PASSWORD and start again.`,
    );
  if (config.demo) {
    const result = await seedDemo(database);
    log.info(result, 'seeded the Kemuning demo data');
  }
  if (config.admin) {
    const { username, password } = config.admin;
    const passwordHash = await hashPassword(password);
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({ username, passwordHash, roles: ['admin', 'hr_admin'] })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (row) {
        await appendAudit(tx, systemContext('bootstrap'), {
          action: 'user.create',
          entityType: 'user',
          entityId: row.id,
          after: { username, roles: ['admin', 'hr_admin'] },
        });
      }
    });
    log.info({ username }, 'created the initial admin account');
  }
}
