import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig, type Config } from '../server/platform/config.js';
import { openDatabase, type Database } from '../server/platform/db/client.js';
import { auditCommand } from './commands/audit.js';
import { createAdminCommand } from './commands/create-admin.js';
import { importCommand } from './commands/import.js';
import { migrateCommand } from './commands/migrate.js';
import { seedCommand } from './commands/seed.js';
import {
  CliError,
  describeError,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  type CliIo,
  type Command,
} from './io.js';

export const COMMANDS: readonly Command[] = [
  migrateCommand,
  seedCommand,
  createAdminCommand,
  auditCommand,
  importCommand,
];

const USAGE_LINES: Array<[string, string]> = [
  ['migrate', 'Apply pending database migrations'],
  ['seed --demo', 'Seed the Kemuning demo organisation and its accounts'],
  ['seed --synthetic --employees N', 'Seed a generated kabupaten of N employees (load tests)'],
  ['create-admin --username U --password P', 'Create an administrator account'],
  ['audit verify', "Check the audit log's hash chain"],
  ['import employees|units FILE', 'Import employees or units from a CSV or XLSX file'],
];

export const MAIN_HELP = `kinerja — command line of Kinerja, performance management for ASN

Usage: kinerja <command> [options]

Commands:
${USAGE_LINES.map(([c, d]) => `  ${c.padEnd(40)}${d}`).join('\n')}

Run \`kinerja <command> --help\` for the options of a command.

The database is the server's: PostgreSQL when DATABASE_URL is set, otherwise PGlite in KINERJA_DATA_DIR
(default ./data). With PGlite stop the server first: only one process may open the data directory.
Every command applies pending migrations first.

Exit codes: 0 success, 1 failure, 2 wrong usage or configuration.`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

const wantsHelp = (args: string[]) => args.includes('--help') || args.includes('-h');

/** Runs one CLI invocation and returns its exit code; never calls process.exit. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(MAIN_HELP);
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h') {
    io.out(MAIN_HELP);
    return EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.out(version());
    return EXIT_OK;
  }
  if (name === 'help') {
    const command = COMMANDS.find((c) => c.name === args[0]);
    io.out(command ? command.help : MAIN_HELP);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Error: ${new UsageError(`unknown command "${name}"`).message}`);
    return EXIT_USAGE;
  }
  if (wantsHelp(args)) {
    io.out(command.help);
    return EXIT_OK;
  }

  let config: Config;
  try {
    config = loadConfig(io.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.err(err.message);
      return EXIT_USAGE;
    }
    throw err;
  }

  let opened: Database | undefined;
  let opening: Promise<Database> | undefined;
  const database = () => {
    if (io.database) return Promise.resolve(io.database);
    opening ??= (async () => {
      const db = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        poolSize: config.dbPoolSize,
      });
      opened = db;
      await db.migrate();
      return db;
    })();
    return opening;
  };

  try {
    return await command.run({ io, config, database }, args);
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`Error: ${err.message}`);
      return err.exitCode;
    }
    io.err(`Error: ${describeError(err)}`);
    return EXIT_FAILURE;
  } finally {
    await opened?.close().catch(() => undefined);
  }
}
