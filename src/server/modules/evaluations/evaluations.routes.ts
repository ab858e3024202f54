import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createEvaluationSchema,
  decideObjectionSchema,
  distributionQuerySchema,
  evaluationQuerySchema,
  explanationRequestSchema,
  explanationSchema,
  finalizeEvaluationSchema,
  objectionQuerySchema,
  objectionSchema,
  orgPredicateParamsSchema,
  orgPredicateQuerySchema,
  putAgencySettingsSchema,
  putAssessmentSettingsSchema,
  putOrgPredicateSchema,
  reopenEvaluationSchema,
  teamEvaluationQuerySchema,
  updateEvaluationSchema,
} from '../../../domain/evaluations/schemas.js';
import type { Deps } from '../../platform/deps.js';
import { idParams } from '../../platform/http/common.js';
import {
  agencySettingsViewSchema,
  assessmentSettingsViewSchema,
  calibrationUnitRowSchema,
  calibrationViewSchema,
  distributionViewSchema,
  evaluationListItemSchema,
  evaluationViewSchema,
  objectionViewSchema,
  orgPredicateHistorySchema,
  orgPredicateUnitRowSchema,
  orgPredicateViewSchema,
  teamEvaluationRowSchema,
} from '../../../domain/evaluations/view.js';
import { acknowledgeEvaluation } from './use-cases/acknowledge-evaluation.js';
import { getCalibration, listCalibrationUnits } from './use-cases/calibration.js';
import { createEvaluation } from './use-cases/create-evaluation.js';
import { decideObjection } from './use-cases/decide-objection.js';
import { getDistribution } from './use-cases/distribution.js';
import { evaluationDocument, objectionDecisionDocument, penetapanDocument } from './use-cases/documents.js';
import { explainObjection } from './use-cases/explain-objection.js';
import { fileObjection } from './use-cases/file-objection.js';
import { finalizeEvaluation } from './use-cases/finalize-evaluation.js';
import { getEvaluation, listEvaluations, teamEvaluations } from './use-cases/read-evaluations.js';
import { getObjection, listObjections } from './use-cases/read-objections.js';
import { getOrgPredicate, listOrgPredicateUnits } from './use-cases/read-org-predicates.js';
import { reopenEvaluation } from './use-cases/reopen-evaluation.js';
import { requestExplanations } from './use-cases/request-explanations.js';
import { putOrgPredicate } from './use-cases/set-org-predicate.js';
import {
  getAgencySettings,
  getAssessmentSettings,
  putAgencySettings,
  putAssessmentSettings,
} from './use-cases/settings.js';
import { updateEvaluation } from './use-cases/update-evaluation.js';

function sendPdf(reply: FastifyReply, doc: { pdf: Buffer; name: string }) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${doc.name}"`)
    .header('cache-control', 'private, no-store')
    .send(doc.pdf);
}

export function evaluationRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['evaluations'];

  r.post(
    '/evaluations',
    {
      schema: {
        tags,
        summary:
          'Start an evaluation of an approved plan for a period (the assessor); pre-filled (annual, leader rule)',
        body: createEvaluationSchema,
        response: { 201: evaluationViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createEvaluation(deps, request.ctx(), request.body)),
  );
  r.get(
    '/evaluations',
    {
      schema: {
        tags,
        summary:
          'Evaluations the caller may read (own, assessed, their reports’; all for HR, agency head, auditor)',
        querystring: evaluationQuerySchema,
        response: { 200: z.object({ items: z.array(evaluationListItemSchema), total: z.number() }) },
      },
    },
    async (request) => listEvaluations(deps, request.ctx(), request.query),
  );
  r.get(
    '/evaluations/team',
    {
      schema: {
        tags,
        summary: 'Evaluasi Tim: the approved plans the caller assesses, with their evaluation for the period',
        querystring: teamEvaluationQuerySchema,
        response: { 200: z.object({ items: z.array(teamEvaluationRowSchema) }) },
      },
    },
    async (request) => teamEvaluations(deps, request.ctx(), request.query),
  );
  r.get(
    '/evaluations/:id',
    {
      schema: {
        tags,
        summary: 'One evaluation with its explanation (ratings, suggestion, matrix cell, objection)',
        params: idParams,
        response: { 200: evaluationViewSchema },
      },
    },
    async (request) => getEvaluation(deps, request.ctx(), request.params.id),
  );
  r.put(
    '/evaluations/:id',
    {
      schema: {
        tags,
        summary:
          'Save ratings and comments of a draft (the assessor); answers with the suggested result rating',
        params: idParams,
        body: updateEvaluationSchema,
        response: { 200: evaluationViewSchema },
      },
    },
    async (request) => updateEvaluation(deps, request.ctx(), request.params.id, request.body),
  );
  r.post(
    '/evaluations/:id/finalize',
    {
      schema: {
        tags,
        summary:
          'Finalise (the assessor): the predicate from the matrix; 409 CONFLICT with details.violations when the unit pattern breaks, unless justified',
        params: idParams,
        body: finalizeEvaluationSchema.optional(),
        response: { 200: evaluationViewSchema },
      },
    },
    async (request) => finalizeEvaluation(deps, request.ctx(), request.params.id, request.body ?? {}),
  );
  r.post(
    '/evaluations/:id/reopen',
    {
      schema: {
        tags,
        summary: 'Reopen a final evaluation with a reason (hr_admin; audited)',
        params: idParams,
        body: reopenEvaluationSchema,
        response: { 200: evaluationViewSchema },
      },
    },
    async (request) => reopenEvaluation(deps, request.ctx(), request.params.id, request.body),
  );
  r.post(
    '/evaluations/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'The employee confirms receipt of the final result',
        params: idParams,
        response: { 200: evaluationViewSchema },
      },
    },
    async (request) => acknowledgeEvaluation(deps, request.ctx(), request.params.id),
  );
  r.get(
    '/evaluations/:id/document.pdf',
    {
      schema: {
        tags,
        summary: 'Dokumen Evaluasi Kinerja Pegawai (A4 PDF)',
        params: idParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) =>
      sendPdf(reply, await evaluationDocument(deps, request.ctx(), request.params.id)),
  );

  const otags = ['objections'];
  r.get(
    '/objections/:id/decision.pdf',
    {
      schema: {
        tags: otags,
        summary:
          'Keputusan atas Keberatan (A4 PDF letter of the decision); before the decision 409 INVALID_TRANSITION',
        params: idParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) =>
      sendPdf(reply, await objectionDecisionDocument(deps, request.ctx(), request.params.id)),
  );
  r.post(
    '/evaluations/:id/objections',
    {
      schema: {
        tags: otags,
        summary: 'File an objection (keberatan) within the window (the employee); after it 409',
        params: idParams,
        body: objectionSchema,
        response: { 201: objectionViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await fileObjection(deps, request.ctx(), request.params.id, request.body)),
  );
  r.get(
    '/objections',
    {
      schema: {
        tags: otags,
        summary: 'Objections filed by, to be decided by, or about evaluations of the caller',
        querystring: objectionQuerySchema,
        response: { 200: z.object({ items: z.array(objectionViewSchema), total: z.number() }) },
      },
    },
    async (request) => listObjections(deps, request.ctx(), request.query),
  );
  r.get(
    '/objections/:id',
    {
      schema: {
        tags: otags,
        summary: 'One objection',
        params: idParams,
        response: { 200: objectionViewSchema },
      },
    },
    async (request) => getObjection(deps, request.ctx(), request.params.id),
  );
  r.post(
    '/objections/:id/request-explanations',
    {
      schema: {
        tags: otags,
        summary: 'The decider asks both parties for written explanations',
        params: idParams,
        body: explanationRequestSchema.optional(),
        response: { 200: objectionViewSchema },
      },
    },
    async (request) => requestExplanations(deps, request.ctx(), request.params.id, request.body ?? {}),
  );
  r.post(
    '/objections/:id/explanations',
    {
      schema: {
        tags: otags,
        summary: 'The employee or the assessor writes their explanation',
        params: idParams,
        body: explanationSchema,
        response: { 200: objectionViewSchema },
      },
    },
    async (request) => explainObjection(deps, request.ctx(), request.params.id, request.body),
  );
  r.post(
    '/objections/:id/decide',
    {
      schema: {
        tags: otags,
        summary:
          "Decide (the assessor's superior; final): upheld, or changed with new ratings (predicate recomputed)",
        params: idParams,
        body: decideObjectionSchema,
        response: { 200: z.object({ objection: objectionViewSchema, evaluation: evaluationViewSchema }) },
      },
    },
    async (request) => decideObjection(deps, request.ctx(), request.params.id, request.body),
  );

  const utags = ['org-predicates'];
  r.put(
    '/units/:id/org-predicates/:periodId',
    {
      schema: {
        tags: utags,
        summary:
          "Set a unit's organisation predicate for a period (the head of the parent unit, or hr_admin); history kept",
        params: orgPredicateParamsSchema,
        body: putOrgPredicateSchema,
        response: { 200: orgPredicateViewSchema },
      },
    },
    async (request) =>
      putOrgPredicate(deps, request.ctx(), request.params.id, request.params.periodId, request.body),
  );
  r.get(
    '/units/:id/org-predicates/:periodId',
    {
      schema: {
        tags: utags,
        summary: 'The predicate in force and its history',
        params: orgPredicateParamsSchema,
        response: { 200: orgPredicateHistorySchema },
      },
    },
    async (request) => getOrgPredicate(deps, request.ctx(), request.params.id, request.params.periodId),
  );
  r.get(
    '/org-predicates',
    {
      schema: {
        tags: utags,
        summary: 'Units whose predicate the caller may set, with the one in force',
        querystring: orgPredicateQuerySchema,
        response: { 200: z.object({ items: z.array(orgPredicateUnitRowSchema) }) },
      },
    },
    async (request) => listOrgPredicateUnits(deps, request.ctx(), request.query),
  );
  r.get(
    '/units/:id/distribution',
    {
      schema: {
        tags: utags,
        summary:
          "The unit's distribution against its pattern (heads of the unit and above, hr_admin, agency_head, auditor)",
        params: idParams,
        querystring: distributionQuerySchema,
        response: { 200: distributionViewSchema },
      },
    },
    async (request) => getDistribution(deps, request.ctx(), request.params.id, request.query),
  );
  r.get(
    '/units/:id/calibration',
    {
      schema: {
        tags: utags,
        summary: 'The calibration board: the 3×3 grid, the pattern, the violations',
        params: idParams,
        querystring: distributionQuerySchema,
        response: { 200: calibrationViewSchema },
      },
    },
    async (request) => getCalibration(deps, request.ctx(), request.params.id, request.query),
  );
  r.get(
    '/calibration/units',
    {
      schema: {
        tags: utags,
        summary: 'Units whose calibration board the caller may open',
        querystring: distributionQuerySchema,
        response: { 200: z.object({ items: z.array(calibrationUnitRowSchema) }) },
      },
    },
    async (request) => listCalibrationUnits(deps, request.ctx(), request.query),
  );
  r.get(
    '/units/:id/penetapan.pdf',
    {
      schema: {
        tags: utags,
        summary: 'Penetapan Predikat Kinerja of the unit for a period (A4 PDF)',
        params: idParams,
        querystring: distributionQuerySchema,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) =>
      sendPdf(reply, await penetapanDocument(deps, request.ctx(), request.params.id, request.query)),
  );

  r.get(
    '/settings/assessment',
    {
      schema: {
        tags: ['settings'],
        summary: 'Assessment rule settings (distribution table, annual mode, leader rule, objection window)',
        response: { 200: assessmentSettingsViewSchema },
      },
    },
    async (request) => getAssessmentSettings(deps, request.ctx()),
  );
  r.put(
    '/settings/assessment',
    {
      schema: {
        tags: ['settings'],
        summary: 'Change the assessment rule settings (hr_admin or admin; audited)',
        body: putAssessmentSettingsSchema,
        response: { 200: assessmentSettingsViewSchema },
      },
    },
    async (request) => putAssessmentSettings(deps, request.ctx(), request.body),
  );

  r.get(
    '/settings/agency',
    {
      schema: {
        tags: ['settings'],
        summary: 'The agency head as documents name them when their account has no employee record',
        response: { 200: agencySettingsViewSchema },
      },
    },
    async (request) => getAgencySettings(deps, request.ctx()),
  );
  r.put(
    '/settings/agency',
    {
      schema: {
        tags: ['settings'],
        summary: "Change the agency head's name and title on documents (hr_admin or admin; audited)",
        body: putAgencySettingsSchema,
        response: { 200: agencySettingsViewSchema },
      },
    },
    async (request) => putAgencySettings(deps, request.ctx(), request.body),
  );
}
