import type { Permission } from '../../../domain/permissions.js';
import type { Actor, RequestContext } from '../context.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** Set when the session cookie was used. */
    csrfToken: string | null;
    ctx(): RequestContext;
  }
  interface FastifyContextConfig {
    /** `public`: no sign-in needed. Default: a signed-in actor is required under /api/v1. */
    auth?: 'public';
    /** Skip the CSRF check (only login, which has no session yet). */
    csrf?: false;
    /**
     * A role permission the route needs, checked before the body is validated, so a caller without it gets 403
     * whatever they send. Use cases check again (and check ownership) themselves.
     */
    permission?: Permission;
  }
}

export {};
