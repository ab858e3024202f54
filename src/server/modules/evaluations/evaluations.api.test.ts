import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE_MATRIX, RATINGS, type Rating } from '../../../domain/evaluations/matrix.js';
import type {
  AssessmentSettingsView,
  CalibrationUnitRow,
  CalibrationView,
  DevelopmentPlanView,
  DistributionView,
  EvaluationView,
  ObjectionView,
  OrgPredicateHistoryView,
} from '../../../domain/evaluations/view.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { bearerClient, expectError, failingPaths } from '../../../../test/factories.js';
import {
  approvedPlan,
  buildTeam,
  insertCycle,
  periodsOf,
  type ApprovedPlan,
  type Team,
} from '../../../../test/planning-fixtures.js';
import { extractPdfText } from '../documents/index.js';
import { runReminders } from '../notifications/index.js';

async function auditActions(team: Team, entityType: string, entityId: string) {
  const res = await team.admin.get(`/audit?entityType=${entityType}&entityId=${entityId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Array<{ action: string; before: unknown; after: unknown }> }>().items;
}

describe('evaluations (penilaian kinerja)', () => {
  let t: TestApp;
  let team: Team;
  let plan: ApprovedPlan;
  let midwifePlan: ApprovedPlan;
  let periods: string[];
  let annual: string;
  let pkmParentId: string;

  async function create(client: Client, workPlanId: string, periodId: string) {
    return client.post('/evaluations', { workPlanId, periodId });
  }
  async function evaluate(
    p: ApprovedPlan,
    periodId: string,
    result: Rating,
    behaviour: Rating,
  ): Promise<EvaluationView> {
    const created = await create(team.kapus.client, p.id, periodId);
    expect(created.statusCode, created.body).toBe(201);
    const ev = created.json<EvaluationView>();
    const put = await team.kapus.client.put(`/evaluations/${ev.id}`, {
      resultRatings: [{ resultId: p.resultId, rating: result, comment: 'Sesuai bukti dukung.' }],
      resultRating: result,
      behaviourRating: behaviour,
    });
    expect(put.statusCode, put.body).toBe(200);
    return put.json<EvaluationView>();
  }

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
    const cycle = await insertCycle(t.database, 2026);
    const ps = await periodsOf(t.database, cycle.id);
    periods = ps.filter((p) => p.kind === 'periodic').map((p) => p.id);
    annual = ps.find((p) => p.kind === 'annual')!.id;
    plan = await approvedPlan(team, cycle.id);
    midwifePlan = await approvedPlan(team, cycle.id, { employee: 'midwife' });
    const unit = await team.hr.get(`/units/${team.unitId}`);
    pkmParentId = unit.json<{ parentId: string }>().parentId;
  });
  afterAll(async () => t.close());

  it('when someone other than the assessor starts an evaluation, then 403; the assessor gets 201 once, then 409', async () => {
    expectError(await create(team.nurse.client, plan.id, periods[0]!), 403, 'FORBIDDEN');
    expectError(await create(team.kadis.client, plan.id, periods[0]!), 403, 'FORBIDDEN');
    expectError(await create(team.outsider.client, plan.id, periods[0]!), 404, 'NOT_FOUND');
    const res = await create(team.kapus.client, plan.id, periods[0]!);
    expect(res.statusCode, res.body).toBe(201);
    const ev = res.json<EvaluationView>();
    expect(ev).toMatchObject({
      workPlanId: plan.id,
      periodId: periods[0],
      employeeId: team.nurse.id,
      assessorId: team.kapus.id,
      status: 'draft',
      predicate: null,
      version: 1,
    });
    expect(ev.results.map((r) => r.id)).toEqual([plan.resultId]);
    expect(ev.assessorSuperior?.id).toBe(team.kadis.id);
    expectError(await create(team.kapus.client, plan.id, periods[0]!), 409, 'CONFLICT');
  });

  it('when the plan is not approved, then starting an evaluation is an invalid transition', async () => {
    const other = await team.outsider.client.post('/work-plans', {
      cycleId: (await team.hr.get(`/work-plans/${plan.id}`)).json<{ cycleId: string }>().cycleId,
      employeeId: team.outsider.id,
      approach: 'quantitative',
    });
    expect(other.statusCode, other.body).toBe(201);
    // the outsider has no assessor: HR cannot evaluate either, and the draft is not approved
    const hr = await create(team.hr, other.json<{ id: string }>().id, periods[0]!);
    expect([403, 409]).toContain(hr.statusCode);
  });

  it('when per-result ratings are saved, then the suggestion follows the rule and a foreign result is refused', async () => {
    const list = await team.kapus.client.get(
      `/evaluations?periodId=${periods[0]}&employeeId=${team.nurse.id}`,
    );
    const id = list.json<{ items: Array<{ id: string }> }>().items[0]!.id;
    const res = await team.kapus.client.put(`/evaluations/${id}`, {
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
    expect(
      failingPaths(
        await team.kapus.client.put(`/evaluations/${id}`, {
          resultRatings: [{ resultId: midwifePlan.resultId, rating: 'above' }],
        }),
      ),
    ).toEqual(['resultRatings.0.resultId']);
    expect(
      failingPaths(await team.kapus.client.put(`/evaluations/${id}`, { resultRating: 'excellent' })),
    ).toContain('resultRating');
    expectError(
      await team.kapus.client.put(`/evaluations/${id}`, { resultRating: 'meets', version: 1 }),
      409,
      'CONFLICT',
    );
    expectError(
      await team.nurse.client.put(`/evaluations/${id}`, { resultRating: 'above' }),
      403,
      'FORBIDDEN',
    );
    // finalising without both overall ratings is not allowed
    const missing = expectError(
      await team.kapus.client.post(`/evaluations/${id}/finalize`, {}),
      409,
      'INVALID_TRANSITION',
    );
    expect((missing.details as { missing: string[] }).missing).toEqual(['resultRating', 'behaviourRating']);
    // a departure from the suggestion needs its reason
    await team.kapus.client.put(`/evaluations/${id}`, { resultRating: 'meets', behaviourRating: 'meets' });
    const departure = expectError(
      await team.kapus.client.post(`/evaluations/${id}/finalize`, {}),
      409,
      'INVALID_TRANSITION',
    );
    expect((departure.details as { missing: string[] }).missing).toEqual(['reason']);
  });

  it('when finalised (no organisation predicate), then the predicate is exactly the matrix cell, for all nine cells', async () => {
    const list = await team.kapus.client.get(
      `/evaluations?periodId=${periods[0]}&employeeId=${team.nurse.id}`,
    );
    const id = list.json<{ items: Array<{ id: string }> }>().items[0]!.id;
    for (const result of RATINGS) {
      for (const behaviour of RATINGS) {
        const put = await team.kapus.client.put(`/evaluations/${id}`, {
          resultRatings: [{ resultId: plan.resultId, rating: result }],
          resultRating: result,
          behaviourRating: behaviour,
        });
        expect(put.statusCode, put.body).toBe(200);
        expect(put.json<EvaluationView>().predicatePreview).toBe(PREDICATE_MATRIX[result][behaviour]);
        const fin = await team.kapus.client.post(`/evaluations/${id}/finalize`, {});
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
        // final is immutable…
        expectError(
          await team.kapus.client.put(`/evaluations/${id}`, { resultRating: 'above' }),
          409,
          'INVALID_TRANSITION',
        );
        // …except through an audited HR reopening with a reason
        expectError(
          await team.kapus.client.post(`/evaluations/${id}/reopen`, { reason: 'x' }),
          403,
          'FORBIDDEN',
        );
        expect(failingPaths(await team.hr.post(`/evaluations/${id}/reopen`, {}))).toEqual(['reason']);
        const reopened = await team.hr.post(`/evaluations/${id}/reopen`, { reason: 'Koreksi data uji' });
        expect(reopened.statusCode, reopened.body).toBe(200);
        expect(reopened.json<EvaluationView>()).toMatchObject({
          status: 'draft',
          reopenReason: 'Koreksi data uji',
        });
      }
    }
    const actions = (await auditActions(team, 'evaluation', id)).map((e) => e.action);
    expect(actions.filter((a) => a === 'evaluation.finalize')).toHaveLength(9);
    expect(actions.filter((a) => a === 'evaluation.reopen')).toHaveLength(9);
  });

  it('when the organisation predicate is set, then only the head of the parent unit or HR may set it, with history', async () => {
    const url = `/units/${team.unitId}/org-predicates/${periods[1]}`;
    expectError(await team.nurse.client.put(url, { predicate: 'baik' }), 403, 'FORBIDDEN');
    expectError(await team.kapus.client.put(url, { predicate: 'baik' }), 403, 'FORBIDDEN');
    expectError(await team.outsider.client.put(url, { predicate: 'baik' }), 403, 'FORBIDDEN');
    expect(failingPaths(await team.kadis.client.put(url, { predicate: 'luar_biasa' }))).toEqual([
      'predicate',
    ]);
    const byHr = await team.hr.put(url, { predicate: 'istimewa', basis: 'Draf awal' });
    expect(byHr.statusCode, byHr.body).toBe(200);
    const res = await team.kadis.client.put(url, { predicate: 'baik', basis: 'Capaian IKU Puskesmas 96%' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ unitId: team.unitId, periodId: periods[1], predicate: 'baik' });
    const history = (await team.kapus.client.get(url)).json<OrgPredicateHistoryView>();
    expect(history.current?.predicate).toBe('baik');
    expect(history.history.map((h) => h.predicate)).toEqual(['baik', 'istimewa']);
    expect(history.canSet).toBe(false);
    const units = (await team.kadis.client.get(`/org-predicates?periodId=${periods[1]}`)).json<{
      items: Array<{ unit: { id: string }; current: { predicate: string } | null }>;
    }>();
    expect(units.items.map((u) => u.unit.id)).toEqual([team.unitId]);
    expect(units.items[0]!.current?.predicate).toBe('baik');
    // the parent unit (Dinas) has no parent: only HR sets its predicate
    expectError(
      await team.kadis.client.put(`/units/${pkmParentId}/org-predicates/${periods[1]}`, {
        predicate: 'baik',
      }),
      403,
      'FORBIDDEN',
    );
  });

  it('when finalising breaks the pattern of "Baik", then 409 with the violations, accepted with a justification', async () => {
    const ev = await evaluate(plan, periods[1]!, 'meets', 'meets');
    // before anything is final, the board already shows what finalising the drafts would do
    const draftBoard = (
      await team.kapus.client.get(`/units/${team.unitId}/calibration?periodId=${periods[1]}`)
    ).json<CalibrationView>();
    expect(draftBoard.distribution.violations).toEqual([]);
    expect(draftBoard.projected).toMatchObject({
      total: 1,
      violations: [{ rule: 'min', predicates: ['butuh_perbaikan', 'kurang'], limit: 1, actual: 0 }],
    });
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
    const ok = await team.kapus.client.post(`/evaluations/${ev.id}/finalize`, {
      justification: 'Seluruh pegawai memenuhi target; tidak ada kinerja di bawah ekspektasi.',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const final = ok.json<EvaluationView>();
    expect(final).toMatchObject({
      status: 'final',
      predicate: 'baik',
      orgPredicate: 'baik',
      justification: 'Seluruh pegawai memenuhi target; tidak ada kinerja di bawah ekspektasi.',
    });
    expect(final.violations).toHaveLength(1);
    const audit = await auditActions(team, 'evaluation', ev.id);
    expect(audit.find((e) => e.action === 'evaluation.finalize')?.after).toMatchObject({
      justification: final.justification,
    });

    // the second one (butuh perbaikan) satisfies the pattern: no justification needed
    const second = await evaluate(midwifePlan, periods[1]!, 'below', 'meets');
    const fin = await team.kapus.client.post(`/evaluations/${second.id}/finalize`, {});
    expect(fin.statusCode, fin.body).toBe(200);
    expect(fin.json<EvaluationView>()).toMatchObject({ predicate: 'butuh_perbaikan', justification: null });

    const dist = await team.kapus.client.get(`/units/${team.unitId}/distribution?periodId=${periods[1]}`);
    expect(dist.statusCode, dist.body).toBe(200);
    expect(dist.json<DistributionView>()).toMatchObject({
      orgPredicate: 'baik',
      total: 2,
      counts: { sangat_baik: 0, baik: 1, butuh_perbaikan: 1, kurang: 0, sangat_kurang: 0 },
      violations: [],
    });
    expect(
      (await team.kadis.client.get(`/units/${team.unitId}/distribution?periodId=${periods[1]}`)).statusCode,
    ).toBe(200);
    expectError(
      await team.nurse.client.get(`/units/${team.unitId}/distribution?periodId=${periods[1]}`),
      403,
      'FORBIDDEN',
    );
    expectError(
      await team.outsider.client.get(`/units/${team.unitId}/distribution?periodId=${periods[1]}`),
      403,
      'FORBIDDEN',
    );

    const units = await team.kapus.client.get(`/calibration/units?periodId=${periods[1]}`);
    expect(units.json<{ items: CalibrationUnitRow[] }>().items).toEqual([
      expect.objectContaining({ orgPredicate: 'baik', total: 2, finals: 2, violations: 0 }),
    ]);
    expect((await team.nurse.client.get(`/calibration/units?periodId=${periods[1]}`)).json()).toEqual({
      items: [],
    });
    const board = (
      await team.kapus.client.get(`/units/${team.unitId}/calibration?periodId=${periods[1]}`)
    ).json<CalibrationView>();
    const cell = (r: Rating, b: Rating) =>
      board.cells.find((c) => c.resultRating === r && c.behaviourRating === b)!;
    expect(cell('meets', 'meets').people.map((p) => p.employeeId)).toEqual([team.nurse.id]);
    expect(cell('below', 'meets').people.map((p) => p.employeeId)).toEqual([team.midwife.id]);
    expect(board.justifications.map((j) => j.employeeName)).toEqual(['Siti Perawat']);

    // the butuh perbaikan predicate opened a development plan
    const dev = await team.midwife.client.get(`/employees/${team.midwife.id}/development-plans`);
    expect(dev.statusCode, dev.body).toBe(200);
    const plans = dev.json<{ items: DevelopmentPlanView[] }>().items;
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ evaluationId: second.id, predicate: 'butuh_perbaikan', status: 'open' });
    expect(plans[0]!.focusAreas.map((f) => f.kind)).toEqual(['result']);
    expect((await team.kapus.client.get(`/employees/${team.midwife.id}/development-plans`)).statusCode).toBe(
      200,
    );
    expectError(
      await team.outsider.client.get(`/employees/${team.midwife.id}/development-plans`),
      404,
      'NOT_FOUND',
    );

    const pdf = await team.kapus.client.get(`/units/${team.unitId}/penetapan.pdf?periodId=${periods[1]}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await extractPdfText(pdf.rawPayload);
    expect(text).toContain('Siti Perawat');
    expect(text).toContain('Seluruh pegawai memenuhi target');
  });

  it('when an employee reads evaluations, then their own is visible with its explanation and a colleague gets 404', async () => {
    const list = await team.nurse.client.get(
      `/evaluations?employeeId=${team.nurse.id}&periodId=${periods[1]}`,
    );
    const id = list.json<{ items: Array<{ id: string }> }>().items[0]!.id;
    const own = await team.nurse.client.get(`/evaluations/${id}`);
    expect(own.statusCode, own.body).toBe(200);
    const ev = own.json<EvaluationView>();
    expect(ev.finalizedBy?.name).toBe('dr. Kepala Puskesmas');
    expect(ev.permissions).toMatchObject({ edit: false, acknowledge: true, object: true });
    expect(ev.objectionDeadline).toBe('2026-12-13');
    expectError(await team.midwife.client.get(`/evaluations/${id}`), 404, 'NOT_FOUND');
    expectError(await team.outsider.client.get(`/evaluations/${id}`), 404, 'NOT_FOUND');
    for (const reader of [team.kapus.client, team.kadis.client, team.hr]) {
      expect((await reader.get(`/evaluations/${id}`)).statusCode).toBe(200);
    }
    const colleagues = await team.midwife.client.get(`/evaluations?employeeId=${team.nurse.id}`);
    expect(colleagues.json<{ items: unknown[]; total: number }>()).toEqual({ items: [], total: 0 });
    const ack = await team.nurse.client.post(`/evaluations/${id}/acknowledge`);
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json<EvaluationView>().acknowledgedAt).toBe(t.clock.now().toISOString());
    expectError(await team.midwife.client.post(`/evaluations/${id}/acknowledge`), 404, 'NOT_FOUND');
    const doc = await team.nurse.client.get(`/evaluations/${id}/document.pdf`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toBe('application/pdf');
    const text = await extractPdfText(doc.rawPayload);
    expect(text).toContain('Siti Perawat');
    expect(text).toContain('Terlaksananya pelayanan keperawatan sesuai standar');
    expect(text).toMatch(/Baik/);
  });

  it('when the employee objects within the window, then only the assessor’s superior decides, the predicate is recomputed and audited', async () => {
    const list = await team.nurse.client.get(
      `/evaluations?employeeId=${team.nurse.id}&periodId=${periods[1]}`,
    );
    const id = list.json<{ items: Array<{ id: string }> }>().items[0]!.id;
    expectError(
      await team.kapus.client.post(`/evaluations/${id}/objections`, { reason: 'x' }),
      403,
      'FORBIDDEN',
    );
    expect(failingPaths(await team.nurse.client.post(`/evaluations/${id}/objections`, {}))).toEqual([
      'reason',
    ]);
    const filed = await team.nurse.client.post(`/evaluations/${id}/objections`, {
      reason: 'Realisasi triwulan II mencapai 110% dari target dengan bukti dukung lengkap.',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const objection = filed.json<ObjectionView>();
    expect(objection).toMatchObject({
      status: 'filed',
      deciderId: team.kadis.id,
      before: { predicate: 'baik' },
    });
    expectError(
      await team.nurse.client.post(`/evaluations/${id}/objections`, { reason: 'lagi' }),
      409,
      'CONFLICT',
    );

    const oUrl = `/objections/${objection.id}`;
    expectError(await team.kapus.client.post(`${oUrl}/request-explanations`, {}), 403, 'FORBIDDEN');
    const asked = await team.kadis.client.post(`${oUrl}/request-explanations`, {
      note: 'Mohon penjelasan tertulis.',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json<ObjectionView>().status).toBe('explanations_requested');
    const a = await team.kapus.client.post(`${oUrl}/explanations`, {
      text: 'Bukti dukung baru masuk setelah penilaian.',
    });
    expect(a.statusCode, a.body).toBe(200);
    const e = await team.nurse.client.post(`${oUrl}/explanations`, { text: 'Laporan bulanan terlampir.' });
    expect(e.json<ObjectionView>()).toMatchObject({
      assessorExplanation: 'Bukti dukung baru masuk setelah penilaian.',
      employeeExplanation: 'Laporan bulanan terlampir.',
    });
    expectError(await team.outsider.client.get(oUrl), 404, 'NOT_FOUND');
    const inbox = (await team.kadis.client.get('/objections?status=open')).json<{
      items: ObjectionView[];
      total: number;
    }>();
    expect(inbox.total).toBe(1);
    expect(inbox.items[0]).toMatchObject({
      id: objection.id,
      employeeName: 'Siti Perawat',
      deciderName: 'dr. Kepala Dinas',
      permissions: { decide: true, requestExplanations: true },
    });
    expect(inbox.items[0]!.periodLabel).toMatch(/Triwulan 2/);
    expect((await team.midwife.client.get('/objections')).json()).toEqual({ items: [], total: 0 });

    const decide = {
      outcome: 'changed',
      resultRating: 'above',
      behaviourRating: 'above',
      note: 'Bukti dukung sah.',
    };
    expectError(await team.kapus.client.post(`${oUrl}/decide`, decide), 403, 'FORBIDDEN');
    expectError(await team.nurse.client.post(`${oUrl}/decide`, decide), 403, 'FORBIDDEN');
    expectError(await team.hr.post(`${oUrl}/decide`, decide), 403, 'FORBIDDEN');
    expect(
      failingPaths(await team.kadis.client.post(`${oUrl}/decide`, { outcome: 'changed', note: 'x' })),
    ).toEqual(['resultRating']);
    const decided = await team.kadis.client.post(`${oUrl}/decide`, decide);
    expect(decided.statusCode, decided.body).toBe(200);
    const body = decided.json<{ objection: ObjectionView; evaluation: EvaluationView }>();
    expect(body.objection).toMatchObject({
      status: 'decided',
      outcome: 'changed',
      before: { resultRating: 'meets', behaviourRating: 'meets', predicate: 'baik' },
      after: { resultRating: 'above', behaviourRating: 'above', predicate: 'sangat_baik' },
    });
    expect(body.evaluation).toMatchObject({ status: 'final', predicate: 'sangat_baik' });
    expectError(await team.kadis.client.post(`${oUrl}/decide`, decide), 409, 'INVALID_TRANSITION');
    const evAudit = await auditActions(team, 'evaluation', id);
    expect(evAudit.find((x) => x.action === 'evaluation.decision')).toMatchObject({
      before: { predicate: 'baik' },
      after: { predicate: 'sangat_baik' },
    });
    const oAudit = (await auditActions(team, 'objection', objection.id)).map((x) => x.action).sort();
    expect(oAudit).toEqual([
      'objection.decide',
      'objection.explain',
      'objection.explain',
      'objection.file',
      'objection.request_explanations',
    ]);
    const notes = await team.nurse.client.get('/notifications');
    expect(notes.json<{ items: Array<{ kind: string }> }>().items.map((n) => n.kind)).toEqual(
      expect.arrayContaining([
        'evaluation.finalized',
        'objection.explanations_requested',
        'objection.decided',
      ]),
    );
  });

  it('when the window has passed (day 15 in Asia/Jakarta), then objecting answers 409; day 14 is still allowed', async () => {
    const start = t.clock.now();
    try {
      // finalised at 2026-11-29 10:00 WIB (03:00Z): the last day is 13 December 2026
      const a = await evaluate(plan, periods[2]!, 'meets', 'meets');
      expect((await team.kapus.client.post(`/evaluations/${a.id}/finalize`, {})).statusCode).toBe(200);
      const b = await evaluate(midwifePlan, periods[2]!, 'meets', 'meets');
      expect((await team.kapus.client.post(`/evaluations/${b.id}/finalize`, {})).statusCode).toBe(200);
      // sessions expire over two weeks: the two employees use personal API tokens
      const token = async (c: Client) =>
        bearerClient(t.app, (await c.post('/auth/tokens', { name: 'uji' })).json<{ token: string }>().token);
      const nurse = await token(team.nurse.client);
      const midwife = await token(team.midwife.client);
      // 13 December 23:30 WIB = 16:30Z: day 14, allowed
      t.clock.set(new Date('2026-12-13T16:30:00Z'));
      const within = await nurse.post(`/evaluations/${a.id}/objections`, {
        reason: 'Masih dalam tenggat.',
      });
      expect(within.statusCode, within.body).toBe(201);
      // 14 December 00:30 WIB = 13 December 17:30Z: day 15, refused although it is still the 13th in UTC
      t.clock.set(new Date('2026-12-13T17:30:00Z'));
      const late = expectError(
        await midwife.post(`/evaluations/${b.id}/objections`, { reason: 'Terlambat.' }),
        409,
        'INVALID_TRANSITION',
      );
      expect(late.details).toMatchObject({ reason: 'window_closed', deadline: '2026-12-13' });
      const after = await midwife.get(`/evaluations/${b.id}`);
      expect(after.statusCode, after.body).toBe(200);
      expect(after.json<EvaluationView>().permissions.object).toBe(false);
    } finally {
      t.clock.set(start);
    }
  });

  it('when the annual evaluation starts, then it is pre-filled from the periodic predicates (latest by default)', async () => {
    const res = await create(team.kapus.client, plan.id, annual);
    expect(res.statusCode, res.body).toBe(201);
    const ev = res.json<EvaluationView>();
    expect(ev.period.kind).toBe('annual');
    expect(ev.annual?.mode).toBe('latest');
    expect(ev.annual?.periodic.map((p) => p.predicate)).toEqual(['sangat_baik', 'baik']);
    expect(ev.annual?.suggestedPredicate).toBe('baik');
    expect(ev.predicatePreview).toBe('baik');
  });

  it('when HR changes the rule settings, then they are validated, audited and used', async () => {
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
    const { defaults: _d, updatedAt: _u, ...body } = current;
    expectError(await team.outsider.client.put('/settings/assessment', body), 403, 'FORBIDDEN');
    const bad = {
      ...body,
      distributionRules: {
        ...body.distributionRules,
        istimewa: [{ rule: 'max', predicates: ['sangat_baik'], percent: 120 }],
      },
    };
    expect((await team.hr.put('/settings/assessment', bad)).statusCode).toBe(400);
    const res = await team.hr.put('/settings/assessment', {
      ...body,
      objectionWindowDays: 21,
      annualSuggestion: 'most_frequent',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<AssessmentSettingsView>()).toMatchObject({ objectionWindowDays: 21, version: 1 });
    expectError(await team.hr.put('/settings/assessment', { ...body, version: 0 }), 409, 'CONFLICT');
    const audit = await auditActions(team, 'setting', 'assessment');
    expect(audit[0]).toMatchObject({
      action: 'setting.update',
      before: { objectionWindowDays: 14 },
      after: { objectionWindowDays: 21 },
    });
  });

  it('when an evaluation deadline is 14 days away, then each assessor with unfinished evaluations is reminded once', async () => {
    await t.database.query(`UPDATE periods SET evaluation_deadline = '2026-12-13' WHERE id = $1`, [
      periods[3],
    ]);
    const deps = { database: t.database, config: t.config, clock: t.clock };
    expect((await runReminders(deps, t.clock.now())).evaluation).toBe(1);
    expect((await runReminders(deps, t.clock.now())).evaluation).toBe(0);
    const notes = await team.kapus.client.get('/notifications');
    const reminder = notes
      .json<{ items: Array<{ kind: string; body: string; link: string }> }>()
      .items.find((n) => n.kind === 'reminder.evaluation');
    expect(reminder?.body).toContain('2 pegawai');
    expect(reminder?.link).toBe(`/evaluations/team?periodId=${periods[3]}`);
  });

  it('when the evaluated employee heads a unit, then the unit’s organisation predicate is offered as the result rating and the head is outside the pattern', async () => {
    // the Kepala Puskesmas' own plan (a fixture shortcut: approved in the database), assessed by the Kepala Dinas
    const own = await team.kapus.client.get(`/work-plans?employeeId=${team.kapus.id}`);
    const kapusPlanId = own.json<{ items: Array<{ id: string }> }>().items[0]!.id;
    await t.database.query(`UPDATE work_plans SET status = 'approved', approved_at = now() WHERE id = $1`, [
      kapusPlanId,
    ]);
    const created = await create(team.kadis.client, kapusPlanId, periods[1]!);
    expect(created.statusCode, created.body).toBe(201);
    const ev = created.json<EvaluationView>();
    expect(ev.offeredResultRating).toMatchObject({
      rating: 'meets',
      orgPredicate: 'baik',
      unitId: team.unitId,
    });
    expect(ev.resultRating).toBe('meets');
    await team.kadis.client.put(`/evaluations/${ev.id}`, { behaviourRating: 'above' });
    const fin = await team.kadis.client.post(`/evaluations/${ev.id}/finalize`, {});
    expect(fin.statusCode, fin.body).toBe(200);
    expect(fin.json<EvaluationView>().predicate).toBe('baik');
    const dist = (
      await team.kadis.client.get(`/units/${team.unitId}/distribution?periodId=${periods[1]}`)
    ).json<DistributionView>();
    expect(dist.total).toBe(2);
    const board = (
      await team.kadis.client.get(`/units/${team.unitId}/calibration?periodId=${periods[1]}`)
    ).json<CalibrationView>();
    expect(board.leader?.employeeId).toBe(team.kapus.id);

    // with the leader rule off, nothing is offered
    const settings = (await team.hr.get('/settings/assessment')).json<AssessmentSettingsView>();
    const { defaults: _d, updatedAt: _u, ...body } = settings;
    expect((await team.hr.put('/settings/assessment', { ...body, leaderRule: false })).statusCode).toBe(200);
    expect(
      (await team.kadis.client.get(`/evaluations/${ev.id}`)).json<EvaluationView>().offeredResultRating,
    ).toBeNull();
  });
});
