import type { FastifyInstance, FastifyRequest } from 'fastify';
import '../../platform/http/types.js';
import { can } from '../../../domain/permissions.js';
import type { Deps } from '../../platform/deps.js';
import { AppError } from '../../platform/errors.js';
import { localeFrom } from '../../platform/i18n.js';
import { safeEqual } from '../../platform/security.js';
import { resolveSession, resolveToken } from './use-cases/authenticate.js';

export const SESSION_COOKIE = 'kinerja_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a session must still reach when its account has to enrol a second factor first. */
const ENROLMENT_ROUTES = /^\/api\/v1\/auth\/(me|logout|password|totp(\/.*)?)$/;

/**
 * Resolves the caller (session cookie or bearer token) on every API request, refuses anonymous calls to
 * non-public routes (401) and cookie writes without the session's CSRF token (403).
 */
export function registerAuthentication(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('ctx', function (this: FastifyRequest) {
    return {
      actor: this.actor,
      requestId: String(this.id),
      locale: localeFrom(this.headers['accept-language']),
    };
  });

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const config = request.routeOptions.config;
    let expired = false;
    let mfaBlocked = false;
    const header = request.headers.authorization;
    if (header?.toLowerCase().startsWith('bearer ')) {
      const actor = await resolveToken(deps, header.slice(7).trim());
      if (!actor) throw new AppError('UNAUTHENTICATED');
      request.actor = actor;
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) {
        const result = await resolveSession(deps, cookie);
        if (result.kind === 'ok') {
          request.actor = result.actor;
          request.csrfToken = result.csrfToken;
          mfaBlocked = result.mfaBlocked;
        } else expired = result.kind === 'expired';
      }
    }
    if (!request.actor) {
      if (config.auth === 'public') return;
      throw new AppError('UNAUTHENTICATED', expired ? 'auth.sessionExpired' : 'UNAUTHENTICATED');
    }
    if (request.actor.via === 'session' && !SAFE_METHODS.has(request.method) && config.csrf !== false) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !request.csrfToken || !safeEqual(sent, request.csrfToken)) {
        throw new AppError('FORBIDDEN', 'auth.csrf', { reason: 'csrf' });
      }
    }
    // past the grace period, an account that must enrol a second factor reaches only what enrolling needs
    if (mfaBlocked && config.auth !== 'public' && !ENROLMENT_ROUTES.test(request.routeOptions.url ?? '')) {
      throw new AppError('MFA_ENROLMENT_REQUIRED');
    }
  });

  app.addHook('preValidation', async (request) => {
    const permission = request.routeOptions.config.permission;
    if (permission && request.actor && !can(request.actor.roles, permission)) throw new AppError('FORBIDDEN');
  });
}
