import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  bulkProgressSchema,
  linkEvidenceSchema,
  progressImportQuerySchema,
  progressQuerySchema,
  progressGridQuerySchema,
  recordProgressSchema,
} from '../../../domain/progress/schemas.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, ValidationError } from '../../platform/errors.js';
import { attachmentDisposition, evidenceStorage } from '../../platform/files/index.js';
import { idParams, listOf, pageQuery } from '../../platform/http/common.js';
import {
  evidenceViewSchema,
  importReportSchema,
  progressEntryViewSchema,
  progressGridSchema,
} from '../../../domain/progress/view.js';
import * as evidence from './use-cases/evidence.js';
import { importProgress } from './use-cases/import-progress.js';
import { listProgress, progressGrid } from './use-cases/read-progress.js';
import { recordProgress, recordProgressBulk } from './use-cases/record-progress.js';

const progressParams = z.object({ id: z.uuid(), progressId: z.uuid() });
const evidenceParams = z.object({ id: z.uuid(), evidenceId: z.uuid() });

/** The one file part of a multipart request, named `file`; a malformed body is the client's fault (400). */
async function filePart(request: FastifyRequest) {
  try {
    const part = await request.file();
    if (!part || part.fieldname !== 'file') {
      part?.file.resume();
      throw new ValidationError([{ path: 'file', code: 'no_file', messageKey: 'evidence.noFile' }]);
    }
    return part;
  } catch (err) {
    if (err instanceof AppError || (err as { code?: unknown }).code !== undefined) throw err;
    throw new ValidationError([{ path: 'file', code: 'invalid_multipart', messageKey: 'evidence.noFile' }]);
  }
}

export function progressRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['progress'];
  const storage = evidenceStorage(deps.config.dataDir);

  r.post(
    '/work-plans/:id/progress',
    {
      schema: {
        tags,
        summary:
          'Record progress (realisasi) for one indicator and period of an approved plan (owner); the latest entry per indicator and period counts',
        params: idParams,
        body: recordProgressSchema,
        response: { 201: progressEntryViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordProgress(deps, request.ctx(), request.params.id, request.body)),
  );
  r.post(
    '/work-plans/:id/progress/bulk',
    {
      schema: {
        tags,
        summary: 'Record progress for many indicators of one period at once (all or nothing)',
        params: idParams,
        body: bulkProgressSchema,
        response: { 201: z.object({ items: z.array(progressEntryViewSchema) }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordProgressBulk(deps, request.ctx(), request.params.id, request.body)),
  );
  r.get(
    '/work-plans/:id/progress',
    {
      schema: {
        tags,
        summary: 'All progress entries of a plan (newest first), with evidence; optionally of one period',
        params: idParams,
        querystring: progressQuerySchema.extend(pageQuery.shape),
        response: { 200: listOf(progressEntryViewSchema) },
      },
    },
    async (request) => listProgress(deps, request.ctx(), request.params.id, request.query),
  );
  r.get(
    '/work-plans/:id/progress-grid',
    {
      schema: {
        tags,
        summary:
          'Indicators × periods with the latest entry per cell, its period target and achievement, the trend, and the to-date and year achievements',
        params: idParams,
        querystring: progressGridQuerySchema,
        response: { 200: progressGridSchema },
      },
    },
    async (request) => progressGrid(deps, request.ctx(), request.params.id, request.query),
  );
  r.post(
    '/work-plans/:id/progress/import',
    {
      schema: {
        tags,
        summary:
          'Import progress rows from CSV/XLSX (multipart part "file"; columns indikator, periode, nilai, teks, catatan); nothing is imported if a row fails unless validOnly=true',
        params: idParams,
        querystring: progressImportQuerySchema,
        consumes: ['multipart/form-data'],
        response: { 200: importReportSchema },
      },
    },
    async (request) => {
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'import.noFile');
      const part = await filePart(request);
      const data = await part.toBuffer();
      return importProgress(deps, request.ctx(), request.params.id, {
        data,
        dryRun: request.query.dryRun === 'true',
        validOnly: request.query.validOnly === 'true',
      });
    },
  );

  r.post(
    '/work-plans/:id/progress/:progressId/evidence',
    {
      schema: {
        tags,
        summary:
          'Add evidence to a progress entry: multipart with one part "file" (PDF, JPEG, PNG, WebP, HEIC/HEIF, GIF, Office, text/CSV — judged by content; 413 over KINERJA_MAX_UPLOAD_MB, 415 otherwise) or JSON {url} (http/https)',
        params: progressParams,
        consumes: ['multipart/form-data', 'application/json'],
        body: linkEvidenceSchema.nullish(),
        response: { 201: evidenceViewSchema },
      },
    },
    async (request, reply) => {
      const { id, progressId } = request.params;
      if (request.isMultipart()) {
        const part = await filePart(request);
        const view = await evidence.uploadEvidence(deps, request.ctx(), storage, id, progressId, {
          stream: part.file,
          filename: part.filename,
          truncated: () => part.file.truncated,
        });
        return reply.status(201).send(view);
      }
      if (!request.body) {
        throw new ValidationError([{ path: 'body', code: 'no_file', messageKey: 'evidence.noFile' }]);
      }
      return reply
        .status(201)
        .send(await evidence.linkEvidence(deps, request.ctx(), id, progressId, request.body.url));
    },
  );
  r.get(
    '/work-plans/:id/evidence/:evidenceId/download',
    {
      schema: {
        tags,
        summary: 'Download an evidence file (as an attachment) — for those who may see the plan',
        params: evidenceParams,
        produces: ['application/octet-stream'],
      },
    },
    async (request, reply) => {
      const file = await evidence.downloadEvidence(
        deps,
        request.ctx(),
        storage,
        request.params.id,
        request.params.evidenceId,
      );
      const type = file.contentType.startsWith('text/')
        ? `${file.contentType}; charset=utf-8`
        : file.contentType;
      void reply
        .header('content-type', type)
        .header('content-disposition', attachmentDisposition(file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store');
      if (file.sizeBytes !== null) void reply.header('content-length', String(file.sizeBytes));
      if (file.sha256) void reply.header('x-content-sha256', file.sha256);
      return reply.send(file.stream);
    },
  );
  r.delete(
    '/work-plans/:id/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Remove evidence (the owner, while the period is open)',
        params: evidenceParams,
      },
    },
    async (request, reply) => {
      await evidence.deleteEvidence(
        deps,
        request.ctx(),
        storage,
        request.params.id,
        request.params.evidenceId,
      );
      return reply.status(204).send();
    },
  );
}
