import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { dateIn } from '../../../domain/dates.js';
import {
  closeCycleSchema,
  createCycleSchema,
  reopenCycleSchema,
  lockPeriodSchema,
  periodParamsSchema,
  unlockPeriodSchema,
  updateCycleSchema,
  updatePeriodSchema,
} from '../../../domain/cycles/schemas.js';
import {
  cycleClosePreviewSchema,
  cycleCloseResultSchema,
  cycleViewSchema,
  periodViewSchema,
} from '../../../domain/cycles/view.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { idParams, listOf, pageQuery } from '../../platform/http/common.js';
import { canReadCycles } from './cycles.policy.js';
import { closeCycle, closePreview, reopenCycle } from './use-cases/close-cycle.js';
import { createCycle } from './use-cases/create-cycle.js';
import { currentCycle, findCycle, listCycles } from './use-cases/load-cycle.js';
import { updateCycle } from './use-cases/update-cycle.js';
import { changePeriodStatus, updatePeriod } from './use-cases/update-period.js';

export function cycleRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cycles'];

  r.post(
    '/cycles',
    {
      config: { permission: 'manage:cycles' },
      schema: {
        tags,
        summary:
          'Create a cycle (hr_admin): monthly or quarterly periods inside the range plus the annual period; one per year',
        body: createCycleSchema,
        response: { 201: cycleViewSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createCycle(deps, request.ctx(), request.body)),
  );
  r.get(
    '/cycles',
    {
      config: { permission: 'read:cycles' },
      schema: {
        tags,
        summary: 'Cycles with their periods, newest year first',
        querystring: pageQuery,
        response: { 200: listOf(cycleViewSchema) },
      },
    },
    async (request) => {
      canReadCycles(request.ctx());
      return listCycles(deps.database.db, request.query.limit, request.query.offset, request.ctx());
    },
  );
  r.get(
    '/cycles/current',
    {
      config: { permission: 'read:cycles' },
      schema: {
        tags,
        summary:
          'The cycle whose dates contain today (Asia/Jakarta), else the newest; 404 when there is none',
        response: { 200: cycleViewSchema },
      },
    },
    async (request) => {
      canReadCycles(request.ctx());
      const cycle = await currentCycle(deps.database.db, dateIn(deps.clock.now()), request.ctx());
      if (!cycle) throw notFound();
      return cycle;
    },
  );
  r.get(
    '/cycles/:id',
    {
      config: { permission: 'read:cycles' },
      schema: {
        tags,
        summary: 'One cycle with its periods',
        params: idParams,
        response: { 200: cycleViewSchema },
      },
    },
    async (request) => {
      canReadCycles(request.ctx());
      const cycle = await findCycle(deps.database.db, request.params.id, request.ctx());
      if (!cycle) throw notFound();
      return cycle;
    },
  );
  r.patch(
    '/cycles/:id',
    {
      config: { permission: 'manage:cycles' },
      schema: {
        tags,
        summary: "Change a cycle's planning deadline (hr_admin); a closed cycle → 409 cycle_closed",
        params: idParams,
        body: updateCycleSchema,
        response: { 200: cycleViewSchema },
      },
    },
    async (request) => updateCycle(deps, request.ctx(), request.params.id, request.body),
  );
  r.patch(
    '/cycles/:id/periods/:periodId',
    {
      config: { permission: 'manage:cycles' },
      schema: {
        tags,
        summary:
          "Change a period's progress and evaluation deadlines (hr_admin); a closed cycle → 409 cycle_closed",
        params: periodParamsSchema,
        body: updatePeriodSchema,
        response: { 200: periodViewSchema },
      },
    },
    async (request) =>
      updatePeriod(deps, request.ctx(), request.params.id, request.params.periodId, request.body),
  );
  r.post(
    '/cycles/:id/periods/:periodId/lock',
    {
      config: { permission: 'manage:cycles' },
      schema: {
        tags,
        summary:
          'Lock a period (hr_admin); already locked → 409 INVALID_TRANSITION; a closed cycle → 409 cycle_closed',
        params: periodParamsSchema,
        body: lockPeriodSchema.nullish(),
        response: { 200: periodViewSchema },
      },
    },
    async (request) =>
      changePeriodStatus(
        deps,
        request.ctx(),
        request.params.id,
        request.params.periodId,
        'lock',
        request.body?.reason ?? null,
      ),
  );
  r.post(
    '/cycles/:id/periods/:periodId/unlock',
    {
      config: { permission: 'manage:cycles' },
      schema: {
        tags,
        summary:
          'Unlock a period (hr_admin); the reason is required and audited; a closed cycle → 409 cycle_closed (reopen it first)',
        params: periodParamsSchema,
        body: unlockPeriodSchema,
        response: { 200: periodViewSchema },
      },
    },
    async (request) =>
      changePeriodStatus(
        deps,
        request.ctx(),
        request.params.id,
        request.params.periodId,
        'unlock',
        request.body.reason,
      ),
  );
  r.get(
    '/cycles/:id/close-preview',
    {
      config: { permission: 'manage:cycles' },
      schema: {
        tags,
        summary:
          'What is still open in the cycle before closing it (hr_admin): plans not approved, draft evaluations, approved plans without a final periodic evaluation, undecided objections, unlocked periods — counts and the first items with unit names',
        params: idParams,
        response: { 200: cycleClosePreviewSchema },
      },
    },
    async (request) => closePreview(deps, request.ctx(), request.params.id),
  );
  r.post(
    '/cycles/:id/close',
    {
      config: { permission: 'manage:cycles' },
      schema: {
        tags,
        summary:
          'Close the year (hr_admin): locks every open period and makes the cycle read-only, in one transaction; open items do not stop it and are answered and audited; already closed → 409 cycle_closed',
        params: idParams,
        body: closeCycleSchema.nullish(),
        response: { 200: cycleCloseResultSchema },
      },
    },
    async (request) => closeCycle(deps, request.ctx(), request.params.id, request.body ?? {}),
  );
  r.post(
    '/cycles/:id/reopen',
    {
      config: { permission: 'manage:cycles' },
      schema: {
        tags,
        summary:
          'Reopen a closed year (hr_admin) with a reason (audited); its periods stay locked (unlock them one by one); not closed → 409',
        params: idParams,
        body: reopenCycleSchema,
        response: { 200: cycleViewSchema },
      },
    },
    async (request) => reopenCycle(deps, request.ctx(), request.params.id, request.body),
  );
}
