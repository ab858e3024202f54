import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Role } from '../../domain/permissions.js';
import { systemClock } from '../../server/platform/clock.js';
import { systemContext, type RequestContext } from '../../server/platform/context.js';
import type { Database } from '../../server/platform/db/client.js';
import { users } from '../../server/platform/db/schema.js';
import { AppError } from '../../server/platform/errors.js';
import type { Locale } from '../../server/platform/i18n.js';
import type { ImportReport } from '../../server/modules/org/index.js';
import {
  CliError,
  describeError,
  EXIT_FAILURE,
  EXIT_OK,
  parse,
  progressBar,
  seconds,
  UsageError,
  type Command,
} from '../io.js';

const KINDS = ['employees', 'units'] as const;
type Kind = (typeof KINDS)[number];
/** rows with errors printed in full; the rest are counted (use --json for everything) */
const MAX_LISTED = 50;

/** The context the import runs in: the CLI itself, or an existing account given with --as. */
async function importContext(database: Database, locale: Locale, as: string | undefined) {
  const base = { ...systemContext('cli'), locale };
  if (!as) return base;
  const [user] = await database.db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${as})`);
  if (!user) throw new CliError(`No account named "${as}".`);
  if (!user.active) throw new CliError(`The account "${as}" is deactivated.`);
  const ctx: RequestContext = {
    ...base,
    actor: {
      userId: user.id,
      username: user.username,
      roles: user.roles as Role[],
      employeeId: user.employeeId,
      via: 'token',
    },
  };
  return ctx;
}

type Report = ImportReport;

const isReport = (value: unknown): value is Report =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as Report).rows) &&
  typeof (value as Report).total === 'number';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import employees or units from a CSV or XLSX file',
  help: `Usage: kinerja import employees FILE [--valid-only] [--dry-run] [--json] [--as USERNAME] [--lang id|en]
       kinerja import units FILE [--valid-only] [--dry-run] [--json] [--as USERNAME] [--lang id|en]

Imports a CSV (comma or semicolon, UTF-8) or XLSX file in the same format as the import page of the web app
(download the template there). Rows whose key (NIP, unit code) exists update the record; others create one.
By default the import is all or nothing: if any row fails, nothing is written.

Options:
  --dry-run        check every row and report; write nothing
  --valid-only     import the valid rows and skip the failing ones
  --json           print the whole report as JSON
  --as USERNAME    record the import in the audit log as this account (which needs the hr_admin role);
                   without it the import is recorded as the system actor "cli"
  --lang id|en     language of the row messages (default id)

Exit code 0 when the import did what was asked (a dry run with no failing rows; with --valid-only, the valid
rows were written), 1 when rows failed or nothing was written.

Examples:
  kinerja import units unit.csv --dry-run
  kinerja import employees pegawai.xlsx --valid-only`,
  async run(ctx, args) {
    const { values, positionals } = parse('import', args, {
      'valid-only': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      as: { type: 'string' },
      lang: { type: 'string' },
    });
    const [kindArg, file, ...extra] = positionals;
    if (!kindArg || !(KINDS as readonly string[]).includes(kindArg)) {
      throw new UsageError(
        kindArg
          ? `unknown import "${kindArg}": use employees or units`
          : 'what to import: employees or units',
        'import',
      );
    }
    const kind = kindArg as Kind;
    if (!file) throw new UsageError(`missing FILE: kinerja import ${kind} FILE`, 'import');
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`, 'import');
    const lang = values.lang ?? 'id';
    if (lang !== 'id' && lang !== 'en') throw new UsageError('--lang must be id or en', 'import');
    const validOnly = Boolean(values['valid-only']);
    const dryRun = Boolean(values['dry-run']);

    let data: Buffer;
    try {
      data = await readFile(file);
    } catch (err) {
      throw new CliError(`Cannot read ${file}: ${(err as Error).message}`);
    }
    const { io } = ctx;
    const database = await ctx.database();
    const requestCtx = await importContext(database, lang, values.as);
    // Loaded on use: the other commands do not need the org module (nor its spreadsheet libraries).
    const org = await import('../../server/modules/org/index.js');
    const importer = kind === 'employees' ? org.importEmployees : org.importUnits;

    const startedAt = performance.now();
    const bar = progressBar(io, `Importing ${kind}`);
    let report: Report;
    try {
      report = await importer({ database, config: ctx.config, clock: systemClock }, requestCtx, {
        data,
        filename: basename(file),
        validOnly,
        dryRun,
        onProgress: (done, total) => bar.update(done, total),
      });
    } catch (err) {
      // All-or-nothing imports with failing rows throw, carrying the report: show it like any other.
      if (err instanceof AppError && isReport(err.details)) {
        report = err.details;
      } else if (err instanceof AppError && (err.code === 'UNAUTHENTICATED' || err.code === 'FORBIDDEN')) {
        throw new CliError(
          `The import was refused (${describeError(err)}). ` +
            'The account given with --as needs the hr_admin role.',
        );
      } else {
        throw err;
      }
    } finally {
      bar.stop();
    }

    if (values.json) {
      io.out(JSON.stringify(report, null, 2));
    } else {
      const failing = report.rows.filter((r) => r.errors.length > 0 || r.status === 'error');
      for (const r of failing.slice(0, MAX_LISTED)) {
        const problems = r.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
        io.err(`  row ${r.row}${r.key ? ` (${r.key})` : ''}: ${problems}`);
      }
      if (failing.length > MAX_LISTED) io.err(`  … and ${failing.length - MAX_LISTED} more rows with errors`);
      const outcome = dryRun
        ? 'dry run, nothing written'
        : report.committed
          ? `${report.imported} written`
          : 'nothing written';
      io.out(
        `${kind}: ${report.total} rows, ${report.total - report.failed} valid, ${report.failed} failing — ` +
          `${outcome} (${seconds(startedAt)}).`,
      );
    }
    const ok = dryRun ? report.failed === 0 : report.committed && (report.failed === 0 || validOnly);
    return ok ? EXIT_OK : EXIT_FAILURE;
  },
};
