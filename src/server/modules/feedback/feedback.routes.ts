import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actionUpdateSchema,
  dialogueActionsQuerySchema,
  dialogueSchema,
  feedbackQuerySchema,
  feedbackSchema,
} from '../../../domain/feedback/schemas.js';
import type { Deps } from '../../platform/deps.js';
import { idParams, listOf } from '../../platform/http/common.js';
import {
  dialogueActionViewSchema,
  dialogueViewSchema,
  feedbackItemViewSchema,
  feedbackThreadViewSchema,
  myDialogueActionViewSchema,
} from '../../../domain/feedback/view.js';
import * as dialogues from './use-cases/dialogues.js';
import { listFeedback, postFeedback } from './use-cases/feedback.js';

const actionParams = z.object({ id: z.uuid(), dialogueId: z.uuid(), actionId: z.uuid() });

export function feedbackRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/work-plans/:id/feedback',
    {
      schema: {
        tags: ['feedback'],
        summary:
          'Give feedback {periodId, resultId?, behaviour?, kind, text} (the assessor), or reply {replyTo, text} (the employee or the assessor)',
        params: idParams,
        body: feedbackSchema,
        response: { 201: feedbackItemViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await postFeedback(deps, request.ctx(), request.params.id, request.body)),
  );
  r.get(
    '/work-plans/:id/feedback',
    {
      schema: {
        tags: ['feedback'],
        summary: 'Feedback threads of a plan (roots with their replies, oldest first)',
        params: idParams,
        querystring: feedbackQuerySchema,
        response: { 200: z.object({ items: z.array(feedbackThreadViewSchema) }) },
      },
    },
    async (request) => listFeedback(deps, request.ctx(), request.params.id, request.query),
  );

  const tags = ['dialogues'];
  r.post(
    '/work-plans/:id/dialogues',
    {
      schema: {
        tags,
        summary:
          'Record a performance dialogue (dialog kinerja) with agreed actions (the employee or the assessor)',
        params: idParams,
        body: dialogueSchema,
        response: { 201: dialogueViewSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await dialogues.createDialogue(deps, request.ctx(), request.params.id, request.body)),
  );
  r.get(
    '/work-plans/:id/dialogues',
    {
      schema: {
        tags,
        summary: 'The performance dialogues of a plan, latest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(dialogueViewSchema) }) },
      },
    },
    async (request) => dialogues.listDialogues(deps, request.ctx(), request.params.id),
  );
  r.patch(
    '/work-plans/:id/dialogues/:dialogueId/actions/:actionId',
    {
      schema: {
        tags,
        summary: 'Mark an agreed action done or open again (the employee or the assessor)',
        params: actionParams,
        body: actionUpdateSchema,
        response: { 200: dialogueActionViewSchema },
      },
    },
    async (request) =>
      dialogues.updateAction(
        deps,
        request.ctx(),
        request.params.id,
        request.params.dialogueId,
        request.params.actionId,
        request.body,
      ),
  );
  r.get(
    '/dialogue-actions',
    {
      schema: {
        tags,
        summary:
          'My dialogue actions across plans (open ones by default), soonest due first — for the dashboards',
        querystring: dialogueActionsQuerySchema,
        response: { 200: listOf(myDialogueActionViewSchema) },
      },
    },
    async (request) => dialogues.myActions(deps, request.ctx(), request.query),
  );
}
