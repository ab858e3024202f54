import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { buildTeam, createPlan, insertCycle } from '../../../../test/planning-fixtures.js';

// pg warns (once per process, so this file listens from its start) when a query is sent on a connection that is
// still running one: a `Promise.all` of queries on one transaction
const warnings: string[] = [];
const onWarning = (w: Error) => warnings.push(w.message);
process.on('warning', onWarning);

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  process.off('warning', onWarning);
  await t.close();
});

const busyClient = () => warnings.filter((m) => m.includes('already executing a query'));

describe('one query at a time on a transaction’s connection', () => {
  it('when a transaction starts several queries together, then all answer and pg never gets two at once', async () => {
    const [a, b, c] = await t.database.db.transaction((tx) =>
      Promise.all([
        tx.execute(sql`SELECT pg_sleep(0.05), 1 AS n`),
        tx.execute(sql`SELECT 2 AS n`),
        tx.execute(sql`SELECT 3 AS n`),
      ]),
    );
    const n = (r: unknown) => Number((r as { rows: Array<{ n: number }> }).rows[0]!.n);
    expect([n(a), n(b), n(c)]).toEqual([1, 2, 3]);
    // give process.emitWarning (next tick) its turn
    await new Promise((resolve) => setImmediate(resolve));
    expect(busyClient()).toEqual([]);
  });

  it('when a plan is created and changed (its view is read with parallel reads inside the transaction), then no warning', async () => {
    const team = await buildTeam(t);
    const cycle = await insertCycle(t.database, 2026);
    const plan = await createPlan(team.nurse.client, cycle.id, team.nurse.id);
    const changed = await team.nurse.client.patch(`/work-plans/${plan.id}`, {
      approach: 'qualitative',
      version: plan.version,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    await new Promise((resolve) => setImmediate(resolve));
    expect(busyClient()).toEqual([]);
  });
});
