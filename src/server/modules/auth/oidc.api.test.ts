import { createServer } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import {
  adminClient,
  countRows,
  createEmployee,
  createUnit,
  expectError,
  PASSWORD,
  pnsNip,
  type EmployeeBody,
} from '../../../../test/factories.js';
import type { Client } from '../../../../test/helpers.js';
import { EN, MINUTE, uniq } from '../../../../test/auth-fixtures.js';
import { actAtProvider, oidcEnv, startProvider, type TestProvider } from '../../../../test/oidc-fixtures.js';

/**
 * Single sign-on against a real OpenID provider (oidc-provider on a random local port): the app redirects to it,
 * the test plays the user on its login and consent pages, and the provider's redirect comes back to the callback.
 */
let provider: TestProvider;
let t: TestApp;
let admin: Client;

beforeAll(async () => {
  provider = await startProvider();
  t = await createTestApp(oidcEnv(provider, { KINERJA_OIDC_LABEL: 'SSO Pemda' }));
  admin = await adminClient(t.app, t.database);
});
afterAll(async () => {
  await t.close();
  await provider.close();
});

const cookie = (res: LightMyRequestResponse, name: string) => res.cookies.find((c) => c.name === name);

/** GET /auth/oidc/login: the provider's authorization URL and the flow cookie (as a Cookie header). */
async function startLogin(next?: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/auth/oidc/login${next === undefined ? '' : `?next=${encodeURIComponent(next)}`}`,
  });
  expect(res.statusCode, res.body).toBe(302);
  const flow = cookie(res, 'kinerja_oidc');
  expect(flow).toBeDefined();
  return { location: String(res.headers.location), flowCookie: `kinerja_oidc=${flow!.value}`, res };
}

const callback = (url: string, flowCookie?: string) =>
  t.app.inject({ method: 'GET', url, headers: flowCookie ? { cookie: flowCookie } : {} });

/** The whole flow for a provider account; returns the callback's answer. */
async function ssoAs(subject: string, next?: string) {
  const { location, flowCookie } = await startLogin(next);
  return callback(await actAtProvider(location, subject), flowCookie);
}

/** A provider account with these claims, under a fresh subject. */
function providerAccount(claims: Record<string, unknown>) {
  const subject = uniq('sub-');
  provider.accounts.set(subject, claims);
  return subject;
}

async function newAccount(over: Record<string, unknown> = {}) {
  const username = uniq('pegawai.sso');
  const res = await admin.post('/users', { username, password: PASSWORD, roles: ['employee'], ...over });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json<{ id: string }>().id, username };
}

const auditActions = async (action: string) =>
  t.database.query<{ entity_id: string; after: Record<string, unknown> }>(
    `SELECT entity_id, after FROM audit_log WHERE action = $1 ORDER BY seq`,
    [action],
  );

const subjectOf = async (userId: string) =>
  (
    await t.database.query<{ s: string | null }>(`SELECT oidc_subject AS s FROM users WHERE id = $1`, [
      userId,
    ])
  )[0]?.s;

describe('single sign-on', () => {
  it('when the provider vouches for a username, then the account is signed in, its subject remembered and the session works', async () => {
    const { id, username } = await newAccount();
    const subject = providerAccount({ preferred_username: username.toUpperCase(), name: 'Siti' });

    const start = await startLogin('/rencana?tahun=2026#hasil');
    const authUrl = new URL(start.location);
    expect(authUrl.origin).toBe(provider.issuer);
    expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authUrl.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authUrl.searchParams.get('state')).toBeTruthy();
    expect(authUrl.searchParams.get('nonce')).toBeTruthy();
    expect(authUrl.searchParams.get('redirect_uri')).toBe(provider.redirectUri);
    expect(authUrl.searchParams.get('scope')).toBe('openid profile');
    const flow = cookie(start.res, 'kinerja_oidc')!;
    expect(flow.httpOnly).toBe(true);
    expect(flow.sameSite).toBe('Lax');
    expect(flow.path).toBe('/api/v1/auth/oidc');
    expect(flow.maxAge).toBe(600);
    // the cookie holds the verifier, never in the URL
    expect(start.location).not.toContain(flow.value.split('.')[0]!);

    const res = await callback(await actAtProvider(start.location, subject), start.flowCookie);
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/rencana?tahun=2026#hasil');
    const session = cookie(res, 'kinerja_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    expect(cookie(res, 'kinerja_oidc')?.value).toBe(''); // the flow is used up

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `kinerja_session=${session!.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json<{ user: { id: string; username: string } }>().user).toMatchObject({ id, username });

    expect(await subjectOf(id)).toBe(subject);
    const logins = await t.database.query<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_log WHERE action = 'auth.login' AND entity_id = $1`,
      [id],
    );
    expect(logins.at(-1)?.after).toMatchObject({
      method: 'oidc',
      issuer: provider.issuer,
      subject,
      firstLink: true,
    });

    // a second sign-in with the same subject works and keeps the link
    const again = await ssoAs(subject);
    expect(again.statusCode).toBe(302);
    expect(again.headers.location).toBe('/');
    expect(cookie(again, 'kinerja_session')).toBeDefined();
  });

  it('when the claim is the NIP of an employee, then the account linked to that employee is signed in', async () => {
    const hr = admin;
    const unit = await createUnit(hr);
    const nip = pnsNip();
    const employee: EmployeeBody = await createEmployee(hr, unit.id, { nip });
    const { id } = await newAccount({ employeeId: employee.id });
    const subject = providerAccount({ preferred_username: nip });

    const res = await ssoAs(subject);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `kinerja_session=${cookie(res, 'kinerja_session')!.value}` },
    });
    expect(me.json<{ user: { id: string; employeeId: string } }>().user).toMatchObject({
      id,
      employeeId: employee.id,
    });
  });

  it('when the identity matches no account, then nobody is signed in, no account is created and it is audited', async () => {
    const subject = providerAccount({ preferred_username: uniq('tidak.dikenal') });
    const users = await countRows(t.database, 'users');
    const res = await ssoAs(subject);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/login?sso=unlinked');
    expect(cookie(res, 'kinerja_session')).toBeUndefined();
    expect(await countRows(t.database, 'users')).toBe(users);
    const rows = await auditActions('auth.oidc_unlinked');
    expect(rows.at(-1)).toMatchObject({ entity_id: subject, after: { subject, issuer: provider.issuer } });
  });

  it('when the account is deactivated, then the sign-in is refused', async () => {
    const { id, username } = await newAccount();
    expect((await admin.patch(`/users/${id}`, { active: false })).statusCode).toBe(200);
    const res = await ssoAs(providerAccount({ preferred_username: username }));
    expect(res.headers.location).toBe('/login?sso=inactive');
    expect(cookie(res, 'kinerja_session')).toBeUndefined();
    expect((await auditActions('auth.oidc_failed')).at(-1)).toMatchObject({
      entity_id: id,
      after: { reason: 'inactive' },
    });
  });

  it('when another subject claims a username already linked (renamed at the provider), then it is refused', async () => {
    const { id, username } = await newAccount();
    const first = providerAccount({ preferred_username: username });
    expect(cookie(await ssoAs(first), 'kinerja_session')).toBeDefined();

    const impostor = providerAccount({ preferred_username: username });
    const res = await ssoAs(impostor);
    expect(res.headers.location).toBe('/login?sso=mismatch');
    expect(cookie(res, 'kinerja_session')).toBeUndefined();
    expect(await subjectOf(id)).toBe(first);
    expect((await auditActions('auth.oidc_failed')).at(-1)).toMatchObject({
      entity_id: id,
      after: { reason: 'subject_mismatch', subject: impostor },
    });
  });

  it('when the admin forgets the remembered subject, then a new subject links the account again (audited)', async () => {
    const { id, username } = await newAccount();
    const old = providerAccount({ preferred_username: username });
    expect(cookie(await ssoAs(old), 'kinerja_session')).toBeDefined();
    expect((await admin.get(`/users/${id}`)).json()).toMatchObject({ ssoLinked: true });

    const recreated = providerAccount({ preferred_username: username });
    expect((await ssoAs(recreated)).headers.location).toBe('/login?sso=mismatch');
    const res = await admin.patch(`/users/${id}`, { ssoLinked: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ssoLinked: false });
    const audit = await t.database.query<{ before: { ssoLinked: boolean }; after: { ssoLinked: boolean } }>(
      `SELECT before, after FROM audit_log WHERE action = 'user.update' AND entity_id = $1 ORDER BY seq DESC LIMIT 1`,
      [id],
    );
    expect(audit[0]).toMatchObject({ before: { ssoLinked: true }, after: { ssoLinked: false } });
    // only false is accepted: an admin cannot link a subject by hand
    expectError(await admin.patch(`/users/${id}`, { ssoLinked: true }), 400, 'VALIDATION_FAILED');

    expect(cookie(await ssoAs(recreated), 'kinerja_session')).toBeDefined();
    expect(await subjectOf(id)).toBe(recreated);
  });

  it('when a linked subject now names another account, then it is refused', async () => {
    const a = await newAccount();
    const b = await newAccount();
    const subject = providerAccount({ preferred_username: a.username });
    expect(cookie(await ssoAs(subject), 'kinerja_session')).toBeDefined();
    provider.accounts.set(subject, { preferred_username: b.username });
    const res = await ssoAs(subject);
    expect(res.headers.location).toBe('/login?sso=mismatch');
    expect(await subjectOf(b.id)).toBeNull();
  });

  it('when the callback is replayed, then the second use is refused', async () => {
    const { username } = await newAccount();
    const subject = providerAccount({ preferred_username: username });
    const { location, flowCookie } = await startLogin();
    const back = await actAtProvider(location, subject);
    expect(cookie(await callback(back, flowCookie), 'kinerja_session')).toBeDefined();

    // the same URL with the same (captured) flow cookie: the provider accepts a code once
    const replay = await callback(back, flowCookie);
    expect(replay.headers.location).toBe('/login?sso=failed');
    expect(cookie(replay, 'kinerja_session')).toBeUndefined();
    // and without the cookie (the browser's copy was cleared)
    const bare = await callback(back);
    expect(bare.headers.location).toBe('/login?sso=failed');
    expect((await auditActions('auth.oidc_failed')).at(-1)?.after).toMatchObject({ reason: 'state_missing' });
  });

  it("when the state does not match the browser's flow, then the callback is refused (login CSRF)", async () => {
    const { username } = await newAccount();
    const subject = providerAccount({ preferred_username: username });
    const mine = await startLogin();
    const theirs = await startLogin();
    const back = await actAtProvider(theirs.location, subject);
    const res = await callback(back, mine.flowCookie);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/login?sso=failed');
    expect(cookie(res, 'kinerja_session')).toBeUndefined();

    // a forged cookie (the signature does not verify)
    const [body] = theirs.flowCookie.split('.');
    const forged = await callback(back, `${body}.AAAA`);
    expect(forged.headers.location).toBe('/login?sso=failed');
    expect((await auditActions('auth.oidc_failed')).at(-1)?.after).toMatchObject({ reason: 'state_invalid' });
  });

  it('when the flow is older than ten minutes, then the callback is refused', async () => {
    const { username } = await newAccount();
    const subject = providerAccount({ preferred_username: username });
    const { location, flowCookie } = await startLogin();
    const back = await actAtProvider(location, subject);
    t.clock.advance(11 * MINUTE);
    const res = await callback(back, flowCookie);
    expect(res.headers.location).toBe('/login?sso=failed');
    expect((await auditActions('auth.oidc_failed')).at(-1)?.after).toMatchObject({ reason: 'expired' });
  });

  it('when the user cancels at the provider (access_denied), then the sign-in page says it failed', async () => {
    const { location, flowCookie } = await startLogin();
    const back = await actAtProvider(location, 'nobody', { abort: true });
    expect(back).toContain('error=access_denied');
    const res = await callback(back, flowCookie);
    expect(res.headers.location).toBe('/login?sso=failed');
    expect((await auditActions('auth.oidc_failed')).at(-1)?.after).toMatchObject({
      reason: 'provider',
      error: 'access_denied',
    });
  });

  it('when next is not a path on this site, then the login is refused with 400 (no open redirect)', async () => {
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'evil', '/a\nb']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/auth/oidc/login?next=${encodeURIComponent(next)}`,
        headers: EN,
      });
      const err = expectError(res, 400, 'VALIDATION_FAILED');
      expect(err.message).toBe('The page to go to after signing in must be on this site.');
      expect(res.cookies.find((c) => c.name === 'kinerja_oidc')).toBeUndefined();
    }
  });

  it('when SSO is configured, then /meta offers it with its label', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/meta' });
    expect(res.json()).toMatchObject({ sso: { enabled: true, label: 'SSO Pemda' } });
  });
});

describe('single sign-on, linked by a nip claim', () => {
  it('when KINERJA_OIDC_CLAIM=nip, then the nip claim (not the username) names the employee and its account', async () => {
    const byNip = await createTestApp(oidcEnv(provider, { KINERJA_OIDC_CLAIM: 'nip' }));
    try {
      const hr = await adminClient(byNip.app, byNip.database);
      const unit = await createUnit(hr);
      const nip = pnsNip();
      const employee = await createEmployee(hr, unit.id, { nip });
      const created = await hr.post('/users', {
        username: 'budi.santoso',
        password: PASSWORD,
        roles: ['employee'],
        employeeId: employee.id,
      });
      expect(created.statusCode).toBe(201);
      // the provider's username names another existing account: the nip claim wins
      const subject = providerAccount({ preferred_username: 'admin', nip });
      const { location, flowCookie } = await (async () => {
        const res = await byNip.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' });
        return {
          location: String(res.headers.location),
          flowCookie: `kinerja_oidc=${cookie(res, 'kinerja_oidc')!.value}`,
        };
      })();
      const back = await actAtProvider(location, subject);
      const res = await byNip.app.inject({ method: 'GET', url: back, headers: { cookie: flowCookie } });
      expect(res.headers.location).toBe('/');
      const me = await byNip.app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: `kinerja_session=${cookie(res, 'kinerja_session')!.value}` },
      });
      expect(me.json()).toMatchObject({ user: { username: 'budi.santoso', employeeId: employee.id } });

      // a provider user without the claim is not linked, even though its username exists
      const noNip = providerAccount({ preferred_username: 'budi.santoso' });
      const start = await byNip.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' });
      const again = await byNip.app.inject({
        method: 'GET',
        url: await actAtProvider(String(start.headers.location), noNip),
        headers: { cookie: `kinerja_oidc=${cookie(start, 'kinerja_oidc')!.value}` },
      });
      expect(again.headers.location).toBe('/login?sso=unlinked');
    } finally {
      await byNip.close();
    }
  });
});

describe('single sign-on, not configured or unreachable', () => {
  it('when SSO is not configured, then both routes answer 404 in the envelope and /meta says it is off', async () => {
    const off = await createTestApp();
    try {
      for (const url of ['/api/v1/auth/oidc/login', '/api/v1/auth/oidc/callback?code=x&state=y']) {
        expectError(await off.app.inject({ method: 'GET', url }), 404, 'NOT_FOUND');
      }
      const meta = await off.app.inject({ method: 'GET', url: '/api/v1/meta' });
      expect(meta.json()).toMatchObject({ sso: { enabled: false } });
    } finally {
      await off.close();
    }
  });

  it('when the provider cannot be reached, then the login answers 503 and tries again later', async () => {
    const port = await freePort();
    const down = await createTestApp(
      oidcEnv({ ...provider, issuer: `http://127.0.0.1:${port}` }, { KINERJA_OIDC_CLAIM: 'nip' }),
    );
    try {
      const res = await down.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/login', headers: EN });
      expect(expectError(res, 503, 'UNAVAILABLE').message).toContain('cannot be reached');
      // within the pause no new attempt is made; afterwards it is tried again (and fails again)
      expectError(
        await down.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' }),
        503,
        'UNAVAILABLE',
      );
      down.clock.advance(MINUTE);
      expectError(
        await down.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' }),
        503,
        'UNAVAILABLE',
      );
    } finally {
      await down.close();
    }
  });
});

/** A local port nothing listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
