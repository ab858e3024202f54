import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  auditEntryViewSchema,
  auditVerifyViewSchema,
  type AuditEntryView,
} from '../../../domain/audit/view.js';
import type { Deps } from '../../platform/deps.js';
import { auditLog } from '../../platform/db/schema.js';
import { verifyAuditChain } from '../../platform/audit.js';
import { listOf, pageQuery } from '../../platform/http/common.js';
import { requirePermission } from '../auth/index.js';

export function auditRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/audit',
    {
      config: { permission: 'read:audit' },
      schema: {
        tags: ['audit'],
        summary: 'Audit log entries, newest first (auditor, admin)',
        querystring: pageQuery.extend({
          entityType: z.string().trim().max(64).optional(),
          entityId: z.string().trim().max(64).optional(),
          actorUserId: z.uuid().optional(),
          action: z.string().trim().max(64).optional(),
        }),
        response: { 200: listOf(auditEntryViewSchema) },
      },
    },
    async (request) => {
      requirePermission(request.ctx(), 'read:audit');
      const { entityType, entityId, actorUserId, action, limit, offset } = request.query;
      const filters: SQL[] = [];
      if (entityType) filters.push(eq(auditLog.entityType, entityType));
      if (entityId) filters.push(eq(auditLog.entityId, entityId));
      if (actorUserId) filters.push(eq(auditLog.actorUserId, actorUserId));
      if (action) filters.push(eq(auditLog.action, action));
      const where = filters.length ? and(...filters) : undefined;
      const { db } = deps.database;
      const [rows, [total]] = await Promise.all([
        db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(limit).offset(offset),
        db.select({ n: count() }).from(auditLog).where(where),
      ]);
      return {
        total: total?.n ?? 0,
        items: rows.map((e): AuditEntryView => ({
          id: e.id,
          seq: e.seq,
          at: e.at.toISOString(),
          actor: { userId: e.actorUserId, label: e.actorLabel },
          action: e.action,
          entityType: e.entityType,
          entityId: e.entityId,
          before: e.before,
          after: e.after,
          requestId: e.requestId,
          prevHash: e.prevHash,
          hash: e.hash,
        })),
      };
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
