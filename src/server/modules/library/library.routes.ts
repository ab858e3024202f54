import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateIn } from '../../../domain/dates.js';
import {
  adoptTemplateSchema,
  declineTemplateSchema,
  proposeTemplateSchema,
  SECTORS,
  templateCommentSchema,
  templateQuerySchema,
  TEMPLATE_STATUSES,
} from '../../../domain/library/schemas.js';
import { ASPECTS, CATEGORIES, DIRECTIONS } from '../../../domain/work-plans/schemas.js';
import type { Deps } from '../../platform/deps.js';
import { idParams } from '../../platform/http/common.js';
import { canDecide } from './library.policy.js';
import { commentTemplate } from './use-cases/comment-template.js';
import { decideTemplate } from './use-cases/decide-template.js';
import { setEndorsement } from './use-cases/endorse-template.js';
import { getTemplate, searchTemplates } from './use-cases/load-template.js';
import { proposeTemplate } from './use-cases/propose-template.js';

const personRef = z.object({ id: z.string(), name: z.string() }).nullable();
const templateFields = {
  id: z.string(),
  sector: z.enum(SECTORS),
  text: z.string(),
  resultExample: z.string().nullable(),
  aspect: z.enum(ASPECTS),
  unit: z.string().nullable(),
  direction: z.enum(DIRECTIONS),
  category: z.enum(CATEGORIES),
  exampleTarget: z.string().nullable(),
  status: z.enum(TEMPLATE_STATUSES),
  rationale: z.string().nullable(),
  proposedBy: personRef,
  proposedByUser: personRef,
  decidedBy: personRef,
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  endorsementCount: z.number(),
  endorsedByMe: z.boolean(),
  commentCount: z.number(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ endorse: z.boolean(), decide: z.boolean() }),
};
const templateSchema = z.object(templateFields);
const commentSchema = z.object({
  id: z.string(),
  body: z.string(),
  authorName: z.string(),
  authorUserId: z.string().nullable(),
  createdAt: z.string(),
});
const templateDetailSchema = z.object({
  ...templateFields,
  endorsements: z.array(z.object({ name: z.string(), at: z.string(), employeeId: z.string().nullable() })),
  comments: z.array(commentSchema),
});

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
        response: { 200: z.object({ items: z.array(templateSchema), total: z.number() }) },
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
        response: { 200: templateDetailSchema },
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
        response: { 201: templateDetailSchema },
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
        response: { 201: commentSchema },
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
        response: { 200: templateDetailSchema },
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
        response: { 200: templateDetailSchema },
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
        response: { 200: templateDetailSchema },
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
        response: { 200: templateDetailSchema },
      },
    },
    async (request) => decideTemplate(deps, request.ctx(), request.params.id, 'decline', request.body.reason),
  );
}
