import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createTrainingSchema,
  trainingImportQuerySchema,
  trainingQuerySchema,
  updateTrainingSchema,
} from '../../../domain/trainings/schemas.js';
import {
  trainingImportReportSchema,
  trainingListSchema,
  trainingViewSchema,
} from '../../../domain/trainings/view.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, ValidationError } from '../../platform/errors.js';
import { idParams } from '../../platform/http/common.js';
import { createTraining } from './use-cases/create-training.js';
import { exportTrainings } from './use-cases/export-trainings.js';
import { importTrainings } from './use-cases/import-trainings.js';
import { getTraining, searchTrainings } from './use-cases/load-trainings.js';
import { updateTraining } from './use-cases/update-training.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The uploaded file of a multipart request (part `file`), as the org imports read it. */
async function readUpload(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'import.noFile');
  try {
    const file = await request.file();
    if (!file || file.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', 'import.noFile');
    return await file.toBuffer();
  } catch (err) {
    // a malformed multipart body is the client's fault, not a 500; size limits (FST_* codes) keep their answer
    if (err instanceof AppError || (err as { code?: unknown }).code !== undefined) throw err;
    throw new ValidationError([{ path: 'file', code: 'invalid_multipart', messageKey: 'import.noFile' }]);
  }
}

export function trainingRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['trainings'];

  r.get(
    '/trainings',
    {
      config: { permission: 'read:trainings' },
      schema: {
        tags,
        summary:
          'Search the training catalogue (title, provider, code; one competence; mode). Active programmes only, unless hr_admin asks active=false|all',
        querystring: trainingQuerySchema,
        response: { 200: trainingListSchema },
      },
    },
    async (request) => searchTrainings(deps, request.ctx(), request.query),
  );
  r.get(
    '/trainings/export.xlsx',
    {
      config: { permission: 'manage:trainings' },
      schema: {
        tags,
        summary: 'The whole catalogue as XLSX (hr_admin; Indonesian headers, the layout of the import)',
        produces: [XLSX],
      },
    },
    async (request, reply) => {
      const file = await exportTrainings(deps, request.ctx());
      const day = deps.clock.now().toISOString().slice(0, 10);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="katalog-pengembangan-${day}.xlsx"`)
        .header('cache-control', 'private, no-store')
        .send(file);
    },
  );
  r.get(
    '/trainings/:id',
    {
      config: { permission: 'read:trainings' },
      schema: {
        tags,
        summary: 'One catalogue programme (also an inactive one)',
        params: idParams,
        response: { 200: trainingViewSchema },
      },
    },
    async (request) => getTraining(deps, request.ctx(), request.params.id),
  );
  r.post(
    '/trainings',
    {
      config: { permission: 'manage:trainings' },
      schema: {
        tags,
        summary: 'Add a programme to the catalogue (hr_admin); a code is generated when none is given',
        body: createTrainingSchema,
        response: { 201: trainingViewSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createTraining(deps, request.ctx(), request.body)),
  );
  r.patch(
    '/trainings/:id',
    {
      config: { permission: 'manage:trainings' },
      schema: {
        tags,
        summary:
          'Change a programme, or deactivate it with active:false (hr_admin; with the version last read, else 409)',
        params: idParams,
        body: updateTrainingSchema,
        response: { 200: trainingViewSchema },
      },
    },
    async (request) => updateTraining(deps, request.ctx(), request.params.id, request.body),
  );
  r.post(
    '/trainings/import',
    {
      config: { permission: 'manage:trainings' },
      schema: {
        tags,
        summary:
          'Import programmes from XLSX (or CSV; multipart part "file"), upserting by code; nothing is imported if a row fails unless validOnly=true',
        querystring: trainingImportQuerySchema,
        consumes: ['multipart/form-data'],
        response: { 200: trainingImportReportSchema },
      },
    },
    async (request) => {
      const data = await readUpload(request);
      return importTrainings(deps, request.ctx(), {
        data,
        dryRun: request.query.dryRun === 'true',
        validOnly: request.query.validOnly === 'true',
      });
    },
  );
}
