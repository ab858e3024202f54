import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { appendAudit } from '../audit.js';
import type { RequestContext } from '../context.js';
import type { Deps } from '../deps.js';
import { notFound, staleVersion } from '../errors.js';
import type { Executor, Tx } from './client.js';

/**
 * The workflow pattern for a step on one record (docs/ARCHITECTURE.md, "A workflow step"): one transaction that
 * loads and locks the record (404 when there is none), finds who the caller is to it (`relate` answers 404 itself
 * when the caller may not see it), then runs the step, which writes and appends its audit entry in the same
 * transaction.
 */
export function lockedStep<Row, Rel, T>(
  deps: Deps,
  lock: (tx: Tx) => Promise<Row | undefined>,
  relate: (tx: Tx, row: Row, now: Date) => Promise<Rel>,
  step: (tx: Tx, row: Row, rel: Rel, now: Date) => Promise<T>,
): Promise<T> {
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await lock(tx);
    if (row === undefined) throw notFound();
    const rel = await relate(tx, row, now);
    return step(tx, row, rel, now);
  });
}

/**
 * Takes a transaction-scoped advisory lock on `key` (released at commit or rollback): transactions that take the
 * same key run one after the other from this point, on PostgreSQL as on PGlite (where all are serial anyway). Take
 * it before reading what the step checks, so that the reads see what the previous holder committed.
 */
export async function advisoryLock(tx: Executor, key: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`kinerja:${key}`}))`);
}

/** A table of a mutable workflow record: an id, an optimistic-locking version and `updated_at`. */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

export interface VersionedUpdate<Row> {
  now: Date;
  /** the version the client last read; another one answers 409 CONFLICT (`stale_version`) */
  expected?: number | undefined;
  /** the audit entry: before and after are `snapshot` of the row (plus `extra` after) */
  audit?: {
    action: string;
    entityType: string;
    snapshot: (row: Row) => unknown;
    extra?: Record<string, unknown>;
  };
}

/**
 * 409 CONFLICT (`stale_version`) when the client last read another version than the record's: for a step that
 * checks the version before its other rules (`updateVersioned` checks `expected` only when it writes).
 */
export function assertVersion(row: { version: number }, expected: number | undefined): void {
  if (expected !== undefined && expected !== row.version) throw staleVersion();
}

/**
 * Writes `set` to a versioned record, bumping its version, only if nobody wrote it since it was read (409
 * otherwise), and appends the audit entry in the same transaction. Returns the updated row.
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: Executor,
  ctx: RequestContext,
  table: T,
  row: T['$inferSelect'] & { id: string; version: number },
  set: PgUpdateSetSource<T>,
  opts: VersionedUpdate<T['$inferSelect']>,
): Promise<T['$inferSelect']> {
  assertVersion(row, opts.expected);
  // The two casts below state for a generic table what drizzle infers for every concrete one (`returning()` of a
  // whole table is its `$inferSelect`); TypeScript cannot resolve drizzle's conditional types over a type parameter.
  const values = { ...set, version: row.version + 1, updatedAt: opts.now } as PgUpdateSetSource<T>;
  const updated = (await tx
    .update(table)
    .set(values)
    .where(and(eq(table.id, row.id), eq(table.version, row.version)))
    .returning()) as Array<T['$inferSelect']>;
  const after = updated[0];
  if (!after) throw staleVersion();
  if (opts.audit) {
    const { action, entityType, snapshot, extra } = opts.audit;
    const afterSnapshot = snapshot(after);
    await appendAudit(
      tx,
      ctx,
      {
        action,
        entityType,
        entityId: row.id,
        before: snapshot(row),
        after: extra ? { ...(afterSnapshot as object), ...extra } : afterSnapshot,
      },
      opts.now,
    );
  }
  return after;
}
