import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addItemSchema,
  agreeSchema,
  cancelItemSchema,
  voluntaryPlanSchema,
} from '../../../domain/development/schemas.js';
import {
  developmentItemViewSchema,
  developmentPlanDetailSchema,
  developmentPlanListItemSchema,
} from '../../../domain/development/view.js';
import { isValidText } from '../../../domain/text.js';
import type { Deps } from '../../platform/deps.js';
import { ValidationError } from '../../platform/errors.js';
import {
  attachmentDisposition,
  evidenceStorage,
  stageUpload,
  type StagedFile,
} from '../../platform/files/index.js';
import { idParams } from '../../platform/http/common.js';
import { addItem } from './use-cases/add-item.js';
import { agreePlan } from './use-cases/agree-plan.js';
import { cancelItem } from './use-cases/cancel-item.js';
import { checkCompletable, completeItem, downloadCertificate } from './use-cases/complete-item.js';
import { getDevelopmentPlan, listDevelopmentPlans } from './use-cases/load-plan.js';
import { createVoluntaryPlan } from './use-cases/voluntary-plan.js';

const NOTE_MAX = 2000;

/**
 * The multipart body of `complete`: the part `file` staged to disk (size-limited, hashed) and the field `note`, in
 * whatever order they come. Other parts are drained and ignored.
 */
async function readCompletion(request: FastifyRequest, deps: Deps) {
  let staged: StagedFile | null = null;
  let filename: string | undefined;
  let note: string | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || staged) {
          part.file.resume();
          continue;
        }
        staged = await stageUpload(part.file, {
          dataDir: deps.config.dataDir,
          maxBytes: deps.config.maxUploadBytes,
          truncated: () => part.file.truncated,
        });
        filename = part.filename;
      } else if (part.fieldname === 'note' && typeof part.value === 'string') {
        note = part.value.trim() || null;
      }
    }
  } catch (err) {
    await staged?.discard();
    throw err;
  }
  if (note !== null && (note.length > NOTE_MAX || !isValidText(note))) {
    await staged?.discard();
    throw new ValidationError([{ path: 'note', code: 'too_big', messageKey: 'development.noteTooLong' }]);
  }
  return { staged, filename, note };
}

export function developmentRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['development'];
  const storage = evidenceStorage(deps.config.dataDir);

  r.get(
    '/employees/:id/development-plans',
    {
      schema: {
        tags,
        summary:
          'Development plans (Rencana Pengembangan) of an employee, newest first, with agreement, progress and items: created automatically for a final predicate of Butuh Perbaikan, Kurang or Sangat Kurang, or voluntary (the employee, their assessor and superiors, hr_admin, agency_head)',
        params: idParams,
        response: { 200: z.object({ items: z.array(developmentPlanListItemSchema) }) },
      },
    },
    async (request) => listDevelopmentPlans(deps, request.ctx(), request.params.id),
  );
  r.post(
    '/employees/:id/development-plans',
    {
      schema: {
        tags,
        summary:
          'A voluntary development plan (the employee, for themself; its assessor is their supervisor) → 201 with source "voluntary"',
        params: idParams,
        body: voluntaryPlanSchema,
        response: { 201: developmentPlanDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createVoluntaryPlan(deps, request.ctx(), request.params.id, request.body)),
  );
  r.get(
    '/development-plans/:id',
    {
      schema: {
        tags,
        summary:
          'A development plan with its focus areas, recommended programmes (each with why), items, agreements, period, predicate and progress (the readers of the employee’s plans)',
        params: idParams,
        response: { 200: developmentPlanDetailSchema },
      },
    },
    async (request) => getDevelopmentPlan(deps, request.ctx(), request.params.id),
  );
  r.post(
    '/development-plans/:id/items',
    {
      schema: {
        tags,
        summary:
          'Add an item (the employee or the assessor, while the plan is open): a catalogue programme {trainingId} or a free item {title, mode?, hours?}; dueDate from today to about two years ahead; clears both agreements',
        params: idParams,
        body: addItemSchema,
        response: { 201: developmentItemViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addItem(deps, request.ctx(), request.params.id, request.body)),
  );
  r.post(
    '/development-plans/:id/agree',
    {
      schema: {
        tags,
        summary:
          'Agree the plan as it stands (the employee or the assessor): sets that party’s time; agreed by both with every item completed, the plan is done',
        params: idParams,
        body: agreeSchema,
        response: { 200: developmentPlanDetailSchema },
      },
    },
    async (request) => agreePlan(deps, request.ctx(), request.params.id, request.body?.version),
  );
  r.post(
    '/development-plan-items/:id/complete',
    {
      schema: {
        tags,
        summary:
          'Complete an item (the employee): multipart with part "file", the certificate (PDF, PNG or JPEG, judged by content; 413 over KINERJA_MAX_UPLOAD_MB, 415 otherwise) and field "note"',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: developmentItemViewSchema },
      },
    },
    async (request) => {
      const ctx = request.ctx();
      const id = request.params.id;
      if (!request.isMultipart())
        throw new ValidationError([
          { path: 'file', code: 'no_file', messageKey: 'development.certificateRequired' },
        ]);
      try {
        await checkCompletable(deps, ctx, id);
      } catch (err) {
        for await (const part of request.parts()) if (part.type === 'file') part.file.resume();
        throw err;
      }
      const body = await readCompletion(request, deps);
      try {
        return await completeItem(deps, ctx, storage, id, body);
      } finally {
        await body.staged?.discard();
      }
    },
  );
  r.post(
    '/development-plan-items/:id/cancel',
    {
      schema: {
        tags,
        summary:
          'Cancel a planned item (the employee or the assessor, while the plan is open); clears both agreements',
        params: idParams,
        body: cancelItemSchema,
        response: { 200: developmentItemViewSchema },
      },
    },
    async (request) => cancelItem(deps, request.ctx(), request.params.id, request.body),
  );
  r.get(
    '/development-plan-items/:id/certificate',
    {
      schema: {
        tags,
        summary: 'Download the certificate of a completed item (as an attachment) — the readers of the plan',
        params: idParams,
        produces: ['application/octet-stream'],
      },
    },
    async (request, reply) => {
      const file = await downloadCertificate(deps, request.ctx(), storage, request.params.id);
      void reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachmentDisposition(file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store');
      if (file.sizeBytes !== null) void reply.header('content-length', String(file.sizeBytes));
      if (file.sha256) void reply.header('x-content-sha256', file.sha256);
      return reply.send(file.stream);
    },
  );
}
