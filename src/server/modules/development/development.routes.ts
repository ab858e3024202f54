import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { developmentPlanViewSchema } from '../../../domain/evaluations/view.js';
import type { Deps } from '../../platform/deps.js';
import { idParams } from '../../platform/http/common.js';
import { listDevelopmentPlans } from './development.js';

export function developmentRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/employees/:id/development-plans',
    {
      schema: {
        tags: ['development'],
        summary:
          'Development plans (Rencana Pengembangan) of an employee: created automatically for a final predicate of Butuh Perbaikan, Kurang or Sangat Kurang (the employee, their assessor and superiors, hr_admin, agency_head)',
        params: idParams,
        response: { 200: z.object({ items: z.array(developmentPlanViewSchema) }) },
      },
    },
    async (request) => listDevelopmentPlans(deps, request.ctx(), request.params.id),
  );
}
