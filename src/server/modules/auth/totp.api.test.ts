import { and, asc, eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../platform/db/schema.js';
import { Client, cookieFrom, createTestApp, type TestApp } from '../../../../test/helpers.js';
import { expectError, failingPaths, insertUser, PASSWORD } from '../../../../test/factories.js';
import { EN, MINUTE, newUser, rawLogin, rootClient } from '../../../../test/auth-fixtures.js';

/**
 * The second factor (api.md, issue 11): enrolment, the two-step sign-in, replays, recovery codes, the roles that
 * must enrol (here `hr_admin`, grace 14 days) and the admin reset. Codes are computed with `otpauth` from the
 * secret setup returns, at the test clock's time; each use of a code moves the clock to a new 30-second step.
 */
let t: TestApp;
const DAY = 24 * 60 * MINUTE;

beforeAll(async () => {
  t = await createTestApp({ KINERJA_MFA_REQUIRED_ROLES: 'hr_admin', KINERJA_MFA_GRACE_DAYS: '14' });
  await insertUser(t.database, 'root', ['admin']);
});
afterAll(async () => t.close());

const codeAt = (secret: string, at: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: at,
  });
/** The code of the next 30-second step (the clock moves there, so the code is never a replay). */
function nextCode(secret: string) {
  t.clock.advance(30_000);
  return codeAt(secret, t.clock.now().getTime());
}

async function enrol(client: Client) {
  const setup = await client.post('/auth/totp/setup');
  expect(setup.statusCode).toBe(200);
  const { secret } = setup.json<{ secret: string; otpauthUrl: string }>();
  const res = await client.post('/auth/totp/enable', { code: nextCode(secret) });
  expect(res.statusCode).toBe(200);
  return { secret, recoveryCodes: res.json<{ recoveryCodes: string[] }>().recoveryCodes };
}

async function passwordStep(username: string, password = PASSWORD) {
  const res = await rawLogin(t, { username, password });
  expect(res.statusCode).toBe(200);
  expect(res.headers['set-cookie']).toBeUndefined();
  const body = res.json<{ mfaRequired: boolean; mfaToken: string }>();
  expect(body).toEqual({ mfaRequired: true, mfaToken: expect.stringMatching(/^[A-Za-z0-9_-]{32,}$/) });
  return body.mfaToken;
}

const totpStep = (mfaToken: string, code: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login/totp', headers, payload: { mfaToken, code } });

function clientFrom(res: Awaited<ReturnType<typeof totpStep>>) {
  expect(res.statusCode).toBe(200);
  return new Client(t.app, { cookie: cookieFrom(res), csrf: res.json<{ csrfToken: string }>().csrfToken });
}

const auditOf = (userId: string) =>
  t.database.db
    .select({ action: auditLog.action, after: auditLog.after, actor: auditLog.actorUserId })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, userId)))
    .orderBy(asc(auditLog.seq));

describe('enrolment', () => {
  it('when a user sets up and confirms with a code, then TOTP is on with ten one-time recovery codes', async () => {
    const { id, client } = await newUser(t);
    expect((await client.get('/auth/totp')).json()).toEqual({
      enabled: false,
      required: false,
      graceUntil: null,
      blocked: false,
      enabledAt: null,
      recoveryCodesLeft: 0,
      setupPending: false,
    });
    const setup = await client.post('/auth/totp/setup');
    const { secret, otpauthUrl } = setup.json<{ secret: string; otpauthUrl: string }>();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Kinerja:usr\d+\?/);
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect((await client.get('/auth/totp')).json()).toMatchObject({ enabled: false, setupPending: true });

    // a wrong code is a field error (not a 401 that would sign the page out); the pending secret stays
    expect(failingPaths(await client.post('/auth/totp/enable', { code: '000000' }))).toEqual(['code']);
    const res = await client.post('/auth/totp/enable', { code: nextCode(secret) });
    expect(res.statusCode).toBe(200);
    const codes = res.json<{ recoveryCodes: string[] }>().recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);

    expect((await client.get('/auth/totp')).json()).toEqual({
      enabled: true,
      required: false,
      graceUntil: null,
      blocked: false,
      enabledAt: t.clock.now().toISOString(),
      recoveryCodesLeft: 10,
      setupPending: false,
    });
    const again = expectError(await client.post('/auth/totp/setup', {}, EN), 409, 'CONFLICT');
    expect(again.message).toBe('Two-step verification is already on.');

    // stored encrypted, the recovery codes hashed
    const [row] = await t.database.db.select().from(users).where(eq(users.id, id));
    expect(row!.totpSecret).toMatch(/^v1\./);
    expect(row!.totpSecret).not.toContain(secret);
    expect(row!.totpPendingSecret).toBeNull();
    expect(row!.totpRecoveryCodes.join()).not.toContain(codes[0]!.replace('-', ''));
    expect((await client.get('/auth/totp')).body).not.toContain(secret);

    const actions = (await auditOf(id)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.totp_setup', 'auth.totp_enabled']));
  });

  it('when enabling without a setup, or with a malformed body, then it is refused', async () => {
    const { client } = await newUser(t);
    expectError(await client.post('/auth/totp/enable', { code: '123456' }), 409, 'CONFLICT');
    expect(failingPaths(await client.post('/auth/totp/enable', {}))).toEqual(['code']);
  });
});

describe('signing in with a second factor', () => {
  it('when the password is right, then the answer is mfaRequired without a cookie; the right code opens a session', async () => {
    const { id, username, client } = await newUser(t);
    const { secret } = await enrol(client);
    const mfaToken = await passwordStep(username);
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(anon.statusCode).toBe(401);

    const res = await totpStep(mfaToken, nextCode(secret));
    expect(res.json()).toMatchObject({ user: { id, username, roles: ['employee'] } });
    expect(String(res.headers['set-cookie'])).toMatch(/kinerja_session=[^;]{20,};.*HttpOnly/i);
    expect(String(res.headers['set-cookie'])).toMatch(/kinerja_device=/);
    const signed = clientFrom(res);
    const me = await signed.get('/auth/me');
    expect(me.json()).toMatchObject({ user: { id }, mfa: { enabled: true, required: false } });
    expect((await signed.post('/auth/tokens', { name: 'after totp' })).statusCode).toBe(201);

    const logins = (await auditOf(id)).filter((a) => a.action === 'auth.login');
    expect(logins.at(-1)!.after).toMatchObject({ method: 'totp', knownDevice: false });
  });

  it('when the code is wrong, then 401 with a clear message, and the right code still works afterwards', async () => {
    const { username, client } = await newUser(t);
    const { secret } = await enrol(client);
    const mfaToken = await passwordStep(username);
    const wrong = await totpStep(mfaToken, '000000', EN);
    expect(expectError(wrong, 401, 'UNAUTHENTICATED').message).toBe(
      'The verification code is wrong or has already been used.',
    );
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const id = expectError(await totpStep(mfaToken, '000000'), 401, 'UNAUTHENTICATED');
    expect(id.message).toBe('Kode verifikasi salah atau sudah dipakai.');
    clientFrom(await totpStep(mfaToken, nextCode(secret)));
  });

  it('when a code that was already used is sent again, then it is refused as a replay', async () => {
    const { username, client } = await newUser(t);
    const { secret } = await enrol(client);
    const code = nextCode(secret);
    clientFrom(await totpStep(await passwordStep(username), code));
    t.clock.advance(5_000); // same 30-second step
    expectError(await totpStep(await passwordStep(username), code), 401, 'UNAUTHENTICATED');
    // the code enable used is spent too
    const other = await newUser(t);
    const setup = (await other.client.post('/auth/totp/setup')).json<{ secret: string }>();
    const enableCode = nextCode(setup.secret);
    expect((await other.client.post('/auth/totp/enable', { code: enableCode })).statusCode).toBe(200);
    expectError(await totpStep(await passwordStep(other.username), enableCode), 401, 'UNAUTHENTICATED');
  });

  it('when a code is one step old (clock drift), then it is still accepted', async () => {
    const { username, client } = await newUser(t);
    const { secret } = await enrol(client);
    t.clock.advance(60_000);
    const code = codeAt(secret, t.clock.now().getTime() - 30_000);
    clientFrom(await totpStep(await passwordStep(username), code));
  });

  it('when the mfaToken has expired or was already used, then 401', async () => {
    const { username, client } = await newUser(t);
    const { secret } = await enrol(client);
    const used = await passwordStep(username);
    clientFrom(await totpStep(used, nextCode(secret)));
    const reused = expectError(await totpStep(used, nextCode(secret), EN), 401, 'UNAUTHENTICATED');
    expect(reused.message).toBe('The verification step has expired. Please sign in again.');
    expect(reused.details).toEqual({ reason: 'mfa_token_invalid' });

    const late = await passwordStep(username);
    t.clock.advance(5 * MINUTE + 1000);
    expectError(await totpStep(late, nextCode(secret)), 401, 'UNAUTHENTICATED');
    expectError(await totpStep('not-a-token', nextCode(secret)), 401, 'UNAUTHENTICATED');
  });

  it('when five wrong codes are sent, then the mfaToken is burnt and the wrong codes count as failed sign-ins', async () => {
    const { username, client } = await newUser(t);
    const { secret } = await enrol(client);
    const mfaToken = await passwordStep(username);
    for (let i = 0; i < 5; i++) expectError(await totpStep(mfaToken, `00000${i}`), 401, 'UNAUTHENTICATED');
    const burnt = expectError(await totpStep(mfaToken, nextCode(secret), EN), 401, 'UNAUTHENTICATED');
    expect(burnt.message).toBe('The verification step has expired. Please sign in again.');
    // five failures from this address: the password step of the username is locked now
    expectError(await rawLogin(t, { username, password: PASSWORD }), 429, 'RATE_LIMITED');
  });

  it('when a recovery code is used, then it signs in once and is used up', async () => {
    const { id, username, client } = await newUser(t);
    const { recoveryCodes } = await enrol(client);
    const code = recoveryCodes[3]!;
    const signed = clientFrom(await totpStep(await passwordStep(username), code.toUpperCase()));
    expect((await signed.get('/auth/totp')).json()).toMatchObject({ recoveryCodesLeft: 9 });
    expectError(await totpStep(await passwordStep(username), code), 401, 'UNAUTHENTICATED');
    const logins = (await auditOf(id)).filter((a) => a.action === 'auth.login');
    expect(logins.at(-1)!.after).toMatchObject({ method: 'recovery_code', recoveryCodesLeft: 9 });
  });

  it('when the login/totp body is malformed, then 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login/totp',
      payload: { code: '1' },
    });
    expect(failingPaths(res)).toEqual(['mfaToken']);
  });
});

describe('managing the second factor', () => {
  it('when new recovery codes are made with a current code, then the old ones stop working', async () => {
    const { id, username, client } = await newUser(t);
    const { secret, recoveryCodes } = await enrol(client);
    expect(failingPaths(await client.post('/auth/totp/recovery-codes', { code: '000000' }))).toEqual([
      'code',
    ]);
    const res = await client.post('/auth/totp/recovery-codes', { code: nextCode(secret) });
    expect(res.statusCode).toBe(200);
    const fresh = res.json<{ recoveryCodes: string[] }>().recoveryCodes;
    expect(fresh).toHaveLength(10);
    expectError(await totpStep(await passwordStep(username), recoveryCodes[0]!), 401, 'UNAUTHENTICATED');
    clientFrom(await totpStep(await passwordStep(username), fresh[0]!));
    expect((await auditOf(id)).map((a) => a.action)).toContain('auth.totp_recovery_codes');
  });

  it('when a user disables it with the password and a code, then the password alone signs in again', async () => {
    const { id, username, client } = await newUser(t);
    const { secret } = await enrol(client);
    expect(
      failingPaths(
        await client.post('/auth/totp/disable', { password: 'wrong-one-1', code: nextCode(secret) }),
      ),
    ).toEqual(['password']);
    expect(
      failingPaths(await client.post('/auth/totp/disable', { password: PASSWORD, code: '000000' })),
    ).toEqual(['code']);
    const res = await client.post('/auth/totp/disable', { password: PASSWORD, code: nextCode(secret) });
    expect(res.statusCode).toBe(204);
    const login = await rawLogin(t, { username, password: PASSWORD });
    expect(login.json()).toMatchObject({ user: { id } });
    expect((await auditOf(id)).map((a) => a.action)).toContain('auth.totp_disabled');
    expectError(
      await client.post('/auth/totp/disable', { password: PASSWORD, code: '123456' }),
      409,
      'CONFLICT',
    );
  });

  it('when the roles require a second factor, then it cannot be disabled', async () => {
    const { client } = await newUser(t, ['employee', 'hr_admin']);
    const { secret } = await enrol(client);
    const err = expectError(
      await client.post('/auth/totp/disable', { password: PASSWORD, code: nextCode(secret) }, EN),
      409,
      'CONFLICT',
    );
    expect(err.message).toBe('Your role requires two-step verification; it cannot be turned off.');
    expect((await client.get('/auth/totp')).json()).toMatchObject({ enabled: true, required: true });
  });

  it('when an admin resets a user who lost the phone, then the password alone signs in, audited; others may not', async () => {
    const { id, username, client } = await newUser(t);
    await enrol(client);
    const other = await newUser(t);
    expectError(await other.client.delete(`/users/${id}/totp`), 403, 'FORBIDDEN');
    const root = await rootClient(t);
    expect((await root.delete(`/users/${id}/totp`)).statusCode).toBe(204);
    expectError(await root.delete('/users/00000000-0000-4000-8000-000000000000/totp'), 404, 'NOT_FOUND');
    expect((await rawLogin(t, { username, password: PASSWORD })).json()).toMatchObject({ user: { id } });
    const reset = (await auditOf(id)).find((a) => a.action === 'auth.totp_reset');
    expect(reset).toMatchObject({ after: { enabled: false } });
    expect(reset!.actor).not.toBe(id);
  });
});

describe('roles that require a second factor', () => {
  it('when within the grace period, then everything works and /auth/me tells the deadline', async () => {
    const start = t.clock.now();
    const { client } = await newUser(t, ['hr_admin']);
    const me = (await client.get('/auth/me')).json<{ mfa: unknown }>();
    expect(me.mfa).toEqual({
      enabled: false,
      required: true,
      graceUntil: new Date(start.getTime() + 14 * DAY).toISOString(),
      blocked: false,
    });
    expect((await client.get('/employees')).statusCode).toBe(200);
  });

  it('when the grace period is over, then only enrolment answers (403 MFA_ENROLMENT_REQUIRED) until enrolled', async () => {
    const { username, client } = await newUser(t, ['hr_admin']);
    const token = (await client.post('/auth/tokens', { name: 'integration' })).json<{ token: string }>()
      .token;
    t.clock.advance(10 * DAY);
    // a later sign-in does not restart the grace period
    let late = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: PASSWORD },
    });
    expect(late.statusCode).toBe(200);
    t.clock.advance(4 * DAY + MINUTE);
    late = await rawLogin(t, { username, password: PASSWORD });
    const blocked = clientFrom(late);
    const err = expectError(await blocked.get('/employees', EN), 403, 'MFA_ENROLMENT_REQUIRED');
    expect(err.message).toMatch(/^Your role requires two-step verification/);
    expectError(await blocked.get('/auth/tokens'), 403, 'MFA_ENROLMENT_REQUIRED');
    const id = expectError(await blocked.get('/employees'), 403, 'MFA_ENROLMENT_REQUIRED');
    expect(id.message).toMatch(/^Peran Anda mewajibkan verifikasi dua langkah/);
    expect((await blocked.get('/auth/me')).json()).toMatchObject({ mfa: { required: true, blocked: true } });
    // API tokens made by the signed-in user are unaffected
    const bearer = await t.app.inject({
      method: 'GET',
      url: '/api/v1/employees',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bearer.statusCode).toBe(200);

    await enrol(blocked);
    expect((await blocked.get('/employees')).statusCode).toBe(200);
    expect((await blocked.get('/auth/me')).json()).toMatchObject({
      mfa: { enabled: true, required: true, graceUntil: null, blocked: false },
    });
  });

  it('when the grace is zero days, then the first sign-in must enrol at once; sign-out still works', async () => {
    const strict = await createTestApp({ KINERJA_MFA_REQUIRED_ROLES: 'admin', KINERJA_MFA_GRACE_DAYS: '0' });
    try {
      await insertUser(strict.database, 'boss', ['admin']);
      const res = await strict.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'boss', password: PASSWORD },
      });
      const c = new Client(strict.app, {
        cookie: cookieFrom(res),
        csrf: res.json<{ csrfToken: string }>().csrfToken,
      });
      expectError(await c.get('/users'), 403, 'MFA_ENROLMENT_REQUIRED');
      expect((await c.get('/auth/totp')).statusCode).toBe(200);
      expect((await c.post('/auth/logout')).statusCode).toBe(204);
    } finally {
      await strict.close();
    }
  });
});
