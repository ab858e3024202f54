import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EvidenceView,
  ProgressEntryView,
  ProgressGridView,
  ProgressImportReport,
} from '../../../domain/progress/view.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { expectError, failingPaths, upload } from '../../../../test/factories.js';
import { ELF_HEAD, heifHead, PDF_SMALL, PNG_1x1 } from '../../../../test/file-samples.js';
import {
  approvedPlan,
  buildTeam,
  insertCycle,
  periodsOf,
  type ApprovedPlan,
  type Team,
} from '../../../../test/planning-fixtures.js';

const dataDirs: string[] = [];
/** Each app stores evidence in its own temporary data directory. */
function appEnv(extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-progress-'));
  dataDirs.push(dir);
  return { KINERJA_DATA_DIR: dir, ...extra };
}
afterAll(() => dataDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function record(client: Client, planId: string, body: Record<string, unknown>) {
  return client.post(`/work-plans/${planId}/progress`, body);
}

async function recorded(client: Client, planId: string, body: Record<string, unknown>) {
  const res = await record(client, planId, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ProgressEntryView>();
}

async function auditActions(team: Team, entityType: string, entityId: string) {
  const res = await team.admin.get(`/audit?entityType=${entityType}&entityId=${entityId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Array<{ action: string }> }>().items.map((e) => e.action);
}

describe('progress (realisasi)', () => {
  let t: TestApp;
  let team: Team;
  let cycleId: string;
  let q: Array<{ id: string; label: string }>;
  let plan: ApprovedPlan;

  beforeAll(async () => {
    t = await createTestApp(appEnv());
    team = await buildTeam(t);
    cycleId = (await insertCycle(t.database, 2026)).id;
    q = await periodsOf(t.database, cycleId);
    plan = await approvedPlan(team, cycleId, {
      indicators: [
        { text: 'Pasien terlayani', target: 50, unit: 'pasien' },
        { text: 'Waktu tanggap keluhan', target: 10, unit: 'menit', direction: 'lower' },
        { text: 'Kasus gizi buruk baru', target: 0, unit: 'kasus', direction: 'lower' },
        { text: 'Laporan bulanan', target: null, targetText: 'Lengkap dan tepat waktu' },
      ],
    });
  });
  afterAll(async () => t.close());

  it('when the owner records progress on the approved plan, then 201 with the achievement and its formula, and it is audited', async () => {
    const entry = await recorded(team.nurse.client, plan.id, {
      indicatorId: plan.indicatorIds[0],
      periodId: q[0]!.id,
      value: 45,
      note: 'Posyandu Melati',
    });
    expect(entry).toMatchObject({
      indicatorId: plan.indicatorIds[0],
      periodId: q[0]!.id,
      value: 45,
      text: null,
      note: 'Posyandu Melati',
      achievement: 90,
      formula: 'realisasi ÷ target × 100%',
      createdBy: team.nurse.client.user!.id,
      createdByName: 'Siti Perawat',
      evidence: [],
    });
    expect(entry.createdAt).toBe('2026-11-29T03:00:00.000Z');
    expect(await auditActions(team, 'progress_entry', entry.id)).toEqual(['progress.record']);
  });

  it('when someone other than the owner records progress, then those who see the plan get 403 and the others 404', async () => {
    const body = { indicatorId: plan.indicatorIds[0], periodId: q[0]!.id, value: 1 };
    expectError(await record(team.kapus.client, plan.id, body), 403, 'FORBIDDEN'); // the assessor
    expectError(await record(team.kadis.client, plan.id, body), 403, 'FORBIDDEN'); // the assessor's superior
    expectError(await record(team.hr, plan.id, body), 403, 'FORBIDDEN');
    expectError(await record(team.midwife.client, plan.id, body), 404, 'NOT_FOUND'); // a colleague
    expectError(await record(team.outsider.client, plan.id, body), 404, 'NOT_FOUND');
    expectError(await record(team.nurse.client, crypto.randomUUID(), body), 404, 'NOT_FOUND');
  });

  it('when lower is better, then achievement is target ÷ realised and a realised 0 reaches the cap', async () => {
    const lower = { indicatorId: plan.indicatorIds[1], periodId: q[0]!.id };
    expect((await recorded(team.nurse.client, plan.id, { ...lower, value: 20 })).achievement).toBe(50);
    const best = await recorded(team.nurse.client, plan.id, { ...lower, value: 0 });
    expect(best).toMatchObject({ achievement: 200, formula: 'target ÷ realisasi × 100%' });
  });

  it('when the realisation is far above target, then achievement stops at the cap (200 by default)', async () => {
    const e = await recorded(team.nurse.client, plan.id, {
      indicatorId: plan.indicatorIds[0],
      periodId: q[1]!.id,
      value: 500,
    });
    expect(e.achievement).toBe(200);
  });

  it('when the target is 0 or the indicator is narrative, then achievement is null', async () => {
    const zero = await recorded(team.nurse.client, plan.id, {
      indicatorId: plan.indicatorIds[2],
      periodId: q[0]!.id,
      value: 0,
    });
    expect(zero).toMatchObject({ achievement: null, formula: null, value: 0 });
    const narrative = await recorded(team.nurse.client, plan.id, {
      indicatorId: plan.indicatorIds[3],
      periodId: q[0]!.id,
      text: 'Laporan Januari–Maret terkirim tepat waktu',
    });
    expect(narrative).toMatchObject({
      achievement: null,
      value: null,
      text: expect.stringContaining('Laporan'),
    });
  });

  it('when the entry does not fit its indicator, then 400 names the field', async () => {
    const base = { periodId: q[0]!.id };
    expect(
      failingPaths(await record(team.nurse.client, plan.id, { ...base, indicatorId: plan.indicatorIds[0] })),
    ).toEqual(['value']);
    expect(
      failingPaths(
        await record(team.nurse.client, plan.id, { ...base, indicatorId: plan.indicatorIds[3], value: 3 }),
      ),
    ).toEqual(['text', 'value']);
    expect(
      failingPaths(
        await record(team.nurse.client, plan.id, {
          ...base,
          indicatorId: plan.indicatorIds[0],
          value: '1e999',
        }),
      ),
    ).toEqual(['value']);
    const foreign = await approvedPlan(team, cycleId, { employee: 'midwife' });
    expect(
      failingPaths(
        await record(team.nurse.client, plan.id, { ...base, indicatorId: foreign.indicatorIds[0], value: 1 }),
      ),
    ).toEqual(['indicatorId']);
  });

  it('when the period is not of the plan’s cycle, then 400; when it is locked, then 409 and nothing is written', async () => {
    const other = await insertCycle(t.database, 2031);
    const [otherPeriod] = await periodsOf(t.database, other.id);
    const body = { indicatorId: plan.indicatorIds[0], value: 10 };
    expect(
      failingPaths(await record(team.nurse.client, plan.id, { ...body, periodId: otherPeriod!.id })),
    ).toEqual(['periodId']);
    const lock = await team.hr.post(`/cycles/${cycleId}/periods/${q[3]!.id}/lock`, { reason: 'Tutup buku' });
    expect(lock.statusCode, lock.body).toBe(200);
    const err = expectError(
      await record(team.nurse.client, plan.id, { ...body, periodId: q[3]!.id }),
      409,
      'INVALID_TRANSITION',
    );
    expect(err.details).toMatchObject({ reason: 'period_locked', periodId: q[3]!.id });
    const list = (await team.nurse.client.get(`/work-plans/${plan.id}/progress?periodId=${q[3]!.id}`)).json<{
      total: number;
    }>();
    expect(list.total).toBe(0);
  });

  it('when several entries are recorded for one cell, then all are kept and the latest counts in the grid', async () => {
    const cell = { indicatorId: plan.indicatorIds[0], periodId: q[2]!.id };
    await recorded(team.nurse.client, plan.id, { ...cell, value: 10, note: 'awal' });
    await recorded(team.nurse.client, plan.id, { ...cell, value: 30, note: 'koreksi' });
    const latest = await recorded(team.nurse.client, plan.id, { ...cell, value: 25, note: 'final' });

    const list = await team.kapus.client.get(`/work-plans/${plan.id}/progress?periodId=${q[2]!.id}`);
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<{ items: ProgressEntryView[]; total: number }>();
    expect(items.total).toBe(3);
    expect(items.items.map((e) => e.note)).toEqual(['final', 'koreksi', 'awal']);

    const grid = (
      await team.kapus.client.get(`/work-plans/${plan.id}/progress-grid`)
    ).json<ProgressGridView>();
    expect(grid.can.record).toBe(false); // the assessor sees, the owner records
    expect(grid.periods.map((p) => p.label)).toEqual([
      'Triwulan 1 2026',
      'Triwulan 2 2026',
      'Triwulan 3 2026',
      'Triwulan 4 2026',
      'Tahunan 2026',
    ]);
    const indicator = grid.results[0]!.indicators[0]!;
    expect(indicator).toMatchObject({ numeric: true, target: 50, formula: 'realisasi ÷ target × 100%' });
    const q3 = indicator.cells.find((c) => c.periodId === q[2]!.id)!;
    expect(q3.entryCount).toBe(3);
    expect(q3.latest).toMatchObject({ id: latest.id, value: 25, achievement: 50 });
    expect(indicator.trend.map((p) => p.achievement)).toEqual([90, 200, 50, null]);
    expect(indicator.latestAchievement).toBe(50);
    const narrative = grid.results[0]!.indicators[3]!;
    expect(narrative).toMatchObject({ numeric: false, formula: null });
    expect(
      (await team.nurse.client.get(`/work-plans/${plan.id}/progress-grid`)).json<ProgressGridView>().can
        .record,
    ).toBe(true);
    expectError(await team.outsider.client.get(`/work-plans/${plan.id}/progress-grid`), 404, 'NOT_FOUND');
    expectError(await team.midwife.client.get(`/work-plans/${plan.id}/progress`), 404, 'NOT_FOUND');
  });

  it('when a bulk entry has failing rows, then nothing is written and each failing entry is named; a clean batch is written at once', async () => {
    const before = (await team.nurse.client.get(`/work-plans/${plan.id}/progress`)).json<{ total: number }>()
      .total;
    const bad = await team.nurse.client.post(`/work-plans/${plan.id}/progress/bulk`, {
      periodId: q[1]!.id,
      entries: [
        { indicatorId: plan.indicatorIds[0], value: 40 },
        { indicatorId: plan.indicatorIds[1] },
        { indicatorId: plan.indicatorIds[3], value: 1, text: 'ok' },
        { indicatorId: plan.indicatorIds[0], value: 41 },
      ],
    });
    expect(failingPaths(bad)).toEqual(['entries.1.value', 'entries.2.value', 'entries.3.indicatorId']);
    expect(
      (await team.nurse.client.get(`/work-plans/${plan.id}/progress`)).json<{ total: number }>().total,
    ).toBe(before);

    const good = await team.nurse.client.post(`/work-plans/${plan.id}/progress/bulk`, {
      periodId: q[1]!.id,
      entries: [
        { indicatorId: plan.indicatorIds[0], value: 40 },
        { indicatorId: plan.indicatorIds[1], value: 8 },
        { indicatorId: plan.indicatorIds[3], text: 'Terkirim' },
      ],
    });
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json<{ items: ProgressEntryView[] }>().items.map((e) => e.achievement)).toEqual([
      80,
      125,
      null,
    ]);
    expectError(
      await team.kapus.client.post(`/work-plans/${plan.id}/progress/bulk`, {
        periodId: q[1]!.id,
        entries: [{ indicatorId: plan.indicatorIds[0], value: 40 }],
      }),
      403,
      'FORBIDDEN',
    );
  });

  it('when progress is imported from CSV, then each row is reported, a failing row stops the import, and validOnly imports the rest', async () => {
    const csv =
      'indikator;periode;nilai;teks;catatan\n' +
      `${plan.indicatorIds[0]};Triwulan 1 2026;47,5;;dari CSV\n` +
      `waktu tanggap keluhan;${q[0]!.id};12;;\n` +
      'Indikator tak dikenal;Triwulan 1 2026;3;;\n' +
      `Laporan bulanan;Triwulan 9;;Lengkap;\n` +
      `Pasien terlayani;Triwulan 4 2026;5;;\n`;
    const file = { content: csv, filename: 'realisasi.csv', contentType: 'text/csv' };
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

    const dry = await upload(team.nurse.client, `/work-plans/${plan.id}/progress/import?dryRun=true`, file);
    expect(dry.json<ProgressImportReport>()).toMatchObject({ committed: false, imported: 0 });

    const partial = await upload(
      team.nurse.client,
      `/work-plans/${plan.id}/progress/import?validOnly=true`,
      file,
    );
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.json<ProgressImportReport>()).toMatchObject({ committed: true, imported: 2, failed: 3 });
    const q1 = (await team.nurse.client.get(`/work-plans/${plan.id}/progress?periodId=${q[0]!.id}`)).json<{
      items: ProgressEntryView[];
    }>();
    expect(q1.items[0]).toMatchObject({ indicatorId: plan.indicatorIds[1], value: 12, achievement: 83.33 });
    expect(q1.items[1]).toMatchObject({ indicatorId: plan.indicatorIds[0], value: 47.5, note: 'dari CSV' });
    expect(await auditActions(team, 'progress_entry', q1.items[0]!.id)).toEqual(['progress.import']);

    expectError(
      await upload(team.kapus.client, `/work-plans/${plan.id}/progress/import`, file),
      403,
      'FORBIDDEN',
    );
  });

  it('when progress is imported from XLSX, then numbers come through unchanged', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Realisasi');
    ws.addRow(['Indikator', 'Periode', 'Nilai', 'Catatan']);
    ws.addRow(['Pasien terlayani', 'Triwulan 2 2026', 52.25, 'dari XLSX']);
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

describe('progress needs the agreed plan', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp(appEnv({ KINERJA_ACHIEVEMENT_CAP: '150' }));
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  it('when the plan is not approved, then 409 INVALID_TRANSITION says the plan must be approved', async () => {
    const cycle = await insertCycle(t.database, 2026);
    const [p1] = await periodsOf(t.database, cycle.id);
    const draft = await team.midwife.client.post('/work-plans', {
      cycleId: cycle.id,
      employeeId: team.midwife.id,
      approach: 'quantitative',
    });
    const planId = draft.json<{ id: string }>().id;
    const result = (
      await team.midwife.client.post(`/work-plans/${planId}/results`, { kind: 'main', text: 'Pelayanan KIA' })
    ).json<{ id: string }>();
    const indicator = (
      await team.midwife.client.post(`/work-plans/${planId}/results/${result.id}/indicators`, {
        text: 'Ibu hamil diperiksa',
        aspect: 'quantity',
        target: 40,
        unit: 'orang',
      })
    ).json<{ id: string }>();
    const err = expectError(
      await record(team.midwife.client, planId, { indicatorId: indicator.id, periodId: p1!.id, value: 10 }),
      409,
      'INVALID_TRANSITION',
    );
    expect(err.details).toMatchObject({ status: 'draft', reason: 'plan_not_approved', required: 'approved' });
    expect(err.message).toMatch(/disetujui/);
  });

  it('when the cap is configured (KINERJA_ACHIEVEMENT_CAP=150), then achievement stops there', async () => {
    const cycle = await insertCycle(t.database, 2027);
    const [p1] = await periodsOf(t.database, cycle.id);
    const plan = await approvedPlan(team, cycle.id);
    const e = await recorded(team.nurse.client, plan.id, {
      indicatorId: plan.indicatorIds[0],
      periodId: p1!.id,
      value: 400,
    });
    expect(e.achievement).toBe(150);
    const grid = (
      await team.nurse.client.get(`/work-plans/${plan.id}/progress-grid`)
    ).json<ProgressGridView>();
    expect(grid.cap).toBe(150);
  });

  it('when an amendment is approved, then earlier progress carries over to it and the old version takes no more', async () => {
    const cycle = await insertCycle(t.database, 2028);
    const [p1, p2] = await periodsOf(t.database, cycle.id);
    const plan = await approvedPlan(team, cycle.id);
    const early = await recorded(team.nurse.client, plan.id, {
      indicatorId: plan.indicatorIds[0],
      periodId: p1!.id,
      value: 60,
    });
    const amended = await team.nurse.client.post(`/work-plans/${plan.id}/amend`, { reason: 'Mutasi tugas' });
    expect(amended.statusCode, amended.body).toBe(201);
    const v2 = amended.json<{ id: string }>().id;
    // While the amendment is a draft, the approved version is still the one in force.
    await recorded(team.nurse.client, plan.id, {
      indicatorId: plan.indicatorIds[0],
      periodId: p2!.id,
      value: 70,
    });
    expect((await team.nurse.client.post(`/work-plans/${v2}/submit`)).statusCode).toBe(200);
    expect((await team.kapus.client.post(`/work-plans/${v2}/approve`, {})).statusCode).toBe(200);

    const grid = (await team.nurse.client.get(`/work-plans/${v2}/progress-grid`)).json<ProgressGridView>();
    const indicator = grid.results[0]!.indicators[0]!;
    expect(indicator.id).not.toBe(plan.indicatorIds[0]);
    expect(indicator.cells[0]!.latest).toMatchObject({
      id: early.id,
      workPlanId: plan.id,
      indicatorId: indicator.id,
    });
    expect(indicator.trend.slice(0, 2).map((p) => p.value)).toEqual([60, 70]);

    const err = expectError(
      await record(team.nurse.client, plan.id, {
        indicatorId: plan.indicatorIds[0],
        periodId: p2!.id,
        value: 1,
      }),
      409,
      'INVALID_TRANSITION',
    );
    expect(err.details).toMatchObject({ reason: 'plan_superseded' });
    await recorded(team.nurse.client, v2, { indicatorId: indicator.id, periodId: p2!.id, value: 75 });
  });
});

describe('evidence (bukti dukung)', () => {
  let t: TestApp;
  let team: Team;
  let plan: ApprovedPlan;
  let entry: ProgressEntryView;
  let q: Array<{ id: string }>;

  const evidenceUrl = () => `/work-plans/${plan.id}/progress/${entry.id}/evidence`;

  beforeAll(async () => {
    t = await createTestApp(appEnv());
    team = await buildTeam(t);
    const cycle = await insertCycle(t.database, 2026);
    q = await periodsOf(t.database, cycle.id);
    plan = await approvedPlan(team, cycle.id);
    entry = await recorded(team.nurse.client, plan.id, {
      indicatorId: plan.indicatorIds[0],
      periodId: q[0]!.id,
      value: 80,
    });
  });
  afterAll(async () => t.close());

  it('when the owner uploads a PDF, then 201 with its SHA-256, and the owner and the assessor download the same bytes', async () => {
    const pdf = Buffer.concat([PDF_SMALL, Buffer.alloc(20_000, 0x20)]);
    const res = await upload(team.nurse.client, evidenceUrl(), {
      content: pdf,
      filename: 'Laporan Triwulan I — Posyandu.pdf',
      contentType: 'application/octet-stream',
    });
    expect(res.statusCode, res.body).toBe(201);
    const ev = res.json<EvidenceView>();
    expect(ev).toMatchObject({
      kind: 'file',
      filename: 'Laporan Triwulan I — Posyandu.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha256(pdf),
      url: null,
    });
    expect(ev.downloadUrl).toBe(`/api/v1/work-plans/${plan.id}/evidence/${ev.id}/download`);

    for (const client of [team.nurse.client, team.kapus.client, team.kadis.client, team.hr]) {
      const dl = await client.get(ev.downloadUrl!);
      expect(dl.statusCode, dl.body).toBe(200);
      expect(dl.rawPayload.equals(pdf)).toBe(true);
      expect(dl.headers['content-type']).toBe('application/pdf');
      expect(dl.headers['content-disposition']).toBe(
        `attachment; filename="Laporan Triwulan I _ Posyandu.pdf"; filename*=UTF-8''Laporan%20Triwulan%20I%20%E2%80%94%20Posyandu.pdf`,
      );
      expect(dl.headers['x-content-type-options']).toBe('nosniff');
      expect(dl.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      expect(dl.headers['x-content-sha256']).toBe(sha256(pdf));
    }
    expectError(await team.midwife.client.get(ev.downloadUrl!), 404, 'NOT_FOUND');
    expectError(await team.outsider.client.get(ev.downloadUrl!), 404, 'NOT_FOUND');

    // The evidence is listed with the entry, and the upload is audited with its hash.
    const list = (await team.kapus.client.get(`/work-plans/${plan.id}/progress`)).json<{
      items: ProgressEntryView[];
    }>();
    expect(list.items.find((e) => e.id === entry.id)!.evidence.map((x) => x.id)).toEqual([ev.id]);
    expect(await auditActions(team, 'evidence', ev.id)).toEqual(['evidence.upload']);
    // Stored under a random key, never the user's name; nothing left in the staging directory.
    const stored = readdirSync(join(t.config.dataDir, 'evidence'), { recursive: true }).map(String);
    expect(stored.some((p) => p.includes('Laporan'))).toBe(false);
    expect(readdirSync(join(t.config.dataDir, 'tmp'))).toEqual([]);
  });

  it('when a phone uploads a HEIC photo or a PNG, then it is accepted by its content', async () => {
    const heic = heifHead('heic', ['mif1', 'heic']);
    const photo = await upload(team.nurse.client, evidenceUrl(), {
      content: heic,
      filename: 'IMG_0042.HEIC',
    });
    expect(photo.statusCode, photo.body).toBe(201);
    expect(photo.json<EvidenceView>().contentType).toBe('image/heic');
    const png = await upload(team.nurse.client, evidenceUrl(), {
      content: PNG_1x1,
      filename: 'tangkapan.png',
    });
    expect(png.json<EvidenceView>()).toMatchObject({ contentType: 'image/png', sha256: sha256(PNG_1x1) });
  });

  it('when an executable is renamed to .pdf, then 415 and nothing is stored', async () => {
    const before = readdirSync(join(t.config.dataDir, 'evidence'), { recursive: true }).length;
    const res = await upload(team.nurse.client, evidenceUrl(), {
      content: Buffer.concat([ELF_HEAD, Buffer.alloc(4096)]),
      filename: 'laporan.pdf',
      contentType: 'application/pdf',
    });
    expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(readdirSync(join(t.config.dataDir, 'evidence'), { recursive: true }).length).toBe(before);
    expect(readdirSync(join(t.config.dataDir, 'tmp'))).toEqual([]);
  });

  it('when someone other than the owner adds evidence, then 403 for the assessor and 404 for others', async () => {
    const file = { content: PDF_SMALL, filename: 'x.pdf' };
    expectError(await upload(team.kapus.client, evidenceUrl(), file), 403, 'FORBIDDEN');
    expectError(await upload(team.midwife.client, evidenceUrl(), file), 404, 'NOT_FOUND');
    expectError(
      await team.kapus.client.post(evidenceUrl(), { url: 'https://example.org/a' }),
      403,
      'FORBIDDEN',
    );
    // An entry of another plan is not found through this plan.
    const other = await approvedPlan(team, (await insertCycle(t.database, 2029)).id, { employee: 'midwife' });
    expectError(
      await upload(team.nurse.client, `/work-plans/${other.id}/progress/${entry.id}/evidence`, file),
      404,
      'NOT_FOUND',
    );
  });

  it('when a link is given, then it is evidence of kind link; a non-http link is refused', async () => {
    const res = await team.nurse.client.post(evidenceUrl(), {
      url: 'https://drive.google.com/file/d/abc/view',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<EvidenceView>()).toMatchObject({
      kind: 'link',
      url: 'https://drive.google.com/file/d/abc/view',
      filename: null,
      downloadUrl: null,
    });
    expect(failingPaths(await team.nurse.client.post(evidenceUrl(), { url: 'javascript:alert(1)' }))).toEqual(
      ['url'],
    );
    expect(failingPaths(await team.nurse.client.post(evidenceUrl(), {}))).toEqual(['url']);
  });

  it('when the owner deletes evidence while the period is open, then it is gone with its file; once locked, 409', async () => {
    const res = await upload(team.nurse.client, evidenceUrl(), { content: PDF_SMALL, filename: 'hapus.pdf' });
    const ev = res.json<EvidenceView>();
    const storedFiles = () =>
      readdirSync(join(t.config.dataDir, 'evidence'), { recursive: true, withFileTypes: true }).filter((d) =>
        d.isFile(),
      ).length;
    const filesBefore = storedFiles();
    expectError(await team.kapus.client.delete(`/work-plans/${plan.id}/evidence/${ev.id}`), 403, 'FORBIDDEN');
    expect((await team.nurse.client.delete(`/work-plans/${plan.id}/evidence/${ev.id}`)).statusCode).toBe(204);
    expectError(await team.nurse.client.get(ev.downloadUrl!), 404, 'NOT_FOUND');
    expect((await auditActions(team, 'evidence', ev.id)).sort()).toEqual([
      'evidence.delete',
      'evidence.upload',
    ]);
    expect(storedFiles()).toBe(filesBefore - 1);

    const kept = (
      await upload(team.nurse.client, evidenceUrl(), { content: PDF_SMALL, filename: 'tetap.pdf' })
    ).json<EvidenceView>();
    const cycleId = (await team.nurse.client.get(`/work-plans/${plan.id}`)).json<{ cycleId: string }>()
      .cycleId;
    expect((await team.hr.post(`/cycles/${cycleId}/periods/${q[0]!.id}/lock`, {})).statusCode).toBe(200);
    expectError(
      await team.nurse.client.delete(`/work-plans/${plan.id}/evidence/${kept.id}`),
      409,
      'INVALID_TRANSITION',
    );
    expectError(
      await upload(team.nurse.client, evidenceUrl(), { content: PDF_SMALL, filename: 'telat.pdf' }),
      409,
      'INVALID_TRANSITION',
    );
    expect(
      (await team.hr.post(`/cycles/${cycleId}/periods/${q[0]!.id}/unlock`, { reason: 'Perbaikan' }))
        .statusCode,
    ).toBe(200);
  });

  it('when the OpenAPI description is read, then the monitoring endpoints are in it', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    for (const [path, method] of [
      ['/api/v1/work-plans/{id}/progress', 'post'],
      ['/api/v1/work-plans/{id}/progress', 'get'],
      ['/api/v1/work-plans/{id}/progress/bulk', 'post'],
      ['/api/v1/work-plans/{id}/progress/import', 'post'],
      ['/api/v1/work-plans/{id}/progress-grid', 'get'],
      ['/api/v1/work-plans/{id}/progress/{progressId}/evidence', 'post'],
      ['/api/v1/work-plans/{id}/evidence/{evidenceId}/download', 'get'],
      ['/api/v1/work-plans/{id}/evidence/{evidenceId}', 'delete'],
      ['/api/v1/work-plans/{id}/feedback', 'post'],
      ['/api/v1/work-plans/{id}/dialogues', 'post'],
      ['/api/v1/work-plans/{id}/dialogues/{dialogueId}/actions/{actionId}', 'patch'],
      ['/api/v1/dialogue-actions', 'get'],
    ] as const) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
  });

  it('when the request carries no file part named "file", then 400', async () => {
    const res = await upload(team.nurse.client, evidenceUrl(), {
      content: PDF_SMALL,
      filename: 'x.pdf',
      field: 'berkas',
    });
    expect(failingPaths(res)).toEqual(['file']);
  });
});

describe('evidence size limit', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp(appEnv({ KINERJA_MAX_UPLOAD_MB: '0.01' }));
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  it('when a file is larger than KINERJA_MAX_UPLOAD_MB, then 413 and nothing is kept', async () => {
    const cycle = await insertCycle(t.database, 2026);
    const [p1] = await periodsOf(t.database, cycle.id);
    const plan = await approvedPlan(team, cycle.id);
    const entry = await recorded(team.nurse.client, plan.id, {
      indicatorId: plan.indicatorIds[0],
      periodId: p1!.id,
      value: 5,
    });
    const url = `/work-plans/${plan.id}/progress/${entry.id}/evidence`;
    const big = Buffer.concat([PDF_SMALL, Buffer.alloc(20_000, 0x20)]);
    expectError(
      await upload(team.nurse.client, url, { content: big, filename: 'besar.pdf' }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    const small = await upload(team.nurse.client, url, { content: PDF_SMALL, filename: 'kecil.pdf' });
    expect(small.statusCode, small.body).toBe(201);
    const list = (await team.nurse.client.get(`/work-plans/${plan.id}/progress`)).json<{
      items: ProgressEntryView[];
    }>();
    expect(list.items[0]!.evidence.map((e) => e.filename)).toEqual(['kecil.pdf']);
    expect(readdirSync(join(t.config.dataDir, 'tmp'))).toEqual([]);
  });
});
