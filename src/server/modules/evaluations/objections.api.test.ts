import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationView, ObjectionView } from '../../../domain/evaluations/view.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { bearerClient, expectError, failingPaths } from '../../../../test/factories.js';
import {
  approvedPlan,
  auditOf,
  buildTeam,
  pastCycle,
  type Team,
} from '../../../../test/planning-fixtures.js';
import { finalEvaluation, notificationKinds, objection } from '../../../../test/assessment-fixtures.js';
import { extractPdfText } from '../documents/index.js';

const DECIDE_CHANGED = {
  outcome: 'changed',
  resultRating: 'above',
  behaviourRating: 'above',
  note: 'Bukti dukung sah.',
};

/**
 * Objections (keberatan): filed by the employee within the window, explained by both parties, decided by the
 * assessor's superior (the Kepala Dinas). No test here has the midwife or the outsider file one.
 */
describe('evaluations: objections', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  /** The nurse's final "Baik" (meets × meets) for Triwulan 2 of a cycle of its own. */
  async function finalOfNurse() {
    const cycle = await pastCycle(t.database);
    const plan = await approvedPlan(team, cycle.id);
    return finalEvaluation(team, plan, cycle.quarters[1]!, { result: 'meets', behaviour: 'meets' });
  }

  /** An objection whose decider asked both parties for explanations and got them: ready to decide. */
  async function explainedObjection() {
    const ev = await finalOfNurse();
    const o = await objection(team, ev.id);
    const url = `/objections/${o.id}`;
    expect((await team.kadis.client.post(`${url}/request-explanations`, { note: 'Mohon.' })).statusCode).toBe(
      200,
    );
    expect((await team.kapus.client.post(`${url}/explanations`, { text: 'Penjelasan.' })).statusCode).toBe(
      200,
    );
    expect((await team.nurse.client.post(`${url}/explanations`, { text: 'Laporan.' })).statusCode).toBe(200);
    return { ev, o };
  }

  /** An objection taken through every step: filed, explanations asked and given, decided (ratings changed). */
  async function decidedObjection() {
    const { ev, o } = await explainedObjection();
    expect((await team.kadis.client.post(`/objections/${o.id}/decide`, DECIDE_CHANGED)).statusCode).toBe(200);
    return { evaluationId: ev.id, objectionId: o.id };
  }

  describe('filing', () => {
    it('when someone other than the employee objects, then 403', async () => {
      const ev = await finalOfNurse();
      expectError(
        await team.kapus.client.post(`/evaluations/${ev.id}/objections`, { reason: 'x' }),
        403,
        'FORBIDDEN',
      );
    });

    it('when the reason is missing, then 400 names it', async () => {
      const ev = await finalOfNurse();
      expect(failingPaths(await team.nurse.client.post(`/evaluations/${ev.id}/objections`, {}))).toEqual([
        'reason',
      ]);
    });

    it('when the employee objects within the window, then 201 with the assessor’s superior as decider and the ratings as they were', async () => {
      const ev = await finalOfNurse();
      const filed = await team.nurse.client.post(`/evaluations/${ev.id}/objections`, {
        reason: 'Realisasi triwulan II mencapai 110% dari target dengan bukti dukung lengkap.',
      });
      expect(filed.statusCode, filed.body).toBe(201);
      expect(filed.json<ObjectionView>()).toMatchObject({
        status: 'filed',
        deciderId: team.kadis.id,
        before: { predicate: 'baik' },
      });
    });

    it('when the evaluation already has an objection, then a second one answers 409', async () => {
      const ev = await finalOfNurse();
      await objection(team, ev.id);
      expectError(
        await team.nurse.client.post(`/evaluations/${ev.id}/objections`, { reason: 'lagi' }),
        409,
        'CONFLICT',
      );
    });
  });

  describe('the objection window (14 days, Asia/Jakarta)', () => {
    // finalised at 2026-11-29 10:00 WIB (03:00Z): the last day is 13 December 2026. Sessions expire over two weeks:
    // the employee uses a personal API token.
    const token = async (c: Client) =>
      bearerClient(t.app, (await c.post('/auth/tokens', { name: 'uji' })).json<{ token: string }>().token);

    it('when it is late on day 14 in Asia/Jakarta, then objecting is still allowed', async () => {
      const start = t.clock.now();
      try {
        const ev = await finalOfNurse();
        const nurse = await token(team.nurse.client);
        // 13 December 23:30 WIB = 16:30Z
        t.clock.set(new Date('2026-12-13T16:30:00Z'));
        const within = await nurse.post(`/evaluations/${ev.id}/objections`, {
          reason: 'Masih dalam tenggat.',
        });
        expect(within.statusCode, within.body).toBe(201);
      } finally {
        t.clock.set(start);
      }
    });

    it('when it is day 15 in Asia/Jakarta (still the 13th in UTC), then objecting answers 409 and is no longer offered', async () => {
      const start = t.clock.now();
      try {
        const ev = await finalOfNurse();
        const nurse = await token(team.nurse.client);
        // 14 December 00:30 WIB = 13 December 17:30Z
        t.clock.set(new Date('2026-12-13T17:30:00Z'));
        const late = expectError(
          await nurse.post(`/evaluations/${ev.id}/objections`, { reason: 'Terlambat.' }),
          409,
          'INVALID_TRANSITION',
        );
        expect(late.details).toMatchObject({ reason: 'window_closed', deadline: '2026-12-13' });
        const after = await nurse.get(`/evaluations/${ev.id}`);
        expect(after.statusCode, after.body).toBe(200);
        expect(after.json<EvaluationView>().can.object).toBe(false);
      } finally {
        t.clock.set(start);
      }
    });
  });

  describe('explanations', () => {
    it('when someone other than the decider asks for explanations, then 403', async () => {
      const o = await objection(team, (await finalOfNurse()).id);
      expectError(
        await team.kapus.client.post(`/objections/${o.id}/request-explanations`, {}),
        403,
        'FORBIDDEN',
      );
    });

    it('when the decider asks for explanations, then the objection says so and both parties write theirs', async () => {
      const o = await objection(team, (await finalOfNurse()).id);
      const url = `/objections/${o.id}`;
      const asked = await team.kadis.client.post(`${url}/request-explanations`, {
        note: 'Mohon penjelasan tertulis.',
      });
      expect(asked.statusCode, asked.body).toBe(200);
      expect(asked.json<ObjectionView>().status).toBe('explanations_requested');
      const a = await team.kapus.client.post(`${url}/explanations`, {
        text: 'Bukti dukung baru masuk setelah penilaian.',
      });
      expect(a.statusCode, a.body).toBe(200);
      const e = await team.nurse.client.post(`${url}/explanations`, { text: 'Laporan bulanan terlampir.' });
      expect(e.json<ObjectionView>()).toMatchObject({
        assessorExplanation: 'Bukti dukung baru masuk setelah penilaian.',
        employeeExplanation: 'Laporan bulanan terlampir.',
      });
    });
  });

  describe('reading', () => {
    it('when an outsider reads an objection, then 404', async () => {
      const o = await objection(team, (await finalOfNurse()).id);
      expectError(await team.outsider.client.get(`/objections/${o.id}`), 404, 'NOT_FOUND');
    });

    it('when the decider opens the inbox, then the open objection is listed with the names, the period and what they may do', async () => {
      const o = await objection(team, (await finalOfNurse()).id);
      const inbox = (await team.kadis.client.get('/objections?status=open&limit=200')).json<{
        items: ObjectionView[];
        total: number;
      }>();
      const item = inbox.items.find((i) => i.id === o.id);
      expect(item).toMatchObject({
        employeeName: 'Siti Perawat',
        deciderName: 'dr. Kepala Dinas',
        can: { decide: false, requestExplanations: true },
        readyToDecide: false,
      });
      expect(item!.periodLabel).toMatch(/Triwulan 2/);
    });

    it('when a colleague who neither objected nor decides opens the inbox, then it is empty', async () => {
      await objection(team, (await finalOfNurse()).id);
      expect((await team.midwife.client.get('/objections')).json()).toEqual({ items: [], total: 0 });
    });
  });

  describe('deciding', () => {
    it('when the assessor, the employee or HR decides, then 403', async () => {
      const o = await objection(team, (await finalOfNurse()).id);
      const url = `/objections/${o.id}/decide`;
      expectError(await team.kapus.client.post(url, DECIDE_CHANGED), 403, 'FORBIDDEN');
      expectError(await team.nurse.client.post(url, DECIDE_CHANGED), 403, 'FORBIDDEN');
      expectError(await team.hr.post(url, DECIDE_CHANGED), 403, 'FORBIDDEN');
    });

    it('when a change is decided without the new result rating, then 400 names it', async () => {
      const o = await objection(team, (await finalOfNurse()).id);
      expect(
        failingPaths(
          await team.kadis.client.post(`/objections/${o.id}/decide`, { outcome: 'changed', note: 'x' }),
        ),
      ).toEqual(['resultRating']);
    });

    it('when the decider decides before asking both parties for explanations, then 409 explanations_missing', async () => {
      const o = await objection(team, (await finalOfNurse()).id);
      const res = await team.kadis.client.post(`/objections/${o.id}/decide`, DECIDE_CHANGED);
      expectError(res, 409, 'INVALID_TRANSITION');
      expect(res.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe(
        'explanations_missing',
      );
    });

    it('when only the assessor has explained and the deadline has not passed, then 409 and the objection says who is awaited', async () => {
      const o = await objection(team, (await finalOfNurse()).id);
      const url = `/objections/${o.id}`;
      await team.kadis.client.post(`${url}/request-explanations`, { note: 'Mohon.' });
      await team.kapus.client.post(`${url}/explanations`, { text: 'Penjelasan.' });
      const view = (await team.kadis.client.get(url)).json<ObjectionView>();
      expect(view).toMatchObject({ readyToDecide: false, awaiting: ['employee'] });
      expect(view.explanationsDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expectError(await team.kadis.client.post(`${url}/decide`, DECIDE_CHANGED), 409, 'INVALID_TRANSITION');
    });

    it('when the explanation deadline has passed without the employee, then the decider may decide', async () => {
      const o = await objection(team, (await finalOfNurse()).id);
      const url = `/objections/${o.id}`;
      await team.kadis.client.post(`${url}/request-explanations`, { note: 'Mohon.' });
      // the request was made three weeks ago (a database write: the clock of the API is the real one)
      await t.database.query(
        `UPDATE objections SET explanations_requested_at = now() - interval '21 days' WHERE id = $1`,
        [o.id],
      );
      expect((await team.kadis.client.get(url)).json<ObjectionView>()).toMatchObject({
        readyToDecide: true,
        can: { decide: true },
      });
      expect((await team.kadis.client.post(`${url}/decide`, DECIDE_CHANGED)).statusCode).toBe(200);
    });

    it('when the decider changes the ratings, then the predicate is recomputed on the final evaluation and audited', async () => {
      const { ev, o } = await explainedObjection();
      const decided = await team.kadis.client.post(`/objections/${o.id}/decide`, DECIDE_CHANGED);
      expect(decided.statusCode, decided.body).toBe(200);
      const body = decided.json<{ objection: ObjectionView; evaluation: EvaluationView }>();
      expect(body.objection).toMatchObject({
        status: 'decided',
        outcome: 'changed',
        before: { resultRating: 'meets', behaviourRating: 'meets', predicate: 'baik' },
        after: { resultRating: 'above', behaviourRating: 'above', predicate: 'sangat_baik' },
      });
      expect(body.evaluation).toMatchObject({ status: 'final', predicate: 'sangat_baik' });
      const evAudit = await auditOf(team, 'evaluation', ev.id);
      expect(evAudit.find((x) => x.action === 'evaluation.decision')).toMatchObject({
        before: { predicate: 'baik' },
        after: { predicate: 'sangat_baik' },
      });
    });

    it('when the objection is decided, then deciding again answers 409', async () => {
      const { objectionId } = await decidedObjection();
      expectError(
        await team.kadis.client.post(`/objections/${objectionId}/decide`, DECIDE_CHANGED),
        409,
        'INVALID_TRANSITION',
      );
    });

    it('when an objection has gone through its steps, then each step is audited', async () => {
      const { objectionId } = await decidedObjection();
      const actions = (await auditOf(team, 'objection', objectionId)).map((x) => x.action).sort();
      expect(actions).toEqual([
        'objection.decide',
        'objection.explain',
        'objection.explain',
        'objection.file',
        'objection.request_explanations',
      ]);
    });

    it('when an objection has gone through its steps, then the employee was told of the evaluation, the request and the decision', async () => {
      const { evaluationId, objectionId } = await decidedObjection();
      expect(await notificationKinds(team.nurse.client, [evaluationId, objectionId])).toEqual(
        expect.arrayContaining([
          'evaluation.finalized',
          'objection.explanations_requested',
          'objection.decided',
        ]),
      );
    });
  });

  describe('the decision letter', () => {
    it('when the objection is decided, then its letter is a PDF naming the parties, the explanations and the decision', async () => {
      const { objectionId } = await decidedObjection();
      const pdf = await team.nurse.client.get(`/objections/${objectionId}/decision.pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const text = await extractPdfText(pdf.rawPayload);
      for (const expected of [
        'KEPUTUSAN ATAS KEBERATAN',
        'Siti Perawat',
        'dr. Kepala Puskesmas',
        'Penjelasan.',
        'HASIL EVALUASI DIUBAH',
        'Sangat Baik',
        'dr. Kepala Dinas',
      ])
        expect(text).toContain(expected);
    });

    it('when the objection is not decided yet, then 409 not_decided; a stranger gets 404', async () => {
      const o = await objection(team, (await finalOfNurse()).id);
      const res = await team.kadis.client.get(`/objections/${o.id}/decision.pdf`);
      expectError(res, 409, 'INVALID_TRANSITION');
      expect(res.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe('not_decided');
      expectError(await team.outsider.client.get(`/objections/${o.id}/decision.pdf`), 404, 'NOT_FOUND');
    });
  });
});
