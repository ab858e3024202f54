import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TppExportView, TppRatesView } from '../../../domain/ledger/view.js';
import { employees } from '../../platform/db/schema.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { accountFor, expectError, failingPaths } from '../../../../test/factories.js';
import {
  approvedPlan,
  auditOf,
  buildTeam,
  pastCycle,
  type OwnCycle,
  type Team,
} from '../../../../test/planning-fixtures.js';
import { finalEvaluation } from '../../../../test/assessment-fixtures.js';
import { forgetTppRates, TPP_KEY } from './index.js';

const DEFAULTS = { sangat_baik: 100, baik: 100, butuh_perbaikan: 80, kurang: 60, sangat_kurang: 40 };
const CHANGED = { sangat_baik: 100, baik: 95, butuh_perbaikan: 75, kurang: 55, sangat_kurang: 30 };

/**
 * The allowance (TPP) table and export (issue 14.7). In Triwulan 1 of a past cycle the nurse's final evaluation is
 * Kurang (above × below) and the midwife's Baik; the Kepala Puskesmas, the Kepala Dinas and the outsider have none.
 */
describe('the TPP table and export', () => {
  let t: TestApp;
  let team: Team;
  let agencyHead: Client;
  let cycle: OwnCycle;
  let nurseNip: string;
  let midwifeNip: string;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
    agencyHead = await accountFor(t.app, team.admin, ['agency_head']);
    cycle = await pastCycle(t.database);
    const nursePlan = await approvedPlan(team, cycle.id);
    await finalEvaluation(team, nursePlan, cycle.quarters[0]!, { result: 'above', behaviour: 'below' });
    const midwifePlan = await approvedPlan(team, cycle.id, { employee: 'midwife' });
    await finalEvaluation(team, midwifePlan, cycle.quarters[0]!, { result: 'meets', behaviour: 'meets' });
    const nip = async (id: string) =>
      (await t.database.db.select().from(employees).where(eq(employees.id, id)))[0]!.nip;
    nurseNip = await nip(team.nurse.id);
    midwifeNip = await nip(team.midwife.id);
  });
  afterEach(async () => {
    await t.database.query(`DELETE FROM settings WHERE key = '${TPP_KEY}'`);
    forgetTppRates(t.database.db);
  });
  afterAll(async () => t.close());

  const putRates = (client: Client, body: unknown) => client.put('/settings/tpp', body);

  describe('the table', () => {
    it('when nothing is stored, then HR reads the defaults at version 0', async () => {
      const res = await team.hr.get('/settings/tpp');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<TppRatesView>()).toEqual({
        rates: DEFAULTS,
        version: 0,
        updatedAt: null,
        defaults: DEFAULTS,
      });
    });

    it('when HR changes it with the version read, then it is stored, versioned and audited with before and after', async () => {
      const res = await putRates(team.hr, { rates: CHANGED, version: 0 });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<TppRatesView>()).toMatchObject({ rates: CHANGED, version: 1, defaults: DEFAULTS });
      expect((await team.hr.get('/settings/tpp')).json<TppRatesView>()).toMatchObject({
        rates: CHANGED,
        version: 1,
      });
      const [entry] = await auditOf(team, 'setting', TPP_KEY);
      expect(entry).toMatchObject({ action: 'setting.update', before: DEFAULTS, after: CHANGED });
    });

    it('when a stale version is sent, then 409 and nothing changes', async () => {
      expect((await putRates(team.hr, { rates: CHANGED, version: 0 })).statusCode).toBe(200);
      const stale = expectError(await putRates(team.hr, { rates: DEFAULTS, version: 0 }), 409, 'CONFLICT');
      expect(stale.details).toMatchObject({ reason: 'stale_version' });
      expect((await team.hr.get('/settings/tpp')).json<TppRatesView>().rates).toEqual(CHANGED);
    });

    it.each([
      [
        'a predicate is missing',
        { rates: { ...DEFAULTS, sangat_kurang: undefined }, version: 0 },
        ['rates.sangat_kurang'],
      ],
      ['a percentage is above 100', { rates: { ...DEFAULTS, baik: 120 }, version: 0 }, ['rates.baik']],
      ['a percentage is not whole', { rates: { ...DEFAULTS, kurang: 60.5 }, version: 0 }, ['rates.kurang']],
      ['a percentage is negative', { rates: { ...DEFAULTS, kurang: -5 }, version: 0 }, ['rates.kurang']],
      ['the version is missing', { rates: DEFAULTS }, ['version']],
    ])('when %s, then 400 names the field and nothing is stored', async (_what, body, paths) => {
      expect(failingPaths(await putRates(team.hr, body))).toEqual(paths);
      expect((await team.hr.get('/settings/tpp')).json<TppRatesView>().version).toBe(0);
    });

    it('when an employee or the agency head reads or changes the table, then 403', async () => {
      for (const client of [team.nurse.client, agencyHead]) {
        expectError(await client.get('/settings/tpp'), 403, 'FORBIDDEN');
        expectError(await putRates(client, { rates: CHANGED, version: 0 }), 403, 'FORBIDDEN');
      }
    });
  });

  describe('the export', () => {
    const exportOf = (client: Client, query: string) => client.get(`/exports/tpp${query}`);

    it('when HR exports a period, then every final periodic evaluation has its percentage, and those without one are missing', async () => {
      const res = await exportOf(team.hr, `?periodId=${cycle.quarters[0]}`);
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json<TppExportView>();
      expect(view.period).toMatchObject({ id: cycle.quarters[0], label: `Triwulan 1 ${cycle.year}` });
      expect(view.rates).toEqual(DEFAULTS);
      const byId = new Map(view.items.map((i) => [i.employeeId, i]));
      expect(view.items).toHaveLength(2);
      expect(byId.get(team.nurse.id)).toMatchObject({
        nip: nurseNip,
        name: 'Siti Perawat',
        unitId: team.unitId,
        unitName: 'Puskesmas Kemuning',
        predicate: 'kurang',
        percentage: 60,
      });
      expect(byId.get(team.midwife.id)).toMatchObject({
        nip: midwifeNip,
        predicate: 'baik',
        percentage: 100,
      });
      expect(view.missing.map((m) => m.employeeId).sort()).toEqual(
        [team.kadis.id, team.kapus.id, team.outsider.id].sort(),
      );
    });

    it('when the table was changed, then the export maps through the changed table', async () => {
      expect((await putRates(team.hr, { rates: CHANGED, version: 0 })).statusCode).toBe(200);
      const view = (await exportOf(team.hr, `?periodId=${cycle.quarters[0]}`)).json<TppExportView>();
      expect(view.rates).toEqual(CHANGED);
      const pct = Object.fromEntries(view.items.map((i) => [i.employeeId, i.percentage]));
      expect(pct).toEqual({ [team.nurse.id]: 55, [team.midwife.id]: 95 });
    });

    it('when a period has no final evaluation, then nobody is listed and every active employee is missing', async () => {
      const view = (await exportOf(team.hr, `?periodId=${cycle.quarters[3]}`)).json<TppExportView>();
      expect(view.items).toEqual([]);
      expect(view.missing).toHaveLength(5);
    });

    it('when an inactive employee has no evaluation, then they are not missing', async () => {
      const db = t.database.db;
      await db.update(employees).set({ active: false }).where(eq(employees.id, team.outsider.id));
      try {
        const view = (await exportOf(team.hr, `?periodId=${cycle.quarters[0]}`)).json<TppExportView>();
        expect(view.missing.map((m) => m.employeeId)).not.toContain(team.outsider.id);
      } finally {
        await db.update(employees).set({ active: true }).where(eq(employees.id, team.outsider.id));
      }
    });

    it('when the annual period is asked, then 400 says the TPP follows the periodic evaluations', async () => {
      const err = expectError(await exportOf(team.hr, `?periodId=${cycle.annual}`), 400, 'VALIDATION_FAILED');
      expect(err.details).toMatchObject([{ path: 'periodId', code: 'annual_period' }]);
      expect(err.message).toContain('periode periodik');
      const en = await team.hr.get(`/exports/tpp?periodId=${cycle.annual}`, { 'accept-language': 'en' });
      expect(en.json<{ error: { message: string } }>().error.message).toContain('choose a periodic period');
    });

    it('when the period is unknown, then 404; missing or malformed, then 400', async () => {
      expectError(
        await exportOf(team.hr, '?periodId=00000000-0000-4000-8000-000000000000'),
        404,
        'NOT_FOUND',
      );
      expect(failingPaths(await exportOf(team.hr, ''))).toEqual(['periodId']);
      expect(failingPaths(await exportOf(team.hr, '?periodId=1'))).toEqual(['periodId']);
    });

    it('when an employee, the assessor or the agency head exports, then 403', async () => {
      for (const client of [team.nurse.client, team.kapus.client, agencyHead]) {
        expectError(await exportOf(client, `?periodId=${cycle.quarters[0]}`), 403, 'FORBIDDEN');
        expectError(await client.get(`/exports/tpp.xlsx?periodId=${cycle.quarters[0]}`), 403, 'FORBIDDEN');
      }
    });

    it('when HR downloads the XLSX, then sheet TPP and sheet Belum Dievaluasi hold the same rows, cell by cell', async () => {
      expect((await putRates(team.hr, { rates: CHANGED, version: 0 })).statusCode).toBe(200);
      const res = await team.hr.get(`/exports/tpp.xlsx?periodId=${cycle.quarters[0]}`);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['content-disposition']).toContain(`tpp-Triwulan-1-${cycle.year}.xlsx`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['TPP', 'Belum Dievaluasi']);
      const ws = wb.getWorksheet('TPP')!;
      expect(ws.getCell('A1').value).toBe(`Tambahan Penghasilan Pegawai (TPP) — Triwulan 1 ${cycle.year}`);
      expect(ws.getCell('A2').text).toContain(
        'Sangat Baik 100%, Baik 95%, Butuh Perbaikan 75%, Kurang/Misconduct 55%, Sangat Kurang 30%',
      );
      expect(ws.getRow(4).values).toEqual([
        undefined,
        'NIP',
        'Nama',
        'Unit Kerja',
        'Predikat',
        'Persentase TPP (%)',
      ]);
      // by unit, then name: Bidan Ani before Siti Perawat
      expect(ws.getRow(5).values).toEqual([
        undefined,
        midwifeNip,
        'Bidan Ani',
        'Puskesmas Kemuning',
        'Baik',
        95,
      ]);
      expect(ws.getRow(6).values).toEqual([
        undefined,
        nurseNip,
        'Siti Perawat',
        'Puskesmas Kemuning',
        'Kurang/Misconduct',
        55,
      ]);
      expect(ws.getCell('A5').type).toBe(ExcelJS.ValueType.String);
      expect(ws.rowCount).toBe(6);
      const missing = wb.getWorksheet('Belum Dievaluasi')!;
      expect(missing.getCell('A2').value).toBe('3 pegawai belum memiliki evaluasi final untuk periode ini.');
      expect(missing.getRow(4).values).toEqual([undefined, 'NIP', 'Nama', 'Unit Kerja']);
      const names = [5, 6, 7].map((r) => missing.getRow(r).getCell(2).value).sort();
      expect(names).toEqual(['Guru Lain', 'dr. Kepala Dinas', 'dr. Kepala Puskesmas'].sort());
      expect(missing.rowCount).toBe(7);
    });

    it('when the XLSX is asked for the annual period or an unknown one, then 400 and 404', async () => {
      expectError(await team.hr.get(`/exports/tpp.xlsx?periodId=${cycle.annual}`), 400, 'VALIDATION_FAILED');
      expectError(
        await team.hr.get('/exports/tpp.xlsx?periodId=00000000-0000-4000-8000-000000000000'),
        404,
        'NOT_FOUND',
      );
    });
  });
});
