import { expect } from 'vitest';
import { createTestApp, login, type Client, type TestApp } from './helpers.js';
import { insertUser, PASSWORD } from './factories.js';

/** Factories for the sign-in, session and account tests (auth module). */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const EN = { 'accept-language': 'en' };

let n = 0;
/** A name no other test of the file uses (usernames, codes). */
export const uniq = (prefix: string) => `${prefix}${++n}`;

/**
 * The app of an auth test file: sign-in throttling after 3 failures, and the `root` admin account (database insert:
 * the first admin has nobody to create it).
 */
export async function authTestApp(): Promise<TestApp> {
  const t = await createTestApp({ KINERJA_LOGIN_MAX_FAILURES: '3' });
  await insertUser(t.database, 'root', ['admin', 'hr_admin']);
  return t;
}

/** A fresh `root` session: tests move the clock forward, so a session made earlier may have expired. */
export function rootClient(t: TestApp): Promise<Client> {
  return login(t.app, 'root', PASSWORD);
}

/** POST /auth/login with any body, headers and client address (throttling counts per address too). */
export function rawLogin(
  t: TestApp,
  body: unknown,
  headers: Record<string, string> = {},
  remoteAddress = '127.0.0.1',
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers,
    remoteAddress,
    ...(typeof body === 'string' ? { payload: body } : { payload: body as Record<string, unknown> }),
  });
}

/** A user with the given roles, created by `root` through the API; their id, username and a signed-in client. */
export async function newUser(t: TestApp, roles: string[] = ['employee']) {
  const username = uniq('usr');
  const res = await (await rootClient(t)).post('/users', { username, password: PASSWORD, roles });
  expect(res.statusCode).toBe(201);
  return { id: res.json<{ id: string }>().id, username, client: await login(t.app, username, PASSWORD) };
}
