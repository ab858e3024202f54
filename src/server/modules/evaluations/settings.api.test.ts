import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentSettingsView, EvaluationView } from '../../../domain/evaluations/view.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { expectError } from '../../../../test/factories.js';
import { approvedPlan, auditOf, buildTeam, newCycle, type Team } from '../../../../test/planning-fixtures.js';
import {
  changeSettings,
  draftEvaluation,
  finalEvaluation,
  orgPredicate,
  resetSettings,
  settingsBody,
} from '../../../../test/assessment-fixtures.js';

/** The assessment rule settings (distribution rules, annual suggestion, leader rule, objection window). */
describe('evaluations: rule settings', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
  });
  // the settings are one record for the whole agency: every test starts from the defaults
  afterEach(async () => resetSettings(t.database));
  afterAll(async () => t.close());

  const read = async () => (await team.hr.get('/settings/assessment')).json<AssessmentSettingsView>();

  it('when nobody has changed them, then anyone reads the defaults of SE MenPANRB 3/2023 at version 0', async () => {
    const current = (await team.outsider.client.get('/settings/assessment')).json<AssessmentSettingsView>();
    expect(current.distributionRules.baik).toEqual([
      { rule: 'max', predicates: ['baik'], percent: 70 },
      { rule: 'min', predicates: ['butuh_perbaikan', 'kurang'], persons: 1 },
    ]);
    expect(current).toMatchObject({
      annualSuggestion: 'latest',
      leaderRule: true,
      objectionWindowDays: 14,
      version: 0,
    });
  });

  it('when someone other than HR changes them, then 403', async () => {
    expectError(
      await team.outsider.client.put('/settings/assessment', settingsBody(await read())),
      403,
      'FORBIDDEN',
    );
  });

  it('when a rule’s percentage is over 100, then 400', async () => {
    const body = settingsBody(await read());
    const bad = {
      ...body,
      distributionRules: {
        ...body.distributionRules,
        istimewa: [{ rule: 'max', predicates: ['sangat_baik'], percent: 120 }],
      },
    };
    expect((await team.hr.put('/settings/assessment', bad)).statusCode).toBe(400);
  });

  it('when HR changes them, then the new values are in force at the next version and the change is audited', async () => {
    const before = await read();
    const res = await team.hr.put('/settings/assessment', {
      ...settingsBody(before),
      objectionWindowDays: 21,
      annualSuggestion: 'most_frequent',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<AssessmentSettingsView>()).toMatchObject({
      objectionWindowDays: 21,
      annualSuggestion: 'most_frequent',
      version: before.version + 1,
    });
    const audit = await auditOf(team, 'setting', 'assessment');
    expect(audit[0]).toMatchObject({
      action: 'setting.update',
      before: { objectionWindowDays: 14 },
      after: { objectionWindowDays: 21 },
    });
  });

  it('when a stale version is sent, then 409', async () => {
    const before = await read();
    await changeSettings(team, { objectionWindowDays: 21 });
    expectError(await team.hr.put('/settings/assessment', settingsBody(before)), 409, 'CONFLICT');
  });

  it('when the objection window is changed, then final evaluations give the new deadline', async () => {
    await changeSettings(team, { objectionWindowDays: 21 });
    const cycle = await newCycle(t.database);
    const plan = await approvedPlan(team, cycle.id);
    const final = await finalEvaluation(team, plan, cycle.quarters[1]!, {
      result: 'meets',
      behaviour: 'meets',
    });
    // finalised on 29 November 2026 (WIB): 21 days
    expect(final.objectionDeadline).toBe('2026-12-20');
  });

  it('when the leader rule is turned off, then the head’s evaluation is no longer offered the organisation predicate', async () => {
    const cycle = await newCycle(t.database);
    const period = cycle.quarters[1]!;
    const plan = await approvedPlan(team, cycle.id, { employee: 'kapus' });
    await orgPredicate(team, team.unitId, period, 'baik');
    const ev = await draftEvaluation(team, plan, period, undefined, team.kadis.client);
    expect(ev.offeredResultRating).not.toBeNull();
    await changeSettings(team, { leaderRule: false });
    expect(
      (await team.kadis.client.get(`/evaluations/${ev.id}`)).json<EvaluationView>().offeredResultRating,
    ).toBeNull();
  });
});
