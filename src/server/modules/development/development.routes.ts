import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PREDICATES, RATINGS } from '../../../domain/evaluations/matrix.js';
import type { DevelopmentPlanView } from '../../../domain/evaluations/view.js';
import { BEHAVIOUR_VALUES } from '../../../domain/work-plans/berakhlak.js';
import type { Deps } from '../../platform/deps.js';
import { idParams } from '../../platform/http/common.js';
import { listDevelopmentPlans } from './development.js';

/** The response schema for the OpenAPI description; it mirrors DevelopmentPlanView of src/domain/evaluations/view.ts. */
const developmentPlanViewSchema = z.object({
  id: z.string(),
  employeeId: z.string(),
  evaluationId: z.string().nullable(),
  periodId: z.string().nullable(),
  periodLabel: z.string().nullable(),
  source: z.enum(['evaluation', 'voluntary']),
  predicate: z.enum(PREDICATES).nullable(),
  status: z.enum(['open', 'done', 'cancelled']),
  focusAreas: z.array(
    z.object({
      kind: z.enum(['result', 'behaviour']),
      resultId: z.string().nullable(),
      value: z.enum(BEHAVIOUR_VALUES).nullable(),
      text: z.string(),
      rating: z.enum(RATINGS),
    }),
  ),
  note: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
});

// The schema and the interface must not drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameDevelopmentPlan: Same<z.infer<typeof developmentPlanViewSchema>, DevelopmentPlanView> = true;
void sameDevelopmentPlan;

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
