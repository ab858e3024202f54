import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NominationView } from '../../../domain/evaluations/recognition.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { accountFor, expectError, failingPaths } from '../../../../test/factories.js';
import {
  approvedPlan,
  auditOf,
  buildTeam,
  pastCycle,
  type Team,
} from '../../../../test/planning-fixtures.js';
import {
  draftEvaluation,
  finalEvaluation,
  notificationKinds,
  type Ratings,
} from '../../../../test/assessment-fixtures.js';

const SANGAT_BAIK: Ratings = { result: 'above', behaviour: 'above' };
const REASON = 'Inovasi layanan antrean daring menurunkan waktu tunggu pasien 40%.';

/** Recognition: the assessor nominates a final Sangat Baik; HR or the agency head decides. */
describe('recognition: nominations', () => {
  let t: TestApp;
  let team: Team;
  let head: Client;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
    head = await accountFor(t.app, team.admin, ['agency_head']);
  });
  afterAll(async () => t.close());

  /** The nurse's final evaluation of a quarter of a past cycle of its own. */
  async function finalOfNurse(ratings: Ratings = SANGAT_BAIK) {
    const cycle = await pastCycle(t.database);
    const plan = await approvedPlan(team, cycle.id);
    return finalEvaluation(team, plan, cycle.quarters[1]!, ratings);
  }

  const nominate = (c: Client, evaluationId: string, body: unknown = { reason: REASON }) =>
    c.post(`/evaluations/${evaluationId}/nominations`, body);

  describe('nominating', () => {
    it('when the assessor nominates a final Sangat Baik, then 201, nominated for an award, audited; the same kind again is 409, the talent pool is another', async () => {
      const ev = await finalOfNurse();
      const res = await nominate(team.kapus.client, ev.id);
      expect(res.statusCode, res.body).toBe(201);
      const n = res.json<NominationView>();
      expect(n).toMatchObject({
        evaluationId: ev.id,
        employeeId: team.nurse.id,
        employeeName: 'Siti Perawat',
        unitName: 'Puskesmas Kemuning',
        kind: 'award',
        status: 'nominated',
        reason: REASON,
        nominatedByName: 'dr. Kepala Puskesmas',
      });
      expectError(await nominate(team.kapus.client, ev.id), 409, 'CONFLICT');
      const pool = await nominate(team.kapus.client, ev.id, { reason: REASON, kind: 'talent_pool' });
      expect(pool.statusCode, pool.body).toBe(201);
      expect((await auditOf(team, 'nomination', n.id)).map((a) => a.action)).toEqual(['nomination.create']);
      expect(await notificationKinds(head, [n.id])).toEqual(['nomination.created']);
      expect(await notificationKinds(team.hr, [n.id])).toEqual(['nomination.created']);
      const listed = await team.nurse.client.get(`/evaluations/${ev.id}/nominations`);
      expect(listed.statusCode, listed.body).toBe(200);
      expect(
        listed
          .json<{ items: NominationView[] }>()
          .items.map((i) => i.kind)
          .sort(),
      ).toEqual(['award', 'talent_pool']);
    });

    it('when the evaluation is Baik or still a draft, then 409 INVALID_TRANSITION', async () => {
      const baik = await finalOfNurse({ result: 'meets', behaviour: 'meets' });
      const refused = expectError(await nominate(team.kapus.client, baik.id), 409, 'INVALID_TRANSITION');
      expect(refused.details).toMatchObject({ predicate: 'baik', action: 'nominate' });
      const cycle = await pastCycle(t.database);
      const draft = await draftEvaluation(
        team,
        await approvedPlan(team, cycle.id),
        cycle.quarters[0]!,
        SANGAT_BAIK,
      );
      expectError(await nominate(team.kapus.client, draft.id), 409, 'INVALID_TRANSITION');
    });

    it('when someone other than the assessor nominates, then 403 for those who read the evaluation and 404 for the rest', async () => {
      const ev = await finalOfNurse();
      expectError(await nominate(team.kadis.client, ev.id), 403, 'FORBIDDEN');
      expectError(await nominate(team.nurse.client, ev.id), 403, 'FORBIDDEN');
      expectError(await nominate(team.hr, ev.id), 403, 'FORBIDDEN');
      expectError(await nominate(team.midwife.client, ev.id), 404, 'NOT_FOUND');
      expectError(await nominate(team.outsider.client, ev.id), 404, 'NOT_FOUND');
      expectError(await team.outsider.client.get(`/evaluations/${ev.id}/nominations`), 404, 'NOT_FOUND');
      expectError(
        await nominate(team.kapus.client, '00000000-0000-4000-8000-000000000000'),
        404,
        'NOT_FOUND',
      );
    });

    it('when the reason is missing or the kind unknown, then 400 names them', async () => {
      const ev = await finalOfNurse();
      expect(failingPaths(await nominate(team.kapus.client, ev.id, { kind: 'medal' })).sort()).toEqual([
        'kind',
        'reason',
      ]);
    });
  });

  describe('deciding', () => {
    it('when an employee lists or decides nominations, then 403', async () => {
      const ev = await finalOfNurse();
      const n = (await nominate(team.kapus.client, ev.id)).json<NominationView>();
      expectError(await team.nurse.client.get('/nominations'), 403, 'FORBIDDEN');
      expectError(await team.kapus.client.get('/nominations'), 403, 'FORBIDDEN');
      expectError(
        await team.kapus.client.post(`/nominations/${n.id}/decide`, { status: 'accepted', note: 'Ya.' }),
        403,
        'FORBIDDEN',
      );
    });

    it('when HR accepts a nomination, then it is recorded, audited and told to the employee; deciding again is 409', async () => {
      const ev = await finalOfNurse();
      const n = (await nominate(team.kapus.client, ev.id)).json<NominationView>();
      const open = (await head.get('/nominations?status=nominated&limit=200')).json<{
        items: NominationView[];
        total: number;
      }>();
      expect(open.items.find((i) => i.id === n.id)).toMatchObject({
        status: 'nominated',
        can: { decide: true },
      });
      expect(
        failingPaths(await team.hr.post(`/nominations/${n.id}/decide`, { status: 'maybe' })).sort(),
      ).toEqual(['note', 'status']);
      const res = await team.hr.post(`/nominations/${n.id}/decide`, {
        status: 'accepted',
        note: 'Masuk daftar penerima Satyalancana Wira Karya tahun ini.',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<NominationView>()).toMatchObject({ status: 'accepted', can: { decide: false } });
      expectError(
        await head.post(`/nominations/${n.id}/decide`, { status: 'declined', note: 'Tidak.' }),
        409,
        'INVALID_TRANSITION',
      );
      expect(await notificationKinds(team.nurse.client, [n.id])).toEqual(['nomination.decided']);
      expect((await auditOf(team, 'nomination', n.id)).map((a) => a.action)).toEqual([
        'nomination.decide',
        'nomination.create',
      ]);
      const accepted = (await head.get('/nominations?status=accepted&limit=200')).json<{
        items: NominationView[];
      }>();
      expect(accepted.items.map((i) => i.id)).toContain(n.id);
    });

    it('when the agency head declines, then the nomination says so', async () => {
      const ev = await finalOfNurse();
      const n = (
        await nominate(team.kapus.client, ev.id, { reason: REASON, kind: 'talent_pool' })
      ).json<NominationView>();
      const res = await head.post(`/nominations/${n.id}/decide`, {
        status: 'declined',
        note: 'Kuota talent pool tahun ini sudah terisi.',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<NominationView>()).toMatchObject({ status: 'declined', kind: 'talent_pool' });
      expectError(
        await head.post('/nominations/00000000-0000-4000-8000-000000000000/decide', {
          status: 'declined',
          note: 'x',
        }),
        404,
        'NOT_FOUND',
      );
    });
  });
});
