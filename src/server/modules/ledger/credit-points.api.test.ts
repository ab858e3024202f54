import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreditPointsView } from '../../../domain/ledger/view.js';
import { employees, units } from '../../platform/db/schema.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { accountFor, expectError, failingPaths } from '../../../../test/factories.js';
import {
  approvedPlan,
  buildTeam,
  pastCycle,
  type OwnCycle,
  type Team,
} from '../../../../test/planning-fixtures.js';
import { finalEvaluation } from '../../../../test/assessment-fixtures.js';

/**
 * Credit points (angka kredit, issue 14.6, domain §7): the nurse is a functional Ahli Pertama (coefficient 12.5).
 * Cycle A (2025): final Triwulan 1 Baik and Triwulan 2 Butuh Perbaikan, no annual one → each counts for 3 months.
 * Cycle B (2024): final Triwulan 1 Baik and a final annual Sangat Baik → the annual one alone, 12 months.
 */
describe('credit points', () => {
  let t: TestApp;
  let team: Team;
  let auditor: Client;
  let a: OwnCycle;
  let b: OwnCycle;
  let dinkesId: string;
  let otherUnitId: string;
  let nurseNip: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
    auditor = await accountFor(t.app, team.admin, ['auditor']);
    const db = t.database.db;
    await db
      .update(employees)
      .set({ positionType: 'fungsional', functionalLevel: 'ahli_pertama' })
      .where(eq(employees.id, team.nurse.id));
    nurseNip = (await db.select().from(employees).where(eq(employees.id, team.nurse.id)))[0]!.nip;
    dinkesId = (await db.select().from(units).where(eq(units.name, 'Dinas Kesehatan')))[0]!.id;
    otherUnitId = (await db.select().from(units).where(eq(units.name, 'Dinas Pendidikan')))[0]!.id;

    a = await pastCycle(t.database);
    const planA = await approvedPlan(team, a.id);
    ids.a1 = (await finalEvaluation(team, planA, a.quarters[0]!, { result: 'meets', behaviour: 'meets' })).id;
    ids.a2 = (await finalEvaluation(team, planA, a.quarters[1]!, { result: 'below', behaviour: 'meets' })).id;
    // the midwife (pelaksana) has a final evaluation too: not functional, never counted
    const midwifePlan = await approvedPlan(team, a.id, { employee: 'midwife' });
    await finalEvaluation(team, midwifePlan, a.quarters[0]!, { result: 'meets', behaviour: 'meets' });

    b = await pastCycle(t.database);
    const planB = await approvedPlan(team, b.id);
    ids.b1 = (await finalEvaluation(team, planB, b.quarters[0]!, { result: 'meets', behaviour: 'meets' })).id;
    ids.bAnnual = (await finalEvaluation(team, planB, b.annual, { result: 'above', behaviour: 'above' })).id;
  });
  afterAll(async () => t.close());

  const pointsOf = (client: Client, employeeId: string, query = '') =>
    client.get(`/employees/${employeeId}/credit-points${query}`);

  describe('one employee', () => {
    it('when the cycle has no final annual evaluation, then each final periodic one counts for its 3 months', async () => {
      const res = await pointsOf(team.nurse.client, team.nurse.id, `?cycleId=${a.id}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<CreditPointsView>()).toEqual({
        employeeId: team.nurse.id,
        cycleId: a.id,
        cycleYear: a.year,
        functionalLevel: 'ahli_pertama',
        items: [
          {
            periodId: a.quarters[0],
            periodLabel: `Triwulan 1 ${a.year}`,
            evaluationId: ids.a1,
            months: 3,
            predicate: 'baik',
            percentage: 100,
            coefficient: 12.5,
            points: 3.125,
          },
          {
            periodId: a.quarters[1],
            periodLabel: `Triwulan 2 ${a.year}`,
            evaluationId: ids.a2,
            months: 3,
            predicate: 'butuh_perbaikan',
            percentage: 75,
            coefficient: 12.5,
            points: 2.344,
          },
        ],
        total: 5.469,
      });
    });

    it('when the cycle has a final annual evaluation, then it alone counts, for 12 months', async () => {
      const view = (
        await pointsOf(team.kapus.client, team.nurse.id, `?cycleId=${b.id}`)
      ).json<CreditPointsView>();
      expect(view.items).toEqual([
        {
          periodId: b.annual,
          periodLabel: `Tahunan ${b.year}`,
          evaluationId: ids.bAnnual,
          months: 12,
          predicate: 'sangat_baik',
          percentage: 150,
          coefficient: 12.5,
          points: 18.75,
        },
      ]);
      expect(view.total).toBe(18.75);
    });

    it('when the employee is not fungsional, then no items and a total of 0', async () => {
      const res = await pointsOf(team.kapus.client, team.midwife.id, `?cycleId=${a.id}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<CreditPointsView>()).toMatchObject({ functionalLevel: null, items: [], total: 0 });
    });

    it('when no cycle is given, then the current cycle (none holds today here: the latest) is used', async () => {
      const view = (await pointsOf(team.nurse.client, team.nurse.id)).json<CreditPointsView>();
      expect(view.cycleId).toBe(a.id);
    });

    it.each([
      ['the assessor', (tm: Team) => tm.kapus.client],
      ['the assessor’s superior', (tm: Team) => tm.kadis.client],
      ['hr_admin', (tm: Team) => tm.hr],
    ])('when %s reads them, then 200', async (_who, pick) => {
      const res = await pointsOf(pick(team), team.nurse.id, `?cycleId=${a.id}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<CreditPointsView>().total).toBe(5.469);
    });

    it('when the auditor (reads every evaluation) reads them, then 200', async () => {
      expect((await pointsOf(auditor, team.nurse.id, `?cycleId=${a.id}`)).statusCode).toBe(200);
    });

    it.each([
      ['a colleague', (tm: Team) => tm.midwife.client],
      ['an outsider', (tm: Team) => tm.outsider.client],
    ])('when %s reads them, then 404', async (_who, pick) => {
      expectError(await pointsOf(pick(team), team.nurse.id, `?cycleId=${a.id}`), 404, 'NOT_FOUND');
    });

    it('when the cycle does not exist, then 404; a malformed one, 400', async () => {
      expectError(
        await pointsOf(team.nurse.client, team.nurse.id, '?cycleId=00000000-0000-4000-8000-000000000000'),
        404,
        'NOT_FOUND',
      );
      expect(failingPaths(await pointsOf(team.nurse.client, team.nurse.id, '?cycleId=2025'))).toEqual([
        'cycleId',
      ]);
    });
  });

  describe('the PAK sheet', () => {
    const xlsx = (client: Client, query: string) => client.get(`/credit-points/export.xlsx${query}`);

    async function workbook(query: string) {
      const res = await xlsx(team.hr, query);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      return { wb, res };
    }

    it('when HR exports a cycle, then each counted evaluation is a row under a title naming the cycle, cell by cell', async () => {
      const { wb, res } = await workbook(`?cycleId=${a.id}`);
      expect(res.headers['content-disposition']).toContain(`angka-kredit-${a.year}.xlsx`);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Angka Kredit', 'Rekap']);
      const ws = wb.getWorksheet('Angka Kredit')!;
      expect(ws.getCell('A1').value).toBe(`Angka Kredit Jabatan Fungsional — Siklus ${a.year}`);
      expect(ws.getCell('A2').text).toContain('Peraturan BKN 3/2023');
      expect(ws.getRow(4).values).toEqual([
        undefined,
        'NIP',
        'Nama',
        'Jabatan',
        'Jenjang',
        'Unit Kerja',
        'Periode',
        'Bulan',
        'Predikat',
        'Persentase (%)',
        'Koefisien',
        'Angka Kredit',
      ]);
      expect(ws.getRow(5).values).toEqual([
        undefined,
        nurseNip,
        'Siti Perawat',
        'Perawat Terampil',
        'Ahli Pertama',
        'Puskesmas Kemuning',
        `Triwulan 1 ${a.year}`,
        3,
        'Baik',
        100,
        12.5,
        3.125,
      ]);
      expect(ws.getRow(6).values).toEqual([
        undefined,
        nurseNip,
        'Siti Perawat',
        'Perawat Terampil',
        'Ahli Pertama',
        'Puskesmas Kemuning',
        `Triwulan 2 ${a.year}`,
        3,
        'Butuh Perbaikan',
        75,
        12.5,
        2.344,
      ]);
      expect(ws.getCell('B5').type).toBe(ExcelJS.ValueType.String); // the NIP stays text
      expect(ws.getCell('K5').numFmt).toBe('0.000');
      expect(ws.rowCount).toBe(6); // the midwife (pelaksana) is not listed
      const recap = wb.getWorksheet('Rekap')!;
      expect(recap.getRow(4).getCell(6).value).toBe('Jumlah Angka Kredit');
      expect(recap.getRow(5).values).toEqual([
        undefined,
        nurseNip,
        'Siti Perawat',
        'Perawat Terampil',
        'Ahli Pertama',
        'Puskesmas Kemuning',
        5.469,
      ]);
    });

    it('when the cycle has a final annual evaluation, then the sheet holds it alone for 12 months', async () => {
      const ws = (await workbook(`?cycleId=${b.id}`)).wb.getWorksheet('Angka Kredit')!;
      expect(ws.rowCount).toBe(5);
      expect(ws.getRow(5).getCell(6).value).toBe(`Tahunan ${b.year}`);
      expect(ws.getRow(5).getCell(7).value).toBe(12);
      expect(ws.getRow(5).getCell(11).value).toBe(18.75);
    });

    it('when HR filters on a unit, then its subtree is included and other units are not', async () => {
      const dinkes = (await workbook(`?cycleId=${a.id}&unitId=${dinkesId}`)).wb.getWorksheet('Angka Kredit')!;
      expect(dinkes.getCell('A1').value).toBe(
        `Angka Kredit Jabatan Fungsional — Siklus ${a.year} — Dinas Kesehatan (termasuk sub-unit)`,
      );
      expect(dinkes.rowCount).toBe(6);
      const other = (await workbook(`?cycleId=${a.id}&unitId=${otherUnitId}`)).wb.getWorksheet(
        'Angka Kredit',
      )!;
      expect(other.rowCount).toBe(4);
    });

    it('when an employee, the assessor or the auditor asks for the sheet, then 403', async () => {
      for (const client of [team.nurse.client, team.kapus.client, auditor])
        expectError(await xlsx(client, `?cycleId=${a.id}`), 403, 'FORBIDDEN');
    });

    it('when the cycle is missing, malformed or unknown, then 400, 400 and 404', async () => {
      expect(failingPaths(await xlsx(team.hr, ''))).toEqual(['cycleId']);
      expect(failingPaths(await xlsx(team.hr, '?cycleId=x'))).toEqual(['cycleId']);
      expectError(await xlsx(team.hr, '?cycleId=00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
    });
  });
});
