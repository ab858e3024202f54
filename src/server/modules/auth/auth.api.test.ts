import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  Client,
  cookieFrom,
  createTestApp,
  login,
  type TestApp,
} from '../../../../test/helpers.js';
import {
  accountFor,
  bearerClient,
  createEmployee,
  createUnit,
  expectError,
  failingPaths,
  insertUser,
  PASSWORD,
} from '../../../../test/factories.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const EN = { 'accept-language': 'en' };

let t: TestApp;
let n = 0;
const uniq = (prefix: string) => `${prefix}${++n}`;

/** A fresh admin session: the clock moves forward in this file, so sessions made earlier may have expired. */
async function admin(): Promise<Client> {
  return login(t.app, 'root', PASSWORD);
}

function rawLogin(body: unknown, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers,
    remoteAddress,
    ...(typeof body === 'string' ? { payload: body } : { payload: body as Record<string, unknown> }),
  });
}

/** A user with the given roles created through the API; returns their username and a signed-in client. */
async function newUser(roles: string[] = ['employee']) {
  const username = uniq('usr');
  const res = await (await admin()).post('/users', { username, password: PASSWORD, roles });
  expect(res.statusCode).toBe(201);
  return { id: res.json<{ id: string }>().id, username, client: await login(t.app, username, PASSWORD) };
}

beforeAll(async () => {
  t = await createTestApp({ KINERJA_LOGIN_MAX_FAILURES: '3' });
  await insertUser(t.database, 'root', ['admin', 'hr_admin']);
});
afterAll(async () => t.close());

describe('login', () => {
  it('when the credentials are right, then a HttpOnly SameSite session cookie and a CSRF token are returned', async () => {
    const { username, id } = await newUser(['employee', 'auditor']);
    const res = await rawLogin({ username, password: PASSWORD });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ user: Record<string, unknown>; csrfToken: string }>();
    expect(body.user).toEqual({ id, username, roles: ['employee', 'auditor'], employeeId: null });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^kinerja_session=[^;]{20,};/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
    expect(setCookie).toMatch(/;\s*Path=\//);
    expect(setCookie).not.toContain(PASSWORD);

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: cookieFrom(res) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ user: body.user, csrfToken: body.csrfToken });
  });

  it('when the username differs only in case or has surrounding spaces, then the login still succeeds', async () => {
    const { username } = await newUser();
    expect((await rawLogin({ username: ` ${username.toUpperCase()} `, password: PASSWORD })).statusCode).toBe(
      200,
    );
  });

  it('when the password is wrong or the user unknown, then both answer the same 401 with the same message', async () => {
    const { username } = await newUser();
    const wrong = await rawLogin({ username, password: 'not-the-password' }, EN, '10.0.0.1');
    const unknown = await rawLogin({ username: uniq('ghost'), password: 'not-the-password' }, EN, '10.0.0.1');
    const a = expectError(wrong, 401, 'UNAUTHENTICATED');
    const b = expectError(unknown, 401, 'UNAUTHENTICATED');
    expect({ ...a, requestId: null }).toEqual({ ...b, requestId: null });
    expect(a.message).toBe('Wrong username or password.');
    expect(Object.keys(wrong.json())).toEqual(Object.keys(unknown.json()));
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(unknown.headers['set-cookie']).toBeUndefined();
  });

  it('when the account is deactivated, then the right password answers the same 401', async () => {
    const { id, username } = await newUser();
    expect((await (await admin()).patch(`/users/${id}`, { active: false })).statusCode).toBe(200);
    const res = await rawLogin({ username, password: PASSWORD }, EN, '10.0.0.2');
    expect(expectError(res, 401, 'UNAUTHENTICATED').message).toBe('Wrong username or password.');
  });

  it('when no Accept-Language is sent, then messages are in Indonesian', async () => {
    const res = await rawLogin({ username: uniq('ghost'), password: 'x' }, {}, '10.0.0.3');
    expect(expectError(res, 401, 'UNAUTHENTICATED').message).toBe('Nama pengguna atau kata sandi salah.');
  });
});

describe('login throttling (KINERJA_LOGIN_MAX_FAILURES=3)', () => {
  it('when a username fails 3 times, then the 4th attempt answers 429 with Retry-After, even with the right password, until the window passes', async () => {
    const { username } = await newUser();
    const ip = '10.1.0.1';
    for (let i = 0; i < 3; i++) {
      expectError(await rawLogin({ username, password: `wrong-${i}` }, EN, ip), 401, 'UNAUTHENTICATED');
    }
    const limited = await rawLogin({ username, password: PASSWORD }, EN, ip);
    const err = expectError(limited, 429, 'RATE_LIMITED');
    expect(err.message).toBe('Too many failed sign-in attempts. Try again in 15 minutes.');
    expect(limited.headers['retry-after']).toBe(String(15 * 60));
    expect(limited.headers['set-cookie']).toBeUndefined();

    // Another address does not help: the count is per username.
    expectError(await rawLogin({ username, password: PASSWORD }, EN, '10.1.0.2'), 429, 'RATE_LIMITED');

    t.clock.advance(15 * MINUTE - 1000);
    const almost = await rawLogin({ username, password: PASSWORD }, EN, ip);
    expectError(almost, 429, 'RATE_LIMITED');
    expect(almost.headers['retry-after']).toBe('1');

    t.clock.advance(1000);
    expect((await rawLogin({ username, password: PASSWORD }, EN, ip)).statusCode).toBe(200);
  });

  it('when one username is throttled, then another username can still sign in', async () => {
    const victim = await newUser();
    const other = await newUser();
    for (let i = 0; i < 3; i++)
      await rawLogin({ username: victim.username, password: 'nope' }, {}, '10.2.0.1');
    expectError(
      await rawLogin({ username: victim.username, password: 'nope' }, {}, '10.2.0.1'),
      429,
      'RATE_LIMITED',
    );
    expect(
      (await rawLogin({ username: other.username, password: PASSWORD }, {}, '10.2.0.1')).statusCode,
    ).toBe(200);
  });

  it('when a successful login follows failures, then the failure count starts again', async () => {
    const { username } = await newUser();
    const ip = '10.3.0.1';
    for (let i = 0; i < 2; i++) await rawLogin({ username, password: 'nope' }, {}, ip);
    expect((await rawLogin({ username, password: PASSWORD }, {}, ip)).statusCode).toBe(200);
    for (let i = 0; i < 2; i++)
      expectError(await rawLogin({ username, password: 'nope' }, {}, ip), 401, 'UNAUTHENTICATED');
    expect((await rawLogin({ username, password: PASSWORD }, {}, ip)).statusCode).toBe(200);
  });

  it('when one address fails ten times the limit across many usernames, then that address is throttled', async () => {
    const ip = '10.7.0.1';
    // 2 failures each for 15 usernames: no username reaches 3, the address reaches 30.
    for (let i = 0; i < 15; i++) {
      const ghost = uniq('spray');
      for (let j = 0; j < 2; j++) {
        expectError(await rawLogin({ username: ghost, password: 'x' }, {}, ip), 401, 'UNAUTHENTICATED');
      }
    }
    const { username } = await newUser();
    expectError(await rawLogin({ username, password: PASSWORD }, {}, ip), 429, 'RATE_LIMITED');
    expect((await rawLogin({ username, password: PASSWORD }, {}, '10.7.0.2')).statusCode).toBe(200);
  });

  it('when unknown usernames are tried, then they are throttled like known ones', async () => {
    const ghost = uniq('ghost');
    for (let i = 0; i < 3; i++)
      expectError(await rawLogin({ username: ghost, password: 'x' }, {}, '10.4.0.1'), 401, 'UNAUTHENTICATED');
    expectError(await rawLogin({ username: ghost, password: 'x' }, {}, '10.4.0.1'), 429, 'RATE_LIMITED');
  });
});

describe('CSRF', () => {
  it('when a cookie-authenticated POST has no x-csrf-token or a wrong one, then it answers 403 FORBIDDEN', async () => {
    const { client } = await newUser();
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
    const { username, client } = await newUser();
    const second = await login(t.app, username, PASSWORD);
    const mixed = new Client(t.app, { cookie: client.auth.cookie!, csrf: second.auth.csrf! });
    expectError(await mixed.post('/auth/tokens', { name: 'x' }), 403, 'FORBIDDEN');
  });

  it('when a cookie-authenticated PATCH or DELETE lacks the token, then it answers 403 and changes nothing', async () => {
    const root = await admin();
    const { id } = await newUser();
    const noCsrf = new Client(t.app, { cookie: root.auth.cookie! });
    expectError(await noCsrf.patch(`/users/${id}`, { roles: ['auditor'] }), 403, 'FORBIDDEN');
    expect((await root.get(`/users/${id}`)).json<{ roles: string[] }>().roles).toEqual(['employee']);
    const token = (await root.post('/auth/tokens', { name: 'del' })).json<{ id: string }>();
    expectError(await noCsrf.delete(`/auth/tokens/${token.id}`), 403, 'FORBIDDEN');
    expect((await root.delete(`/auth/tokens/${token.id}`)).statusCode).toBe(204);
  });

  it('when a cookie-authenticated request is a GET, then no CSRF token is needed', async () => {
    const { client } = await newUser();
    const noCsrf = new Client(t.app, { cookie: client.auth.cookie! });
    expect((await noCsrf.get('/auth/me')).statusCode).toBe(200);
    expect((await noCsrf.get('/units')).statusCode).toBe(200);
  });

  it('when logout is posted without the CSRF token, then it is refused and the session stays', async () => {
    const { client } = await newUser();
    const noCsrf = new Client(t.app, { cookie: client.auth.cookie! });
    expectError(await noCsrf.post('/auth/logout'), 403, 'FORBIDDEN');
    expect((await client.get('/auth/me')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('when the session is idle longer than the idle timeout, then it answers 401 (activity keeps it alive)', async () => {
    const { client } = await newUser();
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
    const { client } = await newUser();
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
    const { client } = await newUser();
    const res = await client.post('/auth/logout');
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(/kinerja_session=;/);
    expectError(await client.get('/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await client.post('/auth/tokens', { name: 'x' }), 401, 'UNAUTHENTICATED');
  });

  it('when a user logs out of one session, then their other sessions keep working', async () => {
    const { username, client } = await newUser();
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
    const { id, client } = await newUser();
    expect((await (await admin()).patch(`/users/${id}`, { active: false })).statusCode).toBe(200);
    expectError(await client.get('/auth/me'), 401, 'UNAUTHENTICATED');
  });
});

describe('API tokens', () => {
  it('when a token is created, then it is shown once with the kin_ prefix and works as a Bearer without CSRF', async () => {
    const { id: userId, username, client } = await newUser(['hr_admin']);
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
    const { client } = await newUser();
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
    const owner = await newUser();
    const other = await newUser();
    const created = (await owner.client.post('/auth/tokens', { name: 'mine' })).json<{
      id: string;
      token: string;
    }>();
    expectError(await other.client.delete(`/auth/tokens/${created.id}`), 404, 'NOT_FOUND');
    expect((await bearerClient(t.app, created.token).get('/auth/me')).statusCode).toBe(200);
    expect((await other.client.get('/auth/tokens')).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('when the owner is deactivated, then the token answers 401; when reactivated, it works again', async () => {
    const { id, client } = await newUser();
    const { token } = (await client.post('/auth/tokens', { name: 'x' })).json<{ token: string }>();
    const root = await admin();
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
    const a = await newUser();
    const b = await newUser();
    const { token } = (await b.client.post('/auth/tokens', { name: 'b' })).json<{ token: string }>();
    const both = new Client(t.app, { cookie: a.client.auth.cookie!, bearer: token });
    expect((await both.get('/auth/me')).json<{ user: { username: string } }>().user.username).toBe(
      b.username,
    );
  });

  it('when the token name is missing, blank or too long, then it answers 400 naming the field', async () => {
    const { client } = await newUser();
    expect(failingPaths(await client.post('/auth/tokens', {}))).toEqual(['name']);
    expect(failingPaths(await client.post('/auth/tokens', { name: '   ' }))).toEqual(['name']);
    expect(failingPaths(await client.post('/auth/tokens', { name: 'x'.repeat(101) }))).toEqual(['name']);
  });
});

describe('password change', () => {
  it('when the current password is wrong, then it answers 400 naming currentPassword and nothing changes', async () => {
    const { username, client } = await newUser();
    const res = await client.post(
      '/auth/password',
      { currentPassword: 'wrong-one', newPassword: 'new-password-1' },
      EN,
    );
    const err = expectError(res, 400, 'VALIDATION_FAILED');
    expect(err.message).toBe('The current password is wrong.');
    expect((err.details as Array<{ path: string }>).map((d) => d.path)).toEqual(['currentPassword']);
    expect((await rawLogin({ username, password: PASSWORD })).statusCode).toBe(200);
  });

  it('when the password is changed, then the old one fails, the new one works, and other sessions are signed out', async () => {
    const { username, client } = await newUser();
    const other = await login(t.app, username, PASSWORD);
    const res = await client.post('/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'brand-new-pass',
    });
    expect(res.statusCode).toBe(204);
    expect((await client.get('/auth/me')).statusCode).toBe(200);
    expectError(await other.get('/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await rawLogin({ username, password: PASSWORD }, {}, '10.5.0.1'), 401, 'UNAUTHENTICATED');
    expect((await rawLogin({ username, password: 'brand-new-pass' }, {}, '10.5.0.1')).statusCode).toBe(200);
  });

  it('when the new password is too short or too long, then it answers 400 naming newPassword', async () => {
    const { client } = await newUser();
    expect(
      failingPaths(await client.post('/auth/password', { currentPassword: PASSWORD, newPassword: 'short' })),
    ).toEqual(['newPassword']);
    expect(
      failingPaths(
        await client.post('/auth/password', { currentPassword: PASSWORD, newPassword: 'x'.repeat(201) }),
      ),
    ).toEqual(['newPassword']);
  });
});

describe('user administration', () => {
  it('when an admin creates a user, then it answers 201 without the password and the user can sign in', async () => {
    const root = await admin();
    const username = uniq('Siti.');
    const res = await root.post('/users', {
      username,
      password: PASSWORD,
      roles: ['hr_admin', 'hr_admin', 'auditor'],
    });
    expect(res.statusCode).toBe(201);
    const user = res.json<Record<string, unknown>>();
    expect(user).toMatchObject({
      username,
      roles: ['hr_admin', 'auditor'],
      employeeId: null,
      active: true,
      version: 1,
    });
    expect(typeof user.id).toBe('string');
    expect(res.body).not.toContain(PASSWORD);
    expect(res.body).not.toMatch(/argon2|passwordHash/);
    expect((await root.get(`/users/${String(user.id)}`)).json()).toEqual(user);
    await login(t.app, username, PASSWORD);
  });

  it('when an admin links an account to an employee, then /auth/me shows the employee id', async () => {
    const root = await admin();
    const unit = await createUnit(root);
    const emp = await createEmployee(root, unit.id);
    const client = await accountFor(t.app, root, ['employee'], emp.id);
    expect((await client.get('/auth/me')).json<{ user: { employeeId: string } }>().user.employeeId).toBe(
      emp.id,
    );
    // The same employee cannot get a second account.
    const dup = await root.post('/users', {
      username: uniq('dup'),
      password: PASSWORD,
      roles: ['employee'],
      employeeId: emp.id,
    });
    expectError(dup, 409, 'CONFLICT');
    // An employee that does not exist is a 400 on employeeId.
    const missing = await root.post('/users', {
      username: uniq('nobody'),
      password: PASSWORD,
      roles: ['employee'],
      employeeId: '00000000-0000-4000-8000-000000000000',
    });
    expect(failingPaths(missing)).toEqual(['employeeId']);
  });

  it('when the username is taken (in any letter case), then it answers 409 CONFLICT', async () => {
    const root = await admin();
    const { username } = await newUser();
    expectError(
      await root.post('/users', { username, password: PASSWORD, roles: ['employee'] }),
      409,
      'CONFLICT',
    );
    const upper = await root.post(
      '/users',
      { username: username.toUpperCase(), password: PASSWORD, roles: ['employee'] },
      EN,
    );
    expect(expectError(upper, 409, 'CONFLICT').message).toBe('This username is taken.');
  });

  it('when the same username is created three times at once, then one gets 201 and the others 409 (never 500)', async () => {
    const root = await admin();
    const username = uniq('race.');
    const results = await Promise.all(
      [1, 2, 3].map(() => root.post('/users', { username, password: PASSWORD, roles: ['employee'] })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
  });

  it('when two accounts are linked to one employee at once, then only one link succeeds', async () => {
    const root = await admin();
    const emp = await createEmployee(root, (await createUnit(root)).id);
    const created = await Promise.all(
      [1, 2].map(() =>
        root.post('/users', {
          username: uniq('link.'),
          password: PASSWORD,
          roles: ['employee'],
          employeeId: emp.id,
        }),
      ),
    );
    expect(created.map((r) => r.statusCode).sort()).toEqual([201, 409]);

    const other = await createEmployee(root, (await createUnit(root)).id);
    const a = await newUser();
    const b = await newUser();
    const linked = await Promise.all(
      [a, b].map((u) => root.patch(`/users/${u.id}`, { employeeId: other.id })),
    );
    expect(linked.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('when an admin lists users, then paging and search work and no password hash is exposed', async () => {
    const root = await admin();
    const prefix = uniq('lst');
    for (const s of ['a', 'b', 'c']) {
      expect(
        (await root.post('/users', { username: `${prefix}${s}`, password: PASSWORD, roles: ['employee'] }))
          .statusCode,
      ).toBe(201);
    }
    const page = await root.get(`/users?q=${prefix}&limit=2`);
    expect(page.statusCode).toBe(200);
    const body = page.json<{ items: Array<{ username: string }>; total: number }>();
    expect(body.total).toBe(3);
    expect(body.items.map((u) => u.username)).toEqual([`${prefix}a`, `${prefix}b`]);
    const rest = (await root.get(`/users?q=${prefix}&limit=2&offset=2`)).json<{
      items: Array<{ username: string }>;
    }>();
    expect(rest.items.map((u) => u.username)).toEqual([`${prefix}c`]);
    expect(page.body).not.toMatch(/argon2|passwordHash/);
  });

  it('when an admin resets a password, then the old password and sessions and tokens stop working', async () => {
    const root = await admin();
    const { id, username, client } = await newUser();
    const { token } = (await client.post('/auth/tokens', { name: 't' })).json<{ token: string }>();
    const res = await root.post(`/users/${id}/reset-password`, { password: 'reset-by-admin' });
    expect(res.statusCode).toBe(204);
    expectError(await client.get('/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await bearerClient(t.app, token).get('/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await rawLogin({ username, password: PASSWORD }, {}, '10.6.0.1'), 401, 'UNAUTHENTICATED');
    expect((await rawLogin({ username, password: 'reset-by-admin' }, {}, '10.6.0.1')).statusCode).toBe(200);
  });

  it('when an admin changes roles with a stale version, then it answers 409; with the current one, 200', async () => {
    const root = await admin();
    const { id } = await newUser();
    const first = await root.patch(`/users/${id}`, { roles: ['auditor'], version: 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ roles: ['auditor'], version: 2 });
    expectError(await root.patch(`/users/${id}`, { roles: ['employee'], version: 1 }), 409, 'CONFLICT');
    expect((await root.get(`/users/${id}`)).json<{ roles: string[] }>().roles).toEqual(['auditor']);
  });

  it('when an admin tries to deactivate or demote themselves, then it is refused', async () => {
    const root = await admin();
    const me = root.user!.id;
    expect((await root.patch(`/users/${me}`, { active: false })).statusCode).toBe(409);
    expect((await root.patch(`/users/${me}`, { roles: ['hr_admin'] })).statusCode).toBe(409);
    expect((await root.get('/auth/me')).json<{ user: { roles: string[] } }>().user.roles).toEqual([
      'admin',
      'hr_admin',
    ]);
  });

  it('when a user id is unknown, then get, patch and reset answer 404; a malformed id answers 400', async () => {
    const root = await admin();
    const ghost = '00000000-0000-4000-8000-000000000000';
    expectError(await root.get(`/users/${ghost}`), 404, 'NOT_FOUND');
    expectError(await root.patch(`/users/${ghost}`, { active: true }), 404, 'NOT_FOUND');
    expectError(
      await root.post(`/users/${ghost}/reset-password`, { password: 'whatever-123' }),
      404,
      'NOT_FOUND',
    );
    expect(failingPaths(await root.get('/users/not-a-uuid'))).toEqual(['id']);
  });

  it.each([['hr_admin'], ['agency_head'], ['auditor'], ['employee']])(
    'when a %s (not admin) calls the user endpoints, then each answers 403',
    async (role) => {
      const root = await admin();
      const { id } = await newUser();
      const { client } = await newUser([role]);
      expectError(await client.get('/users'), 403, 'FORBIDDEN');
      expectError(await client.get(`/users/${id}`), 403, 'FORBIDDEN');
      expectError(
        await client.post('/users', { username: uniq('x'), password: PASSWORD, roles: ['admin'] }),
        403,
        'FORBIDDEN',
      );
      expectError(await client.patch(`/users/${id}`, { roles: ['admin'] }), 403, 'FORBIDDEN');
      expectError(
        await client.post(`/users/${id}/reset-password`, { password: 'hijacked-123' }),
        403,
        'FORBIDDEN',
      );
      expect((await root.get(`/users/${id}`)).json<{ roles: string[] }>().roles).toEqual(['employee']);
    },
  );

  it('when anonymous calls the user endpoints, then each answers 401', async () => {
    const anon = anonymous(t.app);
    expectError(await anon.get('/users'), 401, 'UNAUTHENTICATED');
    expectError(
      await anon.post('/users', { username: 'x', password: 'y', roles: [] }),
      401,
      'UNAUTHENTICATED',
    );
  });
});

describe('bad bodies answer 400 with field details, never 500', () => {
  const longString = 'x'.repeat(10_000);

  it.each([
    ['missing fields', {}, ['username', 'password']],
    ['wrong types', { username: 123, password: true }, ['username', 'password']],
    ['null values', { username: null, password: null }, ['username', 'password']],
    ['an array instead of an object', [], ['body']],
    ['an extra-long username', { username: longString, password: 'x' }, ['username']],
    ['an extra-long password', { username: 'someone', password: longString }, ['password']],
    ['an empty username', { username: '', password: 'x' }, ['username']],
  ])('when the login body has %s, then it answers 400 naming the fields', async (_, body, paths) => {
    expect(failingPaths(await rawLogin(body, EN, '10.9.0.1'))).toEqual(paths);
  });

  it('when the login body is not JSON, then it answers 400 VALIDATION_FAILED with an English message', async () => {
    const res = await rawLogin(
      '{"username": "a", ',
      { ...EN, 'content-type': 'application/json' },
      '10.9.0.1',
    );
    const err = expectError(res, 400, 'VALIDATION_FAILED');
    expect(err.message).toBe('The request body is not valid JSON.');
    expect(err.details).toEqual([expect.objectContaining({ path: 'body' })]);
  });

  it('when the login body is empty with a JSON content type, then it answers 400', async () => {
    expectError(
      await rawLogin('', { 'content-type': 'application/json' }, '10.9.0.1'),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('when the login body is plain text, then it answers 400 naming the body', async () => {
    expect(failingPaths(await rawLogin('username=a', { 'content-type': 'text/plain' }, '10.9.0.1'))).toEqual([
      'body',
    ]);
  });

  it('when the body is larger than the limit, then it answers 413', async () => {
    const res = await rawLogin({ username: 'a', password: 'b'.repeat(2 * 1024 * 1024) }, {}, '10.9.0.1');
    expectError(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('when the messages are asked in English, then the field messages are English too', async () => {
    const err = expectError(await rawLogin({}, EN, '10.9.0.1'), 400, 'VALIDATION_FAILED');
    expect(err.message).toBe('The submitted data is not valid.');
    expect((err.details as Array<{ message: string }>)[0]!.message).toMatch(/expected string/i);
  });

  it.each([
    ['missing fields', {}, ['username', 'password', 'roles']],
    ['wrong types', { username: 5, password: 5, roles: 'admin' }, ['username', 'password', 'roles']],
    ['an unknown role', { username: 'valid.name', password: PASSWORD, roles: ['superuser'] }, ['roles.0']],
    ['no roles', { username: 'valid.name', password: PASSWORD, roles: [] }, ['roles']],
    [
      'a username with spaces',
      { username: 'two words', password: PASSWORD, roles: ['employee'] },
      ['username'],
    ],
    [
      'an extra-long username',
      { username: longString, password: PASSWORD, roles: ['employee'] },
      ['username'],
    ],
    ['a short password', { username: 'valid.name', password: 'short', roles: ['employee'] }, ['password']],
    [
      'a malformed employeeId',
      { username: 'valid.name', password: PASSWORD, roles: ['employee'], employeeId: 'x' },
      ['employeeId'],
    ],
  ])('when POST /users has %s, then it answers 400 naming the fields', async (_, body, paths) => {
    expect(failingPaths(await (await admin()).post('/users', body))).toEqual(paths);
  });

  it.each([
    ['wrong types', { roles: 'admin', active: 'yes', version: '1' }, ['roles', 'active', 'version']],
    ['an unknown role', { roles: ['root'] }, ['roles.0']],
    ['a zero version', { version: 0 }, ['version']],
  ])('when PATCH /users/:id has %s, then it answers 400 naming the fields', async (_, body, paths) => {
    const root = await admin();
    const { id } = await newUser();
    expect(failingPaths(await root.patch(`/users/${id}`, body))).toEqual(paths);
  });

  it('when reset-password and password change bodies are malformed, then they answer 400 naming the fields', async () => {
    const root = await admin();
    const { id } = await newUser();
    expect(failingPaths(await root.post(`/users/${id}/reset-password`, {}))).toEqual(['password']);
    expect(failingPaths(await root.post(`/users/${id}/reset-password`, { password: 12345678 }))).toEqual([
      'password',
    ]);
    expect(failingPaths(await root.post('/auth/password', {}))).toEqual(['currentPassword', 'newPassword']);
    expect(
      failingPaths(
        await root.post('/auth/password', { currentPassword: longString, newPassword: longString }),
      ),
    ).toEqual(['currentPassword', 'newPassword']);
  });
});
