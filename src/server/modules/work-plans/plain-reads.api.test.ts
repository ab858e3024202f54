import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { testDatabaseUrl } from '../../platform/config.js';
import { buildTeam, createPlan, insertCycle, type Team } from '../../../../test/planning-fixtures.js';

let t: TestApp;
let team: Team;

beforeAll(async () => {
  t = await createTestApp();
  team = await buildTeam(t);
});
afterAll(async () => t.close());

describe('reads of a plan take no row lock', () => {
  // PGlite runs one transaction at a time, so a held lock would block every request there anyway
  it.skipIf(!testDatabaseUrl())(
    'when a write holds the plan row locked, then GET of the plan, its comments, versions and changes still answer',
    async () => {
      const cycle = await insertCycle(t.database, 2026);
      const plan = await createPlan(team.nurse.client, cycle.id, team.nurse.id);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const writer = t.database.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT id FROM work_plans WHERE id = ${plan.id} FOR UPDATE`);
        locked();
        await held;
      });
      await isLocked;
      try {
        // a read that locked the row would wait for the writer, which waits for these reads: the test would time out
        for (const path of ['', '/comments', '/versions', '/changes', '/parent-options']) {
          const res = await team.nurse.client.get(`/work-plans/${plan.id}${path}`);
          expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
        }
      } finally {
        release();
        await writer;
      }
    },
    30_000,
  );
});
