import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { dateIn } from '../../../domain/dates.js';
import {
  adoptTemplateSchema,
  declineTemplateSchema,
  proposeTemplateSchema,
  templateCommentSchema,
  templateQuerySchema,
} from '../../../domain/library/schemas.js';
import {
  templateCommentViewSchema,
  templateDetailViewSchema,
  templateViewSchema,
} from '../../../domain/library/view.js';
import type { Deps } from '../../platform/deps.js';
import { idParams, listOf } from '../../platform/http/common.js';
import { canDecide } from './library.policy.js';
import { commentTemplate } from './use-cases/comment-template.js';
import { decideTemplate } from './use-cases/decide-template.js';
import { setEndorsement } from './use-cases/endorse-template.js';
import { getTemplate, searchTemplates } from './use-cases/load-template.js';
import { proposeTemplate } from './use-cases/propose-template.js';

export function libraryRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['indicator-templates'];
  /** Adopting and declining: HR or a unit head, checked before the body is validated (403 whatever is sent). */
  const deciderOnly = async (request: FastifyRequest) => {
    await canDecide(deps.database.db, request.ctx(), dateIn(deps.clock.now()));
  };

  r.get(
    '/indicator-templates',
    {
      config: { permission: 'read:library' },
      schema: {
        tags,
        summary:
          'Search the indicator library: words of the text, sector, category, aspect, status (adopted by default)',
        querystring: templateQuerySchema,
        response: { 200: listOf(templateViewSchema) },
      },
    },
    async (request) => searchTemplates(deps, request.ctx(), request.query),
  );
  r.get(
    '/indicator-templates/:id',
    {
      config: { permission: 'read:library' },
      schema: {
        tags,
        summary: 'One template with its endorsements and comments',
        params: idParams,
        response: { 200: templateDetailViewSchema },
      },
    },
    async (request) => getTemplate(deps, request.ctx(), request.params.id),
  );
  r.post(
    '/indicator-templates/proposals',
    {
      config: { permission: 'contribute:library' },
      schema: {
        tags,
        summary: 'Propose an indicator for the library (anyone signed in)',
        body: proposeTemplateSchema,
        response: { 201: templateDetailViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await proposeTemplate(deps, request.ctx(), request.body)),
  );
  r.post(
    '/indicator-templates/:id/comments',
    {
      config: { permission: 'contribute:library' },
      schema: {
        tags,
        summary: 'Comment on a template or proposal (anyone signed in)',
        params: idParams,
        body: templateCommentSchema,
        response: { 201: templateCommentViewSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await commentTemplate(deps, request.ctx(), request.params.id, request.body.body)),
  );
  r.post(
    '/indicator-templates/:id/endorsement',
    {
      config: { permission: 'contribute:library' },
      schema: {
        tags,
        summary: 'Endorse an open proposal (idempotent; not your own: 409)',
        params: idParams,
        response: { 200: templateDetailViewSchema },
      },
    },
    async (request) => setEndorsement(deps, request.ctx(), request.params.id, true),
  );
  r.delete(
    '/indicator-templates/:id/endorsement',
    {
      config: { permission: 'contribute:library' },
      schema: {
        tags,
        summary: 'Withdraw your endorsement of an open proposal (idempotent)',
        params: idParams,
        response: { 200: templateDetailViewSchema },
      },
    },
    async (request) => setEndorsement(deps, request.ctx(), request.params.id, false),
  );
  r.post(
    '/indicator-templates/:id/adopt',
    {
      preValidation: deciderOnly,
      schema: {
        tags,
        summary:
          'Adopt a proposal into the library (hr_admin or a unit head); not open → 409 INVALID_TRANSITION',
        params: idParams,
        body: adoptTemplateSchema.nullish(),
        response: { 200: templateDetailViewSchema },
      },
    },
    async (request) =>
      decideTemplate(deps, request.ctx(), request.params.id, 'adopt', request.body?.reason ?? null),
  );
  r.post(
    '/indicator-templates/:id/decline',
    {
      preValidation: deciderOnly,
      schema: {
        tags,
        summary:
          'Decline a proposal with a reason (hr_admin or a unit head); not open → 409 INVALID_TRANSITION',
        params: idParams,
        body: declineTemplateSchema,
        response: { 200: templateDetailViewSchema },
      },
    },
    async (request) => decideTemplate(deps, request.ctx(), request.params.id, 'decline', request.body.reason),
  );
}
