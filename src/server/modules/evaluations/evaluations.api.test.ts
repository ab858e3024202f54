import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationView } from '../../../domain/evaluations/view.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { expectError, failingPaths } from '../../../../test/factories.js';
import { approvedPlan, buildTeam, pastCycle, type Team } from '../../../../test/planning-fixtures.js';
import { draftEvaluation, finalEvaluation } from '../../../../test/assessment-fixtures.js';
import { extractPdfText } from '../documents/index.js';
import { runReminders } from '../notifications/index.js';

/** Starting, rating and reading evaluations. Each test builds its own cycle, plans and evaluations. */
describe('evaluations (penilaian kinerja)', () => {
  let t: TestApp;
  let team: Team;

  /** A cycle of its own with the nurse's approved plan. */
  async function nursePlan() {
    const cycle = await pastCycle(t.database);
    return { cycle, plan: await approvedPlan(team, cycle.id) };
  }

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  describe('starting', () => {
    it('when someone other than the assessor starts an evaluation, then those who see the plan get 403 and an outsider 404', async () => {
      const { cycle, plan } = await nursePlan();
      const body = { workPlanId: plan.id, periodId: cycle.quarters[0] };
      expectError(await team.nurse.client.post('/evaluations', body), 403, 'FORBIDDEN');
      expectError(await team.kadis.client.post('/evaluations', body), 403, 'FORBIDDEN');
      expectError(await team.outsider.client.post('/evaluations', body), 404, 'NOT_FOUND');
    });

    it('when the assessor starts the evaluation of an approved plan, then 201 with a draft of its results and people', async () => {
      const { cycle, plan } = await nursePlan();
      const res = await team.kapus.client.post('/evaluations', {
        workPlanId: plan.id,
        periodId: cycle.quarters[0],
      });
      expect(res.statusCode, res.body).toBe(201);
      const ev = res.json<EvaluationView>();
      expect(ev).toMatchObject({
        workPlanId: plan.id,
        periodId: cycle.quarters[0],
        employeeId: team.nurse.id,
        assessorId: team.kapus.id,
        status: 'draft',
        predicate: null,
        version: 1,
      });
      expect(ev.results.map((r) => r.id)).toEqual([plan.resultId]);
      expect(ev.assessorSuperior?.id).toBe(team.kadis.id);
    });

    it('when the period already has an evaluation of the plan, then starting another answers 409', async () => {
      const { cycle, plan } = await nursePlan();
      await draftEvaluation(team, plan, cycle.quarters[0]!);
      expectError(
        await team.kapus.client.post('/evaluations', { workPlanId: plan.id, periodId: cycle.quarters[0] }),
        409,
        'CONFLICT',
      );
    });

    it('when the plan is not approved, then starting an evaluation is an invalid transition', async () => {
      const cycle = await pastCycle(t.database);
      const draft = await team.nurse.client.post('/work-plans', {
        cycleId: cycle.id,
        employeeId: team.nurse.id,
        approach: 'quantitative',
      });
      expect(draft.statusCode, draft.body).toBe(201);
      const err = expectError(
        await team.kapus.client.post('/evaluations', {
          workPlanId: draft.json<{ id: string }>().id,
          periodId: cycle.quarters[0],
        }),
        409,
        'INVALID_TRANSITION',
      );
      expect(err.details).toMatchObject({ reason: 'plan_not_approved' });
    });
  });

  describe('rating', () => {
    it('when per-result ratings are saved, then the suggestion follows the rule and the version goes up', async () => {
      const { cycle, plan } = await nursePlan();
      const draft = await draftEvaluation(team, plan, cycle.quarters[0]!);
      const res = await team.kapus.client.put(`/evaluations/${draft.id}`, {
        resultRatings: [{ resultId: plan.resultId, rating: 'below', comment: 'Cakupan di bawah target.' }],
      });
      expect(res.statusCode, res.body).toBe(200);
      const ev = res.json<EvaluationView>();
      expect(ev.suggestedResultRating).toBe('below');
      expect(ev.suggestion).toMatchObject({
        rating: 'below',
        reason: 'most_below',
        rated: 1,
        below: 1,
        mainBelow: 1,
      });
      expect(ev.version).toBe(2);
    });

    it('when a rating names a result of another plan, then 400 names the rating', async () => {
      const { cycle, plan } = await nursePlan();
      const midwifePlan = await approvedPlan(team, cycle.id, { employee: 'midwife' });
      const draft = await draftEvaluation(team, plan, cycle.quarters[0]!);
      expect(
        failingPaths(
          await team.kapus.client.put(`/evaluations/${draft.id}`, {
            resultRatings: [{ resultId: midwifePlan.resultId, rating: 'above' }],
          }),
        ),
      ).toEqual(['resultRatings.0.resultId']);
    });

    it('when an overall rating is not one of the three, then 400 names it', async () => {
      const { cycle, plan } = await nursePlan();
      const draft = await draftEvaluation(team, plan, cycle.quarters[0]!);
      expect(
        failingPaths(await team.kapus.client.put(`/evaluations/${draft.id}`, { resultRating: 'excellent' })),
      ).toContain('resultRating');
    });

    it('when a stale version is sent, then the update answers 409', async () => {
      const { cycle, plan } = await nursePlan();
      const draft = await draftEvaluation(team, plan, cycle.quarters[0]!, {
        result: 'meets',
        behaviour: 'meets',
      });
      expect(draft.version).toBe(2);
      expectError(
        await team.kapus.client.put(`/evaluations/${draft.id}`, { resultRating: 'above', version: 1 }),
        409,
        'CONFLICT',
      );
    });

    it('when the evaluated employee writes a rating, then 403', async () => {
      const { cycle, plan } = await nursePlan();
      const draft = await draftEvaluation(team, plan, cycle.quarters[0]!);
      expectError(
        await team.nurse.client.put(`/evaluations/${draft.id}`, { resultRating: 'above' }),
        403,
        'FORBIDDEN',
      );
    });

    it('when finalising without both overall ratings, then 409 lists the missing ones', async () => {
      const { cycle, plan } = await nursePlan();
      const draft = await draftEvaluation(team, plan, cycle.quarters[0]!);
      await team.kapus.client.put(`/evaluations/${draft.id}`, {
        resultRatings: [{ resultId: plan.resultId, rating: 'below' }],
      });
      const missing = expectError(
        await team.kapus.client.post(`/evaluations/${draft.id}/finalize`, {}),
        409,
        'INVALID_TRANSITION',
      );
      expect((missing.details as { missing: string[] }).missing).toEqual(['resultRating', 'behaviourRating']);
    });

    it('when the overall result rating departs from the suggestion without a reason, then finalising asks for it', async () => {
      const { cycle, plan } = await nursePlan();
      const draft = await draftEvaluation(team, plan, cycle.quarters[0]!);
      const put = await team.kapus.client.put(`/evaluations/${draft.id}`, {
        resultRatings: [{ resultId: plan.resultId, rating: 'below' }],
        resultRating: 'meets',
        behaviourRating: 'meets',
      });
      expect(put.json<EvaluationView>().suggestedResultRating).toBe('below');
      const departure = expectError(
        await team.kapus.client.post(`/evaluations/${draft.id}/finalize`, {}),
        409,
        'INVALID_TRANSITION',
      );
      expect((departure.details as { missing: string[] }).missing).toEqual(['reason']);
    });
  });

  describe('reading', () => {
    it('when the employee reads their final evaluation, then it says who finalised it, what they may do and until when they may object', async () => {
      const { cycle, plan } = await nursePlan();
      const final = await finalEvaluation(team, plan, cycle.quarters[1]!, {
        result: 'meets',
        behaviour: 'meets',
      });
      const own = await team.nurse.client.get(`/evaluations/${final.id}`);
      expect(own.statusCode, own.body).toBe(200);
      const ev = own.json<EvaluationView>();
      expect(ev.finalizedBy?.name).toBe('dr. Kepala Puskesmas');
      expect(ev.can).toMatchObject({ edit: false, acknowledge: true, object: true });
      // finalised at 2026-11-29 10:00 WIB: fourteen days from then
      expect(ev.objectionDeadline).toBe('2026-12-13');
    });

    it('when a colleague or an outsider reads someone’s evaluation, then 404, and the colleague’s list is empty', async () => {
      const { cycle, plan } = await nursePlan();
      const final = await finalEvaluation(team, plan, cycle.quarters[1]!, {
        result: 'meets',
        behaviour: 'meets',
      });
      expectError(await team.midwife.client.get(`/evaluations/${final.id}`), 404, 'NOT_FOUND');
      expectError(await team.outsider.client.get(`/evaluations/${final.id}`), 404, 'NOT_FOUND');
      const colleagues = await team.midwife.client.get(`/evaluations?employeeId=${team.nurse.id}`);
      expect(colleagues.json<{ items: unknown[]; total: number }>()).toEqual({ items: [], total: 0 });
    });

    it('when the assessor, the head above or HR reads an evaluation, then 200', async () => {
      const { cycle, plan } = await nursePlan();
      const final = await finalEvaluation(team, plan, cycle.quarters[1]!, {
        result: 'meets',
        behaviour: 'meets',
      });
      for (const reader of [team.kapus.client, team.kadis.client, team.hr]) {
        expect((await reader.get(`/evaluations/${final.id}`)).statusCode).toBe(200);
      }
    });

    it('when the employee acknowledges the final evaluation, then the time is kept; a colleague gets 404', async () => {
      const { cycle, plan } = await nursePlan();
      const final = await finalEvaluation(team, plan, cycle.quarters[1]!, {
        result: 'meets',
        behaviour: 'meets',
      });
      const ack = await team.nurse.client.post(`/evaluations/${final.id}/acknowledge`);
      expect(ack.statusCode, ack.body).toBe(200);
      expect(ack.json<EvaluationView>().acknowledgedAt).toBe(t.clock.now().toISOString());
      expectError(await team.midwife.client.post(`/evaluations/${final.id}/acknowledge`), 404, 'NOT_FOUND');
    });

    it('when the employee downloads the evaluation document, then it is a PDF with their name, the result and the predicate', async () => {
      const { cycle, plan } = await nursePlan();
      const final = await finalEvaluation(team, plan, cycle.quarters[1]!, {
        result: 'meets',
        behaviour: 'meets',
      });
      const doc = await team.nurse.client.get(`/evaluations/${final.id}/document.pdf`);
      expect(doc.statusCode).toBe(200);
      expect(doc.headers['content-type']).toBe('application/pdf');
      const text = await extractPdfText(doc.rawPayload);
      expect(text).toContain('Siti Perawat');
      expect(text).toContain('Terlaksananya pelayanan keperawatan sesuai standar');
      expect(text).toMatch(/Baik/);
      // the aggregation and the to-date and year achievements (issue 12.2); nothing recorded yet
      expect(text).toContain('Agregasi: ');
      expect(text).toContain('S.d. periode ini (2 periode): belum ada realisasi');
      expect(text).toContain('Tahunan: belum ada realisasi');
      // the assessor, the head above and HR print it too
      for (const reader of [team.kapus.client, team.kadis.client, team.hr]) {
        const res = await reader.get(`/evaluations/${final.id}/document.pdf`);
        expect(res.statusCode, res.body).toBe(200);
      }
    });
  });

  it('when the annual evaluation starts, then it is pre-filled from the periodic predicates (latest by default)', async () => {
    const { cycle, plan } = await nursePlan();
    await finalEvaluation(team, plan, cycle.quarters[0]!, { result: 'above', behaviour: 'above' });
    await finalEvaluation(team, plan, cycle.quarters[1]!, { result: 'meets', behaviour: 'meets' });
    const res = await team.kapus.client.post('/evaluations', { workPlanId: plan.id, periodId: cycle.annual });
    expect(res.statusCode, res.body).toBe(201);
    const ev = res.json<EvaluationView>();
    expect(ev.period.kind).toBe('annual');
    expect(ev.annual?.mode).toBe('latest');
    expect(ev.annual?.periodic.map((p) => p.predicate)).toEqual(['sangat_baik', 'baik']);
    expect(ev.annual?.suggestedPredicate).toBe('baik');
    expect(ev.predicatePreview).toBe('baik');
  });

  it('when an evaluation deadline is 14 days away, then each assessor with unfinished evaluations is reminded once', async () => {
    const { cycle } = await nursePlan();
    await approvedPlan(team, cycle.id, { employee: 'midwife' });
    const period = cycle.quarters[3]!;
    await t.database.query(`UPDATE periods SET evaluation_deadline = '2026-12-13' WHERE id = $1`, [period]);
    const deps = { database: t.database, config: t.config, clock: t.clock };
    expect((await runReminders(deps, t.clock.now())).evaluation).toBe(1);
    expect((await runReminders(deps, t.clock.now())).evaluation).toBe(0);
    const notes = await team.kapus.client.get('/notifications?limit=200');
    const reminder = notes
      .json<{ items: Array<{ kind: string; body: string; link: string }> }>()
      .items.find((n) => n.kind === 'reminder.evaluation' && n.link.endsWith(period));
    expect(reminder?.body).toContain('2 pegawai');
    expect(reminder?.link).toBe(`/evaluations/team?periodId=${period}`);
  });
});
