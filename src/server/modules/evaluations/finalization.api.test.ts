import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE_MATRIX, RATINGS } from '../../../domain/evaluations/matrix.js';
import type {
  AssessmentSettingsView,
  CalibrationView,
  DevelopmentPlanView,
  DistributionView,
  EvaluationView,
} from '../../../domain/evaluations/view.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { expectError, failingPaths } from '../../../../test/factories.js';
import {
  approvedPlan,
  auditOf,
  buildTeam,
  pastCycle,
  type Team,
} from '../../../../test/planning-fixtures.js';
import {
  changeSettings,
  draftEvaluation,
  finalEvaluation,
  JUSTIFICATION,
  orgPredicate,
  resetSettings,
  settingsBody,
} from '../../../../test/assessment-fixtures.js';

/** Finalising and reopening evaluations: the predicate, the unit's pattern, the leader rule, and the rule settings. */
describe('evaluations: finalisation and the rule settings', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  /** A cycle of its own with the nurse's approved plan. */
  async function nursePlan() {
    const cycle = await pastCycle(t.database);
    return { cycle, plan: await approvedPlan(team, cycle.id) };
  }

  describe('the predicate', () => {
    it('when finalised (no organisation predicate), then the predicate is exactly the matrix cell, for all nine cells', async () => {
      // nine evaluations of staff (a unit head's result follows the organisation predicate): the nurse's and the
      // midwife's four quarters of one year and the nurse's first quarter of the year before
      const cycle = await pastCycle(t.database);
      const earlier = await pastCycle(t.database);
      const nurse = await approvedPlan(team, cycle.id);
      const midwife = await approvedPlan(team, cycle.id, { employee: 'midwife' });
      const nurseEarlier = await approvedPlan(team, earlier.id);
      const slots = [
        ...cycle.quarters.map((q) => ({ plan: nurse, period: q, assessor: team.kapus.client })),
        ...cycle.quarters.map((q) => ({ plan: midwife, period: q, assessor: team.kapus.client })),
        { plan: nurseEarlier, period: earlier.quarters[0]!, assessor: team.kapus.client },
      ];
      const cells = RATINGS.flatMap((result) => RATINGS.map((behaviour) => ({ result, behaviour })));
      for (const [i, { result, behaviour }] of cells.entries()) {
        const { plan, period, assessor } = slots[i]!;
        const draft = await draftEvaluation(team, plan, period, { result, behaviour }, assessor);
        expect(draft.predicatePreview).toBe(PREDICATE_MATRIX[result][behaviour]);
        const fin = await assessor.post(`/evaluations/${draft.id}/finalize`, {});
        expect(fin.statusCode, fin.body).toBe(200);
        const ev = fin.json<EvaluationView>();
        expect({
          status: ev.status,
          resultRating: ev.resultRating,
          behaviourRating: ev.behaviourRating,
        }).toEqual({
          status: 'final',
          resultRating: result,
          behaviourRating: behaviour,
        });
        expect(ev.predicate).toBe(PREDICATE_MATRIX[result][behaviour]);
      }
    });

    it('when an evaluation is final, then the assessor can no longer change it', async () => {
      const { cycle, plan } = await nursePlan();
      const final = await finalEvaluation(team, plan, cycle.quarters[0]!, {
        result: 'meets',
        behaviour: 'meets',
      });
      expectError(
        await team.kapus.client.put(`/evaluations/${final.id}`, { resultRating: 'above' }),
        409,
        'INVALID_TRANSITION',
      );
    });

    it('when someone other than HR reopens a final evaluation, then 403; HR must give a reason', async () => {
      const { cycle, plan } = await nursePlan();
      const final = await finalEvaluation(team, plan, cycle.quarters[0]!, {
        result: 'meets',
        behaviour: 'meets',
      });
      expectError(
        await team.kapus.client.post(`/evaluations/${final.id}/reopen`, { reason: 'x' }),
        403,
        'FORBIDDEN',
      );
      expect(failingPaths(await team.hr.post(`/evaluations/${final.id}/reopen`, {}))).toEqual(['reason']);
    });

    it('when HR reopens a final evaluation with a reason, then it is a draft again, and each finalisation and reopening is audited', async () => {
      const { cycle, plan } = await nursePlan();
      const final = await finalEvaluation(team, plan, cycle.quarters[0]!, {
        result: 'meets',
        behaviour: 'meets',
      });
      const reopened = await team.hr.post(`/evaluations/${final.id}/reopen`, { reason: 'Koreksi data uji' });
      expect(reopened.statusCode, reopened.body).toBe(200);
      expect(reopened.json<EvaluationView>()).toMatchObject({
        status: 'draft',
        reopenReason: 'Koreksi data uji',
      });
      // a second round: finalised and reopened again
      expect((await team.kapus.client.post(`/evaluations/${final.id}/finalize`, {})).statusCode).toBe(200);
      expect((await team.hr.post(`/evaluations/${final.id}/reopen`, { reason: 'Lagi' })).statusCode).toBe(
        200,
      );
      const actions = (await auditOf(team, 'evaluation', final.id)).map((e) => e.action);
      expect(actions.filter((a) => a === 'evaluation.finalize')).toHaveLength(2);
      expect(actions.filter((a) => a === 'evaluation.reopen')).toHaveLength(2);
    });
  });

  describe('the pattern of the organisation predicate', () => {
    it('when finalising breaks the pattern of "Baik", then 409 lists the violations, which the draft shows as pending', async () => {
      const { cycle, plan } = await nursePlan();
      const period = cycle.quarters[1]!;
      await orgPredicate(team, team.unitId, period, 'baik');
      const ev = await draftEvaluation(team, plan, period, { result: 'meets', behaviour: 'meets' });
      const refused = expectError(
        await team.kapus.client.post(`/evaluations/${ev.id}/finalize`, {}),
        409,
        'CONFLICT',
      );
      const details = refused.details as {
        violations: Array<{ rule: string; predicates: string[]; limit: number; actual: number }>;
      };
      expect(details.violations).toEqual([
        { rule: 'min', predicates: ['butuh_perbaikan', 'kurang'], limit: 1, actual: 0 },
      ]);
      expect(
        (await team.kapus.client.get(`/evaluations/${ev.id}`)).json<EvaluationView>().pendingViolations,
      ).toHaveLength(1);
    });

    it('when the assessor justifies breaking the pattern, then it is final with the justification and the violations, and audited', async () => {
      const { cycle, plan } = await nursePlan();
      const period = cycle.quarters[1]!;
      await orgPredicate(team, team.unitId, period, 'baik');
      const ev = await draftEvaluation(team, plan, period, { result: 'meets', behaviour: 'meets' });
      const ok = await team.kapus.client.post(`/evaluations/${ev.id}/finalize`, {
        justification: JUSTIFICATION,
      });
      expect(ok.statusCode, ok.body).toBe(200);
      const final = ok.json<EvaluationView>();
      expect(final).toMatchObject({
        status: 'final',
        predicate: 'baik',
        orgPredicate: 'baik',
        justification: JUSTIFICATION,
      });
      expect(final.violations).toHaveLength(1);
      const audit = await auditOf(team, 'evaluation', ev.id);
      expect(audit.find((e) => e.action === 'evaluation.finalize')?.after).toMatchObject({
        justification: JUSTIFICATION,
      });
    });

    it('when finalising keeps the pattern, then no justification is needed', async () => {
      const cycle = await pastCycle(t.database);
      const period = cycle.quarters[1]!;
      const plan = await approvedPlan(team, cycle.id, { employee: 'midwife' });
      await orgPredicate(team, team.unitId, period, 'baik');
      const ev = await draftEvaluation(team, plan, period, { result: 'below', behaviour: 'meets' });
      const fin = await team.kapus.client.post(`/evaluations/${ev.id}/finalize`, {});
      expect(fin.statusCode, fin.body).toBe(200);
      expect(fin.json<EvaluationView>()).toMatchObject({ predicate: 'butuh_perbaikan', justification: null });
    });
  });

  describe('development plans', () => {
    it('when a "Butuh Perbaikan" predicate is final, then a development plan on the weak result is opened for the employee', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id, { employee: 'midwife' });
      const final = await finalEvaluation(team, plan, cycle.quarters[1]!, {
        result: 'below',
        behaviour: 'meets',
      });
      const dev = await team.midwife.client.get(`/employees/${team.midwife.id}/development-plans`);
      expect(dev.statusCode, dev.body).toBe(200);
      const plans = dev
        .json<{ items: DevelopmentPlanView[] }>()
        .items.filter((p) => p.periodId === cycle.quarters[1]);
      expect(plans).toHaveLength(1);
      expect(plans[0]).toMatchObject({
        evaluationId: final.id,
        predicate: 'butuh_perbaikan',
        status: 'open',
      });
      expect(plans[0]!.focusAreas.map((f) => f.kind)).toEqual(['result']);
    });

    it('when others read an employee’s development plans, then the supervisor may and an outsider gets 404', async () => {
      expect(
        (await team.kapus.client.get(`/employees/${team.midwife.id}/development-plans`)).statusCode,
      ).toBe(200);
      expectError(
        await team.outsider.client.get(`/employees/${team.midwife.id}/development-plans`),
        404,
        'NOT_FOUND',
      );
    });
  });

  describe('the leader rule', () => {
    it('when the evaluated employee heads a unit, then the unit’s organisation predicate is offered as the result rating', async () => {
      const cycle = await pastCycle(t.database);
      const period = cycle.quarters[1]!;
      const plan = await approvedPlan(team, cycle.id, { employee: 'kapus' });
      await orgPredicate(team, team.unitId, period, 'baik');
      const ev = await draftEvaluation(team, plan, period, undefined, team.kadis.client);
      expect(ev.offeredResultRating).toMatchObject({
        rating: 'meets',
        orgPredicate: 'baik',
        unitId: team.unitId,
      });
      expect(ev.resultRating).toBe('meets');
    });

    it('when the head’s evaluation is finalised, then the head stays outside the unit’s pattern and apart on the board', async () => {
      const cycle = await pastCycle(t.database);
      const period = cycle.quarters[1]!;
      const plan = await approvedPlan(team, cycle.id, { employee: 'kapus' });
      await orgPredicate(team, team.unitId, period, 'baik');
      const ev = await draftEvaluation(team, plan, period, undefined, team.kadis.client);
      await team.kadis.client.put(`/evaluations/${ev.id}`, { behaviourRating: 'above' });
      // a "Baik" alone would break the pattern of "Baik" (no one below expectations): the head does not count
      const fin = await team.kadis.client.post(`/evaluations/${ev.id}/finalize`, {});
      expect(fin.statusCode, fin.body).toBe(200);
      expect(fin.json<EvaluationView>().predicate).toBe('baik');
      const dist = (
        await team.kadis.client.get(`/units/${team.unitId}/distribution?periodId=${period}`)
      ).json<DistributionView>();
      expect(dist.total).toBe(0);
      const board = (
        await team.kadis.client.get(`/units/${team.unitId}/calibration?periodId=${period}`)
      ).json<CalibrationView>();
      expect(board.leader?.employeeId).toBe(team.kapus.id);
    });
  });

  describe('the rule settings', () => {
    // the settings are one record for the whole agency: every test here starts from the defaults, and leaves them
    afterEach(async () => resetSettings(t.database));

    const read = async () => (await team.hr.get('/settings/assessment')).json<AssessmentSettingsView>();

    it('when nobody has changed them, then anyone reads the defaults of SE MenPANRB 3/2023 at version 0', async () => {
      const current = (await team.outsider.client.get('/settings/assessment')).json<AssessmentSettingsView>();
      expect(current.distributionRules.baik).toEqual([
        { rule: 'max', predicates: ['baik'], percent: 70 },
        { rule: 'min', predicates: ['butuh_perbaikan', 'kurang'], persons: 1 },
      ]);
      expect(current).toMatchObject({
        annualSuggestion: 'latest',
        leaderRule: 'binding',
        objectionWindowDays: 14,
        finalizeDaysBefore: 5,
        explanationWorkingDays: 5,
        objectionDecisionDays: 14,
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
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      const final = await finalEvaluation(team, plan, cycle.quarters[1]!, {
        result: 'meets',
        behaviour: 'meets',
      });
      // finalised on 29 November 2026 (WIB): 21 days
      expect(final.objectionDeadline).toBe('2026-12-20');
    });

    it('when the leader rule is turned off, then the head’s evaluation is no longer offered the organisation predicate', async () => {
      const cycle = await pastCycle(t.database);
      const period = cycle.quarters[1]!;
      const plan = await approvedPlan(team, cycle.id, { employee: 'kapus' });
      await orgPredicate(team, team.unitId, period, 'baik');
      const ev = await draftEvaluation(team, plan, period, undefined, team.kadis.client);
      expect(ev.offeredResultRating).not.toBeNull();
      await changeSettings(team, { leaderRule: 'off' });
      expect(
        (await team.kadis.client.get(`/evaluations/${ev.id}`)).json<EvaluationView>().offeredResultRating,
      ).toBeNull();
    });
  });
});
