import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ProgressEntryView,
  ProgressGridView,
  ProgressImportReport,
} from '../../../domain/progress/view.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { expectError, upload } from '../../../../test/factories.js';
import { auditOf, buildTeam, type OwnCycle, type Team } from '../../../../test/planning-fixtures.js';
import { mixedPlan, progressAppEnv, removeDataDirs } from '../../../../test/progress-fixtures.js';

afterAll(removeDataDirs);

/** Progress imported from CSV and XLSX files. Each test builds its own cycle and plan. */
describe('progress import', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp(progressAppEnv());
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  /**
   * A CSV of five rows for the nurse's mixed plan: two good ones (by indicator id and by name, by period label and
   * by id), then an unknown indicator, an unknown period and a row for the locked Triwulan 4.
   */
  async function csvCase() {
    const { cycle, plan } = await mixedPlan(t, team);
    const lock = await team.hr.post(`/cycles/${cycle.id}/periods/${cycle.quarters[3]}/lock`, {
      reason: 'Tutup',
    });
    expect(lock.statusCode, lock.body).toBe(200);
    const y = cycle.year;
    const csv =
      'indikator;periode;nilai;teks;catatan\n' +
      `${plan.indicatorIds[0]};Triwulan 1 ${y};47,5;;dari CSV\n` +
      `waktu tanggap keluhan;${cycle.quarters[0]};12;;\n` +
      `Indikator tak dikenal;Triwulan 1 ${y};3;;\n` +
      `Laporan bulanan;Triwulan 9;;Lengkap;\n` +
      `Pasien terlayani;Triwulan 4 ${y};5;;\n`;
    return { cycle, plan, file: { content: csv, filename: 'realisasi.csv', contentType: 'text/csv' } };
  }

  const entriesOf = async (planId: string, cycle: OwnCycle) =>
    (await team.nurse.client.get(`/work-plans/${planId}/progress?periodId=${cycle.quarters[0]}`)).json<{
      items: ProgressEntryView[];
      total: number;
    }>();

  it('when a CSV has failing rows, then each row is reported and nothing is imported', async () => {
    const { cycle, plan, file } = await csvCase();
    const failed = await upload(team.nurse.client, `/work-plans/${plan.id}/progress/import`, file);
    const err = expectError(failed, 400, 'VALIDATION_FAILED');
    const report = err.details as ProgressImportReport;
    expect(report).toMatchObject({ total: 5, failed: 3, imported: 0, committed: false });
    expect(report.rows.map((r) => [r.row, r.status, r.errors.map((e) => e.field)])).toEqual([
      [2, 'ok', []],
      [3, 'ok', []],
      [4, 'error', ['indikator']],
      [5, 'error', ['periode']],
      [6, 'error', ['periode']], // Triwulan 4 is locked
    ]);
    expect((await entriesOf(plan.id, cycle)).total).toBe(0);
  });

  it('when a CSV is checked with dryRun, then the report comes back and nothing is imported', async () => {
    const { cycle, plan, file } = await csvCase();
    const dry = await upload(team.nurse.client, `/work-plans/${plan.id}/progress/import?dryRun=true`, file);
    expect(dry.json<ProgressImportReport>()).toMatchObject({ committed: false, imported: 0 });
    expect((await entriesOf(plan.id, cycle)).total).toBe(0);
  });

  it('when a CSV with failing rows is imported with validOnly, then the good rows are imported and audited', async () => {
    const { cycle, plan, file } = await csvCase();
    const partial = await upload(
      team.nurse.client,
      `/work-plans/${plan.id}/progress/import?validOnly=true`,
      file,
    );
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.json<ProgressImportReport>()).toMatchObject({ committed: true, imported: 2, failed: 3 });
    const q1 = await entriesOf(plan.id, cycle);
    expect(q1.items[0]).toMatchObject({ indicatorId: plan.indicatorIds[1], value: 12, achievement: 83.33 });
    expect(q1.items[1]).toMatchObject({ indicatorId: plan.indicatorIds[0], value: 47.5, note: 'dari CSV' });
    expect((await auditOf(team, 'progress_entry', q1.items[0]!.id)).map((e) => e.action)).toEqual([
      'progress.import',
    ]);
  });

  it('when the assessor imports progress, then 403', async () => {
    const { plan, file } = await csvCase();
    expectError(
      await upload(team.kapus.client, `/work-plans/${plan.id}/progress/import`, file),
      403,
      'FORBIDDEN',
    );
  });

  it('when progress is imported from XLSX, then numbers come through unchanged', async () => {
    const { cycle, plan } = await mixedPlan(t, team);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Realisasi');
    ws.addRow(['Indikator', 'Periode', 'Nilai', 'Catatan']);
    ws.addRow(['Pasien terlayani', `Triwulan 2 ${cycle.year}`, 52.25, 'dari XLSX']);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(team.nurse.client, `/work-plans/${plan.id}/progress/import`, {
      content: data,
      filename: 'realisasi.xlsx',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ProgressImportReport>()).toMatchObject({ imported: 1, committed: true });
    const grid = (
      await team.nurse.client.get(`/work-plans/${plan.id}/progress-grid`)
    ).json<ProgressGridView>();
    expect(grid.results[0]!.indicators[0]!.cells[1]!.latest).toMatchObject({
      value: 52.25,
      achievement: 104.5,
    });
  });
});
