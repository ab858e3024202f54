import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransferListView, TransferView } from '../../../domain/people/transfers.js';
import type { EvaluationView } from '../../../domain/evaluations/view.js';
import type { WorkPlanListItem, WorkPlanView } from '../../../domain/work-plans/view.js';
import { createTestApp, login, type Client, type TestApp } from '../../../../test/helpers.js';
import { createEmployee, createUnit, expectError, insertUser, PASSWORD } from '../../../../test/factories.js';
import {
  addMeasuredResult,
  approvedPlan,
  auditOf,
  buildTeam,
  createPlan,
  newCycle,
  pastCycle,
  type ApprovedPlan,
  type Team,
} from '../../../../test/planning-fixtures.js';
import { finalEvaluation } from '../../../../test/assessment-fixtures.js';

/**
 * Transfers (mutasi, issue 10 point 4): the plan in force ends the day before, the employee moves, a draft plan for
 * the new unit and assessor opens; several non-overlapping plans per employee and cycle. Each test builds its own
 * cycle (and, where it transfers someone, its own receiving unit).
 */
describe('transfers (mutasi) and several plans in a year', () => {
  let t: TestApp;
  let team: Team;
  let dinkesId: string;
  let heads = 0;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t, 'trf');
    const pkm = (await team.hr.get(`/units/${team.unitId}`)).json<{ parentId: string }>();
    dinkesId = pkm.parentId;
  });
  afterAll(async () => t.close());

  /** A receiving Puskesmas under the Dinas with a head (supervised by the Kepala Dinas) who can sign in. */
  async function receivingUnit() {
    const n = ++heads;
    const unit = await createUnit(team.hr, { name: `Puskesmas Mawar ${n}`, parentId: dinkesId });
    const head = await createEmployee(team.hr, unit.id, {
      name: `dr. Kepala Mawar ${n}`,
      supervisorId: team.kadis.id,
      positionType: 'pengawas',
      rank: 'IV/a',
      positionTitle: 'Kepala Puskesmas Mawar',
    });
    await team.hr.patch(`/units/${unit.id}`, { headId: head.id });
    const username = `trf.mawar${n}`;
    await insertUser(t.database, username, ['employee'], head.id);
    return { unitId: unit.id, head: { id: head.id, client: await login(t.app, username, PASSWORD) } };
  }

  async function transfer(body: Record<string, unknown>, employeeId = team.midwife.id, client = team.hr) {
    return client.post(`/employees/${employeeId}/transfers`, body);
  }

  async function plansOf(cycleId: string, employeeId = team.midwife.id) {
    const res = await team.hr.get(`/work-plans?cycleId=${cycleId}&employeeId=${employeeId}&current=true`);
    expect(res.statusCode, res.body).toBe(200);
    return res
      .json<{ items: WorkPlanListItem[] }>()
      .items.sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  }

  /** The midwife's new plan, linked to the new head's plan, submitted and approved by the new head. */
  async function approveNewPlan(planId: string, head: { id: string; client: Client }, cycleId: string) {
    const leader = await createPlan(head.client, cycleId, head.id);
    const leaderResult = await addMeasuredResult(head.client, leader.id, 'Meningkatnya pelayanan KIA Mawar');
    const resultId = await addMeasuredResult(
      team.midwife.client,
      planId,
      'Terlayaninya ibu hamil',
      leaderResult,
    );
    const submitted = await team.midwife.client.post(`/work-plans/${planId}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    const approved = await head.client.post(`/work-plans/${planId}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    return resultId;
  }

  it('when HR transfers an employee, then the plan in force ends the day before and a draft for the new unit opens', async () => {
    const cycle = await newCycle(t.database);
    await approvedPlan(team, cycle.id, { employee: 'kapus' });
    const old = await approvedPlan(team, cycle.id, { employee: 'midwife' });
    const mawar = await receivingUnit();

    const res = await transfer({
      unitId: mawar.unitId,
      supervisorId: mawar.head.id,
      effectiveDate: `${cycle.year}-07-01`,
      positionTitle: 'Bidan Mahir',
      note: 'SK Bupati 821/123',
    });
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json<TransferView>();
    expect(view).toMatchObject({
      employeeId: team.midwife.id,
      cycleId: cycle.id,
      effectiveDate: `${cycle.year}-07-01`,
      fromUnit: { id: team.unitId, name: 'Puskesmas Kemuning' },
      toUnit: { id: mawar.unitId },
      fromSupervisor: { id: team.kapus.id },
      toSupervisor: { id: mawar.head.id },
      endedPlanId: old.id,
      positionTitle: 'Bidan Mahir',
      note: 'SK Bupati 821/123',
    });

    const ended = (await team.hr.get(`/work-plans/${old.id}`)).json<WorkPlanView>();
    expect(ended).toMatchObject({
      status: 'approved',
      startDate: `${cycle.year}-01-01`,
      endDate: `${cycle.year}-06-30`,
      ended: true,
      unitId: team.unitId,
      unitName: 'Puskesmas Kemuning',
    });
    expect(ended.can.amend).toBe(false);
    const opened = (await team.midwife.client.get(`/work-plans/${view.newPlanId}`)).json<WorkPlanView>();
    expect(opened).toMatchObject({
      status: 'draft',
      assessorId: mawar.head.id,
      unitId: mawar.unitId,
      startDate: `${cycle.year}-07-01`,
      endDate: null,
      ended: false,
    });
    expect(opened.employee.positionTitle).toBe('Bidan Mahir');
    expect(opened.employee.unitName).toBe(opened.unitName);

    const list = await plansOf(cycle.id);
    expect(list.map((p) => [p.id, p.unitId, p.startDate, p.endDate, p.ended])).toEqual([
      [old.id, team.unitId, `${cycle.year}-01-01`, `${cycle.year}-06-30`, true],
      [view.newPlanId, mawar.unitId, `${cycle.year}-07-01`, null, false],
    ]);

    const employee = (await team.hr.get(`/employees/${team.midwife.id}`)).json<{
      unitId: string;
      supervisorId: string;
      positionTitle: string;
    }>();
    expect(employee).toMatchObject({
      unitId: mawar.unitId,
      supervisorId: mawar.head.id,
      positionTitle: 'Bidan Mahir',
    });
    const audit = await auditOf(team, 'employee', team.midwife.id);
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['employee.transfer', 'employee.update']),
    );
    expect((await auditOf(team, 'work_plan', old.id)).map((a) => a.action)).toContain('work_plan.end');

    // Both the employee and the new supervisor hear of it.
    for (const client of [team.midwife.client, mawar.head.client]) {
      const n = (await client.get('/notifications')).json<{
        items: Array<{ kind: string; entityId: string }>;
      }>();
      expect(n.items).toContainEqual(
        expect.objectContaining({ kind: 'employee.transferred', entityId: view.newPlanId }),
      );
    }

    // Move her back for the next tests (a later transfer in the same cycle ends the new plan in turn).
    const back = await transfer({
      unitId: team.unitId,
      supervisorId: team.kapus.id,
      effectiveDate: `${cycle.year}-09-01`,
    });
    expect(back.statusCode, back.body).toBe(201);
    expect(back.json<TransferView>().endedPlanId).toBe(view.newPlanId);
  });

  it('when the employee, a supervisor, HR or an outsider lists the transfers, then only the outsider is refused', async () => {
    const cycle = await newCycle(t.database);
    const mawar = await receivingUnit();
    const res = await transfer(
      { unitId: mawar.unitId, supervisorId: mawar.head.id, effectiveDate: `${cycle.year}-03-01` },
      team.nurse.id,
    );
    expect(res.statusCode, res.body).toBe(201);
    for (const client of [
      team.nurse.client,
      team.kapus.client,
      mawar.head.client,
      team.kadis.client,
      team.hr,
    ]) {
      const list = await client.get(`/employees/${team.nurse.id}/transfers`);
      expect(list.statusCode, list.body).toBe(200);
      const first = list.json<TransferListView>().items[0]!;
      expect(first.toUnit.name).toBe(`Puskesmas Mawar ${heads}`);
      expect(first.newPlanId).toBe(res.json<TransferView>().newPlanId);
    }
    expectError(await team.outsider.client.get(`/employees/${team.nurse.id}/transfers`), 403, 'FORBIDDEN');
    const back = await transfer(
      { unitId: team.unitId, supervisorId: team.kapus.id, effectiveDate: `${cycle.year}-04-01` },
      team.nurse.id,
    );
    expect(back.statusCode, back.body).toBe(201);
  });

  it('when someone other than HR transfers an employee, then 403 and nothing changes', async () => {
    const cycle = await newCycle(t.database);
    for (const client of [team.kapus.client, team.kadis.client, team.midwife.client]) {
      expectError(
        await transfer(
          { unitId: team.unitId, supervisorId: team.kadis.id, effectiveDate: `${cycle.year}-05-01` },
          team.midwife.id,
          client,
        ),
        403,
        'FORBIDDEN',
      );
    }
    expect(await plansOf(cycle.id)).toEqual([]);
  });

  it('when the effective date is outside any open cycle, then 400 names effectiveDate; a closed cycle answers 409', async () => {
    const mawar = await receivingUnit();
    const outside = await transfer({
      unitId: mawar.unitId,
      supervisorId: mawar.head.id,
      effectiveDate: '2090-01-01',
    });
    const err = expectError(outside, 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(err)).toContain('effectiveDate');
    expectError(
      await transfer({ unitId: mawar.unitId, supervisorId: mawar.head.id, effectiveDate: 'bukan-tanggal' }),
      400,
      'VALIDATION_FAILED',
    );
    const cycle = await newCycle(t.database);
    const { cycles } = await import('../../platform/db/schema.js');
    const { eq } = await import('drizzle-orm');
    await t.database.db.update(cycles).set({ status: 'closed' }).where(eq(cycles.id, cycle.id));
    const closed = expectError(
      await transfer({
        unitId: mawar.unitId,
        supervisorId: mawar.head.id,
        effectiveDate: `${cycle.year}-05-01`,
      }),
      409,
      'INVALID_TRANSITION',
    );
    expect(closed.details).toMatchObject({ reason: 'cycle_closed' });
  });

  it('when the receiving unit does not exist, then 400 names unitId and the plan in force is untouched', async () => {
    const cycle = await newCycle(t.database);
    const draft = await createPlan(team.nurse.client, cycle.id, team.nurse.id);
    const res = await transfer(
      {
        unitId: '00000000-0000-4000-8000-000000000000',
        supervisorId: team.kadis.id,
        effectiveDate: `${cycle.year}-05-01`,
      },
      team.nurse.id,
    );
    const err = expectError(res, 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(err.details)).toContain('unitId');
    expect((await plansOf(cycle.id, team.nurse.id)).map((p) => [p.id, p.endDate])).toEqual([
      [draft.id, null],
    ]);
    const list = (await team.hr.get(`/employees/${team.nurse.id}/transfers`)).json<TransferListView>();
    expect(list.items.every((i) => i.cycleId !== cycle.id)).toBe(true);
  });

  it('when the effective date is not after the start of the plan in force, then 409 before_plan_start', async () => {
    const cycle = await newCycle(t.database);
    await createPlan(team.midwife.client, cycle.id, team.midwife.id);
    const mawar = await receivingUnit();
    const res = expectError(
      await transfer({
        unitId: mawar.unitId,
        supervisorId: mawar.head.id,
        effectiveDate: `${cycle.year}-01-01`,
      }),
      409,
      'INVALID_TRANSITION',
    );
    expect(res.details).toMatchObject({ reason: 'before_plan_start' });
    expect(res.message).toContain(`${cycle.year}-01-01`);
    expect((await plansOf(cycle.id)).map((p) => p.endDate)).toEqual([null]);
  });

  it('when a plan has ended, then edits, submit and amend answer 409 plan_ended', async () => {
    const cycle = await newCycle(t.database);
    const draft = await createPlan(team.nurse.client, cycle.id, team.nurse.id);
    const mawar = await receivingUnit();
    expect(
      (
        await transfer(
          { unitId: mawar.unitId, supervisorId: mawar.head.id, effectiveDate: `${cycle.year}-04-01` },
          team.nurse.id,
        )
      ).statusCode,
    ).toBe(201);
    const tries = [
      team.nurse.client.post(`/work-plans/${draft.id}/results`, { kind: 'main', text: 'Baru' }),
      team.nurse.client.patch(`/work-plans/${draft.id}`, { approach: 'qualitative' }),
      team.nurse.client.post(`/work-plans/${draft.id}/submit`),
    ];
    for (const res of await Promise.all(tries)) {
      const err = expectError(res, 409, 'INVALID_TRANSITION');
      expect(err.details).toMatchObject({ reason: 'plan_ended', endDate: `${cycle.year}-03-31` });
    }
    const view = (await team.nurse.client.get(`/work-plans/${draft.id}`)).json<WorkPlanView>();
    expect(view.can).toMatchObject({ edit: false, submit: false, amend: false });
    await transfer(
      { unitId: team.unitId, supervisorId: team.kapus.id, effectiveDate: `${cycle.year}-05-01` },
      team.nurse.id,
    );
  });

  it('when an ended approved plan is amended, then 409 plan_ended', async () => {
    const cycle = await newCycle(t.database);
    await approvedPlan(team, cycle.id, { employee: 'kapus' });
    const plan = await approvedPlan(team, cycle.id, { employee: 'nurse' });
    const mawar = await receivingUnit();
    await transfer(
      { unitId: mawar.unitId, supervisorId: mawar.head.id, effectiveDate: `${cycle.year}-08-01` },
      team.nurse.id,
    );
    const err = expectError(
      await team.nurse.client.post(`/work-plans/${plan.id}/amend`, { reason: 'Perubahan target' }),
      409,
      'INVALID_TRANSITION',
    );
    expect(err.details).toMatchObject({ reason: 'plan_ended' });
    await transfer(
      { unitId: team.unitId, supervisorId: team.kapus.id, effectiveDate: `${cycle.year}-09-01` },
      team.nurse.id,
    );
  });

  it('when a second plan would overlap one still running, then 409; after a plan ended, the next starts the day after', async () => {
    const cycle = await newCycle(t.database);
    await createPlan(team.nurse.client, cycle.id, team.nurse.id);
    expectError(
      await team.nurse.client.post('/work-plans', {
        cycleId: cycle.id,
        employeeId: team.nurse.id,
        approach: 'quantitative',
      }),
      409,
      'CONFLICT',
    );
    // Ended by a transfer whose new plan HR then removed from the picture: the row stays, a new plan starts after it.
    const { workPlans } = await import('../../platform/db/schema.js');
    const { and, eq } = await import('drizzle-orm');
    await t.database.db
      .update(workPlans)
      .set({ endDate: `${cycle.year}-05-31` })
      .where(and(eq(workPlans.cycleId, cycle.id), eq(workPlans.employeeId, team.nurse.id)));
    const next = await createPlan(team.nurse.client, cycle.id, team.nurse.id);
    expect(next).toMatchObject({ startDate: `${cycle.year}-06-01`, endDate: null, unitId: team.unitId });
  });

  it('when a year has a transfer effective in July, then Q1–Q2 go to the old assessor, Q3 and the annual to the new one with both plans', async () => {
    const cycle = await pastCycle(t.database);
    await approvedPlan(team, cycle.id, { employee: 'kapus' });
    const old = await approvedPlan(team, cycle.id, { employee: 'midwife' });
    const mawar = await receivingUnit();
    const res = await transfer({
      unitId: mawar.unitId,
      supervisorId: mawar.head.id,
      effectiveDate: `${cycle.year}-07-01`,
    });
    expect(res.statusCode, res.body).toBe(201);
    const newPlanId = res.json<TransferView>().newPlanId;
    const resultId = await approveNewPlan(newPlanId, mawar.head, cycle.id);
    const fresh: ApprovedPlan = { id: newPlanId, resultId, indicatorIds: [], leaderPlanId: '' };
    const [q1, q2, q3] = cycle.quarters as [string, string, string, string];

    const rated = { result: 'meets', behaviour: 'meets' } as const;
    await finalEvaluation(team, old, q1, rated);
    await finalEvaluation(team, old, q2, rated);

    // Q3: the old assessor can no longer evaluate (the old plan is not in force, the new one is not theirs to see);
    // the new one can.
    const onOld = expectError(
      await team.kapus.client.post('/evaluations', { workPlanId: old.id, periodId: q3 }),
      409,
      'INVALID_TRANSITION',
    );
    expect(onOld.details).toMatchObject({ reason: 'plan_not_in_force', workPlanId: newPlanId });
    expectError(
      await team.kapus.client.post('/evaluations', { workPlanId: newPlanId, periodId: q3 }),
      404,
      'NOT_FOUND',
    );
    await finalEvaluation(team, fresh, q3, rated, { assessor: mawar.head.client });

    // The annual evaluation: by the new assessor, showing both plans.
    expectError(
      await team.kapus.client.post('/evaluations', { workPlanId: old.id, periodId: cycle.annual }),
      409,
      'INVALID_TRANSITION',
    );
    const annual = await mawar.head.client.post('/evaluations', {
      workPlanId: newPlanId,
      periodId: cycle.annual,
    });
    expect(annual.statusCode, annual.body).toBe(201);
    const shown = (
      await mawar.head.client.get(`/evaluations/${annual.json<EvaluationView>().id}`)
    ).json<EvaluationView>();
    expect(shown.annual!.plans.map((p) => [p.workPlanId, p.startDate, p.endDate, p.months])).toEqual([
      [old.id, `${cycle.year}-01-01`, `${cycle.year}-06-30`, 6],
      [newPlanId, `${cycle.year}-07-01`, null, 6],
    ]);
    expect(shown.annual!.plans.map((p) => p.unitName)).toEqual([
      'Puskesmas Kemuning',
      `Puskesmas Mawar ${heads}`,
    ]);
    await transfer({
      unitId: team.unitId,
      supervisorId: team.kapus.id,
      effectiveDate: `${cycle.year}-12-01`,
    });
  });
  it('when the transfer is effective on 1 June, then Q1 goes to the old assessor, Q2 (the new plan is in force on 30 June) and the annual to the new one', async () => {
    const cycle = await pastCycle(t.database);
    await approvedPlan(team, cycle.id, { employee: 'kapus' });
    const old = await approvedPlan(team, cycle.id, { employee: 'midwife' });
    const mawar = await receivingUnit();
    const res = await transfer({
      unitId: mawar.unitId,
      supervisorId: mawar.head.id,
      effectiveDate: `${cycle.year}-06-01`,
    });
    expect(res.statusCode, res.body).toBe(201);
    const newPlanId = res.json<TransferView>().newPlanId;
    const resultId = await approveNewPlan(newPlanId, mawar.head, cycle.id);
    const fresh: ApprovedPlan = { id: newPlanId, resultId, indicatorIds: [], leaderPlanId: '' };
    const [q1, q2] = cycle.quarters as [string, string, string, string];
    const rated = { result: 'meets', behaviour: 'meets' } as const;
    await finalEvaluation(team, old, q1, rated);
    const onOld = expectError(
      await team.kapus.client.post('/evaluations', { workPlanId: old.id, periodId: q2 }),
      409,
      'INVALID_TRANSITION',
    );
    expect(onOld.details).toMatchObject({ reason: 'plan_not_in_force' });
    await finalEvaluation(team, fresh, q2, rated, { assessor: mawar.head.client });
    const annual = await mawar.head.client.post('/evaluations', {
      workPlanId: newPlanId,
      periodId: cycle.annual,
    });
    expect(annual.statusCode, annual.body).toBe(201);
    const shown = annual.json<EvaluationView>();
    expect(shown.annual!.plans.map((p) => [p.workPlanId, p.endDate, p.months])).toEqual([
      [old.id, `${cycle.year}-05-31`, 5],
      [newPlanId, null, 7],
    ]);
    // each periodic result weighs the months of its period its plan covered: Q1 all three, Q2 only June
    expect(shown.annual!.periodic.map((p) => [p.workPlanId, p.months])).toEqual([
      [old.id, 3],
      [newPlanId, 1],
    ]);
    await transfer({
      unitId: team.unitId,
      supervisorId: team.kapus.id,
      effectiveDate: `${cycle.year}-12-01`,
    });
  });

  it('when a transfer takes effect, then completion counts, their people and Evaluasi Tim follow the plan in force in the period', async () => {
    const cycle = await newCycle(t.database);
    await approvedPlan(team, cycle.id, { employee: 'kapus' });
    const old = await approvedPlan(team, cycle.id, { employee: 'midwife' });
    const mawar = await receivingUnit();
    const res = await transfer({
      unitId: mawar.unitId,
      supervisorId: mawar.head.id,
      effectiveDate: `${cycle.year}-07-01`,
    });
    expect(res.statusCode, res.body).toBe(201);
    const newPlanId = res.json<TransferView>().newPlanId;
    await approveNewPlan(newPlanId, mawar.head, cycle.id);
    const [, q2, q3] = cycle.quarters as [string, string, string, string];

    const ownOf = async (periodId: string, unitId: string) => {
      const r = await team.hr.get(
        `/monitoring/completion?cycleId=${cycle.id}&periodId=${periodId}&unitId=${dinkesId}`,
      );
      expect(r.statusCode, r.body).toBe(200);
      return r
        .json<{ units: Array<{ unitId: string; own: { employees: number; approved: number } }> }>()
        .units.find((u) => u.unitId === unitId)!.own;
    };
    // Q2: she still counts in Kemuning (her plan then); Mawar has only its head. Q3: the other way round.
    const kemuningQ2 = await ownOf(q2, team.unitId);
    const kemuningQ3 = await ownOf(q3, team.unitId);
    expect(kemuningQ2.employees - kemuningQ3.employees).toBe(1);
    expect(await ownOf(q2, mawar.unitId)).toMatchObject({ employees: 1, approved: 0 });
    expect(await ownOf(q3, mawar.unitId)).toMatchObject({ employees: 2, approved: 1 });

    const peopleOf = async (periodId: string, unitId: string) =>
      (
        await team.hr.get(
          `/monitoring/completion/people?cycleId=${cycle.id}&periodId=${periodId}&unitId=${unitId}&scope=unit`,
        )
      ).json<{ items: Array<{ employeeId: string; planId: string | null; unitName: string }> }>().items;
    expect((await peopleOf(q2, team.unitId)).find((p) => p.employeeId === team.midwife.id)?.planId).toBe(
      old.id,
    );
    expect((await peopleOf(q3, team.unitId)).map((p) => p.employeeId)).not.toContain(team.midwife.id);
    expect((await peopleOf(q3, mawar.unitId)).find((p) => p.employeeId === team.midwife.id)).toMatchObject({
      planId: newPlanId,
      unitName: `Puskesmas Mawar ${heads}`,
    });

    type TeamRow = { workPlanId: string; employee: { id: string; unitName: string } };
    const teamOf = async (client: Client, periodId: string) =>
      (await client.get(`/evaluations/team?periodId=${periodId}`)).json<{ items: TeamRow[] }>().items;
    expect((await teamOf(team.kapus.client, q2)).map((r) => r.workPlanId)).toContain(old.id);
    expect((await teamOf(team.kapus.client, q3)).map((r) => r.employee.id)).not.toContain(team.midwife.id);
    expect((await teamOf(mawar.head.client, q2)).map((r) => r.employee.id)).not.toContain(team.midwife.id);
    expect(
      (await teamOf(mawar.head.client, q3)).find((r) => r.employee.id === team.midwife.id),
    ).toMatchObject({
      workPlanId: newPlanId,
      employee: { unitName: `Puskesmas Mawar ${heads}` },
    });
    await transfer({
      unitId: team.unitId,
      supervisorId: team.kapus.id,
      effectiveDate: `${cycle.year}-11-01`,
    });
  });
});
