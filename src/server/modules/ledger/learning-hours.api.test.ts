import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LearningHoursListView, LearningHoursView } from '../../../domain/ledger/view.js';
import { developmentPlanItems, developmentPlans, employees, units } from '../../platform/db/schema.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { accountFor, createEmployee, expectError, failingPaths } from '../../../../test/factories.js';
import { buildTeam, type Team } from '../../../../test/planning-fixtures.js';

/**
 * Learning hours (JP, issue 14.3): completed development items add their hours to the employee's yearly ledger
 * (Asia/Jakarta). The items are inserted straight into the database (completing them is the development module's
 * subject). The clock is 29 November 2026: the year 2026 still runs.
 */
describe('learning hours', () => {
  let t: TestApp;
  let team: Team;
  let agencyHead: Client;
  let auditor: Client;
  let dinkesId: string;
  let otherUnitId: string;

  /** A development plan of the employee with items completed at the given instants (hours each). */
  async function completed(employeeId: string, items: Array<[number, string]>, planned: number[] = []) {
    const db = t.database.db;
    const [plan] = await db
      .insert(developmentPlans)
      .values({ employeeId, source: 'voluntary', note: 'Pengembangan mandiri' })
      .returning();
    for (const [n, [hours, at]] of items.entries())
      await db.insert(developmentPlanItems).values({
        planId: plan!.id,
        title: `Pelatihan ${n + 1}`,
        mode: 'classroom',
        hours,
        dueDate: '2026-12-31',
        successCriteria: 'Sertifikat',
        status: 'completed',
        completedAt: new Date(at),
      });
    for (const hours of planned)
      await db.insert(developmentPlanItems).values({
        planId: plan!.id,
        title: 'Belum selesai',
        hours,
        dueDate: '2026-12-31',
        successCriteria: 'Sertifikat',
      });
  }

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
    agencyHead = await accountFor(t.app, team.admin, ['agency_head']);
    auditor = await accountFor(t.app, team.admin, ['auditor']);
    const db = t.database.db;
    dinkesId = (await db.select().from(units).where(eq(units.name, 'Dinas Kesehatan')))[0]!.id;
    otherUnitId = (await db.select().from(units).where(eq(units.name, 'Dinas Pendidikan')))[0]!.id;
    // the nurse (PNS): 8 + 4.5 JP in 2026 (one at 00:30 WIB on 1 January 2026), 40 JP in 2025, one item not done
    await completed(
      team.nurse.id,
      [
        [8, '2026-03-10T02:00:00Z'],
        [4.5, '2025-12-31T17:30:00Z'],
        [40, '2025-06-01T02:00:00Z'],
      ],
      [16],
    );
    // the midwife is PPPK with 30 JP in 2026
    await db.update(employees).set({ asnType: 'PPPK' }).where(eq(employees.id, team.midwife.id));
    await completed(team.midwife.id, [
      [24, '2026-02-01T02:00:00Z'],
      [6, '2026-09-01T02:00:00Z'],
    ]);
    // the head of the Puskesmas met the minimum
    await completed(team.kapus.id, [[21, '2026-04-01T02:00:00Z']]);
  });
  afterAll(async () => t.close());

  const ledgerOf = (client: Client, employeeId: string, query = '') =>
    client.get(`/employees/${employeeId}/learning-hours${query}`);

  describe('one employee’s ledger', () => {
    it('when a PNS reads her own ledger without a year, then it is this year’s: 12.5 JP, 7.5 short of 20, no maximum', async () => {
      const res = await ledgerOf(team.nurse.client, team.nurse.id);
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json<LearningHoursView>();
      expect(view).toMatchObject({
        employeeId: team.nurse.id,
        asnType: 'PNS',
        year: 2026,
        hours: 12.5,
        minimum: 20,
        maximum: null,
        shortfall: 7.5,
        overMaximum: 0,
        standing: 'short',
      });
      // oldest first; the item completed at 00:30 WIB on 1 January 2026 counts for 2026; the planned one does not
      expect(view.items.map((i) => [i.hours, i.completedAt])).toEqual([
        [4.5, '2025-12-31T17:30:00.000Z'],
        [8, '2026-03-10T02:00:00.000Z'],
      ]);
      expect(view.items[0]).toMatchObject({ title: 'Pelatihan 2', mode: 'classroom', trainingId: null });
    });

    it('when a past year is asked, then that year’s items count and a shortfall is missed, not short', async () => {
      const view = (await ledgerOf(team.nurse.client, team.nurse.id, '?year=2025')).json<LearningHoursView>();
      expect(view).toMatchObject({ year: 2025, hours: 40, shortfall: 0, standing: 'met' });
      const empty = (
        await ledgerOf(team.nurse.client, team.nurse.id, '?year=2024')
      ).json<LearningHoursView>();
      expect(empty).toMatchObject({ year: 2024, hours: 0, shortfall: 20, standing: 'missed', items: [] });
    });

    it('when a PPPK has 30 JP, then the maximum is 24, there is no minimum, and 6 JP over it are flagged', async () => {
      const view = (await ledgerOf(team.kapus.client, team.midwife.id)).json<LearningHoursView>();
      expect(view).toMatchObject({
        asnType: 'PPPK',
        hours: 30,
        minimum: null,
        maximum: 24,
        shortfall: 0,
        overMaximum: 6,
        standing: 'over',
      });
    });

    it.each([
      ['the assessor (Kepala Puskesmas)', (tm: Team) => tm.kapus.client],
      ['the assessor’s superior (Kepala Dinas)', (tm: Team) => tm.kadis.client],
      ['hr_admin', (tm: Team) => tm.hr],
    ])('when %s reads the nurse’s ledger, then 200', async (_who, pick) => {
      const res = await ledgerOf(pick(team), team.nurse.id);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<LearningHoursView>().hours).toBe(12.5);
    });

    it('when the agency head reads it, then 200', async () => {
      expect((await ledgerOf(agencyHead, team.nurse.id)).statusCode).toBe(200);
    });

    it.each([
      ['a colleague (the midwife)', (tm: Team) => tm.midwife.client],
      ['an outsider of another unit', (tm: Team) => tm.outsider.client],
    ])('when %s reads the nurse’s ledger, then 404', async (_who, pick) => {
      expectError(await ledgerOf(pick(team), team.nurse.id), 404, 'NOT_FOUND');
    });

    it('when an account without an employee record and without development reading asks, then 404', async () => {
      expectError(await ledgerOf(auditor, team.nurse.id), 404, 'NOT_FOUND');
    });

    it('when the employee does not exist, then 404', async () => {
      expectError(await ledgerOf(team.hr, '00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
    });

    it.each(['?year=abc', '?year=1999', '?year=2026.5', '?year=3000'])(
      'when the year is bad (%s), then 400 names it',
      async (query) => {
        expect(failingPaths(await ledgerOf(team.nurse.client, team.nurse.id, query))).toEqual(['year']);
      },
    );

    it('when the id is not a UUID, then 400', async () => {
      expectError(await ledgerOf(team.hr, 'nope'), 400, 'VALIDATION_FAILED');
    });
  });

  describe('who is short before the year ends', () => {
    const list = (client: Client, query = '') => client.get(`/learning-hours${query}`);

    it('when HR lists everyone, then each active employee shows their hours and standing', async () => {
      const res = await list(team.hr, '?year=2026');
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json<LearningHoursListView>();
      expect(view.year).toBe(2026);
      expect(view.total).toBe(5);
      const byId = new Map(view.items.map((i) => [i.employeeId, i]));
      expect(byId.get(team.nurse.id)).toMatchObject({
        name: 'Siti Perawat',
        unitName: 'Puskesmas Kemuning',
        hours: 12.5,
        shortfall: 7.5,
        standing: 'short',
      });
      expect(byId.get(team.midwife.id)).toMatchObject({
        asnType: 'PPPK',
        hours: 30,
        overMaximum: 6,
        standing: 'over',
      });
      expect(byId.get(team.kapus.id)).toMatchObject({ hours: 21, standing: 'met' });
      expect(byId.get(team.outsider.id)).toMatchObject({ hours: 0, shortfall: 20 });
    });

    it('when HR asks for the short ones, then only the PNS below 20 JP are listed, paged', async () => {
      const view = (await list(team.hr, '?short=true')).json<LearningHoursListView>();
      expect(view.items.map((i) => i.employeeId).sort()).toEqual(
        [team.kadis.id, team.nurse.id, team.outsider.id].sort(),
      );
      expect(view.items.every((i) => i.asnType === 'PNS' && i.shortfall > 0)).toBe(true);
      const page = (await list(team.hr, '?short=true&limit=1&offset=1')).json<LearningHoursListView>();
      expect(page.items).toHaveLength(1);
      expect(page.total).toBe(3);
      expect(page.items[0]!.employeeId).toBe(view.items[1]!.employeeId);
    });

    it('when HR filters on a unit, then the unit and its subtree are listed', async () => {
      const dinkes = (await list(team.hr, `?unitId=${dinkesId}`)).json<LearningHoursListView>();
      expect(dinkes.items.map((i) => i.employeeId).sort()).toEqual(
        [team.kadis.id, team.kapus.id, team.nurse.id, team.midwife.id].sort(),
      );
      const other = (await list(team.hr, `?unitId=${otherUnitId}`)).json<LearningHoursListView>();
      expect(other.items.map((i) => i.employeeId)).toEqual([team.outsider.id]);
    });

    it('when a unit head lists, then only their subtree is shown; another unit is refused with 403', async () => {
      const view = (await list(team.kapus.client, '?short=true')).json<LearningHoursListView>();
      expect(view.items.map((i) => i.employeeId)).toEqual([team.nurse.id]);
      expectError(await list(team.kapus.client, `?unitId=${otherUnitId}`), 403, 'FORBIDDEN');
    });

    it('when the agency head lists, then everyone is shown', async () => {
      expect((await list(agencyHead)).json<LearningHoursListView>().total).toBe(5);
    });

    it('when an employee who heads nothing lists, then 403', async () => {
      expectError(await list(team.nurse.client), 403, 'FORBIDDEN');
      expectError(await list(auditor), 403, 'FORBIDDEN');
    });

    it.each([
      ['?year=20x6', 'year'],
      ['?short=yes', 'short'],
      ['?unitId=x', 'unitId'],
      ['?limit=500', 'limit'],
    ])('when the query is bad (%s), then 400 names %s', async (query, path) => {
      expect(failingPaths(await list(team.hr, query))).toEqual([path]);
    });

    it('when a supervisor who heads no unit lists, then only their reports are shown (runs last: adds a person)', async () => {
      const teacher = await createEmployee(team.admin, otherUnitId, {
        name: 'Guru Baru',
        supervisorId: team.outsider.id,
      });
      const view = (await list(team.outsider.client)).json<LearningHoursListView>();
      expect(view.items.map((i) => i.employeeId)).toEqual([teacher.id]);
      expectError(await list(team.outsider.client, `?unitId=${otherUnitId}`), 403, 'FORBIDDEN');
    });

    it('when the unit does not exist, then 400 names it', async () => {
      expect(failingPaths(await list(team.hr, '?unitId=00000000-0000-4000-8000-000000000000'))).toEqual([
        'unitId',
      ]);
    });
  });
});
