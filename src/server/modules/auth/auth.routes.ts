import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordSchema,
  createTokenSchema,
  createUserSchema,
  disableTotpSchema,
  loginSchema,
  loginTotpSchema,
  resetPasswordSchema,
  totpCodeSchema,
  updateUserSchema,
} from '../../../domain/auth/schemas.js';
import {
  apiTokenViewSchema,
  authSessionViewSchema,
  createdTokenViewSchema,
  loginViewSchema,
  recoveryCodesViewSchema,
  sessionViewSchema,
  totpSetupViewSchema,
  totpStatusViewSchema,
  userViewSchema,
} from '../../../domain/auth/view.js';
import type { Role } from '../../../domain/permissions.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { idParams, listOf, pageQuery } from '../../platform/http/common.js';
import * as repo from './auth.repository.js';
import { SESSION_COOKIE } from './auth.hooks.js';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_S, DEVICE_COOKIE_PATH } from './device-cookie.js';
import { requireActor, requirePermission } from './auth.policy.js';
import { presentSession, presentUser } from './auth.presenter.js';
import * as accounts from './use-cases/accounts.js';
import { login } from './use-cases/login.js';
import { completeTotpLogin } from './use-cases/login-totp.js';
import * as totp from './use-cases/totp.js';

/**
 * Sets the cookies of a completed sign-in: the session cookie (Secure when configured, or when the request itself
 * came over HTTPS, directly or via a trusted proxy) and the device cookie when given. Shared by every kind of
 * sign-in.
 */
export function setSignInCookies(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  result: { token: string; deviceCookie?: string },
) {
  const secure = deps.config.secureCookies || request.protocol === 'https';
  reply.setCookie(SESSION_COOKIE, result.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: Math.floor(deps.config.sessionMaxMs / 1000),
  });
  if (result.deviceCookie !== undefined)
    reply.setCookie(DEVICE_COOKIE, result.deviceCookie, {
      path: DEVICE_COOKIE_PATH,
      httpOnly: true,
      sameSite: 'strict',
      secure,
      maxAge: DEVICE_COOKIE_MAX_AGE_S,
    });
}

export function authRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  /**
   * Answers a completed sign-in (password, second factor or single sign-on): the session cookie, the device cookie
   * (sent back only to the auth routes, never readable by scripts) and the session view.
   */
  const signedIn = (
    request: FastifyRequest,
    reply: FastifyReply,
    result: {
      user: { id: string; username: string; roles: Role[]; employeeId: string | null };
      token: string;
      csrfToken: string;
      deviceCookie: string;
    },
  ) => {
    setSignInCookies(deps, request, reply, result);
    const u = result.user;
    return {
      user: { id: u.id, username: u.username, roles: u.roles, employeeId: u.employeeId },
      csrfToken: result.csrfToken,
    };
  };

  r.post(
    '/auth/login',
    {
      config: { auth: 'public', csrf: false },
      schema: {
        tags,
        summary: 'Sign in (session cookie + CSRF token), or the second step when the account has TOTP on',
        body: loginSchema,
        response: { 200: loginViewSchema },
      },
    },
    async (request, reply) => {
      const result = await login(deps, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        requestId: String(request.id),
        deviceCookie: request.cookies[DEVICE_COOKIE],
      });
      if ('mfaRequired' in result) return result;
      return signedIn(request, reply, result);
    },
  );

  r.post(
    '/auth/login/totp',
    {
      config: { auth: 'public', csrf: false },
      schema: {
        tags,
        summary: 'Second step of a sign-in: a TOTP code or a recovery code (session cookie + CSRF token)',
        body: loginTotpSchema,
        response: { 200: sessionViewSchema },
      },
    },
    async (request, reply) => {
      const result = await completeTotpLogin(deps, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        requestId: String(request.id),
        deviceCookie: request.cookies[DEVICE_COOKIE],
      });
      return signedIn(request, reply, result);
    },
  );

  r.get(
    '/auth/totp',
    { schema: { tags, summary: 'My second factor (TOTP): status', response: { 200: totpStatusViewSchema } } },
    async (request) => totp.totpStatus(deps, request.ctx()),
  );
  r.post(
    '/auth/totp/setup',
    {
      schema: {
        tags,
        summary: 'Start enrolling TOTP: a new secret (409 when already on)',
        response: { 200: totpSetupViewSchema },
      },
    },
    async (request) => totp.setupTotp(deps, request.ctx()),
  );
  r.post(
    '/auth/totp/enable',
    {
      schema: {
        tags,
        summary: 'Turn TOTP on with a code from the new secret; the recovery codes are shown once',
        body: totpCodeSchema,
        response: { 200: recoveryCodesViewSchema },
      },
    },
    async (request) => totp.enableTotp(deps, request.ctx(), request.body.code),
  );
  r.post(
    '/auth/totp/recovery-codes',
    {
      schema: {
        tags,
        summary: 'New recovery codes (the old ones stop working), shown once',
        body: totpCodeSchema,
        response: { 200: recoveryCodesViewSchema },
      },
    },
    async (request) => totp.regenerateRecoveryCodes(deps, request.ctx(), request.body.code),
  );
  r.post(
    '/auth/totp/disable',
    {
      schema: {
        tags,
        summary: 'Turn TOTP off (password and a code; 409 when my roles require it)',
        body: disableTotpSchema,
      },
    },
    async (request, reply) => {
      await totp.disableTotp(deps, request.ctx(), request.body.password, request.body.code);
      return reply.status(204).send();
    },
  );

  r.post('/auth/logout', { schema: { tags, summary: 'Sign out' } }, async (request, reply) => {
    await accounts.logout(deps, request.ctx());
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  r.get(
    '/auth/me',
    { schema: { tags, summary: 'The signed-in user', response: { 200: sessionViewSchema } } },
    async (request) => {
      const actor = requireActor(request.ctx());
      const user = await repo.findUserById(deps.database.db, actor.userId);
      return {
        user: {
          id: actor.userId,
          username: actor.username,
          roles: actor.roles,
          employeeId: actor.employeeId,
        },
        csrfToken: request.csrfToken,
        ...(user ? { mfa: totp.statusOf(deps, user, deps.clock.now()) } : {}),
      };
    },
  );

  r.post(
    '/auth/password',
    { schema: { tags, summary: 'Change my password', body: changePasswordSchema } },
    async (request, reply) => {
      await accounts.changePassword(
        deps,
        request.ctx(),
        request.body.currentPassword,
        request.body.newPassword,
      );
      return reply.status(204).send();
    },
  );

  r.post(
    '/auth/tokens',
    {
      schema: {
        tags,
        summary: 'Create a personal API token (shown once)',
        body: createTokenSchema,
        response: { 201: createdTokenViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await accounts.createToken(deps, request.ctx(), request.body.name)),
  );
  r.get(
    '/auth/tokens',
    {
      schema: {
        tags,
        summary: 'My API tokens',
        response: { 200: z.object({ items: z.array(apiTokenViewSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request.ctx());
      const rows = await repo.listTokens(deps.database.db, actor.userId);
      return {
        items: rows.map((t) => ({
          ...t,
          createdAt: t.createdAt.toISOString(),
          lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
          revokedAt: t.revokedAt?.toISOString() ?? null,
        })),
      };
    },
  );
  r.delete(
    '/auth/tokens/:id',
    { schema: { tags, summary: 'Revoke one of my API tokens', params: idParams } },
    async (request, reply) => {
      await accounts.revokeToken(deps, request.ctx(), request.params.id);
      return reply.status(204).send();
    },
  );

  r.get(
    '/auth/sessions',
    {
      schema: {
        tags,
        summary: 'My signed-in sessions (browsers), the current one marked',
        response: { 200: z.object({ items: z.array(authSessionViewSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request.ctx());
      const now = deps.clock.now();
      const rows = await repo.listSessions(deps.database.db, actor.userId, now);
      const live = rows.filter((s) => s.lastSeenAt.getTime() + deps.config.sessionIdleMs > now.getTime());
      return { items: live.map((s) => presentSession(s, actor.sessionId)) };
    },
  );
  r.delete(
    '/auth/sessions/:id',
    {
      schema: {
        tags,
        summary: 'End one of my sessions (signs that browser out)',
        params: z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) }),
      },
    },
    async (request, reply) => {
      await accounts.revokeSession(deps, request.ctx(), request.params.id);
      if (request.params.id === request.actor?.sessionId) reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  const userTags = ['users'];
  r.post(
    '/users',
    {
      config: { permission: 'manage:user' },
      schema: {
        tags: userTags,
        summary: 'Create an account (admin)',
        body: createUserSchema,
        response: { 201: userViewSchema },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx(), 'manage:user');
      return reply.status(201).send(await accounts.createUser(deps, request.ctx(), request.body));
    },
  );
  r.get(
    '/users',
    {
      config: { permission: 'manage:user' },
      schema: {
        tags: userTags,
        summary: 'List accounts (admin)',
        querystring: pageQuery.extend({ q: z.string().trim().max(64).optional() }),
        response: { 200: listOf(userViewSchema) },
      },
    },
    async (request) => {
      requirePermission(request.ctx(), 'manage:user');
      const { q, limit, offset } = request.query;
      const { items, total } = await repo.listUsers(deps.database.db, q, limit, offset);
      return { items: items.map(presentUser), total };
    },
  );
  r.get(
    '/users/:id',
    {
      config: { permission: 'manage:user' },
      schema: {
        tags: userTags,
        summary: 'One account (admin)',
        params: idParams,
        response: { 200: userViewSchema },
      },
    },
    async (request) => {
      requirePermission(request.ctx(), 'manage:user');
      const user = await repo.findUserById(deps.database.db, request.params.id);
      if (!user) throw notFound();
      return presentUser(user);
    },
  );
  r.patch(
    '/users/:id',
    {
      config: { permission: 'manage:user' },
      schema: {
        tags: userTags,
        summary: 'Change roles, link or status (admin)',
        params: idParams,
        body: updateUserSchema,
        response: { 200: userViewSchema },
      },
    },
    async (request) => {
      requirePermission(request.ctx(), 'manage:user');
      return accounts.updateUser(deps, request.ctx(), request.params.id, request.body);
    },
  );
  r.post(
    '/users/:id/reset-password',
    {
      config: { permission: 'manage:user' },
      schema: {
        tags: userTags,
        summary: 'Set a new password (admin)',
        params: idParams,
        body: resetPasswordSchema,
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx(), 'manage:user');
      await accounts.resetPassword(deps, request.ctx(), request.params.id, request.body.password);
      return reply.status(204).send();
    },
  );
  r.delete(
    '/users/:id/totp',
    {
      config: { permission: 'manage:user' },
      schema: {
        tags: userTags,
        summary: "Remove someone's second factor, e.g. a lost phone (admin)",
        params: idParams,
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx(), 'manage:user');
      await totp.resetTotp(deps, request.ctx(), request.params.id);
      return reply.status(204).send();
    },
  );
}
