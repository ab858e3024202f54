import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zeroFigures } from '../../../domain/follow-up-dashboard/figures.js';
import type {
  FollowUpDashboardView,
  FollowUpFigures,
  JpShortListView,
  OverdueListView,
} from '../../../domain/follow-up-dashboard/view.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { accountFor, createEmployee, createUnit, expectError, pppkNip } from '../../../../test/factories.js';
import { buildTeam, insertCycle, periodsOf, type Team } from '../../../../test/planning-fixtures.js';

/**
 * The follow-up dashboards on a small world whose numbers are counted by hand (the clock: 29 November 2026, 10.00
 * WIB). Dinas Kesehatan (Kepala Dinas) → Puskesmas Kemuning (Kepala Puskesmas, the nurse, the midwife, someone who
 * left) → Pustu Melati (a PPPK); Dinas Pendidikan (the outsider). Follow-up rows are inserted directly: their own
 * modules are tested elsewhere.
 */
describe('follow-up dashboards', () => {
  let t: TestApp;
  let team: Team;
  let pustu: string;
  let dinkes: string;
  let other: string;
  let pppk: string;
  let auditor: Client;
  let agencyHead: Client;
  let periods: string[];
  const plans = new Map<string, string>();
  const evaluationsUsed = new Map<string, number>();

  const q = <T>(sql: string, params: unknown[] = []) => t.database.query<T>(sql, params);

  /** A final evaluation of the employee (each call another period of 2026): what periods and nominations hang off. */
  async function evaluation(employeeId: string): Promise<string> {
    let plan = plans.get(employeeId);
    if (!plan) {
      const [row] = await q<{ id: string }>(
        `INSERT INTO work_plans (cycle_id, employee_id, unit_id, start_date, status, approach, snapshot)
         SELECT p.cycle_id, e.id, e.unit_id, '2026-01-01', 'approved', 'quantitative', '{}'::jsonb
         FROM employees e, periods p WHERE e.id = $1 AND p.id = $2 RETURNING id`,
        [employeeId, periods[0]],
      );
      plans.set(employeeId, (plan = row!.id));
    }
    const n = evaluationsUsed.get(employeeId) ?? 0;
    evaluationsUsed.set(employeeId, n + 1);
    const [row] = await q<{ id: string }>(
      `INSERT INTO evaluations (work_plan_id, period_id, employee_id, unit_id, status, predicate, snapshot)
       SELECT $1, $2, e.id, e.unit_id, 'final', 'kurang', '{}'::jsonb FROM employees e WHERE e.id = $3 RETURNING id`,
      [plan, periods[n], employeeId],
    );
    return row!.id;
  }

  async function training(code: string, hours: number, cost: number | null) {
    const [row] = await q<{ id: string }>(
      `INSERT INTO trainings (code, title, provider, mode, hours, cost) VALUES ($1, $1, 'BPSDM', 'classroom', $2, $3)
       RETURNING id`,
      [code, hours, cost],
    );
    return row!.id;
  }

  async function devPlan(
    employeeId: string,
    o: {
      source?: 'evaluation' | 'voluntary';
      status?: string;
      employeeAgreed?: boolean;
      assessorAgreed?: boolean;
    },
  ) {
    const [row] = await q<{ id: string }>(
      `INSERT INTO development_plans (employee_id, source, status, agreed_by_employee_at, agreed_by_assessor_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [
        employeeId,
        o.source ?? 'evaluation',
        o.status ?? 'open',
        o.employeeAgreed ? '2026-04-01T02:00:00Z' : null,
        o.assessorAgreed ? '2026-04-02T02:00:00Z' : null,
      ],
    );
    return row!.id;
  }

  async function item(
    planId: string,
    o: { due: string; hours?: number; trainingId?: string; completedAt?: string; status?: string },
  ) {
    const [row] = await q<{ id: string }>(
      `INSERT INTO development_plan_items (plan_id, training_id, title, hours, due_date, success_criteria, status,
         completed_at)
       VALUES ($1, $2, $3, $4, $5, 'Sertifikat', $6, $7) RETURNING id`,
      [
        planId,
        o.trainingId ?? null,
        `Kegiatan ${o.due}`,
        o.hours ?? 0,
        o.due,
        o.status ?? (o.completedAt ? 'completed' : 'planned'),
        o.completedAt ?? null,
      ],
    );
    return row!.id;
  }

  async function improvementPeriod(employeeId: string, start: string, end: string, status: string) {
    const [row] = await q<{ id: string }>(
      `INSERT INTO improvement_periods (employee_id, evaluation_id, start_date, end_date, status)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [employeeId, await evaluation(employeeId), start, end, status],
    );
    return row!.id;
  }

  async function escalation(periodId: string, employeeId: string, decision: string | null) {
    await q(
      `INSERT INTO escalations (improvement_period_id, employee_id, evaluation_id, status, decision)
       VALUES ($1, $2, $3, $4, $5)`,
      [periodId, employeeId, await evaluation(employeeId), decision ? 'decided' : 'open', decision],
    );
  }

  async function nomination(employeeId: string, status: string, at: string) {
    await q(
      `INSERT INTO nominations (evaluation_id, employee_id, reason, nominated_by_name, status, created_at)
       VALUES ($1, $2, 'Sangat Baik', 'dr. Kepala Puskesmas', $3, $4)`,
      [await evaluation(employeeId), employeeId, status, at],
    );
  }

  beforeAll(async () => {
    t = await createTestApp(); // 29 November 2026, 10.00 WIB
    team = await buildTeam(t);
    auditor = await accountFor(t.app, team.admin, ['auditor']);
    agencyHead = await accountFor(t.app, team.admin, ['agency_head']);
    const cycle = await insertCycle(t.database, 2026);
    periods = (await periodsOf(t.database, cycle.id)).map((p) => p.id);
    const units = await q<{ id: string; name: string }>('SELECT id, name FROM units');
    dinkes = units.find((u) => u.name === 'Dinas Kesehatan')!.id;
    other = units.find((u) => u.name === 'Dinas Pendidikan')!.id;
    pustu = (await createUnit(team.admin, { name: 'Pustu Melati', parentId: team.unitId })).id;
    pppk = (
      await createEmployee(team.admin, pustu, {
        name: 'Perawat PPPK',
        asnType: 'PPPK',
        rank: 'IX',
        nip: pppkNip(),
        supervisorId: team.kapus.id,
      })
    ).id;
    const gone = (await createEmployee(team.admin, team.unitId, { name: 'Sudah Pensiun' })).id;

    const t1 = await training('PELAYANAN-PRIMA', 16, 1_500_000);
    const t2 = await training('INTEGRITAS', 8, null);
    const t3 = await training('KEPEMIMPINAN', 30, 750_000);

    // the nurse: agreed by both; 16 JP this year (4 short); one item overdue by a day, one due today; 30 JP last year
    const n = await devPlan(team.nurse.id, { employeeAgreed: true, assessorAgreed: true });
    await item(n, { due: '2026-03-31', trainingId: t1, hours: 16, completedAt: '2026-03-10T03:00:00Z' });
    await item(n, { due: '2026-11-28' });
    await item(n, { due: '2026-11-29' });
    // 23.30 WIB on 31 December 2025: last year's
    await item(n, { due: '2025-12-31', trainingId: t3, hours: 30, completedAt: '2025-12-31T16:30:00Z' });
    // the midwife: agreed by her only; 8 JP (free programme, completed 09.00 WIB today); an item overdue since June
    const m = await devPlan(team.midwife.id, { employeeAgreed: true });
    await item(m, { due: '2026-06-30' });
    await item(m, { due: '2026-12-31', trainingId: t2, hours: 8, completedAt: '2026-11-29T02:00:00Z' });
    // the Kepala Puskesmas: a voluntary plan he agreed; 16 + 6 = 22 JP
    const k = await devPlan(team.kapus.id, { source: 'voluntary', employeeAgreed: true });
    await item(k, { due: '2026-06-01', trainingId: t1, hours: 16, completedAt: '2026-05-05T03:00:00Z' });
    await item(k, { due: '2026-06-01', hours: 6, completedAt: '2026-05-20T03:00:00Z' });
    // the PPPK: 30 JP (above 24); an item due next month; a cancelled plan's old item is not overdue
    const p = await devPlan(pppk, {});
    await item(p, { due: '2026-02-28', trainingId: t3, hours: 30, completedAt: '2026-02-01T03:00:00Z' });
    await item(p, { due: '2026-12-15' });
    await item(await devPlan(pppk, { status: 'cancelled' }), { due: '2026-01-01' });
    // the outsider: one item overdue since 1 October
    await item(await devPlan(team.outsider.id, {}), { due: '2026-10-01' });
    // someone who left: counted nowhere
    await item(await devPlan(gone, {}), { due: '2026-01-15' });
    await nomination(gone, 'nominated', '2026-03-01T03:00:00Z');
    await q('UPDATE employees SET active = false WHERE id = $1', [gone]);

    // improvement periods running in 2026: the nurse's escalated and decided, the Kepala Puskesmas' escalated and
    // waiting, the midwife's open, the Kepala Dinas' closed (began in 2025); the PPPK's passed in 2025
    const np = await improvementPeriod(team.nurse.id, '2026-03-01', '2026-08-31', 'escalated');
    await escalation(np, team.nurse.id, 'Teguran tertulis');
    const kp = await improvementPeriod(team.kapus.id, '2026-01-15', '2026-07-14', 'escalated');
    await escalation(kp, team.kapus.id, null);
    await improvementPeriod(team.midwife.id, '2026-10-01', '2027-03-31', 'open');
    await improvementPeriod(team.kadis.id, '2025-10-01', '2026-03-31', 'closed');
    await improvementPeriod(pppk, '2025-07-01', '2025-12-31', 'passed');
    // nominations: the nurse's waiting, the Kepala Puskesmas' accepted; the midwife's declined last year
    await nomination(team.nurse.id, 'nominated', '2026-05-01T03:00:00Z');
    await nomination(team.kapus.id, 'accepted', '2026-06-01T03:00:00Z');
    await nomination(team.midwife.id, 'declined', '2025-12-01T03:00:00Z');
  });
  afterAll(async () => t.close());

  /** Figures from the hand count: zero but what is given. */
  function figures(over: {
    employees?: number;
    plans?: Partial<FollowUpFigures['plans']>;
    items?: Partial<FollowUpFigures['items']>;
    learning?: Partial<FollowUpFigures['learning']>;
    improvementPeriods?: Partial<FollowUpFigures['improvementPeriods']>;
    escalations?: Partial<FollowUpFigures['escalations']>;
    nominations?: Partial<FollowUpFigures['nominations']>;
  }): FollowUpFigures {
    const z = zeroFigures();
    return {
      employees: over.employees ?? 0,
      plans: { ...z.plans, ...over.plans },
      items: { ...z.items, ...over.items },
      learning: { ...z.learning, ...over.learning },
      improvementPeriods: { ...z.improvementPeriods, ...over.improvementPeriods },
      escalations: { ...z.escalations, ...over.escalations },
      nominations: { ...z.nominations, ...over.nominations },
    };
  }

  const pustuOwn = () =>
    figures({
      employees: 1,
      plans: { open: 1 },
      items: { planned: 1, completed: 1 },
      learning: { hours: 30, cost: 750_000, pppk: 1, pppkAboveMaximum: 1 },
    });
  const puskesmasOwn = () =>
    figures({
      employees: 3,
      plans: { open: 3, agreed: 2 },
      items: { planned: 3, overdue: 2, completed: 4 },
      learning: { hours: 46, cost: 3_000_000, pns: 3, pnsBelowMinimum: 2 },
      improvementPeriods: { open: 1, escalated: 2 },
      escalations: { open: 1, decided: 1, decisions: { 'Teguran tertulis': 1 } },
      nominations: { nominated: 1, accepted: 1 },
    });
  const puskesmasTotal = () =>
    figures({
      employees: 4,
      plans: { open: 4, agreed: 2 },
      items: { planned: 4, overdue: 2, completed: 5 },
      learning: { hours: 76, cost: 3_750_000, pns: 3, pnsBelowMinimum: 2, pppk: 1, pppkAboveMaximum: 1 },
      improvementPeriods: { open: 1, escalated: 2 },
      escalations: { open: 1, decided: 1, decisions: { 'Teguran tertulis': 1 } },
      nominations: { nominated: 1, accepted: 1 },
    });
  const dinkesOwn = () =>
    figures({ employees: 1, learning: { pns: 1, pnsBelowMinimum: 1 }, improvementPeriods: { closed: 1 } });
  const dinkesTotal = () =>
    figures({
      employees: 5,
      plans: { open: 4, agreed: 2 },
      items: { planned: 4, overdue: 2, completed: 5 },
      learning: { hours: 76, cost: 3_750_000, pns: 4, pnsBelowMinimum: 3, pppk: 1, pppkAboveMaximum: 1 },
      improvementPeriods: { open: 1, escalated: 2, closed: 1 },
      escalations: { open: 1, decided: 1, decisions: { 'Teguran tertulis': 1 } },
      nominations: { nominated: 1, accepted: 1 },
    });
  const otherOwn = () =>
    figures({
      employees: 1,
      plans: { open: 1 },
      items: { planned: 1, overdue: 1 },
      learning: { pns: 1, pnsBelowMinimum: 1 },
    });

  const dashboard = async (client: Client, query = '') => {
    const res = await client.get(`/dashboards/follow-up${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<FollowUpDashboardView>();
  };
  const byUnit = (view: FollowUpDashboardView) => new Map(view.units.map((u) => [u.unitId, u]));

  it('when HR reads one unit, then each unit of its subtree has the hand-counted own and subtree figures', async () => {
    const view = await dashboard(team.hr, `?unitId=${dinkes}&year=2026`);
    expect(view).toMatchObject({ year: 2026, today: '2026-11-29', jpMinimum: 20, jpMaximum: 24 });
    expect(view.units.map((u) => [u.name, u.depth])).toEqual([
      ['Dinas Kesehatan', 0],
      ['Puskesmas Kemuning', 1],
      ['Pustu Melati', 2],
    ]);
    const units = byUnit(view);
    expect(units.get(pustu)!.own).toEqual(pustuOwn());
    expect(units.get(pustu)!.total).toEqual(pustuOwn());
    expect(units.get(team.unitId)!.own).toEqual(puskesmasOwn());
    expect(units.get(team.unitId)!.total).toEqual(puskesmasTotal());
    expect(units.get(dinkes)!.own).toEqual(dinkesOwn());
    expect(units.get(dinkes)!.total).toEqual(dinkesTotal());
    expect(view.totals).toEqual(dinkesTotal());
  });

  it('when HR reads the whole agency, then every top unit is there and the totals add them up', async () => {
    const view = await dashboard(team.hr);
    expect(view.year).toBe(2026);
    const units = byUnit(view);
    expect(
      view.units
        .filter((u) => u.depth === 0)
        .map((u) => u.unitId)
        .sort(),
    ).toEqual([dinkes, other].sort());
    expect(units.get(dinkes)!.total).toEqual(dinkesTotal());
    expect(units.get(other)!.total).toEqual(otherOwn());
    expect(view.totals.employees).toBe(6);
    expect(view.totals.items).toEqual({ planned: 5, overdue: 3, completed: 5 });
    expect(view.totals.learning.pnsBelowMinimum).toBe(4);
    expect(view.totals.plans).toEqual({ open: 5, agreed: 2 });
  });

  it('when another year is asked for, then the year’s figures change and the current state does not', async () => {
    const view = await dashboard(team.hr, `?unitId=${dinkes}&year=2025`);
    expect(view.year).toBe(2025);
    const total = byUnit(view).get(dinkes)!.total;
    // the nurse's programme at 23.30 WIB on 31 December 2025
    expect(total.items.completed).toBe(1);
    expect(total.learning.hours).toBe(30);
    expect(total.learning.cost).toBe(750_000);
    // nobody reached 20 JP in 2025 but the nurse (30)
    expect(total.learning.pnsBelowMinimum).toBe(3);
    expect(total.improvementPeriods).toEqual({ open: 0, passed: 1, escalated: 0, closed: 1 });
    expect(total.escalations).toEqual({ open: 0, decided: 0, decisions: {} });
    expect(total.nominations).toEqual({ nominated: 0, accepted: 0, declined: 1 });
    // open plans and overdue items are as of today, whatever the year
    expect(total.plans).toEqual({ open: 4, agreed: 2 });
    expect(total.items.overdue).toBe(2);
  });

  it('when the overdue items are listed, then they come longest overdue first with the days, paged', async () => {
    const res = await team.hr.get(`/dashboards/follow-up/overdue?unitId=${dinkes}`);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<OverdueListView>();
    expect(list.total).toBe(2);
    expect(list.today).toBe('2026-11-29');
    expect(list.items.map((i) => [i.name, i.dueDate, i.daysOverdue, i.unitName])).toEqual([
      ['Bidan Ani', '2026-06-30', 152, 'Puskesmas Kemuning'],
      ['Siti Perawat', '2026-11-28', 1, 'Puskesmas Kemuning'],
    ]);
    const all = (await team.hr.get('/dashboards/follow-up/overdue')).json<OverdueListView>();
    expect(all.items.map((i) => [i.name, i.daysOverdue])).toEqual([
      ['Bidan Ani', 152],
      ['Guru Lain', 59],
      ['Siti Perawat', 1],
    ]);
    const page = (
      await team.hr.get('/dashboards/follow-up/overdue?limit=1&offset=1')
    ).json<OverdueListView>();
    expect(page).toMatchObject({ total: 3, items: [{ name: 'Guru Lain', dueDate: '2026-10-01' }] });
    // the list and the dashboard agree
    const view = await dashboard(team.hr);
    expect(view.totals.items.overdue).toBe(all.total);
  });

  it('when the JP shortfalls are listed, then the PNS short of 20 JP come largest shortfall first, paged', async () => {
    const res = await team.hr.get(`/dashboards/follow-up/jp-short?unitId=${dinkes}&year=2026`);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<JpShortListView>();
    expect(list).toMatchObject({ total: 3, year: 2026, minimum: 20 });
    expect(list.items.map((i) => [i.name, i.hours, i.shortfall])).toEqual([
      ['dr. Kepala Dinas', 0, 20],
      ['Bidan Ani', 8, 12],
      ['Siti Perawat', 16, 4],
    ]);
    const second = (
      await team.hr.get(`/dashboards/follow-up/jp-short?unitId=${dinkes}&limit=1&offset=1`)
    ).json<JpShortListView>();
    expect(second).toMatchObject({ total: 3, items: [{ name: 'Bidan Ani' }] });
    const lastYear = (
      await team.hr.get(`/dashboards/follow-up/jp-short?unitId=${dinkes}&year=2025`)
    ).json<JpShortListView>();
    expect(lastYear.items.map((i) => i.name)).not.toContain('Siti Perawat');
    expect(lastYear.total).toBe(3);
  });

  it('when the Kepala Puskesmas reads, then he sees his unit’s subtree only; a unit above or beside it is 404', async () => {
    const kapus = team.kapus.client;
    const view = await dashboard(kapus);
    expect(view.units.map((u) => u.unitId)).toEqual([team.unitId, pustu]);
    expect(view.totals).toEqual(puskesmasTotal());
    const pustuOnly = await dashboard(kapus, `?unitId=${pustu}`);
    expect(pustuOnly.totals).toEqual(pustuOwn());
    for (const unit of [dinkes, other, crypto.randomUUID()]) {
      expectError(await kapus.get(`/dashboards/follow-up?unitId=${unit}`), 404, 'NOT_FOUND');
      expectError(await kapus.get(`/dashboards/follow-up/overdue?unitId=${unit}`), 404, 'NOT_FOUND');
      expectError(await kapus.get(`/dashboards/follow-up/jp-short?unitId=${unit}`), 404, 'NOT_FOUND');
    }
    const overdue = (await kapus.get('/dashboards/follow-up/overdue')).json<OverdueListView>();
    expect(overdue.items.map((i) => i.name)).toEqual(['Bidan Ani', 'Siti Perawat']);
    const short = (await kapus.get('/dashboards/follow-up/jp-short')).json<JpShortListView>();
    expect(short.items.map((i) => i.name)).toEqual(['Bidan Ani', 'Siti Perawat']);
  });

  it('when someone acts as head (Plt) of the Pustu today, then they see the Pustu; outside the appointment, nothing', async () => {
    const res = await team.hr.post(`/units/${pustu}/acting-officials`, {
      employeeId: team.midwife.id,
      kind: 'plt',
      startDate: '2026-11-01',
      endDate: '2026-12-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    const view = await dashboard(team.midwife.client);
    expect(view.units.map((u) => u.unitId)).toEqual([pustu]);
    expect(view.totals).toEqual(pustuOwn());
    expectError(
      await team.midwife.client.get(`/dashboards/follow-up?unitId=${team.unitId}`),
      404,
      'NOT_FOUND',
    );
    await q('UPDATE acting_officials SET end_date = $1 WHERE employee_id = $2', [
      '2026-11-28',
      team.midwife.id,
    ]);
    expectError(await team.midwife.client.get('/dashboards/follow-up'), 403, 'FORBIDDEN');
  });

  it('when the agency head or the auditor reads, then they see any unit; an employee or a plain admin gets 403', async () => {
    expect((await dashboard(agencyHead, `?unitId=${dinkes}`)).totals).toEqual(dinkesTotal());
    expect((await dashboard(auditor, `?unitId=${team.unitId}`)).totals).toEqual(puskesmasTotal());
    expect((await auditor.get('/dashboards/follow-up/jp-short')).statusCode).toBe(200);
    const admin = await accountFor(t.app, team.admin, ['admin']);
    for (const client of [team.nurse.client, team.outsider.client, admin])
      for (const path of ['', '/overdue', '/jp-short'])
        expectError(await client.get(`/dashboards/follow-up${path}`), 403, 'FORBIDDEN');
    expectError(await team.hr.get(`/dashboards/follow-up?unitId=${crypto.randomUUID()}`), 404, 'NOT_FOUND');
  });

  it('when the year or the paging is bad, then 400 names the field', async () => {
    for (const query of ['?year=1999', '?year=abc', '?year=2026.5', '?unitId=nope'])
      expectError(await team.hr.get(`/dashboards/follow-up${query}`), 400, 'VALIDATION_FAILED');
    expectError(await team.hr.get('/dashboards/follow-up/jp-short?year=3000'), 400, 'VALIDATION_FAILED');
    expectError(await team.hr.get('/dashboards/follow-up/overdue?limit=500'), 400, 'VALIDATION_FAILED');
    expectError(await team.hr.get('/dashboards/follow-up/overdue?offset=-1'), 400, 'VALIDATION_FAILED');
  });
});
