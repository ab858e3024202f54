import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  auditActorViewSchema,
  auditPageViewSchema,
  auditVerifyViewSchema,
  type AuditPageView,
} from '../../../domain/audit/view.js';
import { auditActorQuerySchema, auditQuerySchema } from '../../../domain/audit/schemas.js';
import type { Deps } from '../../platform/deps.js';
import { verifyAuditChain } from '../../platform/audit.js';
import { requirePermission } from '../auth/index.js';
import {
  actorNames,
  countEntries,
  entityLabels,
  estimateEntries,
  listEntries,
  searchActors,
} from './audit.repository.js';
import { presentAuditEntry } from './audit.presenter.js';

export function auditRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/audit',
    {
      config: { permission: 'read:audit' },
      schema: {
        tags: ['audit'],
        summary: 'Audit log entries, newest first, with the names of actors and records (auditor, admin)',
        description:
          'Filters: `actorId` (the account that acted), `entityType` + `entityId` (one record), `action` (a code, ' +
          'or a prefix ending in a dot such as `evaluation.`), `from`/`to` (days in Asia/Jakarta, both included), ' +
          '`category` (`signins`: signing in and out; `changes`: everything else). Paging: `limit` with `offset`, ' +
          'or keyset with `before` (the `nextCursor` of the previous page); `count=false` leaves out `total`, ' +
          '`count=true` counts exactly, `count=estimate` (the default) estimates the total of the whole, large log.',
        querystring: auditQuerySchema,
        response: { 200: auditPageViewSchema },
      },
    },
    async (request): Promise<AuditPageView> => {
      requirePermission(request.ctx(), 'read:audit');
      const q = request.query;
      const { db } = deps.database;
      const [rows, counted] = await Promise.all([
        listEntries(db, q),
        q.count === 'true'
          ? countEntries(db, q).then((n) => ({ n, estimated: false }))
          : q.count === 'estimate'
            ? estimateEntries(db, q)
            : Promise.resolve(undefined),
      ]);
      const hasMore = rows.length > q.limit;
      const page = hasMore ? rows.slice(0, q.limit) : rows;
      const [actors, labels] = await Promise.all([
        actorNames(
          db,
          page.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])),
        ),
        entityLabels(db, page),
      ]);
      return {
        items: page.map((e) => presentAuditEntry(e, { actors, labels })),
        ...(counted === undefined ? {} : { total: counted.n }),
        ...(counted?.estimated ? { totalEstimated: true } : {}),
        hasMore,
        nextCursor: hasMore ? page[page.length - 1]!.seq : null,
      };
    },
  );
  r.get(
    '/audit/actors',
    {
      config: { permission: 'read:audit' },
      schema: {
        tags: ['audit'],
        summary: 'Accounts for the person filter of the audit log, by name, NIP or username (auditor, admin)',
        querystring: auditActorQuerySchema,
        response: { 200: z.object({ items: z.array(auditActorViewSchema) }) },
      },
    },
    async (request) => {
      requirePermission(request.ctx(), 'read:audit');
      return { items: await searchActors(deps.database.db, request.query.q, request.query.limit) };
    },
  );
  r.get(
    '/audit/verify',
    {
      config: { permission: 'read:audit' },
      schema: {
        tags: ['audit'],
        summary: 'Verify the hash chain (auditor, admin)',
        response: { 200: auditVerifyViewSchema },
      },
    },
    async (request) => {
      requirePermission(request.ctx(), 'read:audit');
      return verifyAuditChain(deps.database.db);
    },
  );
}
