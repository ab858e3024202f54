import { sql } from 'drizzle-orm';
import { PASSWORD_PROBLEM_TEXT, passwordProblem, usernameSchema } from '../../domain/auth/schemas.js';
import type { Role } from '../../domain/permissions.js';
import { appendAudit } from '../../server/platform/audit.js';
import { systemContext } from '../../server/platform/context.js';
import { users } from '../../server/platform/db/schema.js';
import { hashPassword } from '../../server/platform/security.js';
import { CliError, EXIT_OK, parse, UsageError, type Command } from '../io.js';

const ROLES: Role[] = ['admin', 'hr_admin'];

export const createAdminCommand: Command = {
  name: 'create-admin',
  summary: 'Create an administrator account (roles admin and hr_admin)',
  help: `Usage: kinerja create-admin --username U --password P
       KINERJA_ADMIN_USERNAME=U KINERJA_ADMIN_PASSWORD=P kinerja create-admin

Creates an account with the roles admin and hr_admin. Each option falls back to its environment variable;
prefer the variables in scripts, since a password on the command line is visible to other local users.

Options:
  --username U   3–64 characters: letters, digits, dot, underscore, hyphen
  --password P   the policy of accounts made in the app: at least 10 characters, not a common password,
                 not containing the username`,
  async run(ctx, args) {
    const { values, positionals } = parse('create-admin', args, {
      username: { type: 'string' },
      password: { type: 'string' },
    });
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument "${positionals[0]}"`, 'create-admin');
    const rawUsername = values.username ?? ctx.config.admin?.username;
    const password = values.password ?? ctx.config.admin?.password;
    if (!rawUsername || !password) {
      throw new UsageError(
        'give --username and --password, or set KINERJA_ADMIN_USERNAME and KINERJA_ADMIN_PASSWORD',
        'create-admin',
      );
    }
    const username = usernameSchema.safeParse(rawUsername);
    if (!username.success) {
      throw new UsageError(
        'the username must be 3–64 characters of letters, digits, dot, underscore or hyphen',
        'create-admin',
      );
    }
    const problem = passwordProblem(password, username.data);
    if (problem) throw new UsageError(PASSWORD_PROBLEM_TEXT[problem], 'create-admin');
    const { db } = await ctx.database();
    const taken = async () =>
      (
        await db
          .select({ id: users.id })
          .from(users)
          .where(sql`lower(${users.username}) = lower(${username.data})`)
      ).length > 0;
    if (await taken()) throw new CliError(`An account named "${username.data}" already exists.`);
    const passwordHash = await hashPassword(password);
    try {
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(users)
          .values({ username: username.data, passwordHash, roles: ROLES })
          .returning({ id: users.id });
        await appendAudit(tx, systemContext('cli'), {
          action: 'user.create',
          entityType: 'user',
          entityId: row!.id,
          after: { username: username.data, roles: ROLES },
        });
      });
    } catch (err) {
      if (await taken()) throw new CliError(`An account named "${username.data}" already exists.`);
      throw err;
    }
    ctx.io.out(`Created the account "${username.data}" with the roles ${ROLES.join(', ')}.`);
    return EXIT_OK;
  },
};
