import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  followUpDashboardQuerySchema,
  jpShortQuerySchema,
  overdueQuerySchema,
} from '../../../domain/follow-up-dashboard/schemas.js';
import {
  followUpDashboardViewSchema,
  jpShortListViewSchema,
  overdueListViewSchema,
} from '../../../domain/follow-up-dashboard/view.js';
import type { Deps } from '../../platform/deps.js';
import { readDashboard } from './use-cases/read-dashboard.js';
import { readJpShort } from './use-cases/read-jp-short.js';
import { readOverdue } from './use-cases/read-overdue.js';

const WHO =
  'hr_admin, agency_head and auditor: any unit or the whole agency; the head (or acting Plt/Plh) of a unit: its subtree; others 403; a unit outside reach 404';

export function followUpDashboardRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['follow-up dashboard'];
  r.get(
    '/dashboards/follow-up',
    {
      schema: {
        tags,
        summary: `Dasbor Tindak Lanjut: per unit (own and subtree) open and agreed development plans, items planned/completed/overdue, learning hours (JP) and cost of the year, JP shortfalls, improvement periods and escalation decisions, nominations; with totals (${WHO})`,
        querystring: followUpDashboardQuerySchema,
        response: { 200: followUpDashboardViewSchema },
      },
    },
    async (request) => readDashboard(deps, request.ctx(), request.query),
  );
  r.get(
    '/dashboards/follow-up/overdue',
    {
      schema: {
        tags,
        summary: `Development plan items past their due date (Asia/Jakarta), longest overdue first, paged (${WHO})`,
        querystring: overdueQuerySchema,
        response: { 200: overdueListViewSchema },
      },
    },
    async (request) => readOverdue(deps, request.ctx(), request.query),
  );
  r.get(
    '/dashboards/follow-up/jp-short',
    {
      schema: {
        tags,
        summary: `PNS below the yearly minimum of 20 JP, the largest shortfall first, paged (${WHO})`,
        querystring: jpShortQuerySchema,
        response: { 200: jpShortListViewSchema },
      },
    },
    async (request) => readJpShort(deps, request.ctx(), request.query),
  );
}
