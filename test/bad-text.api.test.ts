import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceView } from '../src/domain/progress/view.js';
import { isValidText } from '../src/domain/text.js';
import { cleanFilename } from '../src/server/platform/files/upload.js';
import { createTestApp, type TestApp } from './helpers.js';
import { countRows, createUnit, multipart, upload } from './factories.js';
import { PDF_SMALL } from './file-samples.js';
import { approvedPlan, buildTeam, newCycle, type Team } from './planning-fixtures.js';
import { progressAppEnv, progressEntry, removeDataDirs, stagedFiles } from './progress-fixtures.js';

/**
 * Bad text and bodies (issue 11, point 7): invalid Unicode (a lone UTF-16 surrogate) is refused with 400 in every
 * text field, a malformed or cut-off multipart body answers 400, every 4xx the framework answers itself is in the
 * error envelope, and bidirectional controls are stripped from uploaded file names.
 */
const LONE = '\ud800';
const LOW = '\udfff';

function expectEnvelope(res: LightMyRequestResponse | { statusCode: number; body: string }, status: number) {
  expect(res.statusCode, res.body).toBe(status);
  const body = JSON.parse(res.body) as { error: Record<string, unknown> };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  expect(body.error).toHaveProperty('details');
  expect(typeof body.error.requestId).toBe('string');
  return body.error as {
    code: string;
    message: string;
    details: Array<{ path: string; code: string }> | null;
  };
}

describe('bad text and bodies', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp(progressAppEnv({ KINERJA_MAX_UPLOAD_MB: '1' }));
    team = await buildTeam(t);
  });
  afterAll(async () => {
    await t.close();
    removeDataDirs();
  });

  async function evidenceUrl() {
    const cycle = await newCycle(t.database);
    const plan = await approvedPlan(team, cycle.id);
    const entry = await progressEntry(team.nurse.client, plan.id, {
      indicatorId: plan.indicatorIds[0],
      periodId: cycle.quarters[0],
      value: 80,
    });
    return { plan, cycle, url: `/work-plans/${plan.id}/progress/${entry.id}/evidence` };
  }

  describe('invalid Unicode in text fields', () => {
    it('when a text field holds a lone surrogate, then 400 names the field, in both languages, and nothing is written', async () => {
      const unit = await createUnit(team.admin);
      const before = await countRows(t.database, 'audit_log');
      for (const bad of [`Unit ${LONE} x`, `Unit ${LOW}`, `${LONE}`, `a${LOW}${LONE}b`]) {
        const res = await team.admin.patch(`/units/${unit.id}`, { name: bad });
        const error = expectEnvelope(res, 400);
        expect(error.code).toBe('VALIDATION_FAILED');
        expect(error.details).toEqual([
          expect.objectContaining({ path: 'name', code: 'input.invalidUnicode' }),
        ]);
      }
      const en = await team.admin.request(
        'PATCH',
        `/units/${unit.id}`,
        { name: LONE },
        { 'accept-language': 'en' },
      );
      expect(expectEnvelope(en, 400).details![0]).toMatchObject({
        message: 'The text contains invalid Unicode characters.',
      });
      const id = await team.admin.request(
        'PATCH',
        `/units/${unit.id}`,
        { name: LONE },
        { 'accept-language': 'id' },
      );
      expect(expectEnvelope(id, 400).details![0]).toMatchObject({
        message: 'Teks berisi karakter Unicode yang tidak valid.',
      });
      expect(await countRows(t.database, 'audit_log')).toBe(before);
      // a well-formed pair (an emoji) is text like any other
      const ok = await team.admin.patch(`/units/${unit.id}`, { name: 'Unit 😀 Sehat' });
      expect(ok.statusCode, ok.body).toBe(200);
    });

    it('when the text fields of plans, evaluations, the library, feedback and progress hold a lone surrogate, then each answers 400 naming it, never 500', async () => {
      const { plan, cycle } = await evidenceUrl();
      const draftCycle = await newCycle(t.database);
      const draft = (
        await team.midwife.client.post('/work-plans', {
          cycleId: draftCycle.id,
          employeeId: team.midwife.id,
          approach: 'quantitative',
        })
      ).json<{ id: string }>();
      const cases: Array<[string, Promise<LightMyRequestResponse>, string]> = [
        [
          'result text',
          team.midwife.client.post(`/work-plans/${draft.id}/results`, {
            kind: 'main',
            text: `Hasil ${LONE}`,
          }),
          'text',
        ],
        [
          'plan comment',
          team.nurse.client.post(`/work-plans/${plan.id}/comments`, { body: `Catatan ${LONE}` }),
          'body',
        ],
        [
          'behaviour expectation',
          team.hr.put(`/work-plans/${draft.id}/behaviours/akuntabel`, { expectation: LONE }),
          'expectation',
        ],
        [
          'progress note',
          team.nurse.client.post(`/work-plans/${plan.id}/progress`, {
            indicatorId: plan.indicatorIds[0],
            periodId: cycle.quarters[1],
            value: 5,
            note: `x${LONE}`,
          }),
          'note',
        ],
        [
          'library proposal',
          team.nurse.client.post('/indicator-templates/proposals', {
            sector: 'health',
            text: `Indikator ${LONE}`,
            aspect: 'quality',
            category: 'effectiveness',
            rationale: 'Alasan yang cukup panjang.',
          }),
          'text',
        ],
        [
          'evaluation start',
          team.kapus.client
            .post('/evaluations', { workPlanId: plan.id, periodId: cycle.quarters[0] })
            .then(async (r) =>
              team.kapus.client.put(`/evaluations/${r.json<{ id: string }>().id}`, {
                strengths: `Baik ${LONE}`,
              }),
            ),
          'strengths',
        ],
        [
          'transfer note',
          team.hr.post(`/employees/${team.midwife.id}/transfers`, {
            unitId: team.unitId,
            supervisorId: team.kapus.id,
            effectiveDate: '2026-12-01',
            note: LONE,
          }),
          'note',
        ],
        [
          'api token name (safety net)',
          team.nurse.client.post('/auth/tokens', { name: `Token ${LONE}` }),
          'name',
        ],
      ];
      for (const [name, pending, field] of cases) {
        const res = await pending;
        expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
        const error = expectEnvelope(res, 400);
        expect(error.details, name).toEqual(
          expect.arrayContaining([expect.objectContaining({ path: field, code: 'input.invalidUnicode' })]),
        );
      }
    });

    it('when an object key holds a lone surrogate, then 400 as well', async () => {
      const unit = await createUnit(team.admin);
      const res = await team.admin.patch(`/units/${unit.id}`, { name: 'Unit Baik', [`k${LONE}`]: 1 });
      expect(expectEnvelope(res, 400).details![0]).toMatchObject({ code: 'input.invalidUnicode' });
    });
  });

  describe('malformed multipart bodies', () => {
    it('when an evidence upload is cut off mid-file, then 400 and nothing is stored or left staged', async () => {
      const { url } = await evidenceUrl();
      const before = await countRows(t.database, 'evidence');
      const { payload, headers } = multipart({
        content: PDF_SMALL,
        filename: 'laporan.pdf',
        contentType: 'application/pdf',
      });
      const cut = payload.subarray(0, payload.length - 30);
      const res = await team.nurse.client.request('POST', url, cut, headers);
      const error = expectEnvelope(res, 400);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(await countRows(t.database, 'evidence')).toBe(before);
      expect(stagedFiles(t)).toEqual([]);
    });

    it('when the multipart body is garbage or has no boundary, then 400 in the envelope', async () => {
      const { url } = await evidenceUrl();
      const garbage = await team.nurse.client.request('POST', url, Buffer.from('garbage'), {
        'content-type': 'multipart/form-data; boundary=abc',
      });
      expect(expectEnvelope(garbage, 400).code).toBe('VALIDATION_FAILED');
      const noBoundary = await team.nurse.client.request('POST', url, Buffer.from('garbage'), {
        'content-type': 'multipart/form-data',
      });
      expect(noBoundary.statusCode).toBeGreaterThanOrEqual(400);
      expect(noBoundary.statusCode).toBeLessThan(500);
      expectEnvelope(noBoundary, noBoundary.statusCode);
    });
  });

  describe('the framework’s own 4xx in the envelope', () => {
    it('when a path parameter is 5,000 characters long, then 414 in the envelope', async () => {
      const res = await team.hr.get(`/units/${'a'.repeat(5000)}`);
      const error = expectEnvelope(res, 414);
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ path: 'url', code: 'url.tooLong' }],
      });
      expect(res.headers['x-request-id']).toBe(
        (JSON.parse(res.body) as { error: { requestId: string } }).error.requestId,
      );
    });

    it('when a path does not decode (bad percent-encoding), then 400 in the envelope', async () => {
      const res = await team.hr.get('/units/%ED%A0%80');
      expect(expectEnvelope(res, 400)).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ code: 'url.invalid' }],
      });
    });

    it('when the body is over the limit, of an unsupported type, or the path unknown, then 413, 415 and 404 in the envelope', async () => {
      const big = await team.hr.request('POST', '/units', { name: 'x'.repeat(2_000_000) });
      expect(expectEnvelope(big, 413).code).toBe('PAYLOAD_TOO_LARGE');
      const xml = await team.hr.request('POST', '/units', '<unit/>', { 'content-type': 'application/xml' });
      expect(expectEnvelope(xml, 415).code).toBe('UNSUPPORTED_MEDIA_TYPE');
      const unknown = await team.hr.get('/no-such-thing');
      expect(expectEnvelope(unknown, 404).code).toBe('NOT_FOUND');
    });

    it('when a URL is longer than the HTTP parser takes (over a real socket), then 414 in the envelope', async () => {
      // listening on a real socket (closed with the app): light-my-request bypasses Node's HTTP parser
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as AddressInfo;
      const res = await new Promise<{ statusCode: number; body: string }>((resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port, path: `/api/v1/units?q=${'a'.repeat(40_000)}` },
          (r) => {
            let body = '';
            r.setEncoding('utf8');
            r.on('data', (c: string) => (body += c));
            r.on('end', () => resolve({ statusCode: r.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(expectEnvelope(res, 414)).toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  });

  describe('file names', () => {
    it('when an uploaded file name carries bidirectional controls, then they are stripped (no right-to-left override spoofing ".exe" as ".pdf")', async () => {
      const { url } = await evidenceUrl();
      const res = await upload(team.nurse.client, url, {
        content: PDF_SMALL,
        filename: 'laporan\u202Efdp.exe\u2066x\u2069\u200E\u200F.pdf',
        contentType: 'application/pdf',
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<EvidenceView>().filename).toBe('laporanfdp.exex.pdf');
    });

    it('when names are cleaned, then controls, bidi marks and lone surrogates never survive', () => {
      expect(cleanFilename('a\u202Bb\u202Cc\u202Dd\u2067e\u2068f\u061Cg.pdf')).toBe('abcdefg.pdf');
      expect(cleanFilename(`x${LONE}.pdf`)).toBe('x\uFFFD.pdf');
      expect(cleanFilename('\u202E\u202E')).toBe('berkas');
      const long = `${'😀'.repeat(250)}.pdf`;
      const cleaned = cleanFilename(long);
      expect(isValidText(cleaned)).toBe(true);
      expect(Array.from(cleaned)).toHaveLength(200);
    });
  });
});
