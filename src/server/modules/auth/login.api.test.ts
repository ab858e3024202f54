import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, type TestApp } from '../../../../test/helpers.js';
import { expectError, failingPaths, PASSWORD } from '../../../../test/factories.js';
import {
  authTestApp,
  EN,
  MINUTE,
  newUser,
  rawLogin,
  rootClient,
  uniq,
} from '../../../../test/auth-fixtures.js';

/** Signing in: credentials, messages, throttling and malformed bodies. Every test makes its own users. */
let t: TestApp;

beforeAll(async () => {
  t = await authTestApp();
});
afterAll(async () => t.close());

describe('login', () => {
  it('when the credentials are right, then a HttpOnly SameSite session cookie and a CSRF token are returned', async () => {
    const { username, id } = await newUser(t, ['employee', 'auditor']);
    const res = await rawLogin(t, { username, password: PASSWORD });
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
    expect(me.json()).toEqual({
      user: body.user,
      csrfToken: body.csrfToken,
      mfa: { enabled: false, required: false, graceUntil: null, blocked: false },
    });
  });

  it('when the username differs only in case or has surrounding spaces, then the login still succeeds', async () => {
    const { username } = await newUser(t);
    expect(
      (await rawLogin(t, { username: ` ${username.toUpperCase()} `, password: PASSWORD })).statusCode,
    ).toBe(200);
  });

  it('when the password is wrong or the user unknown, then both answer the same 401 with the same message', async () => {
    const { username } = await newUser(t);
    const wrong = await rawLogin(t, { username, password: 'not-the-password' }, EN, '10.0.0.1');
    const unknown = await rawLogin(
      t,
      { username: uniq('ghost'), password: 'not-the-password' },
      EN,
      '10.0.0.1',
    );
    const a = expectError(wrong, 401, 'UNAUTHENTICATED');
    const b = expectError(unknown, 401, 'UNAUTHENTICATED');
    expect({ ...a, requestId: null }).toEqual({ ...b, requestId: null });
    expect(a.message).toBe('Wrong username or password.');
    expect(Object.keys(wrong.json())).toEqual(Object.keys(unknown.json()));
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(unknown.headers['set-cookie']).toBeUndefined();
  });

  it('when the account is deactivated, then the right password answers the same 401', async () => {
    const { id, username } = await newUser(t);
    expect((await (await rootClient(t)).patch(`/users/${id}`, { active: false })).statusCode).toBe(200);
    const res = await rawLogin(t, { username, password: PASSWORD }, EN, '10.0.0.2');
    expect(expectError(res, 401, 'UNAUTHENTICATED').message).toBe('Wrong username or password.');
  });

  it('when no Accept-Language is sent, then messages are in Indonesian', async () => {
    const res = await rawLogin(t, { username: uniq('ghost'), password: 'x' }, {}, '10.0.0.3');
    expect(expectError(res, 401, 'UNAUTHENTICATED').message).toBe('Nama pengguna atau kata sandi salah.');
  });
});

describe('login throttling (KINERJA_LOGIN_MAX_FAILURES=3)', () => {
  it('when a username fails 3 times, then the 4th attempt answers 429 with Retry-After, even with the right password, until the window passes', async () => {
    const { username } = await newUser(t);
    const ip = '10.1.0.1';
    for (let i = 0; i < 3; i++) {
      expectError(await rawLogin(t, { username, password: `wrong-${i}` }, EN, ip), 401, 'UNAUTHENTICATED');
    }
    const limited = await rawLogin(t, { username, password: PASSWORD }, EN, ip);
    const err = expectError(limited, 429, 'RATE_LIMITED');
    expect(err.message).toBe('Too many failed sign-in attempts. Try again in 15 minutes.');
    expect(limited.headers['retry-after']).toBe(String(15 * 60));
    expect(limited.headers['set-cookie']).toBeUndefined();

    // Another address does not help: the count is per username.
    expectError(await rawLogin(t, { username, password: PASSWORD }, EN, '10.1.0.2'), 429, 'RATE_LIMITED');

    t.clock.advance(15 * MINUTE - 1000);
    const almost = await rawLogin(t, { username, password: PASSWORD }, EN, ip);
    expectError(almost, 429, 'RATE_LIMITED');
    expect(almost.headers['retry-after']).toBe('1');

    t.clock.advance(1000);
    expect((await rawLogin(t, { username, password: PASSWORD }, EN, ip)).statusCode).toBe(200);
  });

  it('when one username is throttled, then another username can still sign in', async () => {
    const victim = await newUser(t);
    const other = await newUser(t);
    for (let i = 0; i < 3; i++)
      await rawLogin(t, { username: victim.username, password: 'nope' }, {}, '10.2.0.1');
    expectError(
      await rawLogin(t, { username: victim.username, password: 'nope' }, {}, '10.2.0.1'),
      429,
      'RATE_LIMITED',
    );
    expect(
      (await rawLogin(t, { username: other.username, password: PASSWORD }, {}, '10.2.0.1')).statusCode,
    ).toBe(200);
  });

  it('when a successful login follows failures, then the failure count starts again', async () => {
    const { username } = await newUser(t);
    const ip = '10.3.0.1';
    for (let i = 0; i < 2; i++) await rawLogin(t, { username, password: 'nope' }, {}, ip);
    expect((await rawLogin(t, { username, password: PASSWORD }, {}, ip)).statusCode).toBe(200);
    for (let i = 0; i < 2; i++)
      expectError(await rawLogin(t, { username, password: 'nope' }, {}, ip), 401, 'UNAUTHENTICATED');
    expect((await rawLogin(t, { username, password: PASSWORD }, {}, ip)).statusCode).toBe(200);
  });

  it('when one address fails ten times the limit across many usernames, then that address is throttled', async () => {
    const ip = '10.7.0.1';
    // 2 failures each for 15 usernames: no username reaches 3, the address reaches 30.
    for (let i = 0; i < 15; i++) {
      const ghost = uniq('spray');
      for (let j = 0; j < 2; j++) {
        expectError(await rawLogin(t, { username: ghost, password: 'x' }, {}, ip), 401, 'UNAUTHENTICATED');
      }
    }
    const { username } = await newUser(t);
    expectError(await rawLogin(t, { username, password: PASSWORD }, {}, ip), 429, 'RATE_LIMITED');
    expect((await rawLogin(t, { username, password: PASSWORD }, {}, '10.7.0.2')).statusCode).toBe(200);
  });

  it('when unknown usernames are tried, then they are throttled like known ones', async () => {
    const ghost = uniq('ghost');
    for (let i = 0; i < 3; i++)
      expectError(
        await rawLogin(t, { username: ghost, password: 'x' }, {}, '10.4.0.1'),
        401,
        'UNAUTHENTICATED',
      );
    expectError(await rawLogin(t, { username: ghost, password: 'x' }, {}, '10.4.0.1'), 429, 'RATE_LIMITED');
  });
});

describe('bad sign-in bodies answer 400 with field details, never 500', () => {
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
    expect(failingPaths(await rawLogin(t, body, EN, '10.9.0.1'))).toEqual(paths);
  });

  it('when the login body is not JSON, then it answers 400 VALIDATION_FAILED with an English message', async () => {
    const res = await rawLogin(
      t,
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
      await rawLogin(t, '', { 'content-type': 'application/json' }, '10.9.0.1'),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('when the login body is plain text, then it answers 400 naming the body', async () => {
    expect(
      failingPaths(await rawLogin(t, 'username=a', { 'content-type': 'text/plain' }, '10.9.0.1')),
    ).toEqual(['body']);
  });

  it('when the body is larger than the limit, then it answers 413', async () => {
    const res = await rawLogin(t, { username: 'a', password: 'b'.repeat(2 * 1024 * 1024) }, {}, '10.9.0.1');
    expectError(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('when the messages are asked in English, then the field messages are English too', async () => {
    const err = expectError(await rawLogin(t, {}, EN, '10.9.0.1'), 400, 'VALIDATION_FAILED');
    expect(err.message).toBe('The submitted data is not valid.');
    // plain words, not zod's technical text ("Invalid input: expected string")
    expect((err.details as Array<{ message: string }>)[0]!.message).toBe('Required.');
  });
});
