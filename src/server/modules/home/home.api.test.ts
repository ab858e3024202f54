import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeTask, HomeView } from '../../../domain/home/view.js';
import { createTestApp, login, type Client, type TestApp } from '../../../../test/helpers.js';
import { insertUser, PASSWORD } from '../../../../test/factories.js';
import { finalEvaluation } from '../../../../test/assessment-fixtures.js';
import {
  addMeasuredResult,
  approvedPlan,
  buildTeam,
  createPlan,
  newCycle,
  type ApprovedPlan,
  type OwnCycle,
  type Team,
} from '../../../../test/planning-fixtures.js';
import { progressEntry } from '../../../../test/progress-fixtures.js';

/**
 * `GET /home` per role on the cycle of the test clock's year (2026-11-29: Triwulan 4 is the current period, 1–3 have
 * ended and their evaluations may be finalised). The home reads "the current cycle", so the tests of this file share
 * one: built once below, and each test reads it (the last one changes it, and says so).
 */
describe('GET /home', () => {
  let t: TestApp;
  let team: Team;
  let cycle: OwnCycle;
  let nursePlan: ApprovedPlan;
  let kapusPlan: ApprovedPlan;
  let midwifePlanId: string;
  let firstAchievement: number | null;
  let agencyHead: Client;
  let auditor: Client;

  const home = async (client: Client) => {
    const res = await client.get('/home');
    expect(res.statusCode, res.body).toBe(200);
    return res.json<HomeView>();
  };
  const kinds = (v: HomeView) => v.tasks.map((x) => x.kind);
  const taskOf = (v: HomeView, kind: HomeTask['kind'], periodId?: string) =>
    v.tasks.find((x) => x.kind === kind && (periodId === undefined || x.periodId === periodId));

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
    cycle = await newCycle(t.database); // 2026: the year of the test clock
    const [q1, q2, q3, q4] = cycle.quarters as [string, string, string, string];
    await t.database.query(`UPDATE cycles SET planning_deadline = '2026-02-28' WHERE id = $1`, [cycle.id]);
    await t.database.query(
      `UPDATE periods SET progress_deadline = (end_date + 5), evaluation_deadline = (end_date + 15) WHERE cycle_id = $1`,
      [cycle.id],
    );
    await t.database.query(`UPDATE periods SET progress_deadline = '2026-12-01' WHERE id = $1`, [q4]);
    kapusPlan = await approvedPlan(team, cycle.id, { employee: 'kapus' });
    nursePlan = await approvedPlan(team, cycle.id);
    // The nurse reported Triwulan 1 only.
    firstAchievement = (
      await progressEntry(team.nurse.client, nursePlan.id, {
        indicatorId: nursePlan.indicatorIds[0],
        periodId: q1,
        value: 20,
      })
    ).achievement;
    // The midwife submitted her plan: it waits for the Kepala Puskesmas.
    const midwife = await createPlan(team.midwife.client, cycle.id, team.midwife.id);
    const leader = await team.kapus.client.get(`/work-plans/${kapusPlan.id}`);
    const leaderResult = leader.json<{ results: Array<{ id: string }> }>().results[0]!.id;
    await addMeasuredResult(team.midwife.client, midwife.id, 'Terlayaninya persalinan aman', leaderResult);
    expect((await team.midwife.client.post(`/work-plans/${midwife.id}/submit`)).statusCode).toBe(200);
    midwifePlanId = midwife.id;
    void q2;
    void q3;

    await insertUser(t.database, 'bupati.home', ['agency_head']);
    agencyHead = await login(t.app, 'bupati.home', PASSWORD);
    await insertUser(t.database, 'inspektorat.home', ['auditor']);
    auditor = await login(t.app, 'inspektorat.home', PASSWORD);
  });
  afterAll(() => t.close());

  it('when the nurse has the current quarter and two ended ones unreported, then recording the current one comes first with one link to its entry form', async () => {
    const [q1, q2, , q4] = cycle.quarters;
    const v = await home(team.nurse.client);
    expect(v.greeting.name).toBe('Siti Perawat');
    expect(v.today).toBe('2026-11-29');
    expect(v.tasks[0]).toMatchObject({
      kind: 'progress.record',
      count: 1,
      periodId: q4,
      dueDate: '2026-12-01',
      severity: 'due',
      href: `/plans/${nursePlan.id}/progress/new?periodId=${q4}`,
    });
    expect(v.tasks[1]).toMatchObject({
      kind: 'progress.record',
      count: 2,
      periodId: q2,
      severity: 'overdue',
      href: `/plans/${nursePlan.id}/progress/new?periodId=${q2}`,
    });
    expect(kinds(v)).not.toContain('plans.approve');
    expect(kinds(v)).not.toContain('evaluations.due');
    expect(v.achievement).toEqual({
      planId: nursePlan.id,
      year: 2026,
      indicators: 1,
      withRealisation: 1,
      average: firstAchievement,
      periodsDue: 4,
      periodsReported: 1,
    });
    expect(q1).toBeTruthy();
    expect(v.unit).toBeNull();
    expect(v.agency).toBeNull();
  });

  it('when the supervisor has a submitted plan and ended quarters without evaluations, then both are waiting with counts and deadlines', async () => {
    const [, , q3] = cycle.quarters;
    const v = await home(team.kapus.client);
    expect(v.greeting.name).toBe('dr. Kepala Puskesmas');
    expect(taskOf(v, 'plans.approve')).toMatchObject({
      count: 1,
      href: `/plans/${midwifePlanId}`,
      dueDate: '2026-02-28',
      severity: 'overdue',
    });
    const due = v.tasks.filter((x) => x.kind === 'evaluations.due');
    expect(due).toHaveLength(3);
    expect(taskOf(v, 'evaluations.due', q3)).toMatchObject({
      count: 1,
      dueDate: '2026-10-15',
      severity: 'overdue',
      href: `/evaluations/team?cycleId=${cycle.id}&periodId=${q3}`,
    });
    // His own plan is approved with nothing recorded: the current quarter leads his list too.
    expect(v.tasks[0]).toMatchObject({ kind: 'progress.record', periodId: cycle.quarters[3] });
  });

  it('when a unit head opens the home, then the unit panel shows completion, the distribution against the pattern and the overdue counts for the latest ended quarter', async () => {
    const [, , q3] = cycle.quarters;
    const v = await home(team.kapus.client);
    expect(v.unit?.period?.id).toBe(q3);
    const pkm = v.unit!.units.find((u) => u.unitId === team.unitId)!;
    expect(pkm.completion).toEqual({
      employees: 3,
      plansApproved: 2,
      reportedProgress: 0,
      evaluationsFinal: 0,
    });
    expect(pkm.distribution).toMatchObject({
      unitId: team.unitId,
      periodId: q3,
      orgPredicate: null,
      total: 0,
    });
    expect(pkm.overdue).toEqual({ plans: 1, progress: 2, evaluations: 2 });

    const kadis = await home(team.kadis.client);
    expect(kadis.unit!.units).toHaveLength(1);
    expect(kadis.unit!.units[0]!.completion.employees).toBe(4);
    expect(taskOf(kadis, 'evaluations.due', q3)).toMatchObject({ count: 1 });
    expect(kadis.agency).toBeNull();
  });

  it('when HR opens the home, then the agency overview lists the units furthest behind, deadlines, data problems and escalations', async () => {
    const [, , q3] = cycle.quarters;
    await t.database.query(`UPDATE employees SET nip = '199913102005011001' WHERE id = $1`, [
      team.outsider.id,
    ]);
    const v = await home(team.hr);
    expect(v.greeting.name).toBe('admin');
    expect(v.tasks).toEqual([]);
    expect(v.unit).toBeNull();
    const a = v.agency!;
    expect(a.period?.id).toBe(q3);
    expect(a.totals).toMatchObject({ employees: 5, plansApproved: 2 });
    // The Kepala Dinas (a draft) and the outsider (nothing) have no approved plan: their units come first.
    expect(a.worstUnits.map((u) => [u.name, u.employees, u.plansApproved])).toEqual([
      ['Dinas Kesehatan', 1, 0],
      ['Dinas Pendidikan', 1, 0],
      ['Puskesmas Kemuning', 3, 2],
    ]);
    expect(a.deadlines[0]).toEqual({ kind: 'progress', date: '2026-12-01', periodLabel: 'Triwulan 4 2026' });
    // The outsider has no supervisor (the Kepala Dinas heads a top unit: the agency head assesses him) and a NIP
    // with month 13.
    expect(a.dataProblems).toEqual({ withoutSupervisor: 1, invalidNip: 1 });
    expect(a.escalations).toEqual({ objectionsOverdue: 0, predicatesMissing: 3 });
  });

  it('when the agency head opens the home, then the agency overview, and when the auditor does, a minimal home', async () => {
    // The Kepala Dinas has no supervisor: the agency head approves his plan.
    const kadisPlan = kapusPlan.leaderPlanId;
    const result = (await team.kadis.client.get(`/work-plans/${kadisPlan}`)).json<{
      results: Array<{ id: string }>;
    }>().results[0]!.id;
    await team.kadis.client.post(`/work-plans/${kadisPlan}/results/${result}/indicators`, {
      text: 'Cakupan pelayanan kesehatan dasar',
      aspect: 'quantity',
      target: 90,
      unit: 'persen',
      perspective: 'penerima_layanan',
    });
    expect((await team.kadis.client.post(`/work-plans/${kadisPlan}/submit`)).statusCode).toBe(200);
    const head = await home(agencyHead);
    expect(head.greeting.name).toBe('bupati.home');
    expect(head.tasks).toEqual([
      expect.objectContaining({ kind: 'plans.approve', count: 1, href: `/plans/${kadisPlan}` }),
    ]);
    expect(head.agency?.totals.employees).toBe(5);
    expect(head.unit).toBeNull();
    const aud = await home(auditor);
    expect(aud).toMatchObject({
      greeting: { name: 'inspektorat.home' },
      tasks: [],
      achievement: null,
      unit: null,
      agency: null,
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/home' })).statusCode).toBe(401);
  });

  // Changes the shared cycle: runs last.
  it('when the supervisor finalises a quarter, then it leaves his list and the nurse is asked to read her evaluation', async () => {
    const [q1] = cycle.quarters as [string];
    const ev = await finalEvaluation(team, nursePlan, q1, { result: 'meets', behaviour: 'meets' });
    const kapus = await home(team.kapus.client);
    expect(taskOf(kapus, 'evaluations.due', q1)).toBeUndefined();
    const nurse = await home(team.nurse.client);
    expect(taskOf(nurse, 'evaluation.acknowledge')).toMatchObject({
      count: 1,
      href: `/evaluations/${ev.id}`,
    });
  });
});
