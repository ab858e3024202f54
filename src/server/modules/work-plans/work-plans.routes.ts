import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  amendSchema,
  approveSchema,
  behaviourParamsSchema,
  behaviourSchema,
  commentSchema,
  createIndicatorSchema,
  createResultSchema,
  createWorkPlanSchema,
  matrixAssignSchema,
  returnSchema,
  setAssessorSchema,
  updateIndicatorSchema,
  periodTargetsSchema,
  updateResultSchema,
  updateWorkPlanSchema,
  workPlanQuerySchema,
} from '../../../domain/work-plans/schemas.js';
import {
  indicatorViewSchema,
  resultViewSchema,
  workPlanViewSchema,
} from '../../../domain/work-plans/view.js';
import {
  createTransferSchema,
  transferListViewSchema,
  transferViewSchema,
} from '../../../domain/people/transfers.js';
import type { Deps } from '../../platform/deps.js';
import { renderSkpDocument } from '../documents/index.js';
import { idParams } from '../../platform/http/common.js';

import * as content from './use-cases/content.js';
import * as dialogue from './use-cases/dialogue.js';
import { listWorkPlans } from './use-cases/list.js';
import * as plans from './use-cases/plans.js';
import { assignFromMatrix, teamMatrix } from './use-cases/team-matrix.js';
import * as transfers from './use-cases/transfers.js';
import * as workflow from './use-cases/workflow.js';

const planResponse = workPlanViewSchema;
const resultParams = z.object({ id: z.uuid(), resultId: z.uuid() });
const indicatorParams = z.object({ id: z.uuid(), resultId: z.uuid(), indicatorId: z.uuid() });
const periodTargetsParams = z.object({ id: z.uuid(), indicatorId: z.uuid() });

export function workPlanRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['work-plans'];

  r.post(
    '/employees/:id/transfers',
    {
      schema: {
        tags: ['employees'],
        summary:
          'Transfer (mutasi): end the plan in force, move the employee, open a draft plan from the date',
        params: idParams,
        body: createTransferSchema,
        response: { 201: transferViewSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await transfers.transferEmployee(deps, request.ctx(), request.params.id, request.body)),
  );
  r.get(
    '/employees/:id/transfers',
    {
      schema: {
        tags: ['employees'],
        summary: "An employee's transfers, newest first",
        params: idParams,
        response: { 200: transferListViewSchema },
      },
    },
    async (request) => transfers.listEmployeeTransfers(deps, request.ctx(), request.params.id),
  );

  r.post(
    '/work-plans',
    {
      schema: {
        tags,
        summary: 'Start a work plan (SKP) for a cycle',
        body: createWorkPlanSchema,
        response: { 201: planResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await plans.createWorkPlan(deps, request.ctx(), request.body)),
  );
  r.get(
    '/work-plans',
    { schema: { tags, summary: 'Work plans the caller may see', querystring: workPlanQuerySchema } },
    async (request) => listWorkPlans(deps, request.ctx(), request.query),
  );
  r.get(
    '/work-plans/:id',
    {
      schema: {
        tags,
        summary: 'One work plan with results, indicators, behaviours and annex',
        params: idParams,
        response: { 200: planResponse },
      },
    },
    async (request) => plans.getWorkPlan(deps, request.ctx(), request.params.id),
  );
  r.patch(
    '/work-plans/:id',
    {
      schema: {
        tags,
        summary: 'Change the approach or the annex (draft/returned)',
        params: idParams,
        body: updateWorkPlanSchema,
        response: { 200: planResponse },
      },
    },
    async (request) => plans.updateWorkPlan(deps, request.ctx(), request.params.id, request.body),
  );
  r.put(
    '/work-plans/:id/assessor',
    {
      config: { permission: 'manage:org' },
      schema: {
        tags,
        summary: 'Override the assessing official of one plan, with a reason (hr_admin)',
        params: idParams,
        body: setAssessorSchema,
        response: { 200: planResponse },
      },
    },
    async (request) => plans.setAssessor(deps, request.ctx(), request.params.id, request.body),
  );

  r.get(
    '/work-plans/:id/parent-options',
    {
      schema: {
        tags,
        summary: "The assessor's results (plan in force, same cycle) this plan's results may support",
        params: idParams,
      },
    },
    async (request) => content.parentOptions(deps, request.ctx(), request.params.id),
  );
  r.post(
    '/work-plans/:id/results',
    {
      schema: {
        tags,
        summary: 'Add a planned result (RHK)',
        params: idParams,
        body: createResultSchema,
        response: { 201: resultViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await content.addResult(deps, request.ctx(), request.params.id, request.body)),
  );
  r.patch(
    '/work-plans/:id/results/:resultId',
    {
      schema: {
        tags,
        summary: 'Change a planned result',
        params: resultParams,
        body: updateResultSchema,
        response: { 200: resultViewSchema },
      },
    },
    async (request) =>
      content.updateResult(deps, request.ctx(), request.params.id, request.params.resultId, request.body),
  );
  r.delete(
    '/work-plans/:id/results/:resultId',
    { schema: { tags, summary: 'Remove a planned result and its indicators', params: resultParams } },
    async (request, reply) => {
      await content.deleteResult(deps, request.ctx(), request.params.id, request.params.resultId);
      return reply.status(204).send();
    },
  );
  r.post(
    '/work-plans/:id/results/:resultId/indicators',
    {
      schema: {
        tags,
        summary: 'Add an indicator (IKI) to a result',
        params: resultParams,
        body: createIndicatorSchema,
        response: { 201: indicatorViewSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await content.addIndicator(
            deps,
            request.ctx(),
            request.params.id,
            request.params.resultId,
            request.body,
          ),
        ),
  );
  r.patch(
    '/work-plans/:id/results/:resultId/indicators/:indicatorId',
    {
      schema: {
        tags,
        summary: 'Change an indicator',
        params: indicatorParams,
        body: updateIndicatorSchema,
        response: { 200: indicatorViewSchema },
      },
    },
    async (request) =>
      content.updateIndicator(
        deps,
        request.ctx(),
        request.params.id,
        request.params.resultId,
        request.params.indicatorId,
        request.body,
      ),
  );
  r.put(
    '/work-plans/:id/indicators/:indicatorId/period-targets',
    {
      schema: {
        tags,
        summary: 'Set period targets by hand (the rest follow the split of the annual target)',
        description:
          'While the plan is editable (the owner). The list replaces the overrides; a period left out or with a ' +
          'null target follows the split again. For a summed indicator the other periods share what the ' +
          'overrides leave of the annual target; when every period is set they must add up to it (400).',
        params: periodTargetsParams,
        body: periodTargetsSchema,
        response: { 200: indicatorViewSchema },
      },
    },
    async (request) =>
      content.setPeriodTargets(
        deps,
        request.ctx(),
        request.params.id,
        request.params.indicatorId,
        request.body,
      ),
  );
  r.delete(
    '/work-plans/:id/results/:resultId/indicators/:indicatorId',
    { schema: { tags, summary: 'Remove an indicator', params: indicatorParams } },
    async (request, reply) => {
      await content.deleteIndicator(
        deps,
        request.ctx(),
        request.params.id,
        request.params.resultId,
        request.params.indicatorId,
      );
      return reply.status(204).send();
    },
  );
  r.put(
    '/work-plans/:id/behaviours/:value',
    {
      schema: {
        tags,
        summary: "The leader's specific expectation for a BerAKHLAK value",
        params: behaviourParamsSchema,
        body: behaviourSchema,
        response: { 200: planResponse },
      },
    },
    async (request) =>
      content.setBehaviour(
        deps,
        request.ctx(),
        request.params.id,
        request.params.value,
        request.body.expectation,
      ),
  );

  r.post(
    '/work-plans/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit to the assessor (owner)',
        params: idParams,
        response: { 200: planResponse },
      },
    },
    async (request) => workflow.submitPlan(deps, request.ctx(), request.params.id),
  );
  r.post(
    '/work-plans/:id/return',
    {
      schema: {
        tags,
        summary: 'Return with a comment (assessor)',
        params: idParams,
        body: returnSchema,
        response: { 200: planResponse },
      },
    },
    async (request) => workflow.returnPlan(deps, request.ctx(), request.params.id, request.body.comment),
  );
  r.post(
    '/work-plans/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve (assessor)',
        params: idParams,
        body: approveSchema,
        response: { 200: planResponse },
      },
    },
    async (request) => workflow.approvePlan(deps, request.ctx(), request.params.id, request.body.comment),
  );
  r.post(
    '/work-plans/:id/amend',
    {
      schema: {
        tags,
        summary: 'Start an amendment of an approved plan (a new version)',
        params: idParams,
        body: amendSchema,
        response: { 201: planResponse },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await workflow.amendPlan(deps, request.ctx(), request.params.id, request.body.reason)),
  );
  r.get(
    '/work-plans/:id/versions',
    { schema: { tags, summary: 'The versions of this plan (amendment history)', params: idParams } },
    async (request) => dialogue.planVersions(deps, request.ctx(), request.params.id),
  );
  r.get(
    '/work-plans/:id/comments',
    { schema: { tags, summary: 'The approval dialogue', params: idParams } },
    async (request) => dialogue.listComments(deps, request.ctx(), request.params.id),
  );
  r.post(
    '/work-plans/:id/comments',
    { schema: { tags, summary: 'Write in the approval dialogue', params: idParams, body: commentSchema } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await dialogue.postComment(deps, request.ctx(), request.params.id, request.body.body)),
  );
  r.get(
    '/work-plans/:id/changes',
    {
      schema: {
        tags,
        summary: 'What changed since the last submission (or between the last two with against=previous)',
        params: idParams,
        querystring: z.object({ against: z.enum(['last', 'previous']).default('last') }),
      },
    },
    async (request) => dialogue.planChanges(deps, request.ctx(), request.params.id, request.query.against),
  );

  r.get(
    '/work-plans/:id/document.pdf',
    {
      schema: {
        tags,
        summary: 'The official Dokumen SKP (A4 PDF)',
        params: idParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const view = await plans.getWorkPlan(deps, request.ctx(), request.params.id);
      const pdf = await renderSkpDocument(view, { printedAt: deps.clock.now() });
      const name = `SKP-${view.cycleYear}-${view.employee.nip}${view.revision > 1 ? `-perubahan-${view.revision - 1}` : ''}.pdf`;
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
  r.get(
    '/team-matrix',
    {
      schema: {
        tags,
        summary: "Matriks peran hasil: the caller's results × direct reports",
        querystring: z.object({ cycleId: z.uuid() }),
      },
    },
    async (request) => teamMatrix(deps, request.ctx(), request.query.cycleId),
  );
  r.post(
    '/team-matrix/assign',
    {
      schema: {
        tags,
        summary: 'Cascade one of my results to several direct reports',
        body: matrixAssignSchema,
      },
    },
    async (request) => assignFromMatrix(deps, request.ctx(), request.body),
  );
}
