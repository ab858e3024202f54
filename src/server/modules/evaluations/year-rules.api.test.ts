import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { DistributionView, EvaluationView } from '../../../domain/evaluations/view.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { expectError } from '../../../../test/factories.js';
import {
  approvedPlan,
  buildTeam,
  newCycle,
  pastCycle,
  type Team,
} from '../../../../test/planning-fixtures.js';
import {
  changeSettings,
  draftEvaluation,
  finalEvaluation,
  objection,
  orgPredicate,
  resetSettings,
} from '../../../../test/assessment-fixtures.js';

/**
 * The rules of a real agency year on evaluations (issue 10): unit heads on their parent unit's curve, the binding
 * leader rule, the finalisation window, locked periods and closed cycles, and the plan in force.
 */
describe('evaluations: the rules of a real agency year', () => {
  let t: TestApp;
  let team: Team;
  let dinkesId: string;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
    dinkesId = (await team.admin.get(`/units/${team.unitId}`)).json<{ parentId: string }>().parentId;
  });
  afterAll(async () => t.close());
  afterEach(async () => resetSettings(t.database));

  function reasonOf(res: LightMyRequestResponse) {
    expect(res.statusCode, res.body).toBe(409);
    return res.json<{ error: { code: string; details: Record<string, unknown> } }>().error.details;
  }

  /** The Kepala Puskesmas' draft for Triwulan 2 of a past cycle, by the Kepala Dinas. */
  async function headDraft() {
    const cycle = await pastCycle(t.database);
    const period = cycle.quarters[1]!;
    const plan = await approvedPlan(team, cycle.id, { employee: 'kapus' });
    const draft = await draftEvaluation(team, plan, period, undefined, team.kadis.client);
    return { cycle, period, plan, draft };
  }

  describe('unit heads on a curve', () => {
    it('when the Kepala Puskesmas is finalised, then he counts in the Dinas’ population, not the Puskesmas’', async () => {
      const { period, draft } = await headDraft();
      await orgPredicate(team, team.unitId, period, 'baik');
      await team.kadis.client.put(`/evaluations/${draft.id}`, { behaviourRating: 'meets' });
      const fin = await team.kadis.client.post(`/evaluations/${draft.id}/finalize`, {});
      expect(fin.statusCode, fin.body).toBe(200);
      const dinkes = (
        await team.kadis.client.get(`/units/${dinkesId}/distribution?periodId=${period}`)
      ).json<DistributionView>();
      expect(dinkes.total).toBe(1);
      expect(dinkes.counts.baik).toBe(1);
      const pkm = (
        await team.kadis.client.get(`/units/${team.unitId}/distribution?periodId=${period}`)
      ).json<DistributionView>();
      expect(pkm.total).toBe(0);
    });

    it('when staff of the Puskesmas are finalised, then they count in the Puskesmas, not in the Dinas', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      await finalEvaluation(team, plan, cycle.quarters[0]!, { result: 'meets', behaviour: 'meets' });
      const period = cycle.quarters[0]!;
      const pkm = (
        await team.kapus.client.get(`/units/${team.unitId}/distribution?periodId=${period}`)
      ).json<DistributionView>();
      const dinkes = (
        await team.kadis.client.get(`/units/${dinkesId}/distribution?periodId=${period}`)
      ).json<DistributionView>();
      expect({ pkm: pkm.total, dinkes: dinkes.total }).toEqual({ pkm: 1, dinkes: 0 });
    });
  });

  describe('the binding leader rule', () => {
    it('when the head’s result rating departs from the mapped organisation predicate, then 409 leader_rule', async () => {
      const { period, draft } = await headDraft();
      await orgPredicate(team, team.unitId, period, 'baik');
      const details = reasonOf(
        await team.kadis.client.put(`/evaluations/${draft.id}`, { resultRating: 'above' }),
      );
      expect(details).toMatchObject({ reason: 'leader_rule', required: 'meets', orgPredicate: 'baik' });
      const view = (await team.kadis.client.get(`/evaluations/${draft.id}`)).json<EvaluationView>();
      expect(view.leaderRule).toMatchObject({ mode: 'binding', rating: 'meets', orgPredicate: 'baik' });
      expect(view.resultRating).toBe('meets');
    });

    it('when the head is finalised before the unit’s organisation predicate is set, then 409 org_predicate_missing', async () => {
      const { draft } = await headDraft();
      await team.kadis.client.put(`/evaluations/${draft.id}`, { behaviourRating: 'meets' });
      const details = reasonOf(await team.kadis.client.post(`/evaluations/${draft.id}/finalize`, {}));
      expect(details).toMatchObject({ reason: 'org_predicate_missing', unitId: team.unitId });
    });

    it('when HR sets the rule to "offered", then the assessor may depart from it', async () => {
      const { period, draft } = await headDraft();
      await orgPredicate(team, team.unitId, period, 'baik');
      await changeSettings(team, { leaderRule: 'offered' });
      const res = await team.kadis.client.put(`/evaluations/${draft.id}`, {
        resultRating: 'above',
        reason: 'Capaian individu di atas capaian unit.',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<EvaluationView>()).toMatchObject({
        resultRating: 'above',
        leaderRule: { mode: 'offered' },
      });
    });

    it('when staff are evaluated, then the leader rule does not apply', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      const draft = await draftEvaluation(team, plan, cycle.quarters[0]!);
      expect(draft.leaderRule).toBeNull();
    });
  });

  describe('the finalisation window (test clock: 29 November 2026)', () => {
    it('when a periodic evaluation is finalised more than five days before its period ends, then 409 too_early; an ended period may be finalised', async () => {
      const cycle = await newCycle(t.database); // 2026: Triwulan 4 ends on 31 December
      const plan = await approvedPlan(team, cycle.id);
      const ratings = { result: 'meets', behaviour: 'meets' } as const;
      const draft = await draftEvaluation(team, plan, cycle.quarters[3]!, ratings);
      expect(draft.finalizableFrom).toBe('2026-12-26');
      expect(draft.can.finalize).toBe(false);
      const details = reasonOf(await team.kapus.client.post(`/evaluations/${draft.id}/finalize`, {}));
      expect(details).toMatchObject({ reason: 'too_early', opensOn: '2026-12-26' });
      const ended = await draftEvaluation(team, plan, cycle.quarters[2]!, ratings);
      expect(ended.can.finalize).toBe(true);
      expect((await team.kapus.client.post(`/evaluations/${ended.id}/finalize`, {})).statusCode).toBe(200);
    });

    it('when HR shortens the window to zero days, then even the annual evaluation must wait for the last day', async () => {
      await changeSettings(team, { finalizeDaysBefore: 0 });
      const cycle = await newCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      const draft = await draftEvaluation(team, plan, cycle.annual);
      expect(draft.finalizableFrom).toBe(`${cycle.year}-12-31`);
      expect(reasonOf(await team.kapus.client.post(`/evaluations/${draft.id}/finalize`, {}))).toMatchObject({
        reason: 'too_early',
      });
    });
  });

  describe('a locked period and a closed cycle', () => {
    async function lockedQuarter() {
      const cycle = await pastCycle(t.database);
      const headPlan = await approvedPlan(team, cycle.id, { employee: 'kapus' });
      const plan = await approvedPlan(team, cycle.id);
      const midwife = await approvedPlan(team, cycle.id, { employee: 'midwife' });
      const period = cycle.quarters[1]!;
      const final = await finalEvaluation(team, plan, period, { result: 'meets', behaviour: 'meets' });
      const draft = await draftEvaluation(team, midwife, period);
      const lock = await team.hr.post(`/cycles/${cycle.id}/periods/${period}/lock`, {});
      expect(lock.statusCode, lock.body).toBe(200);
      return { period, headPlan, final, draft };
    }

    it('when the period is locked, then its evaluations cannot be created, changed, finalised or reopened', async () => {
      const { period, headPlan, final, draft } = await lockedQuarter();
      const refusals = [
        await team.kadis.client.post('/evaluations', { workPlanId: headPlan.id, periodId: period }),
        await team.kapus.client.put(`/evaluations/${draft.id}`, { behaviourRating: 'meets' }),
        await team.kapus.client.post(`/evaluations/${draft.id}/finalize`, {}),
        await team.hr.post(`/evaluations/${final.id}/reopen`, { reason: 'Koreksi' }),
        await team.hr.put(`/units/${team.unitId}/org-predicates/${period}`, {
          predicate: 'baik',
          basis: 'IKU',
        }),
      ];
      expect(refusals.map((r) => reasonOf(r).reason)).toEqual(Array(5).fill('period_locked'));
    });

    it('when the period is locked, then an objection can still be decided', async () => {
      const { final } = await lockedQuarter();
      const o = await objection(team, final.id);
      const url = `/objections/${o.id}`;
      await team.kadis.client.post(`${url}/request-explanations`, { note: 'Mohon.' });
      await team.kapus.client.post(`${url}/explanations`, { text: 'Penjelasan.' });
      await team.nurse.client.post(`${url}/explanations`, { text: 'Laporan.' });
      const decided = await team.kadis.client.post(`${url}/decide`, { outcome: 'upheld', note: 'Tetap.' });
      expect(decided.statusCode, decided.body).toBe(200);
    });

    it('when the cycle is closed, then its evaluations are read-only (409 cycle_closed) and say so', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      const draft = await draftEvaluation(team, plan, cycle.quarters[0]!);
      // closing goes through the cycles module's own endpoint and tests; here the state is what matters
      await t.database.query(`UPDATE cycles SET status = 'closed', closed_at = now() WHERE id = $1`, [
        cycle.id,
      ]);
      const details = reasonOf(
        await team.kapus.client.put(`/evaluations/${draft.id}`, { behaviourRating: 'meets' }),
      );
      expect(details.reason).toBe('cycle_closed');
      const view = (await team.kapus.client.get(`/evaluations/${draft.id}`)).json<EvaluationView>();
      expect(view).toMatchObject({ locked: true, can: { edit: false, finalize: false } });
    });
  });

  describe('the plan in force', () => {
    it('when the plan starts after the period, then no evaluation of that period can be made from it (409 plan_not_in_force)', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      // the plan began on 1 July (as after a transfer): set straight in the database
      await t.database.query(`UPDATE work_plans SET start_date = $2 WHERE id = $1`, [
        plan.id,
        `${cycle.year}-07-01`,
      ]);
      const res = await team.kapus.client.post('/evaluations', {
        workPlanId: plan.id,
        periodId: cycle.quarters[0]!,
      });
      expect(reasonOf(res).reason).toBe('plan_not_in_force');
      const later = await team.kapus.client.post('/evaluations', {
        workPlanId: plan.id,
        periodId: cycle.quarters[2]!,
      });
      expect(later.statusCode, later.body).toBe(201);
    });
  });

  it('refusals explain themselves in Indonesian', async () => {
    const { draft } = await headDraft();
    await team.kadis.client.put(`/evaluations/${draft.id}`, { behaviourRating: 'meets' });
    const res = await team.kadis.client.post(`/evaluations/${draft.id}/finalize`, {});
    expectError(res, 409, 'INVALID_TRANSITION');
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(/Capaian Kinerja Organisasi/);
  });
});
