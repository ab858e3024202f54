import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../../test/helpers.js';
import { insertCycle } from '../../../../test/planning-fixtures.js';
import { ManualClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { systemContext } from '../context.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { auditLog, cycles } from './schema.js';
import { assertVersion, lockedStep, updateVersioned } from './steps.js';

const conflict = (e: unknown) => e instanceof AppError && e.code === 'CONFLICT';

describe('workflow steps', () => {
  let database: TestDatabase;
  let deps: Deps;
  const now = new Date('2026-11-29T03:00:00Z');

  beforeAll(async () => {
    database = await openTestDatabase();
    deps = { database, config: loadConfig({ LOG_LEVEL: 'silent' }), clock: new ManualClock(now) };
  });
  afterAll(async () => database.dispose());

  const readCycle = async (id: string) =>
    (await database.db.select().from(cycles).where(eq(cycles.id, id)))[0]!;
  const lastAudit = async () =>
    (await database.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1))[0];

  it('when a versioned record is updated, then the version goes up and the audit entry holds both snapshots', async () => {
    const cycle = await insertCycle(database, 2031);
    const row = await database.db.transaction((tx) =>
      updateVersioned(
        tx,
        systemContext('test'),
        cycles,
        cycle,
        { planningDeadline: '2031-02-28' },
        {
          now,
          expected: cycle.version,
          audit: {
            action: 'cycle.update',
            entityType: 'cycle',
            snapshot: (r) => ({ deadline: r.planningDeadline }),
            extra: { why: 'test' },
          },
        },
      ),
    );
    expect(row).toMatchObject({ planningDeadline: '2031-02-28', version: cycle.version + 1 });
    expect(row.updatedAt.toISOString()).toBe(now.toISOString());
    expect(await lastAudit()).toMatchObject({
      action: 'cycle.update',
      entityType: 'cycle',
      entityId: cycle.id,
      before: { deadline: cycle.planningDeadline },
      after: { deadline: '2031-02-28', why: 'test' },
    });
  });

  it('when the client read another version, or someone wrote since the row was read, then 409 and nothing is written', async () => {
    const cycle = await insertCycle(database, 2032);
    const ctx = systemContext('test');
    const audits = (await lastAudit())?.seq ?? 0;
    await expect(
      database.db.transaction((tx) =>
        updateVersioned(tx, ctx, cycles, cycle, { planningDeadline: '2032-02-28' }, { now, expected: 7 }),
      ),
    ).rejects.toSatisfy(conflict);
    // Another writer moved the version on: the row read before it is stale.
    await database.db
      .update(cycles)
      .set({ version: cycle.version + 1 })
      .where(eq(cycles.id, cycle.id));
    const audit = { action: 'cycle.update', entityType: 'cycle', snapshot: () => ({}) };
    await expect(
      database.db.transaction((tx) =>
        updateVersioned(tx, ctx, cycles, cycle, { planningDeadline: '2032-02-28' }, { now, audit }),
      ),
    ).rejects.toSatisfy(conflict);
    expect(await readCycle(cycle.id)).toMatchObject({ planningDeadline: null, version: cycle.version + 1 });
    expect((await lastAudit())?.seq ?? 0).toBe(audits);
    expect(() => assertVersion(cycle, cycle.version + 1)).toThrow(AppError);
    expect(() => assertVersion(cycle, undefined)).not.toThrow();
  });

  it('when a locked step finds no record, then 404 before relating or stepping; otherwise the step gets row, relation and time', async () => {
    const cycle = await insertCycle(database, 2033);
    const calls: string[] = [];
    await expect(
      lockedStep(
        deps,
        () => Promise.resolve(undefined),
        async () => calls.push('relate'),
        async () => calls.push('step'),
      ),
    ).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === 'NOT_FOUND');
    expect(calls).toEqual([]);
    const result = await lockedStep(
      deps,
      async (tx) => (await tx.select().from(cycles).where(eq(cycles.id, cycle.id)).for('update'))[0],
      async (_tx, row) => `related to ${row.year}`,
      async (_tx, row, rel, at) => ({ id: row.id, rel, at }),
    );
    expect(result).toEqual({ id: cycle.id, rel: 'related to 2033', at: now });
  });
});
