import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationView, ObjectionView } from '../../../domain/evaluations/view.js';
import type { WorkPlanView } from '../../../domain/work-plans/view.js';
import { createTestApp, login, type Client, type TestApp } from '../../../../test/helpers.js';
import {
  accountFor,
  createEmployee,
  createUnit,
  expectError,
  failingPaths,
  insertUser,
  PASSWORD,
} from '../../../../test/factories.js';
import {
  addMeasuredResult,
  approvedPlan,
  buildTeam,
  createPlan,
  pastCycle,
  type Team,
} from '../../../../test/planning-fixtures.js';
import { finalEvaluation, notificationKinds, objection } from '../../../../test/assessment-fixtures.js';
import { extractPdfText } from '../documents/index.js';

/**
 * The regent at the top (issue 10 point 5): the Kepala Dinas of buildTeam has no supervisor, like the Sekda, so
 * the agency head (`bupati`, an account without an employee record) assesses them. Acting officials (point 6): a
 * Plt/Plh does what the absent head does during the appointment. JPT plans need perspectives (point 8).
 * Test clock: 2026-11-29.
 */
describe('evaluations: the agency head and acting officials', () => {
  let t: TestApp;
  let team: Team;
  let bupati: Client;
  let dinkesId: string;
  let accounts = 0;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t, 'regent');
    bupati = await accountFor(t.app, team.admin, ['agency_head']);
    const unit = await team.hr.get(`/units/${team.unitId}`);
    dinkesId = unit.json<{ parentId: string }>().parentId;
  });
  afterAll(async () => t.close());

  /** An employee of `unitId` with an account of their own. */
  async function person(unitId: string, over: Record<string, unknown>) {
    const e = await createEmployee(team.hr, unitId, over);
    const username = `regent.extra${++accounts}`;
    await insertUser(t.database, username, ['employee'], e.id);
    return { id: e.id, client: await login(t.app, username, PASSWORD) };
  }

  async function appoint(unitId: string, employeeId: string, kind: 'plt' | 'plh', from: string, to: string) {
    const res = await team.hr.post(`/units/${unitId}/acting-officials`, {
      employeeId,
      kind,
      startDate: from,
      endDate: to,
    });
    expect(res.statusCode, res.body).toBe(201);
  }

  /** The Kepala Dinas' plan (JPT, no assessor): one main result whose indicator has a perspective, submitted. */
  async function kadisSubmittedPlan(cycleId: string) {
    const plan = await createPlan(team.kadis.client, cycleId, team.kadis.id);
    const result = await team.kadis.client.post(`/work-plans/${plan.id}/results`, {
      kind: 'main',
      text: 'Meningkatnya derajat kesehatan masyarakat',
    });
    expect(result.statusCode, result.body).toBe(201);
    const resultId = result.json<{ id: string }>().id;
    const ind = await team.kadis.client.post(`/work-plans/${plan.id}/results/${resultId}/indicators`, {
      text: 'Angka kematian ibu',
      aspect: 'quantity',
      target: 100,
      unit: 'per 100.000',
      perspective: 'penerima_layanan',
    });
    expect(ind.statusCode, ind.body).toBe(201);
    const submitted = await team.kadis.client.post(`/work-plans/${plan.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    return { id: plan.id, resultId, indicatorIds: [ind.json<{ id: string }>().id], leaderPlanId: '' };
  }

  async function kadisApprovedPlan(cycleId: string) {
    const plan = await kadisSubmittedPlan(cycleId);
    const res = await bupati.post(`/work-plans/${plan.id}/approve`, {});
    expect(res.statusCode, res.body).toBe(200);
    return plan;
  }

  /** The Dinas' organisation predicate for a period, set by the agency head (Dinas Kesehatan is a top unit). */
  async function dinasPredicate(periodId: string) {
    const res = await bupati.put(`/units/${dinkesId}/org-predicates/${periodId}`, {
      predicate: 'baik',
      basis: 'Capaian IKU Dinas',
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  describe('the agency head assesses employees without a supervisor', () => {
    it('when the agency head approves the Kepala Dinas plan, then it is approved', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await kadisSubmittedPlan(cycle.id);
      const res = await bupati.post(`/work-plans/${plan.id}/approve`, { comment: 'Disetujui.' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<WorkPlanView>().status).toBe('approved');
    });

    it('when the Kepala Dinas submits a plan, then the agency head is told', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await kadisSubmittedPlan(cycle.id);
      expect(await notificationKinds(bupati, [plan.id])).toContain('plan.submitted');
    });

    it('when the agency head returns the Kepala Dinas plan, then it is returned', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await kadisSubmittedPlan(cycle.id);
      const res = await bupati.post(`/work-plans/${plan.id}/return`, { comment: 'Lengkapi IKU.' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<WorkPlanView>().status).toBe('returned');
    });

    it('when the agency head reads the plan, then they may review it', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await kadisSubmittedPlan(cycle.id);
      const res = await bupati.get(`/work-plans/${plan.id}`);
      expect(res.json<WorkPlanView>().can.review).toBe(true);
    });

    it('when the agency head lists the plans they assess, then the Kepala Dinas plan is there', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await kadisSubmittedPlan(cycle.id);
      const res = await bupati.get(`/work-plans?cycleId=${cycle.id}&assessedBy=me&status=submitted`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<{ items: Array<{ id: string }> }>().items.map((p) => p.id)).toEqual([plan.id]);
    });

    it('when the agency head opens Evaluasi Tim, then the Kepala Dinas is listed', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await kadisApprovedPlan(cycle.id);
      const res = await bupati.get(`/evaluations/team?periodId=${cycle.quarters[0]}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<{ items: Array<{ workPlanId: string }> }>().items.map((r) => r.workPlanId)).toContain(
        plan.id,
      );
    });

    it('when HR approves the Kepala Dinas plan, then 403', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await kadisSubmittedPlan(cycle.id);
      expectError(await team.hr.post(`/work-plans/${plan.id}/approve`, {}), 403, 'FORBIDDEN');
    });

    it('when HR starts the Kepala Dinas evaluation, then 403', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await kadisApprovedPlan(cycle.id);
      expectError(
        await team.hr.post('/evaluations', { workPlanId: plan.id, periodId: cycle.quarters[1] }),
        403,
        'FORBIDDEN',
      );
    });

    it('when the agency head evaluates and finalises a periodic evaluation, then the snapshot names the agency head', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await kadisApprovedPlan(cycle.id);
      await dinasPredicate(cycle.quarters[1]!);
      const final = await finalEvaluation(
        team,
        plan,
        cycle.quarters[1]!,
        { result: 'meets', behaviour: 'meets' },
        { assessor: bupati },
      );
      expect(final.status).toBe('final');
      expect(final.assessorId).toBeNull();
      expect(final.agencyHead).toEqual({ name: 'Bupati Kemuning', title: 'Bupati Kemuning' });
      expect(final.finalizedBy?.name).toBe('Bupati Kemuning');
    });

    it('when the agency head evaluates and finalises the annual evaluation, then it is final', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await kadisApprovedPlan(cycle.id);
      await dinasPredicate(cycle.annual);
      const final = await finalEvaluation(
        team,
        plan,
        cycle.annual,
        { result: 'meets', behaviour: 'meets' },
        { assessor: bupati },
      );
      expect(final.status).toBe('final');
      expect(final.predicate).toBe('baik');
    });

    it("when the Kepala Dinas objects to the agency head's evaluation, then the agency head hears both sides and decides", async () => {
      const cycle = await pastCycle(t.database);
      const plan = await kadisApprovedPlan(cycle.id);
      await dinasPredicate(cycle.quarters[1]!);
      const ev = await finalEvaluation(
        team,
        plan,
        cycle.quarters[1]!,
        { result: 'meets', behaviour: 'meets' },
        { assessor: bupati },
      );
      const o = await objection(team, ev.id, { by: team.kadis.client });
      expect(o.deciderId).toBeNull();
      const url = `/objections/${o.id}`;
      expect((await bupati.post(`${url}/request-explanations`, { note: 'Mohon.' })).statusCode).toBe(200);
      expect((await bupati.post(`${url}/explanations`, { text: 'Penilaian sesuai IKU.' })).statusCode).toBe(
        200,
      );
      expect((await team.kadis.client.post(`${url}/explanations`, { text: 'Bukti.' })).statusCode).toBe(200);
      const res = await bupati.post(`${url}/decide`, { outcome: 'upheld', note: 'Penilaian tetap.' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<{ objection: ObjectionView }>().objection.status).toBe('decided');
    });

    it('when the evaluation document is printed, then it names the agency head with their title', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await kadisApprovedPlan(cycle.id);
      await dinasPredicate(cycle.quarters[1]!);
      const final = await finalEvaluation(
        team,
        plan,
        cycle.quarters[1]!,
        { result: 'meets', behaviour: 'meets' },
        { assessor: bupati },
      );
      const doc = await bupati.get(`/evaluations/${final.id}/document.pdf`);
      expect(doc.statusCode).toBe(200);
      expect(await extractPdfText(doc.rawPayload)).toContain('Bupati Kemuning');
    });

    it('when HR updates an evaluation the agency head started, then 403', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await kadisApprovedPlan(cycle.id);
      const created = await bupati.post('/evaluations', { workPlanId: plan.id, periodId: cycle.quarters[0] });
      expect(created.statusCode, created.body).toBe(201);
      expectError(
        await team.hr.put(`/evaluations/${created.json<EvaluationView>().id}`, { behaviourRating: 'meets' }),
        403,
        'FORBIDDEN',
      );
    });

    it('when the agency head sets a top unit organisation predicate, then it is set', async () => {
      const cycle = await pastCycle(t.database);
      const res = await bupati.put(`/units/${dinkesId}/org-predicates/${cycle.quarters[2]}`, {
        predicate: 'istimewa',
        basis: 'Capaian IKU Dinas',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<{ predicate: string }>().predicate).toBe('istimewa');
    });

    it('when the agency head opens Capaian Organisasi, then the top units are theirs to set', async () => {
      const cycle = await pastCycle(t.database);
      const res = await bupati.get(`/org-predicates?periodId=${cycle.quarters[0]}`);
      expect(res.statusCode, res.body).toBe(200);
      const ids = res.json<{ items: Array<{ unit: { id: string } }> }>().items.map((r) => r.unit.id);
      expect(ids).toContain(dinkesId);
      expect(ids).not.toContain(team.unitId);
    });

    it('when the OPDs hang under a root nobody heads (the regional government), then they are top units too', async () => {
      const cycle = await pastCycle(t.database);
      const root = await createUnit(team.admin, { name: 'Pemerintah Kabupaten Uji' });
      const opd = await createUnit(team.admin, { name: 'Dinas Uji', parentId: root.id });
      const below = await createUnit(team.admin, { name: 'Bidang Uji', parentId: opd.id });
      const ids = (await bupati.get(`/org-predicates?periodId=${cycle.quarters[0]}`))
        .json<{ items: Array<{ unit: { id: string } }> }>()
        .items.map((r) => r.unit.id);
      expect(ids).toEqual(expect.arrayContaining([root.id, opd.id]));
      expect(ids).not.toContain(below.id);
      const set = await bupati.put(`/units/${opd.id}/org-predicates/${cycle.quarters[0]}`, {
        predicate: 'baik',
        basis: 'Capaian IKU Dinas Uji',
      });
      expect(set.statusCode, set.body).toBe(200);
    });

    it('when the agency head sets the predicate of a unit below the top, then 403', async () => {
      const cycle = await pastCycle(t.database);
      expectError(
        await bupati.put(`/units/${team.unitId}/org-predicates/${cycle.quarters[2]}`, {
          predicate: 'baik',
          basis: 'x',
        }),
        403,
        'FORBIDDEN',
      );
    });
  });

  describe('the agency setting', () => {
    it('when HR names the regent, then evaluations the agency head makes afterwards carry that name', async () => {
      const put = await team.hr.put('/settings/agency', {
        name: 'H. Arif Wibowo, S.H.',
        title: 'Bupati Kemuning',
      });
      expect(put.statusCode, put.body).toBe(200);
      const cycle = await pastCycle(t.database);
      const plan = await kadisApprovedPlan(cycle.id);
      const created = await bupati.post('/evaluations', { workPlanId: plan.id, periodId: cycle.quarters[3] });
      expect(created.json<EvaluationView>().agencyHead).toEqual({
        name: 'H. Arif Wibowo, S.H.',
        title: 'Bupati Kemuning',
      });
      await t.database.query(`DELETE FROM settings WHERE key = 'agency'`);
    });

    it('when an employee changes the agency setting, then 403', async () => {
      expectError(
        await team.nurse.client.put('/settings/agency', { name: 'X', title: 'Y' }),
        403,
        'FORBIDDEN',
      );
    });

    it('when the title is empty, then 400 names it', async () => {
      expect(failingPaths(await team.hr.put('/settings/agency', { name: 'X', title: '' }))).toEqual([
        'title',
      ]);
    });
  });

  describe('JPT plans', () => {
    it('when a JPT plan is submitted with an indicator without perspective, then 409 perspective_missing names it', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await createPlan(team.kadis.client, cycle.id, team.kadis.id);
      await addMeasuredResult(team.kadis.client, plan.id, 'Meningkatnya cakupan imunisasi');
      const view = (await team.kadis.client.get(`/work-plans/${plan.id}`)).json<WorkPlanView>();
      const err = expectError(
        await team.kadis.client.post(`/work-plans/${plan.id}/submit`),
        409,
        'INVALID_TRANSITION',
      );
      expect(err.details).toMatchObject({
        reason: 'perspective_missing',
        indicatorIds: [view.results[0]!.indicators[0]!.id],
      });
    });
  });

  describe('acting officials', () => {
    /** A staff member of the Puskesmas named Plt of the Puskesmas for November–December 2026. */
    let plt: { id: string; client: Client };
    /** A secretary of the Dinas named Plh of the Dinas (the Kepala Dinas' stand-in) for November 2026. */
    let plh: { id: string; client: Client };

    beforeAll(async () => {
      plt = await person(team.unitId, {
        name: 'Ns. Plt Puskesmas',
        supervisorId: team.kapus.id,
        positionTitle: 'Perawat Penyelia',
      });
      await appoint(team.unitId, plt.id, 'plt', '2026-11-01', '2026-12-31');
      plh = await person(dinkesId, {
        name: 'Sekretaris Dinas',
        supervisorId: team.kadis.id,
        positionType: 'administrator',
        positionTitle: 'Sekretaris Dinas Kesehatan',
      });
      await appoint(dinkesId, plh.id, 'plh', '2026-11-20', '2026-11-30');
    });

    /** The midwife's plan, submitted and waiting for the Kepala Puskesmas (or the Plt). */
    async function submittedMidwifePlan(cycleId: string) {
      const nursePlan = await approvedPlan(team, cycleId);
      const leader = (
        await team.kapus.client.get(`/work-plans/${nursePlan.leaderPlanId}`)
      ).json<WorkPlanView>();
      const plan = await createPlan(team.midwife.client, cycleId, team.midwife.id);
      await addMeasuredResult(team.midwife.client, plan.id, 'Terlaksananya ANC', leader.results[0]!.id);
      const res = await team.midwife.client.post(`/work-plans/${plan.id}/submit`);
      expect(res.statusCode, res.body).toBe(200);
      return plan.id;
    }

    it('when the Plt approves a staff plan within the appointment, then it is approved', async () => {
      const cycle = await pastCycle(t.database);
      const planId = await submittedMidwifePlan(cycle.id);
      const res = await plt.client.post(`/work-plans/${planId}/approve`, {});
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<WorkPlanView>().status).toBe('approved');
    });

    it('when staff submit a plan during the appointment, then the Plt is told as well as the head', async () => {
      const cycle = await pastCycle(t.database);
      const planId = await submittedMidwifePlan(cycle.id);
      expect(await notificationKinds(plt.client, [planId])).toContain('plan.submitted');
      expect(await notificationKinds(team.kapus.client, [planId])).toContain('plan.submitted');
    });

    it('when the Plt lists the plans they assess, then the staff plan waiting for the head is there', async () => {
      const cycle = await pastCycle(t.database);
      const planId = await submittedMidwifePlan(cycle.id);
      const res = await plt.client.get(`/work-plans?cycleId=${cycle.id}&assessedBy=me&status=submitted`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<{ items: Array<{ id: string }> }>().items.map((p) => p.id)).toEqual([planId]);
    });

    it("when the Plt opens Evaluasi Tim, then the head's staff are listed but not the Plt", async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      const res = await plt.client.get(`/evaluations/team?periodId=${cycle.quarters[0]}`);
      const rows = res.json<{ items: Array<{ workPlanId: string; employee: { id: string } }> }>().items;
      expect(rows.map((r) => r.workPlanId)).toContain(plan.id);
      expect(rows.map((r) => r.employee.id)).not.toContain(plt.id);
    });

    it('when the Plt evaluates and finalises, then the snapshot records the acting role', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      const final = await finalEvaluation(
        team,
        plan,
        cycle.quarters[1]!,
        { result: 'meets', behaviour: 'meets' },
        { assessor: plt.client },
      );
      expect(final.status).toBe('final');
      expect(final.assessorId).toBe(team.kapus.id);
      expect(final.assessor?.name).toBe('Ns. Plt Puskesmas');
      expect(final.acting).toEqual({
        kind: 'plt',
        forName: 'dr. Kepala Puskesmas',
        forTitle: 'Kepala Puskesmas',
      });
    });

    it('when the evaluation the Plt made is printed, then it says "Plt." before the title', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      const final = await finalEvaluation(
        team,
        plan,
        cycle.quarters[1]!,
        { result: 'meets', behaviour: 'meets' },
        { assessor: plt.client },
      );
      const doc = await team.nurse.client.get(`/evaluations/${final.id}/document.pdf`);
      const text = await extractPdfText(doc.rawPayload);
      expect(text).toContain('Plt. Kepala Puskesmas');
      expect(text).toContain('Ns. Plt Puskesmas');
    });

    it('when the Penetapan is printed during the appointment, then the Plt signs it', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      await finalEvaluation(team, plan, cycle.quarters[1]!, { result: 'meets', behaviour: 'meets' });
      const pdf = await plt.client.get(`/units/${team.unitId}/penetapan.pdf?periodId=${cycle.quarters[1]}`);
      expect(pdf.statusCode, pdf.body).toBe(200);
      const text = await extractPdfText(pdf.rawPayload);
      expect(text).toContain('Plt. Kepala Puskesmas Kemuning');
      expect(text).toContain('Ns. Plt Puskesmas');
    });

    it('when the Plh of the Dinas decides an objection the Kepala Dinas would decide, then it is decided', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      const ev = await finalEvaluation(team, plan, cycle.quarters[1]!, {
        result: 'meets',
        behaviour: 'meets',
      });
      const o = await objection(team, ev.id);
      const url = `/objections/${o.id}`;
      const asked = await plh.client.post(`${url}/request-explanations`, { note: 'Mohon penjelasan.' });
      expect(asked.statusCode, asked.body).toBe(200);
      expect((await team.kapus.client.post(`${url}/explanations`, { text: 'Sesuai.' })).statusCode).toBe(200);
      expect((await team.nurse.client.post(`${url}/explanations`, { text: 'Bukti.' })).statusCode).toBe(200);
      const res = await plh.client.post(`${url}/decide`, {
        outcome: 'changed',
        resultRating: 'above',
        behaviourRating: 'above',
        note: 'Bukti dukung sah.',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<{ objection: ObjectionView }>().objection.status).toBe('decided');
    });
  });

  describe('acting officials outside their appointment', () => {
    let other: Team;

    beforeAll(async () => {
      other = await buildTeam(t, 'regent2');
      const unit = await other.hr.get(`/units/${other.unitId}`);
      const dinas = unit.json<{ parentId: string }>().parentId;
      // the Kepala Dinas stood in for the Kepala Puskesmas in October only; the Kepala Puskesmas for him in October
      const hr = other.hr;
      for (const [unitId, employeeId] of [
        [other.unitId, other.kadis.id],
        [dinas, other.kapus.id],
      ] as const) {
        const res = await hr.post(`/units/${unitId}/acting-officials`, {
          employeeId,
          kind: 'plh',
          startDate: '2026-10-01',
          endDate: '2026-10-31',
        });
        expect(res.statusCode, res.body).toBe(201);
      }
    });

    it('when a past Plh approves a staff plan, then 403', async () => {
      const cycle = await pastCycle(t.database);
      const nursePlan = await approvedPlan(other, cycle.id);
      const leader = (
        await other.kapus.client.get(`/work-plans/${nursePlan.leaderPlanId}`)
      ).json<WorkPlanView>();
      const plan = await createPlan(other.midwife.client, cycle.id, other.midwife.id);
      await addMeasuredResult(other.midwife.client, plan.id, 'Terlaksananya ANC', leader.results[0]!.id);
      expect((await other.midwife.client.post(`/work-plans/${plan.id}/submit`)).statusCode).toBe(200);
      expectError(await other.kadis.client.post(`/work-plans/${plan.id}/approve`, {}), 403, 'FORBIDDEN');
    });

    it('when a past Plh starts an evaluation, then 403', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(other, cycle.id);
      expectError(
        await other.kadis.client.post('/evaluations', { workPlanId: plan.id, periodId: cycle.quarters[1] }),
        403,
        'FORBIDDEN',
      );
    });

    it('when a past Plh of the Dinas decides an objection, then 403', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(other, cycle.id);
      const ev = await finalEvaluation(other, plan, cycle.quarters[1]!, {
        result: 'meets',
        behaviour: 'meets',
      });
      const o = await objection(other, ev.id);
      expectError(
        await other.kapus.client.post(`/objections/${o.id}/decide`, {
          outcome: 'upheld',
          note: 'Tetap.',
        }),
        403,
        'FORBIDDEN',
      );
    });
  });
});
