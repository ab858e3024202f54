import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceView, ProgressImportReport } from '../../../domain/progress/view.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { expectError, upload } from '../../../../test/factories.js';
import { EMPLOYEE_HEADER, csv, employeeRow, xlsx } from '../../../../test/import-fixtures.js';
import { PDF_SMALL } from '../../../../test/file-samples.js';
import { approvedPlan, buildTeam, newCycle, type Team } from '../../../../test/planning-fixtures.js';
import {
  mixedPlan,
  progressAppEnv,
  progressEntry,
  removeDataDirs,
} from '../../../../test/progress-fixtures.js';
import { ORPHAN_MIN_AGE_MS, removeOrphanFiles } from './cleanup.js';

afterAll(removeDataDirs);

const EN = { 'accept-language': 'en' };

/** A progress CSV of `n` data rows (short rows: 200,000 of them stay under the upload size limit). */
const progressCsv = (n: number, row = 'x;y;1') => `indikator;periode;nilai\n${`${row}\n`.repeat(n)}`;

/**
 * Limits on heavy work (issue 11 §5, §9): the row limit of every import, parsing off the event loop, the bound on
 * uploads in flight per user, and the removal of files a crash left behind.
 */
describe('limits on heavy work and clean-up after crashes', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp(progressAppEnv());
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  describe('row limits', () => {
    it('when a progress import holds 200,000 rows, then 413 naming the limit (5,000 by default), nothing imported', async () => {
      const { plan } = await mixedPlan(t, team);
      const res = await upload(team.nurse.client, `/work-plans/${plan.id}/progress/import`, {
        content: progressCsv(200_000),
        filename: 'besar.csv',
        contentType: 'text/csv',
      });
      const err = expectError(res, 413, 'PAYLOAD_TOO_LARGE');
      expect(err.message).toBe(
        'Berkas impor berisi lebih dari 5000 baris data; bagi menjadi beberapa berkas.',
      );
      expect(err.details).toEqual({ maxRows: 5000 });
      const en = await upload(
        team.nurse.client,
        `/work-plans/${plan.id}/progress/import`,
        { content: progressCsv(200_000), filename: 'besar.csv' },
        EN,
      );
      expect(expectError(en, 413, 'PAYLOAD_TOO_LARGE').message).toBe(
        'The import file holds more than 5000 data rows; split it into several files.',
      );
      const entries = await team.nurse.client.get(`/work-plans/${plan.id}/progress`);
      expect(entries.json<{ total: number }>().total).toBe(0);
    });

    it('when an employee or unit import holds 200,000 rows, then 413 as well', async () => {
      const employees = csv(Array.from({ length: 200_000 }, () => ['1', 'x']));
      expectError(
        await upload(team.hr, '/imports/employees', { content: employees, filename: 'p.csv' }),
        413,
        'PAYLOAD_TOO_LARGE',
      );
      const units = `kode;nama;kode_induk\n${'U;Unit;\n'.repeat(200_000)}`;
      expectError(
        await upload(team.hr, '/imports/units', { content: units, filename: 'u.csv' }),
        413,
        'PAYLOAD_TOO_LARGE',
      );
    });

    it('when /api/health is asked while a maximal import (5,000 rows) runs, then health answers first', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      const finished: string[] = [];
      const rows = Array.from(
        { length: 5000 },
        (_, i) => `${plan.indicatorIds[i % 4]};${cycle.quarters[i % 3]};${i % 50};;baris ${i}`,
      ).join('\n');
      const importing = upload(team.nurse.client, `/work-plans/${plan.id}/progress/import?dryRun=true`, {
        content: `indikator;periode;nilai;teks;catatan\n${rows}\n`,
        filename: 'maksimal.csv',
      }).then((res) => {
        finished.push('import');
        return res;
      });
      const health = t.app.inject({ method: 'GET', url: '/api/health' }).then((res) => {
        finished.push('health');
        return res;
      });
      const [imp, h] = await Promise.all([importing, health]);
      expect(h.statusCode).toBe(200);
      expect(imp.statusCode, imp.body).toBe(200);
      expect(imp.json<ProgressImportReport>()).toMatchObject({ total: 5000, committed: false });
      expect(finished).toEqual(['health', 'import']);
    });
  });

  describe('PDF rendering off the event loop', () => {
    it('when /api/health is asked while several SKP documents render, then health answers first and each PDF comes whole', async () => {
      const cycle = await newCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      const finished: string[] = [];
      const pdfs = Array.from({ length: 3 }, () =>
        team.nurse.client.get(`/work-plans/${plan.id}/document.pdf`).then((res) => {
          finished.push('pdf');
          return res;
        }),
      );
      const health = t.app.inject({ method: 'GET', url: '/api/health' }).then((res) => {
        finished.push('health');
        return res;
      });
      const [h, ...docs] = await Promise.all([health, ...pdfs]);
      expect(h.statusCode).toBe(200);
      for (const doc of docs) {
        expect(doc.statusCode).toBe(200);
        expect(doc.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
        expect(doc.rawPayload.subarray(-6).toString()).toContain('%%EOF');
      }
      expect(finished[0]).toBe('health');
      // the same plan and printing date: the same bytes, whichever worker made them
      expect(docs[1]!.rawPayload.equals(docs[0]!.rawPayload)).toBe(true);
    });
  });

  describe('a smaller limit (KINERJA_IMPORT_MAX_ROWS=3)', () => {
    let small: TestApp;
    let hr: Client;
    beforeAll(async () => {
      small = await createTestApp(progressAppEnv({ KINERJA_IMPORT_MAX_ROWS: '3' }));
      hr = (await buildTeam(small)).hr;
    });
    afterAll(async () => small.close());

    const rows = (n: number) => Array.from({ length: n }, (_, i) => employeeRow(`19800101200${i}011001`));

    it('when a file holds exactly the limit, then it is read; one row more, CSV or XLSX, then 413', async () => {
      const atLimit = await upload(hr, '/imports/employees?dryRun=true', {
        content: csv(rows(3)),
        filename: 'p.csv',
      });
      expect(atLimit.statusCode, atLimit.body).not.toBe(413);
      // empty lines are not rows
      const blank = await upload(hr, '/imports/employees?dryRun=true', {
        content: `${EMPLOYEE_HEADER.join(',')}\n\n${rows(3)
          .map((r) => r.join(','))
          .join('\n\n')}\n\n`,
        filename: 'p.csv',
      });
      expect(blank.statusCode, blank.body).not.toBe(413);
      const over = await upload(hr, '/imports/employees?dryRun=true', {
        content: csv(rows(4)),
        filename: 'p.csv',
      });
      expect(expectError(over, 413, 'PAYLOAD_TOO_LARGE').message).toContain('3');
      const xlsxAt = await upload(hr, '/imports/employees?dryRun=true', {
        content: await xlsx(rows(3)),
        filename: 'p.xlsx',
      });
      expect(xlsxAt.statusCode, xlsxAt.body).not.toBe(413);
      expectError(
        await upload(hr, '/imports/employees?dryRun=true', {
          content: await xlsx(rows(4)),
          filename: 'p.xlsx',
        }),
        413,
        'PAYLOAD_TOO_LARGE',
      );
    });
  });

  describe('uploads in flight per user', () => {
    /**
     * A multipart upload whose body stays open until `finish()`; `reading` settles when the server starts to read
     * the body, i.e. once the request is past its hooks and in its handler (holding an upload slot).
     */
    function openUpload(client: Client, url: string) {
      const boundary = `----kinerja${randomUUID()}`;
      let started!: () => void;
      const reading = new Promise<void>((resolve) => (started = resolve));
      let begun = false;
      const body = new Readable({
        read() {
          if (begun) return;
          begun = true;
          this.push(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.csv"\r\n` +
              'Content-Type: text/csv\r\n\r\nindikator;periode;nilai\n',
          );
          started();
        },
      });
      const headers: Record<string, string> = {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        cookie: client.auth.cookie!,
        'x-csrf-token': client.auth.csrf!,
      };
      const response = t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload: body });
      return {
        response,
        reading,
        finish: () => {
          body.push(`x;y;1\r\n--${boundary}--\r\n`);
          body.push(null);
        },
      };
    }

    it('when a user has 2 uploads in flight, then a third answers 429 while other users still upload', async () => {
      const { plan } = await mixedPlan(t, team);
      const url = `/work-plans/${plan.id}/progress/import?dryRun=true`;
      const first = openUpload(team.nurse.client, url);
      await first.reading;
      const second = openUpload(team.nurse.client, url);
      await second.reading;
      const third = await upload(team.nurse.client, url, { content: progressCsv(1), filename: 'r.csv' }, EN);
      const err = expectError(third, 429, 'RATE_LIMITED');
      expect(err.message).toBe(
        'You already have 2 uploads in progress; wait until they finish and try again.',
      );
      const thirdId = await upload(team.nurse.client, url, { content: progressCsv(1), filename: 'r.csv' });
      expect(expectError(thirdId, 429, 'RATE_LIMITED').message).toBe(
        'Masih ada 2 unggahan Anda yang sedang diproses; tunggu hingga selesai lalu coba lagi.',
      );
      // someone else is not held up
      const units = await upload(team.hr, '/imports/units?dryRun=true', {
        content: 'kode;nama;kode_induk\nX1;Unit X;\n',
        filename: 'u.csv',
      });
      expect(units.statusCode, units.body).toBe(200);

      first.finish();
      second.finish();
      expect((await first.response).statusCode).toBe(200);
      expect((await second.response).statusCode).toBe(200);
      // the slots are given back
      const again = await upload(team.nurse.client, url, { content: progressCsv(1), filename: 'r.csv' });
      expect(again.statusCode, again.body).toBe(200);
    });
  });

  describe('clean-up after crashes', () => {
    it('when the server starts, then old staging files and old stored files without a row are removed and logged; recent ones and ones with rows stay', async () => {
      const cycle = await newCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      const entry = await progressEntry(team.nurse.client, plan.id, {
        indicatorId: plan.indicatorIds[0],
        periodId: cycle.quarters[0],
        value: 80,
      });
      const uploaded = await upload(
        team.nurse.client,
        `/work-plans/${plan.id}/progress/${entry.id}/evidence`,
        {
          content: PDF_SMALL,
          filename: 'bukti.pdf',
        },
      );
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      const ev = uploaded.json<EvidenceView>();

      const dataDir = t.config.dataDir;
      const evidenceDir = join(dataDir, 'evidence');
      const [withRow] = await t.database.query<{ storage_key: string }>(
        'SELECT storage_key FROM evidence WHERE id = $1',
        [ev.id],
      );
      const old = new Date(Date.now() - ORPHAN_MIN_AGE_MS - 60_000);
      const file = async (path: string, aged: boolean) => {
        await mkdir(dirname(path), { recursive: true });
        if (!existsSync(path)) await writeFile(path, 'x');
        if (aged) await utimes(path, old, old);
        return path;
      };
      const key = () => {
        const id = randomUUID();
        return `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
      };
      const keptWithRow = await file(join(evidenceDir, withRow!.storage_key), true);
      const orphanKey = key();
      const orphanOld = await file(join(evidenceDir, orphanKey), true);
      const orphanRecent = await file(join(evidenceDir, key()), false);
      const partOld = await file(join(evidenceDir, `${key()}.${randomUUID()}.part`), true);
      const stagingOld = await file(join(dataDir, 'tmp', `upload-${randomUUID()}`), true);
      const stagingRecent = await file(join(dataDir, 'tmp', `upload-${randomUUID()}`), false);

      const logged: Array<{ obj: object; msg: string }> = [];
      const result = await removeOrphanFiles(t.database, dataDir, {
        info: (obj, msg) => logged.push({ obj, msg }),
      });

      expect(existsSync(keptWithRow)).toBe(true);
      expect(existsSync(orphanRecent)).toBe(true);
      expect(existsSync(stagingRecent)).toBe(true);
      expect(existsSync(orphanOld)).toBe(false);
      expect(existsSync(partOld)).toBe(false);
      expect(existsSync(stagingOld)).toBe(false);
      expect(result.evidence).toContain(orphanKey);
      expect(result.evidence).toHaveLength(2);
      expect(result.staging).toHaveLength(1);
      expect(logged).toHaveLength(1);
      expect(logged[0]!.obj).toMatchObject({ stagingRemoved: 1, evidenceRemoved: 2 });

      // the evidence with a row is still served
      const download = await team.nurse.client.get(`/work-plans/${plan.id}/evidence/${ev.id}/download`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(PDF_SMALL)).toBe(true);

      // nothing left to remove: nothing logged
      const again = await removeOrphanFiles(t.database, dataDir, {
        info: (obj, msg) => logged.push({ obj, msg }),
      });
      expect(again).toEqual({ staging: [], evidence: [] });
      expect(logged).toHaveLength(1);
    });
  });
});
