import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { completionPeopleQuerySchema, completionQuerySchema } from '../../../domain/monitoring/schemas.js';
import { completionPeopleViewSchema, completionViewSchema } from '../../../domain/monitoring/view.js';
import type { Deps } from '../../platform/deps.js';
import { completion, completionPeople, forgetOrganisationCounts } from './use-cases/completion.js';
import { completionWorkbookStream } from './use-cases/export-xlsx.js';

export function monitoringRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['monitoring'];
  // Any write may change the numbers: the cached organisation-wide ones are dropped once the write has been handled
  // (its transaction committed), before its response leaves.
  app.addHook('onSend', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') forgetOrganisationCounts(deps);
  });
  r.get(
    '/monitoring/completion',
    {
      schema: {
        tags,
        summary:
          'Completion per unit (own numbers and subtree totals): plans by status, progress reported for the period, evaluations. HR and the agency head: every unit; a unit head (or acting Plt/Plh): their subtree',
        querystring: completionQuerySchema,
        response: { 200: completionViewSchema },
      },
    },
    async (request) => completion(deps, request.ctx(), request.query),
  );
  r.get(
    '/monitoring/completion/people',
    {
      schema: {
        tags,
        summary: 'The people behind a completion number (paged, by name)',
        querystring: completionPeopleQuerySchema,
        response: { 200: completionPeopleViewSchema },
      },
    },
    async (request) => completionPeople(deps, request.ctx(), request.query),
  );
  r.get(
    '/monitoring/completion.xlsx',
    {
      schema: {
        tags,
        summary: 'The completion numbers as an XLSX workbook (Indonesian headers)',
        querystring: completionQuerySchema,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const view = await completion(deps, request.ctx(), request.query);
      const now = deps.clock.now();
      // streamed from the worker pool (chunked: the length is known only at the end)
      const file = await completionWorkbookStream(view, now.toISOString());
      const suffix = view.period ? `-${view.period.label.replace(/[^A-Za-z0-9]+/g, '-')}` : '';
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="pemantauan-${view.cycleYear}${suffix}.xlsx"`)
        .header('cache-control', 'private, no-store')
        .send(file);
    },
  );
}
