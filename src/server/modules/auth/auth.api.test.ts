import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, Client, login, type TestApp } from '../../../../test/helpers.js';
import { bearerClient, expectError, failingPaths, PASSWORD } from '../../../../test/factories.js';
import {
  authTestApp,
  EN,
  HOUR,
  MINUTE,
  newUser,
  rawLogin,
  rootClient,
  uniq,
} from '../../../../test/auth-fixtures.js';

/** CSRF, sessions, personal API tokens and password changes. Every test makes its own users. */
let t: TestApp;

beforeAll(async () => {
  t = await authTestApp();
});
afterAll(async () => t.close());

describe('CSRF', () => {
  it('when a cookie-authenticated POST has no x-csrf-token or a wrong one, then it answers 403 FORBIDDEN', async () => {
    const { client } = await newUser(t);
    const noCsrf = new Client(t.app, { cookie: client.auth.cookie! });
    const err = expectError(await noCsrf.post('/auth/tokens', { name: 'ci' }, EN), 403, 'FORBIDDEN');
    expect(err.message).toBe('Missing or invalid CSRF token. Reload the page and try again.');
    const wrong = new Client(t.app, { cookie: client.auth.cookie!, csrf: `${client.auth.csrf!}x` });
    expectError(await wrong.post('/auth/tokens', { name: 'ci' }), 403, 'FORBIDDEN');
    const empty = new Client(t.app, { cookie: client.auth.cookie! });
    expectError(await empty.post('/auth/tokens', { name: 'ci' }, { 'x-csrf-token': '' }), 403, 'FORBIDDEN');
    // Nothing was created by the refused requests.
    expect((await client.get('/auth/tokens')).json<{ items: unknown[] }>().items).toEqual([]);
    // With the right token it works.
    expect((await client.post('/auth/tokens', { name: 'ci' })).statusCode).toBe(201);
  });

  it("when a session sends another session's CSRF token, then it is refused", async () => {
    const { username, client } = await newUser(t);
    const second = await login(t.app, username, PASSWORD);
    const mixed = new Client(t.app, { cookie: client.auth.cookie!, csrf: second.auth.csrf! });
    expectError(await mixed.post('/auth/tokens', { name: 'x' }), 403, 'FORBIDDEN');
  });

  it('when a cookie-authenticated PATCH or DELETE lacks the token, then it answers 403 and changes nothing', async () => {
    const root = await rootClient(t);
    const { id } = await newUser(t);
    const noCsrf = new Client(t.app, { cookie: root.auth.cookie! });
    expectError(await noCsrf.patch(`/users/${id}`, { roles: ['auditor'] }), 403, 'FORBIDDEN');
    expect((await root.get(`/users/${id}`)).json<{ roles: string[] }>().roles).toEqual(['employee']);
    const token = (await root.post('/auth/tokens', { name: 'del' })).json<{ id: string }>();
    expectError(await noCsrf.delete(`/auth/tokens/${token.id}`), 403, 'FORBIDDEN');
    expect((await root.delete(`/auth/tokens/${token.id}`)).statusCode).toBe(204);
  });

  it('when a cookie-authenticated request is a GET, then no CSRF token is needed', async () => {
    const { client } = await newUser(t);
    const noCsrf = new Client(t.app, { cookie: client.auth.cookie! });
    expect((await noCsrf.get('/auth/me')).statusCode).toBe(200);
    expect((await noCsrf.get('/units')).statusCode).toBe(200);
  });

  it('when logout is posted without the CSRF token, then it is refused and the session stays', async () => {
    const { client } = await newUser(t);
    const noCsrf = new Client(t.app, { cookie: client.auth.cookie! });
    expectError(await noCsrf.post('/auth/logout'), 403, 'FORBIDDEN');
    expect((await client.get('/auth/me')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('when the session is idle longer than the idle timeout, then it answers 401 (activity keeps it alive)', async () => {
    const { client } = await newUser(t);
    t.clock.advance(8 * HOUR - MINUTE);
    expect((await client.get('/auth/me')).statusCode).toBe(200);
    t.clock.advance(8 * HOUR - MINUTE);
    expect((await client.get('/auth/me')).statusCode).toBe(200);
    t.clock.advance(8 * HOUR + MINUTE);
    const err = expectError(await client.get('/auth/me', EN), 401, 'UNAUTHENTICATED');
    expect(err.message).toBe('Your session has expired. Please sign in again.');
    // The expired session is gone for good.
    expectError(await client.get('/auth/me'), 401, 'UNAUTHENTICATED');
  });

  it('when the session is older than its absolute maximum, then it answers 401 even while in use', async () => {
    const { client } = await newUser(t);
    for (let i = 0; i < 3; i++) {
      t.clock.advance(7 * HOUR);
      expect((await client.get('/auth/me')).statusCode).toBe(200);
    }
    t.clock.advance(3 * HOUR - MINUTE); // 24 h − 1 min after login
    expect((await client.get('/auth/me')).statusCode).toBe(200);
    t.clock.advance(2 * MINUTE);
    expectError(await client.get('/auth/me'), 401, 'UNAUTHENTICATED');
  });

  it('when the user logs out, then the cookie is cleared and no longer works', async () => {
    const { client } = await newUser(t);
    const res = await client.post('/auth/logout');
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(/kinerja_session=;/);
    expectError(await client.get('/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await client.post('/auth/tokens', { name: 'x' }), 401, 'UNAUTHENTICATED');
  });

  it('when a user logs out of one session, then their other sessions keep working', async () => {
    const { username, client } = await newUser(t);
    const other = await login(t.app, username, PASSWORD);
    expect((await client.post('/auth/logout')).statusCode).toBe(204);
    expect((await other.get('/auth/me')).statusCode).toBe(200);
  });

  it('when the cookie is forged or anonymous, then protected endpoints answer 401', async () => {
    const forged = new Client(t.app, { cookie: 'kinerja_session=forged-value', csrf: 'x' });
    expectError(await forged.get('/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await anonymous(t.app).get('/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await anonymous(t.app).post('/auth/logout'), 401, 'UNAUTHENTICATED');
  });

  it('when an account is deactivated, then its open sessions stop working', async () => {
    const { id, client } = await newUser(t);
    expect((await (await rootClient(t)).patch(`/users/${id}`, { active: false })).statusCode).toBe(200);
    expectError(await client.get('/auth/me'), 401, 'UNAUTHENTICATED');
  });
});

describe('API tokens', () => {
  it('when a token is created, then it is shown once with the kin_ prefix and works as a Bearer without CSRF', async () => {
    const { id: userId, username, client } = await newUser(t, ['hr_admin']);
    const res = await client.post('/auth/tokens', { name: 'payroll sync' });
    expect(res.statusCode).toBe(201);
    const created = res.json<{ id: string; name: string; token: string; createdAt: string }>();
    expect(created.name).toBe('payroll sync');
    expect(created.token).toMatch(/^kin_[A-Za-z0-9_-]{40,}$/);

    const bearer = bearerClient(t.app, created.token);
    const me = await bearer.get('/auth/me');
    expect(me.json()).toEqual({
      user: { id: userId, username, roles: ['hr_admin'], employeeId: null },
      csrfToken: null,
      // API tokens are not asked for a second factor (their holder created them signed in)
      mfa: { enabled: false, required: false, graceUntil: null, blocked: false },
    });
    // A write with the bearer needs no CSRF token.
    const unit = await bearer.post('/units', { name: 'Unit Bearer', code: uniq('BRR') });
    expect(unit.statusCode).toBe(201);
    expect((await bearer.post('/auth/tokens', { name: 'second' })).statusCode).toBe(201);

    // Listed without the token value.
    const list = await client.get('/auth/tokens');
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: Array<Record<string, unknown>> }>().items;
    expect(items.map((i) => i.name).sort()).toEqual(['payroll sync', 'second']);
    const mine = items.find((i) => i.id === created.id)!;
    expect(Object.keys(mine).sort()).toEqual(['createdAt', 'id', 'lastUsedAt', 'name', 'revokedAt']);
    expect(mine.lastUsedAt).not.toBeNull();
    expect(list.body).not.toContain(created.token);
    expect(list.body).not.toContain(created.token.slice(4));
  });

  it('when a token is revoked, then it answers 401, is listed as revoked, and cannot be revoked again', async () => {
    const { client } = await newUser(t);
    const created = (await client.post('/auth/tokens', { name: 'ci' })).json<{ id: string; token: string }>();
    const bearer = bearerClient(t.app, created.token);
    expect((await bearer.get('/auth/me')).statusCode).toBe(200);
    expect((await client.delete(`/auth/tokens/${created.id}`)).statusCode).toBe(204);
    expectError(await bearer.get('/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await bearer.get('/units'), 401, 'UNAUTHENTICATED');
    const listed = (await client.get('/auth/tokens')).json<{
      items: Array<{ id: string; revokedAt: string | null }>;
    }>();
    expect(listed.items.find((i) => i.id === created.id)!.revokedAt).not.toBeNull();
    expectError(await client.delete(`/auth/tokens/${created.id}`), 404, 'NOT_FOUND');
  });

  it("when someone revokes another user's token, then it answers 404 and the token keeps working", async () => {
    const owner = await newUser(t);
    const other = await newUser(t);
    const created = (await owner.client.post('/auth/tokens', { name: 'mine' })).json<{
      id: string;
      token: string;
    }>();
    expectError(await other.client.delete(`/auth/tokens/${created.id}`), 404, 'NOT_FOUND');
    expect((await bearerClient(t.app, created.token).get('/auth/me')).statusCode).toBe(200);
    expect((await other.client.get('/auth/tokens')).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('when the owner is deactivated, then the token answers 401; when reactivated, it works again', async () => {
    const { id, client } = await newUser(t);
    const { token } = (await client.post('/auth/tokens', { name: 'x' })).json<{ token: string }>();
    const root = await rootClient(t);
    expect((await root.patch(`/users/${id}`, { active: false })).statusCode).toBe(200);
    expectError(await bearerClient(t.app, token).get('/auth/me'), 401, 'UNAUTHENTICATED');
    expect((await root.patch(`/users/${id}`, { active: true })).statusCode).toBe(200);
    expect((await bearerClient(t.app, token).get('/auth/me')).statusCode).toBe(200);
  });

  it('when the bearer token is unknown or malformed, then it answers 401 (not 500)', async () => {
    for (const token of ['kin_nope', 'x', 'kin_' + 'a'.repeat(500)]) {
      expectError(await bearerClient(t.app, token).get('/auth/me'), 401, 'UNAUTHENTICATED');
    }
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: 'Bearer ' },
    });
    expectError(res, 401, 'UNAUTHENTICATED');
  });

  it('when a bearer token is sent alongside a session cookie, then the bearer decides who is acting', async () => {
    const a = await newUser(t);
    const b = await newUser(t);
    const { token } = (await b.client.post('/auth/tokens', { name: 'b' })).json<{ token: string }>();
    const both = new Client(t.app, { cookie: a.client.auth.cookie!, bearer: token });
    expect((await both.get('/auth/me')).json<{ user: { username: string } }>().user.username).toBe(
      b.username,
    );
  });

  it('when the token name is missing, blank or too long, then it answers 400 naming the field', async () => {
    const { client } = await newUser(t);
    expect(failingPaths(await client.post('/auth/tokens', {}))).toEqual(['name']);
    expect(failingPaths(await client.post('/auth/tokens', { name: '   ' }))).toEqual(['name']);
    expect(failingPaths(await client.post('/auth/tokens', { name: 'x'.repeat(101) }))).toEqual(['name']);
  });
});

describe('password change', () => {
  it('when the current password is wrong, then it answers 400 naming currentPassword and nothing changes', async () => {
    const { username, client } = await newUser(t);
    const res = await client.post(
      '/auth/password',
      { currentPassword: 'wrong-one', newPassword: 'new-password-1' },
      EN,
    );
    const err = expectError(res, 400, 'VALIDATION_FAILED');
    expect(err.message).toBe('The current password is wrong.');
    expect((err.details as Array<{ path: string }>).map((d) => d.path)).toEqual(['currentPassword']);
    expect((await rawLogin(t, { username, password: PASSWORD })).statusCode).toBe(200);
  });

  it('when the password is changed, then the old one fails, the new one works, and other sessions are signed out', async () => {
    const { username, client } = await newUser(t);
    const other = await login(t.app, username, PASSWORD);
    const res = await client.post('/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'brand-new-pass',
    });
    expect(res.statusCode).toBe(204);
    expect((await client.get('/auth/me')).statusCode).toBe(200);
    expectError(await other.get('/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await rawLogin(t, { username, password: PASSWORD }, {}, '10.5.0.1'), 401, 'UNAUTHENTICATED');
    expect((await rawLogin(t, { username, password: 'brand-new-pass' }, {}, '10.5.0.1')).statusCode).toBe(
      200,
    );
  });

  it('when the new password is too short or too long, then it answers 400 naming newPassword', async () => {
    const { client } = await newUser(t);
    expect(
      failingPaths(await client.post('/auth/password', { currentPassword: PASSWORD, newPassword: 'short' })),
    ).toEqual(['newPassword']);
    expect(
      failingPaths(
        await client.post('/auth/password', { currentPassword: PASSWORD, newPassword: 'x'.repeat(201) }),
      ),
    ).toEqual(['newPassword']);
  });
  it('when a password change body is malformed, then it answers 400 naming the fields', async () => {
    const { client } = await newUser(t);
    const longString = 'x'.repeat(10_000);
    expect(failingPaths(await client.post('/auth/password', {}))).toEqual(['currentPassword', 'newPassword']);
    expect(
      failingPaths(
        await client.post('/auth/password', { currentPassword: longString, newPassword: longString }),
      ),
    ).toEqual(['currentPassword', 'newPassword']);
  });
});
