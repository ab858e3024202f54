import { createHash } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Executor } from './db/client.js';
import { auditLog } from './db/schema.js';
import type { RequestContext } from './context.js';

/** The hash of the (virtual) entry before the first one. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** JSON with sorted keys, so the hash does not depend on how jsonb orders them. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

interface HashedFields {
  id: string;
  at: Date;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
}

export function entryHash(e: HashedFields): string {
  const payload = canonicalJson({
    id: e.id,
    at: e.at.toISOString(),
    actorUserId: e.actorUserId,
    actorLabel: e.actorLabel,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
    requestId: e.requestId,
    prevHash: e.prevHash,
  });
  return createHash('sha256').update(payload).digest('hex');
}

/** Dates and other non-JSON values become what jsonb will store, so the hash matches on re-read. */
const toJson = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

/**
 * Appends one entry inside the caller's transaction. An advisory lock serialises writers (also across
 * server processes on one PostgreSQL) so that each entry links to the one before it.
 */
export async function appendAudit(
  tx: Executor,
  ctx: RequestContext & { systemLabel?: string },
  input: AuditInput,
  at: Date = new Date(),
): Promise<void> {
  await appendAuditMany(tx, ctx, [input], at);
}

/** Appends many entries at once (imports, seeds): one lock, one read of the chain's end, batched inserts. */
export async function appendAuditMany(
  tx: Executor,
  ctx: RequestContext & { systemLabel?: string },
  inputs: AuditInput[],
  at: Date = new Date(),
): Promise<void> {
  if (inputs.length === 0) return;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('kinerja:audit'))`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = inputs.map((input) => {
    const fields: HashedFields = {
      id: crypto.randomUUID(),
      at: new Date(Math.floor(at.getTime())),
      actorUserId: ctx.actor?.userId ?? null,
      actorLabel: ctx.actor?.username ?? ctx.systemLabel ?? 'system',
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: toJson(input.before),
      after: toJson(input.after),
      requestId: ctx.requestId,
      prevHash,
    };
    const hash = entryHash(fields);
    prevHash = hash;
    return { ...fields, hash };
  });
  for (let i = 0; i < rows.length; i += 500) await tx.insert(auditLog).values(rows.slice(i, i + 500));
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; id: string; reason: 'hash_mismatch' | 'broken_link' };
}

/** Walks the whole chain in order, in pages, and reports the first entry that does not verify. */
export async function verifyAuditChain(db: Executor, pageSize = 1000): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let afterSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, afterSeq))
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prevHash !== prev) {
        return { ok: false, checked, firstBroken: { seq: row.seq, id: row.id, reason: 'broken_link' } };
      }
      if (entryHash(row) !== row.hash) {
        return { ok: false, checked, firstBroken: { seq: row.seq, id: row.id, reason: 'hash_mismatch' } };
      }
      prev = row.hash;
      checked++;
      afterSeq = row.seq;
    }
  }
}
