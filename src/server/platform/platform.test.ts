import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonicalJson, chainParts, entryHash, GENESIS_HASH } from './audit.js';
import { ManualClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { nulCharacterIssues } from './http/validation.js';
import { localeFrom, t } from './i18n.js';
import { hashPassword, safeEqual, verifyPassword } from './security.js';

describe('loadConfig', () => {
  it('when nothing is set, then the documented defaults apply', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      demo: false,
      admin: undefined,
      maxUploadBytes: 10 * 1024 * 1024,
      sessionIdleMs: 480 * 60_000,
      sessionMaxMs: 24 * 3_600_000,
      secureCookies: false,
      loginMaxFailures: 5,
      loginWindowMs: 15 * 60_000,
    });
    expect(loadConfig({}, { demoDefault: true }).demo).toBe(true);
    expect(loadConfig({ KINERJA_DEMO: 'false' }, { demoDefault: true }).demo).toBe(false);
  });

  it('when several keys are bad, then the error names every bad key', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        KINERJA_LOGIN_MAX_FAILURES: '0',
        DATABASE_URL: 'mysql://x',
        KINERJA_DEMO: 'maybe',
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const keys = (err as ConfigError).problems.map((p) => p.split(':')[0]).sort();
      expect(keys).toEqual(['DATABASE_URL', 'KINERJA_DEMO', 'KINERJA_LOGIN_MAX_FAILURES', 'PORT']);
    }
  });

  it('when only one of the admin username and password is set, then it fails', () => {
    expect(() => loadConfig({ KINERJA_ADMIN_USERNAME: 'admin' })).toThrow(/set together/);
    expect(
      loadConfig({ KINERJA_ADMIN_USERNAME: 'admin', KINERJA_ADMIN_PASSWORD: 'rahasia-123' }).admin,
    ).toEqual({
      username: 'admin',
      password: 'rahasia-123',
    });
  });

  it('when numbers and flags are given as strings, then they are converted', () => {
    const c = loadConfig({
      KINERJA_MAX_UPLOAD_MB: '0.5',
      KINERJA_SECURE_COOKIES: 'yes',
      KINERJA_LOGIN_WINDOW_MINUTES: '2',
    });
    expect(c.maxUploadBytes).toBe(512 * 1024);
    expect(c.secureCookies).toBe(true);
    expect(c.loginWindowMs).toBe(120_000);
  });

  it('when the second-factor roles are given, then they are read; empty is none, unknown roles fail', () => {
    expect(loadConfig({}).mfaRequiredRoles).toEqual(['admin', 'hr_admin']);
    expect(loadConfig({}).mfaGraceDays).toBe(14);
    expect(loadConfig({ KINERJA_MFA_REQUIRED_ROLES: '' }).mfaRequiredRoles).toEqual([]);
    expect(
      loadConfig({ KINERJA_MFA_REQUIRED_ROLES: ' auditor , admin,', KINERJA_MFA_GRACE_DAYS: '0' }),
    ).toMatchObject({ mfaRequiredRoles: ['auditor', 'admin'], mfaGraceDays: 0 });
    expect(() => loadConfig({ KINERJA_MFA_REQUIRED_ROLES: 'admin,root' })).toThrow(/unknown role\(s\) root/);
    expect(() => loadConfig({ KINERJA_MFA_GRACE_DAYS: '-1' })).toThrow(/KINERJA_MFA_GRACE_DAYS/);
  });
});

describe('loadConfig: single sign-on', () => {
  const base = {
    KINERJA_OIDC_ISSUER: 'https://sso.example.go.id/realms/pemda',
    KINERJA_OIDC_CLIENT_ID: 'kinerja',
  };

  it('when the issuer and client id are unset, then SSO is off; when set, the documented defaults apply', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(loadConfig(base).oidc).toEqual({
      issuer: 'https://sso.example.go.id/realms/pemda',
      clientId: 'kinerja',
      clientSecret: undefined,
      redirectUrl: undefined,
      scopes: 'openid profile',
      claim: 'preferred_username',
      label: 'SSO',
      allowHttp: false,
    });
  });

  it('when only one of issuer and client id is set, or the issuer is http without the flag, then it fails', () => {
    expect(() => loadConfig({ KINERJA_OIDC_ISSUER: base.KINERJA_OIDC_ISSUER })).toThrow(/set together/);
    expect(() => loadConfig({ KINERJA_OIDC_CLIENT_ID: 'kinerja' })).toThrow(/set together/);
    expect(() => loadConfig({ ...base, KINERJA_OIDC_ISSUER: 'http://127.0.0.1:8080/realms/x' })).toThrow(
      /KINERJA_OIDC_ALLOW_HTTP/,
    );
    expect(
      loadConfig({ ...base, KINERJA_OIDC_ISSUER: 'http://127.0.0.1:8080', KINERJA_OIDC_ALLOW_HTTP: 'true' })
        .oidc?.allowHttp,
    ).toBe(true);
  });

  it('when the scopes lack openid or the claim name is odd, then it fails', () => {
    expect(() => loadConfig({ ...base, KINERJA_OIDC_SCOPES: 'profile email' })).toThrow(
      /KINERJA_OIDC_SCOPES/,
    );
    expect(() => loadConfig({ ...base, KINERJA_OIDC_CLAIM: 'nip; drop' })).toThrow(/KINERJA_OIDC_CLAIM/);
    expect(loadConfig({ ...base, KINERJA_OIDC_SCOPES: ' openid   profile nip ' }).oidc?.scopes).toBe(
      'openid profile nip',
    );
  });
});

describe('localeFrom', () => {
  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['en;q=0.3,id;q=0.8', 'id'],
    ['fr-FR,en;q=0.5', 'en'],
    ['fr,de', 'id'],
    ['in', 'id'],
    [';;;,,,q=', 'id'],
  ])('when Accept-Language is %j, then the locale is %s', (header, locale) => {
    expect(localeFrom(header)).toBe(locale);
  });

  it('when a message has variables, then they are filled in', () => {
    expect(t('en', 'auth.loginThrottled', { minutes: 3 })).toBe(
      'Too many failed sign-in attempts. Try again in 3 minutes.',
    );
    expect(t('id', 'import.rowsFailed', { count: 2 })).toBe(
      '2 baris gagal divalidasi; tidak ada yang diimpor.',
    );
  });
});

describe('audit hashing', () => {
  const entry = {
    id: '6f1c3f3e-0000-4000-8000-000000000001',
    at: new Date('2026-11-29T03:00:00.000Z'),
    actorUserId: null,
    actorLabel: 'system',
    action: 'unit.create',
    entityType: 'unit',
    entityId: 'u1',
    before: null,
    after: { name: 'Dinas', code: 'DIN', nested: { b: 1, a: [1, { y: 2, x: 1 }] } },
    requestId: null,
    prevHash: GENESIS_HASH,
  };

  it('when object keys come in another order (as jsonb returns them), then the canonical JSON is the same', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 2 }] } })).toBe(
      '{"a":{"c":[3,{"e":2,"f":1}],"d":2},"b":1}',
    );
    expect(entryHash(entry)).toBe(
      entryHash({
        ...entry,
        after: { nested: { a: [1, { x: 1, y: 2 }], b: 1 }, code: 'DIN', name: 'Dinas' },
      }),
    );
  });

  it('when undefined values are present, then they are left out like JSON does', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it.each([
    ['at', { at: new Date('2026-11-29T03:00:00.001Z') }],
    ['actorLabel', { actorLabel: 'someone' }],
    ['action', { action: 'unit.update' }],
    ['entityId', { entityId: 'u2' }],
    ['before', { before: {} }],
    ['after', { after: { name: 'Dinas', code: 'DIN', nested: { b: 2, a: [1, { y: 2, x: 1 }] } } }],
    ['requestId', { requestId: 'r' }],
    ['prevHash', { prevHash: 'f'.repeat(64) }],
  ])('when %s changes, then the hash changes', (_, change) => {
    expect(entryHash({ ...entry, ...change })).not.toBe(entryHash(entry));
  });

  it('when hashed, then the result is 64 hex characters', () => {
    expect(entryHash(entry)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['the plain entry', {}],
    [
      'an actor and a request id',
      { actorUserId: '6f1c3f3e-0000-4000-8000-000000000009', requestId: 'req-1' },
    ],
    ['text needing escapes', { actorLabel: 'a"b\\c\n', after: { 'k"ey': 'ü ñ 𝄞 \u0000 "quoted"' } }],
    ['a before and no after', { before: { z: [null, true, 1.5], a: '' }, after: null }],
  ])(
    'when split around the previous hash (%s), then head + prevHash + tail hashes to entryHash',
    (_, change) => {
      const e = { ...entry, ...change, prevHash: 'a'.repeat(64) };
      const { head, tail } = chainParts(e);
      expect(createHash('sha256').update(`${head}${e.prevHash}${tail}`).digest('hex')).toBe(entryHash(e));
    },
  );
});

describe('ManualClock', () => {
  it('when advanced or set, then now() follows and returned dates cannot move it', () => {
    const clock = new ManualClock(new Date('2026-01-01T00:00:00Z'));
    const d = clock.now();
    d.setFullYear(2000);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:01:30.000Z');
    clock.set(new Date('2027-05-05T05:05:05Z'));
    expect(clock.now().toISOString()).toBe('2027-05-05T05:05:05.000Z');
  });
});

describe('security helpers', () => {
  it('when a password is hashed, then only that password verifies, and a broken hash verifies nothing', async () => {
    const hash = await hashPassword('rahasia-123');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'rahasia-123')).toBe(true);
    expect(await verifyPassword(hash, 'rahasia-124')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'rahasia-123')).toBe(false);
  });

  it('when strings are compared in constant time, then only equal ones match', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', '')).toBe(true);
  });
});

describe('nulCharacterIssues', () => {
  it('when strings anywhere in the input hold a NUL, then each path is reported', () => {
    const issues = nulCharacterIssues({ a: 'ok', b: 'x\u0000', c: [{ d: '\u0000' }], e: 5, f: null });
    expect(issues.map((i) => i.path).sort()).toEqual([['b'], ['c', 0, 'd']]);
    expect(nulCharacterIssues('\u0000').map((i) => i.path)).toEqual([[]]);
    expect(nulCharacterIssues({ a: 'fine', b: ['also fine'] })).toEqual([]);
  });

  it('when the input nests very deeply, then it does not overflow the stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nulCharacterIssues(deep)).toHaveLength(1);
  });
});
