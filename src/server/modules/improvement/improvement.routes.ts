import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  decideEscalationSchema,
  escalationQuerySchema,
  escalationViewSchema,
  improvementPeriodViewSchema,
  improvementSettingsViewSchema,
  putImprovementSettingsSchema,
} from '../../../domain/evaluations/improvement-view.js';
import type { Deps } from '../../platform/deps.js';
import { idParams } from '../../platform/http/common.js';
import { decideEscalation } from './use-cases/decide-escalation.js';
import { getEscalation, listEscalations, listImprovementPeriods } from './use-cases/read-improvement.js';
import { getImprovementSettings, putImprovementSettings } from './use-cases/settings.js';

export function improvementRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['improvement'];
  r.get(
    '/employees/:id/improvement-periods',
    {
      schema: {
        tags,
        summary:
          'Improvement periods (masa perbaikan kinerja) of an employee: opened by a final annual Kurang or Sangat Kurang (the readers of their development plans)',
        params: idParams,
        response: { 200: z.object({ items: z.array(improvementPeriodViewSchema) }) },
      },
    },
    async (request) => listImprovementPeriods(deps, request.ctx(), request.params.id),
  );
  r.get(
    '/escalations',
    {
      schema: {
        tags,
        summary:
          'Escalations: a further poor final result within an open improvement period, with the history (agency_head, hr_admin)',
        querystring: escalationQuerySchema,
        response: { 200: z.object({ items: z.array(escalationViewSchema), total: z.number() }) },
      },
    },
    async (request) => listEscalations(deps, request.ctx(), request.query),
  );
  r.get(
    '/escalations/:id',
    {
      schema: {
        tags,
        summary: 'One escalation with its history (agency_head, hr_admin)',
        params: idParams,
        response: { 200: escalationViewSchema },
      },
    },
    async (request) => getEscalation(deps, request.ctx(), request.params.id),
  );
  r.post(
    '/escalations/:id/decide',
    {
      schema: {
        tags,
        summary:
          'The agency head records the decision on an escalation (PP 30/2019 art. 56–58, PP 94/2021), with a note; once',
        params: idParams,
        body: decideEscalationSchema,
        response: { 200: escalationViewSchema },
      },
    },
    async (request) => decideEscalation(deps, request.ctx(), request.params.id, request.body),
  );
  r.get(
    '/settings/improvement',
    {
      schema: {
        tags: ['settings'],
        summary: 'The improvement-period rule: on or off, and its length in months (default on, 6)',
        response: { 200: improvementSettingsViewSchema },
      },
    },
    async (request) => getImprovementSettings(deps, request.ctx()),
  );
  r.put(
    '/settings/improvement',
    {
      schema: {
        tags: ['settings'],
        summary: 'Change the improvement-period rule (hr_admin or admin; audited)',
        body: putImprovementSettingsSchema,
        response: { 200: improvementSettingsViewSchema },
      },
    },
    async (request) => putImprovementSettings(deps, request.ctx(), request.body),
  );
}
