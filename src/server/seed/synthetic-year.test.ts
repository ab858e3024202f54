import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/helpers.js';
import { verifyAuditChain } from '../platform/audit.js';
import { seedSynthetic } from './synthetic.js';
import { seedSyntheticYear, type SyntheticYearResult } from './synthetic-year.js';

/** A mid-year "today": seven months have ended, six of them evaluated. */
const NOW = new Date('2026-08-15T03:00:00Z');

describe('seedSyntheticYear (60 employees)', () => {
  let database: TestDatabase;
  let seeded: SyntheticYearResult;
  const steps: string[] = [];
  const q = <T>(text: string, params: unknown[] = []) => database.query<T>(text, params);
  const one = async (text: string, params: unknown[] = []) =>
    Number((await q<{ n: number | string }>(text, params))[0]!.n);

  beforeAll(async () => {
    database = await openTestDatabase();
    await seedSynthetic(database, { employees: 60 });
    seeded = await seedSyntheticYear(database, {
      passwordHash: 'not-a-real-hash',
      now: NOW,
      onStep: (s) => steps.push(s),
    });
  });
  afterAll(async () => {
    await database.dispose();
  });

  it('when seeded mid-year, then the cycle is that year with 12 monthly periods, 7 ended and 6 evaluated', async () => {
    expect(seeded).toMatchObject({ year: 2026, elapsedPeriods: 7, evaluatedPeriods: 6 });
    expect(await one(`SELECT count(*) AS n FROM periods WHERE kind = 'periodic'`)).toBe(12);
    expect(steps).toContain('progress');
  });

  it('when seeded, then every employee has an account and one plan, and unit heads have approved plans', async () => {
    expect(await one(`SELECT count(*) AS n FROM users WHERE employee_id IS NOT NULL`)).toBe(60);
    expect(await one(`SELECT count(DISTINCT employee_id) AS n FROM work_plans`)).toBe(60);
    expect(await one(`SELECT count(*) AS n FROM work_plans`)).toBe(60);
    const approved = await one(`SELECT count(*) AS n FROM work_plans WHERE status = 'approved'`);
    expect(approved).toBeGreaterThanOrEqual(57);
    expect(
      await one(`SELECT count(*) AS n FROM units u JOIN work_plans w ON w.employee_id = u.head_id
                 WHERE w.status <> 'approved'`),
    ).toBe(0);
  });

  it('when seeded, then results cascade from the supervisor’s plan and each result has 2–3 indicators', async () => {
    const dangling = await one(`
      SELECT count(*) AS n FROM plan_results r JOIN work_plans w ON w.id = r.work_plan_id
      JOIN employees e ON e.id = w.employee_id
      LEFT JOIN plan_results pr ON pr.id = r.parent_result_id
      LEFT JOIN work_plans pw ON pw.id = pr.work_plan_id
      WHERE (e.supervisor_id IS NULL AND r.parent_result_id IS NOT NULL)
         OR (e.supervisor_id IS NOT NULL AND (pw.employee_id IS DISTINCT FROM e.supervisor_id))`);
    expect(dangling).toBe(0);
    const perResult = await q<{ n: number | string }>(
      `SELECT count(i.id) AS n FROM plan_results r LEFT JOIN plan_indicators i ON i.result_id = r.id GROUP BY r.id`,
    );
    expect(perResult.length).toBe(120);
    expect(perResult.every((r) => Number(r.n) >= 2 && Number(r.n) <= 3)).toBe(true);
  });

  it('when seeded, then every indicator of an approved plan has exactly one entry per ended month', async () => {
    const cells = await q<{ n: number | string }>(`
      SELECT count(pe.id) AS n FROM plan_indicators i JOIN work_plans w ON w.id = i.work_plan_id
      CROSS JOIN periods p
      LEFT JOIN progress_entries pe ON pe.indicator_id = i.id AND pe.period_id = p.id
      WHERE w.status = 'approved' AND p.kind = 'periodic' AND p.index <= 7
      GROUP BY i.id, p.id`);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => Number(c.n) === 1)).toBe(true);
    expect(
      await one(`SELECT count(*) AS n FROM progress_entries pe JOIN periods p ON p.id = pe.period_id
                 WHERE p.index > 7 OR p.kind = 'annual'`),
    ).toBe(0);
    expect(
      await one(`SELECT count(*) AS n FROM progress_entries pe JOIN work_plans w ON w.id = pe.work_plan_id
                 WHERE w.status <> 'approved'`),
    ).toBe(0);
    const evidence = await one(`SELECT count(*) AS n FROM evidence`);
    const entries = await one(`SELECT count(*) AS n FROM progress_entries`);
    expect(evidence).toBeGreaterThan(entries / 6);
    expect(
      await one(`SELECT count(*) AS n FROM evidence ev JOIN progress_entries pe ON pe.id = ev.progress_id
                 WHERE pe.work_plan_id <> ev.work_plan_id`),
    ).toBe(0);
  });

  it('when seeded, then final evaluations reference the approved plan of their employee, one per evaluated month', async () => {
    expect(
      await one(`SELECT count(*) AS n FROM evaluations e JOIN work_plans w ON w.id = e.work_plan_id
                 WHERE w.employee_id <> e.employee_id OR w.status <> 'approved'`),
    ).toBe(0);
    const approved = await one(`SELECT count(*) AS n FROM work_plans WHERE status = 'approved'`);
    expect(
      await one(`SELECT count(*) AS n FROM evaluations e JOIN periods p ON p.id = e.period_id
                 WHERE e.status = 'final' AND p.kind = 'periodic'`),
    ).toBe(approved * 6);
    // the predicate follows the matrix, and every result of the plan is rated
    const wrong = await one(`
      SELECT count(*) AS n FROM evaluations e WHERE e.status = 'final' AND (
        e.predicate IS NULL OR jsonb_array_length(e.result_ratings) <> 2 OR jsonb_array_length(e.behaviour_ratings) <> 7
        OR (e.result_rating = 'meets' AND e.behaviour_rating = 'meets' AND e.predicate <> 'baik'))`);
    expect(wrong).toBe(0);
    expect(
      await one(
        `SELECT count(*) AS n FROM evaluations e JOIN periods p ON p.id = e.period_id WHERE p.kind = 'annual'`,
      ),
    ).toBeGreaterThan(0);
  });

  it('when seeded, then feedback, notifications and organisation predicates exist for the right people', async () => {
    expect(
      await one(`SELECT count(*) AS n FROM feedback f JOIN work_plans w ON w.id = f.work_plan_id
                 JOIN employees e ON e.id = w.employee_id WHERE f.author_employee_id IS DISTINCT FROM e.supervisor_id`),
    ).toBe(0);
    expect(await one(`SELECT count(*) AS n FROM feedback`)).toBeGreaterThan(0);
    expect(await one(`SELECT count(*) AS n FROM notifications WHERE read_at IS NULL`)).toBeGreaterThan(0);
    // every unit but the root (whose predicate the regional head sets) has one per evaluated month
    expect(await one(`SELECT count(*) AS n FROM org_predicates`)).toBe(
      6 * (await one(`SELECT count(*) AS n FROM units WHERE parent_id IS NOT NULL`)),
    );
  });

  it('when seeded, then the audit chain verifies and records each plan step and finalisation', async () => {
    const result = await verifyAuditChain(database.db);
    expect(result.ok).toBe(true);
    expect(await one(`SELECT count(*) AS n FROM audit_log WHERE action = 'evaluation.finalize'`)).toBe(
      await one(`SELECT count(*) AS n FROM evaluations WHERE status = 'final'`),
    );
    expect(result.checked).toBe(seeded.counts.audit_log);
  });

  it('when seeded (foreign-key checks possibly skipped, indexes rebuilt), then every reference resolves and the indexes are back', async () => {
    const orphans = await one(`SELECT
      (SELECT count(*) FROM progress_entries pe WHERE NOT EXISTS (SELECT 1 FROM plan_indicators i WHERE i.id = pe.indicator_id AND i.work_plan_id = pe.work_plan_id))
      + (SELECT count(*) FROM progress_entries pe WHERE NOT EXISTS (SELECT 1 FROM periods p WHERE p.id = pe.period_id))
      + (SELECT count(*) FROM progress_entries pe WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = pe.created_by))
      + (SELECT count(*) FROM evidence ev WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = ev.uploaded_by))
      + (SELECT count(*) FROM evaluations e WHERE NOT EXISTS (SELECT 1 FROM periods p WHERE p.id = e.period_id))
      + (SELECT count(*) FROM evaluations e WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.id = e.unit_id))
      + (SELECT count(*) FROM feedback f WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = f.author_user_id))
      + (SELECT count(*) FROM notifications n WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = n.user_id))
      + (SELECT count(*) FROM org_predicates o WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = o.set_by))
      AS n`);
    expect(orphans).toBe(0);
    const indexes = (
      await q<{ indexname: string }>(
        `SELECT indexname FROM pg_indexes WHERE tablename IN ('progress_entries', 'evidence', 'evaluations', 'notifications')`,
      )
    ).map((r) => r.indexname);
    expect(indexes).toEqual(
      expect.arrayContaining([
        'progress_entries_plan_period_idx',
        'progress_entries_indicator_idx',
        'evidence_storage_key_uq',
        'evaluations_employee_period_uq',
        'notifications_unread_idx',
      ]),
    );
    // and the session setting did not outlive the seed's transaction
    expect((await q<{ r: string }>(`SELECT current_setting('session_replication_role') AS r`))[0]!.r).toBe(
      'origin',
    );
  });

  it('when a cycle exists already, then it refuses', async () => {
    await expect(seedSyntheticYear(database, { passwordHash: 'x', now: NOW })).rejects.toThrow(
      /cycle exists/,
    );
  });
});
