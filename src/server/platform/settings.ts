import { eq } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import type { RequestContext } from './context.js';
import type { Executor, Tx } from './db/client.js';
import { settings } from './db/schema.js';
import { staleVersion } from './errors.js';

/**
 * The `settings` table: one JSON document per key (the configurable rules of the domain). Each module validates its
 * own documents; this is how they are read, locked and written, the same way for every key.
 */
export type SettingRow = typeof settings.$inferSelect;

/** The stored document of `key`, or undefined while none is stored. */
export async function readSetting(db: Executor, key: string): Promise<SettingRow | undefined> {
  const [row] = await db.select().from(settings).where(eq(settings.key, key)).limit(1);
  return row;
}

/** The stored document of `key`, locked until the transaction ends (undefined while none is stored). */
export async function lockSetting(tx: Executor, key: string): Promise<SettingRow | undefined> {
  const [row] = await tx.select().from(settings).where(eq(settings.key, key)).limit(1).for('update');
  return row;
}

/**
 * Stores a new document for `key` in `tx`, whose row the caller locked first (`lockSetting`, passed as `row`):
 * 409 when `expectedVersion` is given and differs from the stored version (0 while none is stored); the version goes
 * up by one; audited as `setting.update` with what the caller says was in force before and the new value.
 */
export async function writeSetting(
  tx: Tx,
  ctx: RequestContext,
  w: {
    key: string;
    row: SettingRow | undefined;
    value: Record<string, unknown>;
    before: unknown;
    expectedVersion: number | undefined;
    userId: string;
    now: Date;
  },
): Promise<void> {
  const { key, row, value, now, userId } = w;
  if (w.expectedVersion !== undefined && w.expectedVersion !== (row?.version ?? 0)) throw staleVersion();
  if (row)
    await tx
      .update(settings)
      .set({ value, version: row.version + 1, updatedBy: userId, updatedAt: now })
      .where(eq(settings.key, key));
  else
    await tx
      .insert(settings)
      .values({ key, value, version: 1, updatedBy: userId, createdAt: now, updatedAt: now });
  await appendAudit(
    tx,
    ctx,
    { action: 'setting.update', entityType: 'setting', entityId: key, before: w.before, after: value },
    now,
  );
}
