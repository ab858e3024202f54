import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EvidenceView,
  ProgressEntryView,
  ProgressGridView,
  ProgressImportReport,
} from '../../../domain/progress/view.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { expectError, failingPaths, upload } from '../../../../test/factories.js';
import { ELF_HEAD, heifHead, PDF_SMALL, PNG_1x1 } from '../../../../test/file-samples.js';
import {
  approvedPlan,
  auditOf,
  buildTeam,
  newCycle,
  type OwnCycle,
  type Team,
} from '../../../../test/planning-fixtures.js';
import {
  mixedPlan,
  progressAppEnv,
  progressEntry,
  removeDataDirs,
  sha256,
  stagedFiles,
  storedFileCount,
  storedPaths,
} from '../../../../test/progress-fixtures.js';

afterAll(removeDataDirs);

/**
 * A progress entry of its own for one test: the nurse's approved plan in a cycle of its own, 80 recorded for
 * Triwulan 1, and the URL that takes its evidence.
 */
async function entryOf(t: TestApp, team: Team) {
  const cycle = await newCycle(t.database);
  const plan = await approvedPlan(team, cycle.id);
  const entry = await progressEntry(team.nurse.client, plan.id, {
    indicatorId: plan.indicatorIds[0],
    periodId: cycle.quarters[0],
    value: 80,
  });
  return { cycle, plan, entry, url: `/work-plans/${plan.id}/progress/${entry.id}/evidence` };
}

const LONG_PDF = Buffer.concat([PDF_SMALL, Buffer.alloc(20_000, 0x20)]);

/**
 * Files for progress: evidence (bukti dukung) of progress entries, files and links, and progress imported from CSV
 * and XLSX files. Each test builds its own cycle, plan and entries.
 */
describe('progress files: evidence (bukti dukung) and imports', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp(progressAppEnv());
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  /** The owner's PDF upload to a fresh entry. */
  async function uploadedPdf() {
    const e = await entryOf(t, team);
    const res = await upload(team.nurse.client, e.url, {
      content: LONG_PDF,
      filename: 'Laporan Triwulan I — Posyandu.pdf',
      contentType: 'application/octet-stream',
    });
    expect(res.statusCode, res.body).toBe(201);
    return { ...e, evidence: res.json<EvidenceView>() };
  }

  describe('files', () => {
    it('when the owner uploads a PDF, then 201 with its type by content, its size and its SHA-256', async () => {
      const { plan, evidence } = await uploadedPdf();
      expect(evidence).toMatchObject({
        kind: 'file',
        filename: 'Laporan Triwulan I — Posyandu.pdf',
        contentType: 'application/pdf',
        sizeBytes: LONG_PDF.length,
        sha256: sha256(LONG_PDF),
        url: null,
      });
      expect(evidence.downloadUrl).toBe(`/api/v1/work-plans/${plan.id}/evidence/${evidence.id}/download`);
    });

    it('when the owner, the assessor, the head above or HR downloads it, then the same bytes with safe headers', async () => {
      const { evidence } = await uploadedPdf();
      for (const client of [team.nurse.client, team.kapus.client, team.kadis.client, team.hr]) {
        const dl = await client.get(evidence.downloadUrl!);
        expect(dl.statusCode, dl.body).toBe(200);
        expect(dl.rawPayload.equals(LONG_PDF)).toBe(true);
        expect(dl.headers['content-type']).toBe('application/pdf');
        expect(dl.headers['content-disposition']).toBe(
          `attachment; filename="Laporan Triwulan I _ Posyandu.pdf"; filename*=UTF-8''Laporan%20Triwulan%20I%20%E2%80%94%20Posyandu.pdf`,
        );
        expect(dl.headers['x-content-type-options']).toBe('nosniff');
        expect(dl.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
        expect(dl.headers['x-content-sha256']).toBe(sha256(LONG_PDF));
      }
    });

    it('when a colleague or an outsider downloads it, then 404', async () => {
      const { evidence } = await uploadedPdf();
      expectError(await team.midwife.client.get(evidence.downloadUrl!), 404, 'NOT_FOUND');
      expectError(await team.outsider.client.get(evidence.downloadUrl!), 404, 'NOT_FOUND');
    });

    it('when a file is uploaded, then it is listed with its entry and the upload is audited', async () => {
      const { plan, entry, evidence } = await uploadedPdf();
      const list = (await team.kapus.client.get(`/work-plans/${plan.id}/progress`)).json<{
        items: ProgressEntryView[];
      }>();
      expect(list.items.find((e) => e.id === entry.id)!.evidence.map((x) => x.id)).toEqual([evidence.id]);
      expect((await auditOf(team, 'evidence', evidence.id)).map((e) => e.action)).toEqual([
        'evidence.upload',
      ]);
    });

    it('when a file is uploaded, then it is stored under a random key, never the user’s name, with nothing left staged', async () => {
      await uploadedPdf();
      expect(storedPaths(t).length).toBeGreaterThan(0);
      expect(storedPaths(t).some((p) => p.includes('Laporan'))).toBe(false);
      expect(stagedFiles(t)).toEqual([]);
    });

    it('when a phone uploads a HEIC photo or a PNG, then it is accepted by its content', async () => {
      const { url } = await entryOf(t, team);
      const photo = await upload(team.nurse.client, url, {
        content: heifHead('heic', ['mif1', 'heic']),
        filename: 'IMG_0042.HEIC',
      });
      expect(photo.statusCode, photo.body).toBe(201);
      expect(photo.json<EvidenceView>().contentType).toBe('image/heic');
      const png = await upload(team.nurse.client, url, { content: PNG_1x1, filename: 'tangkapan.png' });
      expect(png.json<EvidenceView>()).toMatchObject({ contentType: 'image/png', sha256: sha256(PNG_1x1) });
    });

    it('when an executable is renamed to .pdf, then 415 and nothing is stored', async () => {
      const { url } = await entryOf(t, team);
      const before = storedFileCount(t);
      const res = await upload(team.nurse.client, url, {
        content: Buffer.concat([ELF_HEAD, Buffer.alloc(4096)]),
        filename: 'laporan.pdf',
        contentType: 'application/pdf',
      });
      expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(storedFileCount(t)).toBe(before);
      expect(stagedFiles(t)).toEqual([]);
    });

    it('when a file named .jpg holds text, then 415 says the content does not match the name; nothing is stored', async () => {
      const { url } = await entryOf(t, team);
      const before = storedFileCount(t);
      const res = await upload(team.nurse.client, url, {
        content: Buffer.from('bukan foto, hanya teks biasa\n'),
        filename: 'fake.jpg',
        contentType: 'image/jpeg',
      });
      const err = expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(err.details).toEqual({ reason: 'content_mismatch', extension: 'jpg', detected: 'text' });
      expect(err.message).toContain('.jpg');
      expect(storedFileCount(t)).toBe(before);
      expect(stagedFiles(t)).toEqual([]);
      // a PNG a phone named .jpg is still a photo
      const png = await upload(team.nurse.client, url, { content: PNG_1x1, filename: 'foto.jpg' });
      expect(png.statusCode, png.body).toBe(201);
    });

    it('when the request carries no file part named "file", then 400', async () => {
      const { url } = await entryOf(t, team);
      const res = await upload(team.nurse.client, url, {
        content: PDF_SMALL,
        filename: 'x.pdf',
        field: 'berkas',
      });
      expect(failingPaths(res)).toEqual(['file']);
    });
  });

  describe('who adds evidence', () => {
    it('when someone other than the owner adds evidence, then 403 for the assessor and 404 for others', async () => {
      const { url } = await entryOf(t, team);
      const file = { content: PDF_SMALL, filename: 'x.pdf' };
      expectError(await upload(team.kapus.client, url, file), 403, 'FORBIDDEN');
      expectError(await upload(team.midwife.client, url, file), 404, 'NOT_FOUND');
      expectError(await team.kapus.client.post(url, { url: 'https://example.org/a' }), 403, 'FORBIDDEN');
    });

    it('when the entry belongs to another plan, then it is not found through this plan', async () => {
      const { cycle, entry } = await entryOf(t, team);
      const other = await approvedPlan(team, cycle.id, { employee: 'midwife' });
      expectError(
        await upload(team.nurse.client, `/work-plans/${other.id}/progress/${entry.id}/evidence`, {
          content: PDF_SMALL,
          filename: 'x.pdf',
        }),
        404,
        'NOT_FOUND',
      );
    });
  });

  describe('links', () => {
    it('when a link is given, then it is evidence of kind link', async () => {
      const { url } = await entryOf(t, team);
      const res = await team.nurse.client.post(url, { url: 'https://drive.google.com/file/d/abc/view' });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<EvidenceView>()).toMatchObject({
        kind: 'link',
        url: 'https://drive.google.com/file/d/abc/view',
        filename: null,
        downloadUrl: null,
      });
    });

    it('when the link is not http(s) or missing, then 400 names it', async () => {
      const { url } = await entryOf(t, team);
      expect(failingPaths(await team.nurse.client.post(url, { url: 'javascript:alert(1)' }))).toEqual([
        'url',
      ]);
      expect(failingPaths(await team.nurse.client.post(url, {}))).toEqual(['url']);
    });
  });

  describe('deleting', () => {
    it('when the owner deletes evidence while the period is open, then it is gone with its file, and audited', async () => {
      const { plan, url } = await entryOf(t, team);
      const ev = (
        await upload(team.nurse.client, url, { content: PDF_SMALL, filename: 'hapus.pdf' })
      ).json<EvidenceView>();
      const filesBefore = storedFileCount(t);
      expect((await team.nurse.client.delete(`/work-plans/${plan.id}/evidence/${ev.id}`)).statusCode).toBe(
        204,
      );
      expectError(await team.nurse.client.get(ev.downloadUrl!), 404, 'NOT_FOUND');
      expect((await auditOf(team, 'evidence', ev.id)).map((e) => e.action).sort()).toEqual([
        'evidence.delete',
        'evidence.upload',
      ]);
      expect(storedFileCount(t)).toBe(filesBefore - 1);
    });

    it('when the assessor deletes evidence, then 403', async () => {
      const { plan, url } = await entryOf(t, team);
      const ev = (
        await upload(team.nurse.client, url, { content: PDF_SMALL, filename: 'x.pdf' })
      ).json<EvidenceView>();
      expectError(
        await team.kapus.client.delete(`/work-plans/${plan.id}/evidence/${ev.id}`),
        403,
        'FORBIDDEN',
      );
    });

    it('when the period is locked, then evidence can be neither deleted nor added (409)', async () => {
      const { cycle, plan, url } = await entryOf(t, team);
      const kept = (
        await upload(team.nurse.client, url, { content: PDF_SMALL, filename: 'tetap.pdf' })
      ).json<EvidenceView>();
      expect(
        (await team.hr.post(`/cycles/${cycle.id}/periods/${cycle.quarters[0]}/lock`, {})).statusCode,
      ).toBe(200);
      expectError(
        await team.nurse.client.delete(`/work-plans/${plan.id}/evidence/${kept.id}`),
        409,
        'INVALID_TRANSITION',
      );
      expectError(
        await upload(team.nurse.client, url, { content: PDF_SMALL, filename: 'telat.pdf' }),
        409,
        'INVALID_TRANSITION',
      );
    });
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

  describe('progress import', () => {
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
});

describe('evidence size limit (KINERJA_MAX_UPLOAD_MB=0.01)', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp(progressAppEnv({ KINERJA_MAX_UPLOAD_MB: '0.01' }));
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  it('when a file is larger than the limit, then 413 and nothing is kept', async () => {
    const { plan, url } = await entryOf(t, team);
    expectError(
      await upload(team.nurse.client, url, { content: LONG_PDF, filename: 'besar.pdf' }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    const small = await upload(team.nurse.client, url, { content: PDF_SMALL, filename: 'kecil.pdf' });
    expect(small.statusCode, small.body).toBe(201);
    const list = (await team.nurse.client.get(`/work-plans/${plan.id}/progress`)).json<{
      items: ProgressEntryView[];
    }>();
    expect(list.items[0]!.evidence.map((e) => e.filename)).toEqual(['kecil.pdf']);
    expect(stagedFiles(t)).toEqual([]);
  });
});
