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
  }
}

export {};
