import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EscalationView,
  ImprovementPeriodView,
  ImprovementSettingsView,
} from '../../../domain/evaluations/improvement-view.js';
import type { DevelopmentPlanView, EvaluationView } from '../../../domain/evaluations/view.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { accountFor, bearerClient, expectError, failingPaths } from '../../../../test/factories.js';
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
  objection,
  type Ratings,
} from '../../../../test/assessment-fixtures.js';

const KURANG = { result: 'meets', behaviour: 'below' } as const;
const SANGAT_KURANG = { result: 'below', behaviour: 'below' } as const;

/**
 * Improvement periods and escalation (domain §7, PP 30/2019 art. 56–58). The test clock stands at 29 November 2026,
 * 10:00 WIB: a final annual Kurang then opens a period from 30 November 2026 to 29 May 2027. Each test builds its own
 * team (the nurse's periods must not meet another test's) and moves the clock only around finalisations made with
 * personal API tokens (sessions end within a day).
 */
describe('improvement periods and escalation', () => {
  let t: TestApp;
  let teams = 0;
  let start: Date;

  beforeAll(async () => {
    t = await createTestApp();
    start = t.clock.now();
  });
  afterAll(async () => t.close());

  interface World {
    team: Team;
    head: Client;
    /** the Kepala Puskesmas with a token: finalises while the clock is moved */
    kapusToken: Client;
    nurseToken: Client;
  }

  const token = async (c: Client) =>
    bearerClient(t.app, (await c.post('/auth/tokens', { name: 'uji' })).json<{ token: string }>().token);

  async function world(): Promise<World> {
    const team = await buildTeam(t, `imp${++teams}`);
    return {
      team,
      head: await accountFor(t.app, team.admin, ['agency_head']),
      kapusToken: await token(team.kapus.client),
      nurseToken: await token(team.nurse.client),
    };
  }

  /** The nurse's final annual evaluation of a past cycle with the given ratings (finalised now). */
  async function annualOfNurse(w: World, ratings: Ratings = KURANG) {
    const cycle = await pastCycle(t.database);
    const plan = await approvedPlan(w.team, cycle.id);
    return finalEvaluation(w.team, plan, cycle.annual, ratings);
  }

  /** A draft periodic evaluation of the nurse (another past cycle), rated poor, ready to be finalised. */
  async function poorPeriodicDraft(w: World, ratings: Ratings = KURANG) {
    const cycle = await pastCycle(t.database);
    const plan = await approvedPlan(w.team, cycle.id);
    return draftEvaluation(w.team, plan, cycle.quarters[0]!, ratings);
  }

  /** Finalises `draft` as the Kepala Puskesmas at `at` (then the clock goes back to the start). */
  async function finalizeAt(w: World, draftId: string, at: string) {
    t.clock.set(new Date(at));
    try {
      const res = await w.kapusToken.post(`/evaluations/${draftId}/finalize`, {});
      expect(res.statusCode, res.body).toBe(200);
      return res.json<EvaluationView>();
    } finally {
      t.clock.set(start);
    }
  }

  const periodsOf = async (c: Client, employeeId: string) => {
    const res = await c.get(`/employees/${employeeId}/improvement-periods`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: ImprovementPeriodView[] }>().items;
  };

  const escalationsOf = async (c: Client, employeeId: string, status?: 'open' | 'decided') => {
    const res = await c.get(`/escalations?limit=200${status ? `&status=${status}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    return res
      .json<{ items: EscalationView[]; total: number }>()
      .items.filter((e) => e.employeeId === employeeId);
  };

  describe('opening', () => {
    it('when an annual evaluation is final as Kurang, then exactly one period opens from the next day for six months, with the plan of that evaluation', async () => {
      const w = await world();
      const ev = await annualOfNurse(w);
      expect(ev.predicate).toBe('kurang');
      const items = await periodsOf(w.team.nurse.client, w.team.nurse.id);
      expect(items).toHaveLength(1);
      const plans = (await w.team.nurse.client.get(`/employees/${w.team.nurse.id}/development-plans`)).json<{
        items: DevelopmentPlanView[];
      }>().items;
      const plan = plans.find((p) => p.evaluationId === ev.id);
      expect(plan).toBeDefined();
      expect(items[0]).toMatchObject({
        evaluationId: ev.id,
        startDate: '2026-11-30',
        endDate: '2027-05-29',
        status: 'open',
        predicate: 'kurang',
        developmentPlanId: plan!.id,
        escalations: [],
      });
      expect(await notificationKinds(w.team.nurse.client, [items[0]!.id])).toEqual(['improvement.opened']);
      expect((await auditOf(w.team, 'improvement_period', items[0]!.id)).map((a) => a.action)).toEqual([
        'improvement_period.open',
      ]);
    });

    it('when HR reopens the annual evaluation and it is finalised again, then there is still one period', async () => {
      const w = await world();
      const ev = await annualOfNurse(w, SANGAT_KURANG);
      const reopened = await w.team.hr.post(`/evaluations/${ev.id}/reopen`, {
        reason: 'Salah ketik catatan.',
      });
      expect(reopened.statusCode, reopened.body).toBe(200);
      const again = await w.team.kapus.client.post(`/evaluations/${ev.id}/finalize`, {});
      expect(again.statusCode, again.body).toBe(200);
      expect(await periodsOf(w.team.nurse.client, w.team.nurse.id)).toHaveLength(1);
    });

    it('when the annual result is Baik, or a periodic one is Kurang, then no period opens', async () => {
      const w = await world();
      await annualOfNurse(w, { result: 'meets', behaviour: 'meets' });
      await finalizeAt(w, (await poorPeriodicDraft(w)).id, start.toISOString());
      expect(await periodsOf(w.team.nurse.client, w.team.nurse.id)).toEqual([]);
    });

    it('when HR turns the rule off, then a final annual Kurang opens nothing; bad settings answer 400, an employee 403', async () => {
      const w = await world();
      const read = await w.team.hr.get('/settings/improvement');
      expect(read.json<ImprovementSettingsView>()).toMatchObject({ enabled: true, months: 6 });
      expect(
        failingPaths(await w.team.hr.put('/settings/improvement', { enabled: true, months: 0 })),
      ).toEqual(['months']);
      expectError(
        await w.team.nurse.client.put('/settings/improvement', { enabled: false, months: 6 }),
        403,
        'FORBIDDEN',
      );
      const off = await w.team.hr.put('/settings/improvement', { enabled: false, months: 6 });
      expect(off.statusCode, off.body).toBe(200);
      try {
        await annualOfNurse(w);
        expect(await periodsOf(w.team.nurse.client, w.team.nurse.id)).toEqual([]);
      } finally {
        const on = await w.team.hr.put('/settings/improvement', { enabled: true, months: 6 });
        expect(on.statusCode, on.body).toBe(200);
      }
      expect((await auditOf(w.team, 'setting', 'improvement')).map((a) => a.action)).toContain(
        'setting.update',
      );
    });
  });

  describe('escalating', () => {
    it('when a further periodic Kurang is final inside the period, then the period escalates to the agency head and HR with the history', async () => {
      const w = await world();
      const annual = await annualOfNurse(w);
      const draft = await poorPeriodicDraft(w, SANGAT_KURANG);
      await finalizeAt(w, draft.id, '2026-12-10T03:00:00Z');

      const [period] = await periodsOf(w.team.nurse.client, w.team.nurse.id);
      expect(period!.status).toBe('escalated');
      const [escalation] = await escalationsOf(w.head, w.team.nurse.id, 'open');
      expect(escalation).toMatchObject({
        status: 'open',
        employeeName: 'Siti Perawat',
        unitName: 'Puskesmas Kemuning',
        evaluationId: draft.id,
        improvementPeriod: { id: period!.id, evaluationId: annual.id, status: 'escalated' },
        history: {
          opening: { evaluationId: annual.id, predicate: 'kurang', periodKind: 'annual' },
          further: { evaluationId: draft.id, predicate: 'sangat_kurang', periodKind: 'periodic' },
          improvementPeriod: { startDate: '2026-11-30', endDate: '2027-05-29' },
        },
        decision: null,
        can: { decide: true },
      });
      expect(escalation!.nip).toMatch(/^\d{18}$/);
      expect(escalation!.history.developmentPlans.map((p) => p.id)).toContain(period!.developmentPlanId);
      // HR reads it too, without the decision
      const byHr = await w.team.hr.get(`/escalations/${escalation!.id}`);
      expect(byHr.statusCode, byHr.body).toBe(200);
      expect(byHr.json<EscalationView>().can.decide).toBe(false);
      expect(await notificationKinds(w.head, [escalation!.id])).toEqual(['escalation.raised']);
      expect(await notificationKinds(w.team.hr, [escalation!.id])).toEqual(['escalation.raised']);
      expect((await auditOf(w.team, 'escalation', escalation!.id)).map((a) => a.action)).toEqual([
        'escalation.raise',
      ]);
    });

    it('when the further Kurang is final on the day the period opened, or after its last day, then nothing escalates and the period has passed', async () => {
      const w = await world();
      await annualOfNurse(w);
      // the same day, 29 November (the period starts on the 30th)
      await finalizeAt(w, (await poorPeriodicDraft(w)).id, '2026-11-29T16:30:00Z');
      // 30 May 2027 00:30 WIB: the day after the last day
      await finalizeAt(w, (await poorPeriodicDraft(w)).id, '2027-05-29T17:30:00Z');
      expect(await escalationsOf(w.head, w.team.nurse.id)).toEqual([]);
      t.clock.set(new Date('2027-05-29T17:30:00Z'));
      try {
        const [period] = await periodsOf(w.nurseToken, w.team.nurse.id);
        expect(period!.status).toBe('passed');
      } finally {
        t.clock.set(start);
      }
    });
  });

  describe('closing by an objection', () => {
    it('when the Kepala Dinas changes the opening evaluation to Baik, then its period closes', async () => {
      const w = await world();
      const ev = await annualOfNurse(w);
      const o = await objection(w.team, ev.id);
      const url = `/objections/${o.id}`;
      expect(
        (await w.team.kadis.client.post(`${url}/request-explanations`, { note: 'Mohon.' })).statusCode,
      ).toBe(200);
      expect(
        (await w.team.kapus.client.post(`${url}/explanations`, { text: 'Penjelasan.' })).statusCode,
      ).toBe(200);
      expect((await w.team.nurse.client.post(`${url}/explanations`, { text: 'Laporan.' })).statusCode).toBe(
        200,
      );
      const decided = await w.team.kadis.client.post(`${url}/decide`, {
        outcome: 'changed',
        resultRating: 'meets',
        behaviourRating: 'meets',
        note: 'Bukti perilaku kerja sah.',
      });
      expect(decided.statusCode, decided.body).toBe(200);
      const [period] = await periodsOf(w.team.nurse.client, w.team.nurse.id);
      expect(period).toMatchObject({ status: 'closed', evaluationId: ev.id });
      expect(period!.closedAt).not.toBeNull();
      expect((await auditOf(w.team, 'improvement_period', period!.id)).map((a) => a.action)).toEqual([
        'improvement_period.close',
        'improvement_period.open',
      ]);
    });
  });

  describe('readers, refusals and the decision', () => {
    let w: World;
    let escalation: EscalationView;

    beforeAll(async () => {
      w = await world();
      await annualOfNurse(w);
      await finalizeAt(w, (await poorPeriodicDraft(w)).id, '2027-01-15T03:00:00Z');
      [escalation] = (await escalationsOf(w.head, w.team.nurse.id)) as [EscalationView];
    });

    it('when a colleague or an outsider reads the periods, then 404; the employee, her assessor, his superior and HR read them', async () => {
      for (const c of [w.team.midwife.client, w.team.outsider.client])
        expectError(await c.get(`/employees/${w.team.nurse.id}/improvement-periods`), 404, 'NOT_FOUND');
      for (const c of [w.team.nurse.client, w.team.kapus.client, w.team.kadis.client, w.team.hr, w.head])
        expect(await periodsOf(c, w.team.nurse.id)).toHaveLength(1);
    });

    it('when an employee (even the assessor) opens the escalations, then 403', async () => {
      for (const c of [w.team.nurse.client, w.team.kapus.client, w.team.outsider.client]) {
        expectError(await c.get('/escalations'), 403, 'FORBIDDEN');
        expectError(await c.get(`/escalations/${escalation.id}`), 403, 'FORBIDDEN');
      }
      expectError(await w.head.get('/escalations/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
      expect(failingPaths(await w.head.get('/escalations?status=maybe'))).toEqual(['status']);
    });

    it('when HR (who reads) or the employee decides, then 403; a missing note or an unknown decision is 400', async () => {
      const url = `/escalations/${escalation.id}/decide`;
      const body = { decision: 'further_development', note: 'Ikuti pelatihan.' };
      expectError(await w.team.hr.post(url, body), 403, 'FORBIDDEN');
      expectError(await w.team.nurse.client.post(url, body), 403, 'FORBIDDEN');
      expect(failingPaths(await w.head.post(url, { decision: 'fire', note: '  ' })).sort()).toEqual([
        'decision',
        'note',
      ]);
    });

    it('when the agency head decides, then it is recorded, audited and told to the employee; a second decision is 409', async () => {
      const url = `/escalations/${escalation.id}/decide`;
      const res = await w.head.post(url, {
        decision: 'further_development',
        note: 'Ikuti coaching pelayanan selama tiga bulan.',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<EscalationView>()).toMatchObject({
        status: 'decided',
        decision: 'further_development',
        note: 'Ikuti coaching pelayanan selama tiga bulan.',
        can: { decide: false },
      });
      expect(res.json<EscalationView>().decidedAt).not.toBeNull();
      const again = expectError(
        await w.head.post(url, { decision: 'no_action', note: 'Lagi.' }),
        409,
        'INVALID_TRANSITION',
      );
      expect(again.details).toMatchObject({ status: 'decided' });
      expect(await notificationKinds(w.team.nurse.client, [escalation.id])).toEqual(['escalation.decided']);
      expect((await auditOf(w.team, 'escalation', escalation.id)).map((a) => a.action)).toEqual([
        'escalation.decide',
        'escalation.raise',
      ]);
      // visible to the employee on her period
      const [period] = await periodsOf(w.team.nurse.client, w.team.nurse.id);
      expect(period!.escalations).toEqual([
        expect.objectContaining({ id: escalation.id, status: 'decided', decision: 'further_development' }),
      ]);
      expect(await escalationsOf(w.team.hr, w.team.nurse.id, 'decided')).toHaveLength(1);
      expect(await escalationsOf(w.team.hr, w.team.nurse.id, 'open')).toHaveLength(0);
    });
  });
});
