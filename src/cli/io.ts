import { parseArgs, type ParseArgsConfig } from 'node:util';
import cliProgress from 'cli-progress';
import type { Config } from '../server/platform/config.js';
import type { Database } from '../server/platform/db/client.js';
import { AppError } from '../server/platform/errors.js';
import { isMessageKey, t } from '../server/platform/i18n.js';

/** Where the CLI reads its environment from and writes to; tests pass their own. */
export interface CliIo {
  /** the environment to configure from; unset means the process environment (read by config.ts) */
  env?: Record<string, string | undefined>;
  out(line: string): void;
  err(line: string): void;
  /** draw progress bars (on an interactive terminal) */
  progress: boolean;
  /** a database opened by the caller (tests): used as is, not migrated, not closed */
  database?: Database;
}

export interface CommandContext {
  io: CliIo;
  config: Config;
  /** opens the configured database (once) and migrates it */
  database(): Promise<Database>;
}

export interface Command {
  name: string;
  summary: string;
  help: string;
  run(ctx: CommandContext, args: string[]): Promise<number>;
}

/** Exit codes: 0 success, 1 failure, 2 wrong usage or configuration. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A failure with a message for the user and an exit code; `run` prints it without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    public readonly exitCode = EXIT_FAILURE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class UsageError extends CliError {
  constructor(message: string, command?: string) {
    super(`${message}\nRun \`kinerja ${command ? `${command} ` : ''}--help\` for usage.`, EXIT_USAGE);
  }
}

/** `util.parseArgs` in strict mode, with its errors turned into usage errors naming the command. */
export function parse<O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: string[],
  options: O,
) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    // Node's messages run long ("Unknown option '--x'. To specify a positional argument …"): keep the first sentence.
    const message = (err as Error).message.split(/\.\s/)[0]!;
    throw new UsageError(message, command);
  }
}

/** The message of an error as a user should read it (AppErrors are translated). */
export function describeError(err: unknown): string {
  if (err instanceof AppError) {
    const key = err.messageKey ?? err.code;
    const text = isMessageKey(key) ? t('en', key, err.vars) : key;
    return err.details ? `${text} ${JSON.stringify(err.details)}` : text;
  }
  if (err instanceof Error) return err.message;
  return String(err);
}

/** PostgreSQL URL without its password, or the PGlite directory. */
export function describeDatabase(config: Config): string {
  if (config.databaseUrl) {
    try {
      const u = new URL(config.databaseUrl);
      if (u.password) u.password = '***';
      return `PostgreSQL ${u.toString()}`;
    } catch {
      return 'PostgreSQL';
    }
  }
  return `PGlite in ${config.dataDir}`;
}

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A progress bar on stderr when interactive; silent otherwise. */
export function progressBar(io: CliIo, label: string): Progress {
  if (!io.progress) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} {bar} {percentage}% | {value}/{total} | {duration_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export const seconds = (startedAt: number) => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
