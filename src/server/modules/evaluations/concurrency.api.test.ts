import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationView } from '../../../domain/evaluations/view.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { approvedPlan, buildTeam, pastCycle, type Team } from '../../../../test/planning-fixtures.js';
import {
  changeSettings,
  draftEvaluation,
  finalEvaluation,
  objection,
  orgPredicate,
} from '../../../../test/assessment-fixtures.js';

/**
 * The distribution check under concurrency (issue 11, point 6): finalisations and objection decisions of one
 * population (unit and period) are serialised by a transaction-scoped advisory lock, so two requests sent at the
 * same moment can never together break the pattern. Meaningful on PostgreSQL (a pool of connections); on PGlite
 * every transaction is serial anyway, and the same assertions hold.
 */
describe('evaluations: the distribution check under concurrency', () => {
  let t: TestApp;
  let team: Team;
  const REPEATS = 20;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
    // the pattern of "Baik" reduced to its maximum (70 % Baik): one Baik of one is allowed, two of two are not
    await changeSettings(team, {
      distributionRules: {
        ...(await team.hr.get('/settings/assessment')).json<{ distributionRules: Record<string, unknown> }>()
          .distributionRules,
        baik: [{ rule: 'max', predicates: ['baik'], percent: 70 }],
      },
    } as never);
  });
  afterAll(async () => t.close());

  /** The nurse's and the midwife's approved plans in cycles of their own, one period per round. */
  async function* rounds(n: number) {
    let done = 0;
    while (done < n) {
      const cycle = await pastCycle(t.database);
      const nurse = await approvedPlan(team, cycle.id);
      const midwife = await approvedPlan(team, cycle.id, { employee: 'midwife' });
      for (const period of cycle.quarters) {
        if (done++ >= n) return;
        yield { nurse, midwife, period };
      }
    }
  }

  it(`when two finalisations that together break the pattern are sent at once, then one is 200 and the other 409 CONFLICT (${REPEATS} times)`, async () => {
    for await (const { nurse, midwife, period } of rounds(REPEATS)) {
      await orgPredicate(team, team.unitId, period, 'baik');
      const a = await draftEvaluation(team, nurse, period, { result: 'meets', behaviour: 'meets' });
      const b = await draftEvaluation(team, midwife, period, { result: 'meets', behaviour: 'meets' });
      const results = await Promise.all([
        team.kapus.client.post(`/evaluations/${a.id}/finalize`, {}),
        team.kapus.client.post(`/evaluations/${b.id}/finalize`, {}),
      ]);
      const statuses = results.map((r) => r.statusCode).sort();
      expect(statuses, results.map((r) => r.body).join('\n')).toEqual([200, 409]);
      const refused = results.find((r) => r.statusCode === 409)!;
      expect(refused.json<{ error: { code: string; details: { reason: string } } }>().error).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'distribution' },
      });
      const finals = await Promise.all(
        [a.id, b.id].map(async (id) =>
          (await team.kapus.client.get(`/evaluations/${id}`)).json<EvaluationView>(),
        ),
      );
      expect(finals.filter((e) => e.status === 'final')).toHaveLength(1);
    }
  });

  it('when an objection decision raises a predicate while a finalisation runs, then the finalisation counts it', async () => {
    for await (const { nurse, midwife, period } of rounds(4)) {
      await orgPredicate(team, team.unitId, period, 'baik');
      // the nurse is final as Butuh Perbaikan and objects; the decision raises her to Baik
      const first = await finalEvaluation(team, nurse, period, { result: 'below', behaviour: 'meets' });
      const filed = await objection(team, first.id);
      const url = `/objections/${filed.id}`;
      expect(
        (await team.kadis.client.post(`${url}/request-explanations`, { note: 'Mohon.' })).statusCode,
      ).toBe(200);
      expect((await team.kapus.client.post(`${url}/explanations`, { text: 'Penjelasan.' })).statusCode).toBe(
        200,
      );
      expect((await team.nurse.client.post(`${url}/explanations`, { text: 'Laporan.' })).statusCode).toBe(
        200,
      );
      const draft = await draftEvaluation(team, midwife, period, { result: 'meets', behaviour: 'meets' });
      const [decided, finalised] = await Promise.all([
        team.kadis.client.post(`${url}/decide`, {
          outcome: 'changed',
          resultRating: 'meets',
          behaviourRating: 'meets',
          note: 'Bukti dukung menunjukkan target tercapai.',
        }),
        team.kapus.client.post(`/evaluations/${draft.id}/finalize`, {}),
      ]);
      expect(decided.statusCode, decided.body).toBe(200);
      expect([200, 409], finalised.body).toContain(finalised.statusCode);
      if (finalised.statusCode === 200) {
        // allowed only when it was counted before the decision (one Baik of two): its audit entry comes first
        const seqOf = async (entityId: string, action: string) => {
          const res = await team.admin.get(`/audit?entityType=evaluation&entityId=${entityId}&limit=200`);
          return res
            .json<{ items: Array<{ action: string; seq: number }> }>()
            .items.find((e) => e.action === action)!.seq;
        };
        expect(await seqOf(draft.id, 'evaluation.finalize')).toBeLessThan(
          await seqOf(first.id, 'evaluation.decision'),
        );
      }
    }
  });
});
