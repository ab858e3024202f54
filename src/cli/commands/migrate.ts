import { describeDatabase, EXIT_OK, parse, seconds, UsageError, type Command } from '../io.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply pending database migrations',
  help: `Usage: kinerja migrate

Applies every pending migration to the configured database (DATABASE_URL, or PGlite in KINERJA_DATA_DIR).
Migrations are forward-only and safe to run again; two servers starting together do not run them twice.`,
  async run(ctx, args) {
    const { positionals } = parse('migrate', args, {});
    if (positionals.length > 0) throw new UsageError('migrate takes no arguments', 'migrate');
    const startedAt = performance.now();
    await ctx.database();
    ctx.io.out(`Database is up to date: ${describeDatabase(ctx.config)} (${seconds(startedAt)})`);
    return EXIT_OK;
  },
};
