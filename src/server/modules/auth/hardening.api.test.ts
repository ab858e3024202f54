import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../../../test/helpers.js';
import { bearerClient, expectError, insertUser, PASSWORD } from '../../../../test/factories.js';
import {
  authTestApp,
  EN,
  MINUTE,
  newUser,
  rawLogin,
  rootClient,
  uniq,
} from '../../../../test/auth-fixtures.js';
import { loadConfig } from '../../platform/config.js';

/**
 * Issue 11 (points 1 and 2): device cookies against lock-outs by strangers, client addresses behind trusted
 * proxies, throttled password changes, the password policy, and sessions and tokens after a password change.
 * The app throttles after 3 failures (15-minute window); every test uses its own users and addresses.
 */
let t: TestApp;

beforeAll(async () => {
  t = await authTestApp();
});
afterAll(async () => t.close());

const deviceCookieOf = (res: LightMyRequestResponse) => {
  const c = res.cookies.find((x) => x.name === 'kinerja_device');
  if (!c) throw new Error(`no device cookie (status ${res.statusCode})`);
  return c;
};

describe('device cookies: a stranger cannot lock the owner out', () => {
  it('when a browser signs in, then it gets a signed HttpOnly device cookie sent only to the auth routes', async () => {
    const { username } = await newUser(t);
    const res = await rawLogin(t, { username, password: PASSWORD }, {}, '10.20.0.1');
    expect(res.statusCode).toBe(200);
    const c = deviceCookieOf(res);
    expect(c.httpOnly).toBe(true);
    expect(c.path).toBe('/api/v1/auth');
    expect(String(c.sameSite).toLowerCase()).toBe('strict');
    expect(c.maxAge).toBeGreaterThan(30 * 86_400);
    expect(c.value).toContain(Buffer.from(username).toString('base64url'));
    expect(c.value).not.toContain(PASSWORD);
  });

  it('when a stranger fails 20 times, then the stranger is locked out (even with the right password) while the device that signed in before still signs in', async () => {
    const { username } = await newUser(t);
    const first = await rawLogin(t, { username, password: PASSWORD }, {}, '10.21.0.1');
    const device = `kinerja_device=${deviceCookieOf(first).value}`;

    for (let i = 0; i < 20; i++) {
      const res = await rawLogin(t, { username, password: `guess-${i}` }, EN, `10.21.1.${i + 1}`);
      expect([401, 429]).toContain(res.statusCode);
    }
    // The stranger, from a fresh address and even with the right password: locked.
    const stranger = await rawLogin(t, { username, password: PASSWORD }, EN, '10.21.2.1');
    expectError(stranger, 429, 'RATE_LIMITED');
    expect(Number(stranger.headers['retry-after'])).toBeGreaterThan(0);
    expect(stranger.headers['set-cookie']).toBeUndefined();

    // The owner's browser, from its usual address or another one: signs in.
    const owner = await rawLogin(t, { username, password: PASSWORD }, { cookie: device }, '10.21.0.1');
    expect(owner.statusCode).toBe(200);
    expect(owner.cookies.find((c) => c.name === 'kinerja_session')).toBeDefined();
    const again = await rawLogin(
      t,
      { username, password: PASSWORD },
      { cookie: `kinerja_device=${deviceCookieOf(owner).value}` },
      '10.21.3.1',
    );
    expect(again.statusCode).toBe(200);
    // …while the stranger stays locked.
    expectError(await rawLogin(t, { username, password: PASSWORD }, {}, '10.21.2.2'), 429, 'RATE_LIMITED');
  });

  it('when the device itself fails its budget, then its cookie no longer exempts it from the lock', async () => {
    const { username } = await newUser(t);
    const device = `kinerja_device=${deviceCookieOf(await rawLogin(t, { username, password: PASSWORD }, {}, '10.22.0.1')).value}`;
    for (let i = 0; i < 5; i++) await rawLogin(t, { username, password: `x-${i}` }, {}, `10.22.1.${i + 1}`);
    // The device's own wrong passwords: 401 three times, then it is a stranger again (locked).
    for (let i = 0; i < 3; i++) {
      expectError(
        await rawLogin(t, { username, password: `typo-${i}` }, { cookie: device }, '10.22.0.1'),
        401,
        'UNAUTHENTICATED',
      );
    }
    expectError(
      await rawLogin(t, { username, password: PASSWORD }, { cookie: device }, '10.22.0.1'),
      429,
      'RATE_LIMITED',
    );
  });

  it('when the device cookie is forged, altered or names another account, then it does not exempt the request', async () => {
    const victim = await newUser(t);
    const other = await newUser(t);
    const otherCookie = deviceCookieOf(
      await rawLogin(t, { username: other.username, password: PASSWORD }, {}, '10.23.0.1'),
    ).value;
    const ownCookie = deviceCookieOf(
      await rawLogin(t, { username: victim.username, password: PASSWORD }, {}, '10.23.0.2'),
    ).value;
    for (let i = 0; i < 3; i++) {
      await rawLogin(t, { username: victim.username, password: `x-${i}` }, {}, `10.23.1.${i + 1}`);
    }
    const [user, nonce, sig] = ownCookie.split('.');
    const tampered = [
      otherCookie,
      `${Buffer.from(victim.username).toString('base64url')}.${otherCookie.split('.')[1]}.${otherCookie.split('.')[2]}`,
      `${user}.${nonce}.${sig!.slice(0, -2)}AA`,
      `${user}.${nonce}`,
      'garbage',
    ];
    for (const value of tampered) {
      expectError(
        await rawLogin(
          t,
          { username: victim.username, password: PASSWORD },
          { cookie: `kinerja_device=${value}` },
          '10.23.0.2',
        ),
        429,
        'RATE_LIMITED',
      );
    }
    expect(
      (
        await rawLogin(
          t,
          { username: victim.username, password: PASSWORD },
          { cookie: `kinerja_device=${ownCookie}` },
          '10.23.0.2',
        )
      ).statusCode,
    ).toBe(200);
  });

  it('when one browser signs in as two accounts, then its cookie vouches for both', async () => {
    const a = await newUser(t);
    const b = await newUser(t);
    const ca = deviceCookieOf(
      await rawLogin(t, { username: a.username, password: PASSWORD }, {}, '10.24.0.1'),
    );
    const cb = deviceCookieOf(
      await rawLogin(
        t,
        { username: b.username, password: PASSWORD },
        { cookie: `kinerja_device=${ca.value}` },
        '10.24.0.1',
      ),
    );
    for (const u of [a.username, b.username]) {
      for (let i = 0; i < 3; i++) await rawLogin(t, { username: u, password: `x-${i}` }, {}, '10.24.1.1');
      expect(
        (
          await rawLogin(
            t,
            { username: u, password: PASSWORD },
            { cookie: `kinerja_device=${cb.value}` },
            '10.24.0.1',
          )
        ).statusCode,
      ).toBe(200);
    }
  });

  it('when strangers keep failing after a lock ends, then each lock lasts longer (15, then 30 minutes)', async () => {
    const { username } = await newUser(t);
    for (let i = 0; i < 3; i++) await rawLogin(t, { username, password: `x-${i}` }, {}, '10.25.0.1');
    const first = await rawLogin(t, { username, password: PASSWORD }, {}, '10.25.0.1');
    expect(first.headers['retry-after']).toBe(String(15 * 60));
    t.clock.advance(15 * MINUTE);
    for (let i = 0; i < 3; i++) {
      expectError(
        await rawLogin(t, { username, password: `y-${i}` }, {}, '10.25.0.2'),
        401,
        'UNAUTHENTICATED',
      );
    }
    const second = await rawLogin(t, { username, password: PASSWORD }, {}, '10.25.0.3');
    expectError(second, 429, 'RATE_LIMITED');
    expect(second.headers['retry-after']).toBe(String(30 * 60));
    t.clock.advance(30 * MINUTE);
    expect((await rawLogin(t, { username, password: PASSWORD }, {}, '10.25.0.3')).statusCode).toBe(200);
  });
});

describe('client addresses behind trusted proxies', () => {
  it('when KINERJA_TRUST_PROXY is set without hops, then one proxy hop is trusted; hops win when both are set', () => {
    expect(loadConfig({}).trustedProxyHops).toBe(0);
    expect(loadConfig({ KINERJA_TRUST_PROXY: 'true' }).trustedProxyHops).toBe(1);
    expect(
      loadConfig({ KINERJA_TRUST_PROXY: 'true', KINERJA_TRUSTED_PROXY_HOPS: '2' }).trustedProxyHops,
    ).toBe(2);
    expect(loadConfig({ KINERJA_TRUSTED_PROXY_HOPS: '0' }).trustedProxyHops).toBe(0);
    expect(() => loadConfig({ KINERJA_TRUSTED_PROXY_HOPS: '-1' })).toThrow(/KINERJA_TRUSTED_PROXY_HOPS/);
    expect(() => loadConfig({ KINERJA_SECRET: 'too-short' })).toThrow(/KINERJA_SECRET/);
  });

  for (const hops of [1, 2]) {
    it(`when ${hops} proxy hop(s) are trusted, then forged left-most X-Forwarded-For values do not escape the per-address limit`, async () => {
      const p = await createTestApp({
        KINERJA_LOGIN_MAX_FAILURES: '3',
        KINERJA_TRUSTED_PROXY_HOPS: String(hops),
      });
      try {
        await insertUser(p.database, 'proxied', ['employee']);
        const via = (client: string, forged: string) => {
          // what the proxies append: the client as seen by the outer proxy, then (2 hops) the outer proxy
          const chain = hops === 1 ? `${forged}, ${client}` : `${forged}, ${client}, 172.16.0.2`;
          return { 'x-forwarded-for': chain };
        };
        // 30 failures (10 × the limit) across usernames, each with a different forged left-most value.
        for (let i = 0; i < 15; i++) {
          const ghost = `spray${i}`;
          for (let j = 0; j < 2; j++) {
            const res = await rawLogin(
              p,
              { username: ghost, password: 'x' },
              via('203.0.113.7', `1.2.${i}.${j}`),
              '172.16.0.1',
            );
            expectError(res, 401, 'UNAUTHENTICATED');
          }
        }
        const blocked = await rawLogin(
          p,
          { username: 'proxied', password: PASSWORD },
          via('203.0.113.7', '9.9.9.9'),
          '172.16.0.1',
        );
        expectError(blocked, 429, 'RATE_LIMITED');
        // Another client behind the same proxy is not affected.
        const other = await rawLogin(
          p,
          { username: 'proxied', password: PASSWORD },
          via('203.0.113.8', '203.0.113.7'),
          '172.16.0.1',
        );
        expect(other.statusCode).toBe(200);
      } finally {
        await p.close();
      }
    });
  }

  it('when no proxy is trusted, then X-Forwarded-For is ignored and the socket address counts', async () => {
    for (let i = 0; i < 15; i++) {
      for (let j = 0; j < 2; j++) {
        await rawLogin(
          t,
          { username: uniq('spray'), password: 'x' },
          { 'x-forwarded-for': `5.5.${i}.${j}` },
          '10.26.0.1',
        );
      }
    }
    const { username } = await newUser(t);
    expectError(
      await rawLogin(t, { username, password: PASSWORD }, { 'x-forwarded-for': '8.8.8.8' }, '10.26.0.1'),
      429,
      'RATE_LIMITED',
    );
  });
});

describe('wrong current passwords are throttled', () => {
  it('when the current password is wrong 3 times, then the next change answers 429 with Retry-After (even with the right one) until the window passes', async () => {
    const { client } = await newUser(t);
    for (let i = 0; i < 3; i++) {
      expectError(
        await client.post('/auth/password', {
          currentPassword: `wrong-${i}`,
          newPassword: 'Lembayung-senja-7',
        }),
        400,
        'VALIDATION_FAILED',
      );
    }
    const res = await client.post(
      '/auth/password',
      { currentPassword: PASSWORD, newPassword: 'Lembayung-senja-7' },
      EN,
    );
    expect(expectError(res, 429, 'RATE_LIMITED').message).toBe(
      'Too many wrong current passwords. Try again in 15 minutes.',
    );
    expect(res.headers['retry-after']).toBe(String(15 * 60));
    t.clock.advance(15 * MINUTE);
    const fresh = await login(t.app, client.user!.username, PASSWORD);
    expect(
      (await fresh.post('/auth/password', { currentPassword: PASSWORD, newPassword: 'Lembayung-senja-7' }))
        .statusCode,
    ).toBe(204);
  });
});

describe('password policy', () => {
  const refusals: Array<[string, string, string, string]> = [
    [
      '9 characters',
      'abcdefgh9',
      'auth.passwordTooShort',
      'The password must be at least 10 characters long.',
    ],
    ['12345678', '12345678', 'auth.passwordTooShort', 'The password must be at least 10 characters long.'],
    [
      'a common one',
      '1234567890',
      'auth.passwordCommon',
      'This password is too common and easy to guess; choose another one.',
    ],
    [
      'the demo password',
      'kemuning2026',
      'auth.passwordCommon',
      'This password is too common and easy to guess; choose another one.',
    ],
    [
      'a common stem with digits',
      'Kinerja2026!',
      'auth.passwordCommon',
      'This password is too common and easy to guess; choose another one.',
    ],
    [
      'a repeated chunk',
      '1212121212',
      'auth.passwordCommon',
      'This password is too common and easy to guess; choose another one.',
    ],
  ];

  it.each(refusals)(
    'when a new account gets %s, then it answers 400 saying why',
    async (_, password, code, message) => {
      const root = await rootClient(t);
      const res = await root.post('/users', { username: uniq('pol'), password, roles: ['employee'] }, EN);
      const err = expectError(res, 400, 'VALIDATION_FAILED');
      expect(err.details).toEqual([expect.objectContaining({ path: 'password', code, message })]);
    },
  );

  it.each(refusals)(
    'when a password change picks %s, then it answers 400 and the old password stays',
    async (_, password, code) => {
      const { username, client } = await newUser(t);
      const err = expectError(
        await client.post('/auth/password', { currentPassword: PASSWORD, newPassword: password }),
        400,
        'VALIDATION_FAILED',
      );
      expect(err.details).toEqual([expect.objectContaining({ path: 'newPassword', code })]);
      expect((await rawLogin(t, { username, password: PASSWORD }, {}, '10.27.0.1')).statusCode).toBe(200);
    },
  );

  it('when the messages are Indonesian (default), then the refusal says why in Indonesian', async () => {
    const root = await rootClient(t);
    const short = expectError(
      await root.post('/users', { username: uniq('pol'), password: 'pendek', roles: ['employee'] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(short.details).toEqual([expect.objectContaining({ message: 'Kata sandi minimal 10 karakter.' })]);
    const common = expectError(
      await root.post('/users', { username: uniq('pol'), password: 'bismillah123', roles: ['employee'] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(common.details).toEqual([
      expect.objectContaining({
        message: 'Kata sandi ini terlalu umum dan mudah ditebak; pilih kata sandi lain.',
      }),
    ]);
  });

  it('when a password contains the username (a NIP), then creating, resetting and changing refuse it', async () => {
    const root = await rootClient(t);
    const nip = `19800101200501${String(1000 + Math.floor(Math.random() * 8999))}`;
    const create = await root.post(
      '/users',
      { username: nip, password: `x${nip}!`, roles: ['employee'] },
      EN,
    );
    expect(expectError(create, 400, 'VALIDATION_FAILED').details).toEqual([
      expect.objectContaining({ path: 'password', code: 'password_has_username' }),
    ]);
    const { id, username, client } = await newUser(t);
    expectError(
      await root.post(`/users/${id}/reset-password`, { password: `${username}-abcdef` }),
      400,
      'VALIDATION_FAILED',
    );
    const change = await client.post('/auth/password', {
      currentPassword: PASSWORD,
      newPassword: `${username.toUpperCase()}-abcdef`,
    });
    expect(expectError(change, 400, 'VALIDATION_FAILED').details).toEqual([
      expect.objectContaining({ path: 'newPassword', code: 'password_has_username' }),
    ]);
  });

  it('when an admin resets to a common password, then it answers 400; a good one is accepted', async () => {
    const root = await rootClient(t);
    const { id } = await newUser(t);
    expectError(
      await root.post(`/users/${id}/reset-password`, { password: 'password123' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(
      (await root.post(`/users/${id}/reset-password`, { password: 'Kapal-layar-biru-9' })).statusCode,
    ).toBe(204);
  });
});

describe('a password change ends the other sessions and revokes API tokens', () => {
  it('when I change my password, then my tokens answer 401 and are listed revoked, other sessions end, this one stays', async () => {
    const { username, client } = await newUser(t);
    const other = await login(t.app, username, PASSWORD);
    const created = await client.post('/auth/tokens', { name: 'payroll' });
    const token = created.json<{ token: string; id: string }>();
    const bearer = bearerClient(t.app, token.token);
    expect((await bearer.get('/auth/me')).statusCode).toBe(200);

    expect(
      (await client.post('/auth/password', { currentPassword: PASSWORD, newPassword: 'Lembah-hijau-42' }))
        .statusCode,
    ).toBe(204);
    expectError(await bearer.get('/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await other.get('/auth/me'), 401, 'UNAUTHENTICATED');
    expect((await client.get('/auth/me')).statusCode).toBe(200);
    const tokens = (await client.get('/auth/tokens')).json<{
      items: Array<{ id: string; revokedAt: string | null }>;
    }>();
    expect(tokens.items.find((x) => x.id === token.id)?.revokedAt).toBe(t.clock.now().toISOString());
    const sessions = (await client.get('/auth/sessions')).json<{ items: Array<{ current: boolean }> }>();
    expect(sessions.items).toEqual([expect.objectContaining({ current: true })]);
  });

  it('when the password change is made with an API token, then every session ends and the tokens are revoked', async () => {
    const { username, client } = await newUser(t);
    const token = (await client.post('/auth/tokens', { name: 'cli' })).json<{ token: string }>().token;
    const bearer = bearerClient(t.app, token);
    expect(
      (await bearer.post('/auth/password', { currentPassword: PASSWORD, newPassword: 'Lembah-hijau-43' }))
        .statusCode,
    ).toBe(204);
    expectError(await bearer.get('/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await client.get('/auth/me'), 401, 'UNAUTHENTICATED');
    expect((await rawLogin(t, { username, password: 'Lembah-hijau-43' }, {}, '10.28.0.1')).statusCode).toBe(
      200,
    );
  });
});

describe('sessions (Sesi & Perangkat)', () => {
  it('when I list my sessions, then I see each browser with its address and agent, mine marked current, nobody else’s', async () => {
    const { username, client } = await newUser(t);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: PASSWORD },
      headers: { 'user-agent': 'Firefox/140 (tablet)' },
      remoteAddress: '10.29.0.7',
    });
    expect(res.statusCode).toBe(200);
    await newUser(t); // someone else's session must not show
    const list = await client.get('/auth/sessions');
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: Array<Record<string, unknown>> }>().items;
    expect(items).toHaveLength(2);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    expect(items).toContainEqual(
      expect.objectContaining({ current: false, userAgent: 'Firefox/140 (tablet)', ip: '10.29.0.7' }),
    );
    for (const s of items) {
      expect(s.id).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(s)).not.toContain(res.cookies.find((c) => c.name === 'kinerja_session')!.value);
    }
  });

  it('when I revoke another session, then that browser is signed out and mine goes on; someone else’s answers 404', async () => {
    const { username, client } = await newUser(t);
    const other = await login(t.app, username, PASSWORD);
    const stranger = await newUser(t);
    const items = (await client.get('/auth/sessions')).json<{
      items: Array<{ id: string; current: boolean }>;
    }>().items;
    const otherId = items.find((s) => !s.current)!.id;

    const strangerIds = (await stranger.client.get('/auth/sessions')).json<{ items: Array<{ id: string }> }>()
      .items;
    expectError(await client.delete(`/auth/sessions/${strangerIds[0]!.id}`), 404, 'NOT_FOUND');
    expect((await stranger.client.get('/auth/me')).statusCode).toBe(200);

    expect((await client.delete(`/auth/sessions/${otherId}`)).statusCode).toBe(204);
    expectError(await other.get('/auth/me'), 401, 'UNAUTHENTICATED');
    expect((await client.get('/auth/me')).statusCode).toBe(200);
    expectError(await client.delete(`/auth/sessions/${otherId}`), 404, 'NOT_FOUND');
    expectError(await client.delete('/auth/sessions/not-a-session'), 400, 'VALIDATION_FAILED');
  });

  it('when I revoke my current session, then I am signed out', async () => {
    const { client } = await newUser(t);
    const me = (await client.get('/auth/sessions')).json<{ items: Array<{ id: string; current: boolean }> }>()
      .items;
    const res = await client.delete(`/auth/sessions/${me.find((s) => s.current)!.id}`);
    expect(res.statusCode).toBe(204);
    expectError(await client.get('/auth/me'), 401, 'UNAUTHENTICATED');
  });

  it('when signed out, then the session routes answer 401; a session write without the CSRF token answers 403', async () => {
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions' });
    expectError(anon, 401, 'UNAUTHENTICATED');
    const { client } = await newUser(t);
    const id = (await client.get('/auth/sessions')).json<{ items: Array<{ id: string }> }>().items[0]!.id;
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${id}`,
      headers: { cookie: client.auth.cookie! },
    });
    expectError(res, 403, 'FORBIDDEN');
  });
});
