import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createNominationSchema,
  decideNominationSchema,
  nominationQuerySchema,
  nominationViewSchema,
} from '../../../domain/evaluations/recognition.js';
import type { Deps } from '../../platform/deps.js';
import { idParams } from '../../platform/http/common.js';
import { createNomination } from './use-cases/create-nomination.js';
import { decideNomination } from './use-cases/decide-nomination.js';
import { listNominations, nominationsOfEvaluation } from './use-cases/read-nominations.js';

export function recognitionRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['recognition'];
  r.post(
    '/evaluations/:id/nominations',
    {
      schema: {
        tags,
        summary:
          'The assessor nominates a final Sangat Baik for an award or the talent pool (409 for any other evaluation)',
        params: idParams,
        body: createNominationSchema,
        response: { 201: nominationViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createNomination(deps, request.ctx(), request.params.id, request.body)),
  );
  r.get(
    '/evaluations/:id/nominations',
    {
      schema: {
        tags,
        summary:
          "An evaluation's nominations (the readers of the employee's development plans, agency-wide readers)",
        params: idParams,
        response: { 200: z.object({ items: z.array(nominationViewSchema) }) },
      },
    },
    async (request) => nominationsOfEvaluation(deps, request.ctx(), request.params.id),
  );
  r.get(
    '/nominations',
    {
      schema: {
        tags,
        summary: 'Recognition nominations (hr_admin, agency_head), newest first',
        querystring: nominationQuerySchema,
        response: { 200: z.object({ items: z.array(nominationViewSchema), total: z.number() }) },
      },
    },
    async (request) => listNominations(deps, request.ctx(), request.query),
  );
  r.post(
    '/nominations/:id/decide',
    {
      schema: {
        tags,
        summary: 'Accept or decline a nomination, with a note (hr_admin, agency_head; once)',
        params: idParams,
        body: decideNominationSchema,
        response: { 200: nominationViewSchema },
      },
    },
    async (request) => decideNomination(deps, request.ctx(), request.params.id, request.body),
  );
}
