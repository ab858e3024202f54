import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  notificationKindSchema,
  notificationListQuerySchema,
  preferenceUpdateSchema,
} from '../../../domain/notifications/kinds.js';
import {
  markAllReadViewSchema,
  notificationListViewSchema,
  notificationPreferenceViewSchema,
  notificationViewSchema,
} from '../../../domain/notifications/view.js';
import type { Deps } from '../../platform/deps.js';
import { idParams } from '../../platform/http/common.js';
import * as inbox from './use-cases/inbox.js';

export function notificationRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];

  r.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications, newest first, with the unread count (the bell)',
        querystring: notificationListQuerySchema,
        response: { 200: notificationListViewSchema },
      },
    },
    async (request) => inbox.listNotifications(deps, request.ctx(), request.query),
  );
  r.post(
    '/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Mark all my notifications read',
        response: { 200: markAllReadViewSchema },
      },
    },
    async (request) => inbox.markAllNotificationsRead(deps, request.ctx()),
  );
  r.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one of my notifications read (another user’s: 404)',
        params: idParams,
        response: { 200: notificationViewSchema },
      },
    },
    async (request) => inbox.markNotificationRead(deps, request.ctx(), request.params.id),
  );
  r.get(
    '/notification-preferences',
    {
      schema: {
        tags,
        summary: 'For every notification kind: whether I also get an e-mail (default on)',
        response: { 200: z.object({ items: z.array(notificationPreferenceViewSchema) }) },
      },
    },
    async (request) => inbox.listPreferences(deps, request.ctx()),
  );
  r.put(
    '/notification-preferences/:kind',
    {
      schema: {
        tags,
        summary: 'Turn e-mail on or off for one notification kind',
        params: z.object({ kind: notificationKindSchema }),
        body: preferenceUpdateSchema,
        response: { 200: notificationPreferenceViewSchema },
      },
    },
    async (request) => inbox.updatePreference(deps, request.ctx(), request.params.kind, request.body.email),
  );
}
