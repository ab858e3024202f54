import type { Deps } from '../../platform/deps.js';
import { sign } from '../../platform/secret.js';
import { randomToken, safeEqual } from '../../platform/security.js';

/**
 * Device cookies (OWASP "Slow brute force / device cookies"): a browser that signed in as an account keeps a
 * signed note of it. Sign-ins that present one for the account are throttled on their own small budget, so a
 * stranger who fails many times (and locks the account for unknown devices) cannot lock the owner out.
 *
 * The cookie holds up to five entries (shared computers), newest first, `~`-separated; each entry is
 * `base64url(username).nonce.hmac` signed with the server secret. The nonce names the device in the failure log.
 */
export const DEVICE_COOKIE = 'kinerja_device';
export const DEVICE_COOKIE_PATH = '/api/v1/auth';
export const DEVICE_COOKIE_MAX_AGE_S = 180 * 86_400;
const MAX_ENTRIES = 5;
const PURPOSE = 'device-cookie/v1';

interface Entry {
  username: string;
  nonce: string;
  signature: string;
  raw: string;
}

function parse(value: string | undefined): Entry[] {
  if (!value || value.length > 2000) return [];
  const entries: Entry[] = [];
  for (const raw of value.split('~').slice(0, MAX_ENTRIES)) {
    const [user, nonce, signature, ...rest] = raw.split('.');
    if (!user || !nonce || !signature || rest.length) continue;
    entries.push({ username: Buffer.from(user, 'base64url').toString('utf8'), nonce, signature, raw });
  }
  return entries;
}

const payload = (username: string, nonce: string) => `${username}\n${nonce}`;

/** The device id (for the failure log) when the cookie holds a valid entry for this username, else null. */
export async function deviceFor(
  deps: Deps,
  cookie: string | undefined,
  username: string,
): Promise<string | null> {
  for (const e of parse(cookie)) {
    if (e.username !== username) continue;
    if (safeEqual(e.signature, await sign(deps, PURPOSE, payload(username, e.nonce))))
      return `device:${e.nonce}`;
  }
  return null;
}

/** The cookie after a successful sign-in: a fresh entry for the username first, its older entry dropped. */
export async function issueDevice(deps: Deps, cookie: string | undefined, username: string): Promise<string> {
  const nonce = randomToken(12);
  const entry = [
    Buffer.from(username, 'utf8').toString('base64url'),
    nonce,
    await sign(deps, PURPOSE, payload(username, nonce)),
  ].join('.');
  const others = parse(cookie)
    .filter((e) => e.username !== username)
    .map((e) => e.raw);
  return [entry, ...others].slice(0, MAX_ENTRIES).join('~');
}
