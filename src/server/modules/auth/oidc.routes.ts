import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { fieldInvalid, notFound } from '../../platform/errors.js';
import { setSignInCookies } from './auth.routes.js';
import {
  localPath,
  OIDC_COOKIE,
  OIDC_COOKIE_PATH,
  OIDC_FLOW_TTL_MS,
  OidcProvider,
  openFlow,
  providerError,
  sealFlow,
} from './oidc.js';
import { auditOidcFailure, oidcSignIn, type OidcRefusal } from './use-cases/oidc-login.js';

/** The web sign-in page, told why a single sign-on did not sign in. */
const loginPage = (refusal: OidcRefusal) => `/login?sso=${refusal}`;

/**
 * Single sign-on (api.md: `GET /auth/oidc/login` → 302 to the provider; `GET /auth/oidc/callback` signs in the
 * account linked by NIP or username). Both answer 404 when SSO is not configured.
 */
export function oidcRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  const settings = deps.config.oidc;
  const provider = settings ? new OidcProvider(settings, deps.clock) : null;

  const cookieOptions = (request: FastifyRequest) => ({
    path: OIDC_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax' as const, // sent on the provider's top-level redirect back to the callback
    secure: deps.config.secureCookies || request.protocol === 'https',
  });
  const redirectUri = (p: OidcProvider, request: FastifyRequest) =>
    p.redirectUri(deps.config.mail.publicUrl, `${request.protocol}://${request.host}`);
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

  r.get(
    '/auth/oidc/login',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Single sign-on: redirect to the OpenID provider (404 when SSO is not configured)',
        querystring: z.object({ next: z.string().max(1000).optional() }),
      },
    },
    async (request, reply) => {
      if (!provider) throw notFound();
      const next = request.query.next === undefined ? '/' : localPath(request.query.next);
      if (next === null) throw fieldInvalid('next', 'oidc.nextNotLocal');
      const { url, flow } = await provider.start(redirectUri(provider, request), next, deps.clock.now());
      reply.setCookie(OIDC_COOKIE, await sealFlow(deps, flow), {
        ...cookieOptions(request),
        maxAge: OIDC_FLOW_TTL_MS / 1000,
      });
      return noStore(reply).redirect(url.href, 302);
    },
  );

  r.get(
    '/auth/oidc/callback',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Single sign-on: the provider returns here; signs in the account linked by NIP or username',
        // the provider's parameters (code, state, iss, error…) are checked by openid-client, not here
        querystring: z.record(z.string(), z.unknown()),
      },
    },
    async (request, reply) => {
      if (!provider) throw notFound();
      noStore(reply);
      // single use: the flow's cookie is gone after this request, whatever its outcome
      reply.clearCookie(OIDC_COOKIE, cookieOptions(request));
      const meta = { ip: request.ip, requestId: String(request.id) };
      const opened = await openFlow(deps, request.cookies[OIDC_COOKIE]);
      if (!opened.flow) {
        await auditOidcFailure(deps, meta, { reason: opened.reason });
        return reply.redirect(loginPage('failed'), 302);
      }
      const { flow } = opened;
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      let identity;
      try {
        identity = await provider.finish(redirectUri(provider, request), query, flow);
      } catch (err) {
        request.log.warn({ err }, 'single sign-on failed');
        await auditOidcFailure(deps, meta, { reason: 'provider', error: providerError(err) });
        return reply.redirect(loginPage('failed'), 302);
      }
      const outcome = await oidcSignIn(deps, identity, {
        ...meta,
        userAgent: request.headers['user-agent'],
      });
      if (!outcome.ok) return reply.redirect(loginPage(outcome.refusal), 302);
      // no device cookie: the browser does not send its SameSite=Strict one on the provider's redirect, so a new
      // one would drop the entries of the other accounts on a shared computer (and SSO users need none)
      setSignInCookies(deps, request, reply, { token: outcome.result.token });
      return reply.redirect(flow.next, 302);
    },
  );
}
