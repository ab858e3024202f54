import type { Logger } from 'drizzle-orm';
import type { Database } from '../src/server/platform/db/client.js';

/** Transaction control is left out: PGlite issues it outside Drizzle, node-postgres through it. */
const CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;

export interface QueryCounter {
  /** the statements issued since the last `reset` */
  readonly statements: string[];
  reset(): void;
}

/**
 * Counts the SQL statements the app sends through Drizzle, on both drivers: a logger set on the database's Drizzle
 * session (and on the options its transactions copy). Raw `database.query` calls (the health check) are not counted.
 */
export function countQueries(database: Database): QueryCounter {
  const session = (database.db as unknown as { session?: { logger: Logger; options?: { logger?: Logger } } })
    .session;
  if (!session?.options) throw new Error('the Drizzle session has no logger to hook (did Drizzle change?)');
  const statements: string[] = [];
  const logger: Logger = {
    logQuery(query) {
      if (!CONTROL.test(query)) statements.push(query.replace(/\s+/g, ' ').trim());
    },
  };
  session.logger = logger;
  session.options.logger = logger;
  return {
    statements,
    reset() {
      statements.length = 0;
    },
  };
}
