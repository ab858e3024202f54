import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.js';
import { captureMailer } from '../../platform/mail/index.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { approvedPlan, buildTeam, pastCycle, type Team } from '../../../../test/planning-fixtures.js';
import { finalEvaluation, objection } from '../../../../test/assessment-fixtures.js';
import { runDueJobs, type JobDeps } from './index.js';

/** 08:00 WIB on a date (01:00 UTC). */
const at = (date: string) => new Date(`${date}T01:00:00Z`);

/**
 * The decision deadline of an objection (default 14 days after filing, PP 30/2019 art. 59): its decider is reminded
 * on the reminder days (default 14, 7 and 1 days before), once each, and no more once it is decided.
 */
describe('objection decision reminders', () => {
  const clock = new ManualClock(at('2026-02-02'));
  let t: TestApp;
  let team: Team;
  let deps: JobDeps;
  let objectionId: string;

  const reminders = () =>
    t.database.query<{ employee_id: string; body: string; link: string | null }>(
      `SELECT u.employee_id, n.body, n.link FROM notifications n JOIN users u ON u.id = n.user_id
       WHERE n.kind = 'reminder.objection' AND n.entity_id = $1 ORDER BY n.created_at`,
      [objectionId],
    );

  beforeAll(async () => {
    t = await createTestApp({}, clock);
    team = await buildTeam(t);
    deps = { database: t.database, config: t.config, clock, mailer: captureMailer() };
    const cycle = await pastCycle(t.database);
    const plan = await approvedPlan(team, cycle.id);
    const ev = await finalEvaluation(team, plan, cycle.quarters[3]!, { result: 'meets', behaviour: 'meets' });
    // filed on 2 February 2026: to be decided by 16 February
    objectionId = (await objection(team, ev.id)).id;
  });
  afterAll(async () => t.close());

  it('when the objection is filed, then its view carries the decision deadline', async () => {
    const view = (await team.kadis.client.get(`/objections/${objectionId}`)).json<{
      decisionDueOn: string;
    }>();
    expect(view.decisionDueOn).toBe('2026-02-16');
  });

  it('when the d-7 day comes, then the decider is reminded once, with the deadline and a link', async () => {
    clock.set(at('2026-02-09'));
    const first = await runDueJobs(deps, clock.now());
    const again = await runDueJobs(deps, clock.now());
    expect([first.reminders.objection, again.reminders.objection]).toEqual([1, 0]);
    const rows = await reminders();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ employee_id: team.kadis.id, link: `/objections/${objectionId}` });
    expect(rows[0]!.body).toContain('16 Februari 2026');
  });

  it('when the objection is decided, then no further reminder is sent', async () => {
    await t.database.query(`UPDATE objections SET status = 'decided', decided_at = now() WHERE id = $1`, [
      objectionId,
    ]);
    clock.set(at('2026-02-15'));
    expect((await runDueJobs(deps, clock.now())).reminders.objection).toBe(0);
    expect(await reminders()).toHaveLength(1);
  });
});
