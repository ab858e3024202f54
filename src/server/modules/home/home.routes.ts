import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { homeViewSchema } from '../../../domain/home/view.js';
import type { Deps } from '../../platform/deps.js';
import { readHome } from './use-cases/read-home.js';

export function homeRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/home',
    {
      schema: {
        tags: ['home'],
        summary:
          "The signed-in person's first screen: greeting by name, the next actions (most urgent first, each with a count, a deadline and one link), my achievement so far, the unit head's units against their pattern, and HR's and the agency head's agency overview with escalations",
        response: { 200: homeViewSchema },
      },
    },
    async (request) => readHome(deps, request.ctx()),
  );
}
