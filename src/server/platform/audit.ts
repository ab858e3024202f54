import { createHash } from 'node:crypto';
import { asc, gt, sql } from 'drizzle-orm';
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

/** The fields every chained hash covers apart from `requestId` and `prevHash` (canonicalJson sorts the keys). */
function contentFields(e: Omit<HashedFields, 'prevHash'>) {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorUserId: e.actorUserId,
    actorLabel: e.actorLabel,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
  };
}

export function entryHash(e: HashedFields): string {
  const payload = canonicalJson({ ...contentFields(e), requestId: e.requestId, prevHash: e.prevHash });
  return createHash('sha256').update(payload).digest('hex');
}

/** Dates and other non-JSON values become what jsonb will store, so the hash matches on re-read. */
const toJson = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

/** An entry whose place in the chain is not known yet: everything but `prevHash` and `hash`. */
export type UnchainedEntry = Omit<HashedFields, 'prevHash'>;

/**
 * The canonical payload of `entryHash` split around the previous hash: `head + prevHash + tail` is exactly what
 * `entryHash` hashes (`prevHash` is the last key but one in sorted order, `requestId` the last). The database
 * function `kinerja_audit_append` computes the chained hashes from these parts once it knows the chain's end.
 */
export function chainParts(e: UnchainedEntry): { head: string; tail: string } {
  const rest = canonicalJson(contentFields(e));
  return {
    head: `${rest.slice(0, -1)},"prevHash":"`,
    tail: `","requestId":${canonicalJson(e.requestId)}}`,
  };
}

/** Entries buffered per open transaction; flushed by `flushAudit` right before COMMIT. */
const pending = new WeakMap<object, UnchainedEntry[]>();

/** Above this many buffered entries a transaction appends them at once (bounded memory for seeds and imports). */
const BUFFER_LIMIT = 5000;
/** Entries per call of the database function (the size of one statement's parameter). */
const CHUNK = 1000;

/**
 * Starts buffering the transaction's entries: from now on `appendAudit` on `tx` only buffers, and `flushAudit`
 * right before COMMIT takes the chain's advisory lock, reads the chain's end, chains and inserts all of them in one
 * statement (`kinerja_audit_append`). The lock is thus held only for that statement and the COMMIT, not across the
 * transaction's other statements; a transaction that rolls back never writes its entries. Called for every
 * `db.transaction` by `instrumentTransactions` (platform/db/transactions.ts).
 */
export function openAuditBuffer(tx: Executor): void {
  pending.set(tx, []);
}

/** Stops buffering (after COMMIT's flush, or when the transaction failed: its buffered entries are dropped). */
export function closeAuditBuffer(tx: Executor): void {
  pending.delete(tx);
}

/** Appends the transaction's buffered entries to the chain (a no-op when there are none). */
export async function flushAudit(tx: Executor): Promise<void> {
  const entries = pending.get(tx);
  if (!entries || entries.length === 0) return;
  pending.set(tx, []);
  await appendChained(tx, entries);
}

/**
 * Chains and inserts entries in one statement per chunk: the database function takes the advisory lock (held until
 * the transaction ends; also across server processes on one PostgreSQL), reads the chain's end and computes each
 * hash from `chainParts`, so that each entry links to the one committed before it.
 */
async function appendChained(tx: Executor, entries: UnchainedEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK).map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actor_user_id: e.actorUserId,
      actor_label: e.actorLabel,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      before: e.before,
      after: e.after,
      request_id: e.requestId,
      ...chainParts(e),
    }));
    await tx.execute(sql`SELECT kinerja_audit_append(${JSON.stringify(chunk)}::jsonb)`);
  }
}

/**
 * Appends one entry as part of the caller's transaction: inside `db.transaction` it is chained at the
 * transaction's end (`openAuditBuffer`); on the database itself (no transaction) it is appended at once.
 */
export async function appendAudit(
  tx: Executor,
  ctx: RequestContext & { systemLabel?: string },
  input: AuditInput,
  at: Date = new Date(),
): Promise<void> {
  await appendAuditMany(tx, ctx, [input], at);
}

/** Appends many entries at once (imports, seeds): chained together in one statement per 1,000 entries. */
export async function appendAuditMany(
  tx: Executor,
  ctx: RequestContext & { systemLabel?: string },
  inputs: AuditInput[],
  at: Date = new Date(),
): Promise<void> {
  if (inputs.length === 0) return;
  const entries: UnchainedEntry[] = inputs.map((input) => ({
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
  }));
  const buffer = pending.get(tx);
  if (!buffer) return appendChained(tx, entries);
  for (const e of entries) buffer.push(e);
  if (buffer.length >= BUFFER_LIMIT) await flushAudit(tx);
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
