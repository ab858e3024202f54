import * as client from 'openid-client';
import { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import type { OidcConfig } from '../../platform/config.js';
import type { Deps } from '../../platform/deps.js';
import { AppError } from '../../platform/errors.js';
import { sign } from '../../platform/secret.js';
import { safeEqual } from '../../platform/security.js';

/**
 * Single sign-on with OpenID Connect (authorization code flow with PKCE S256, state and nonce; openid-client).
 *
 * The flow's secrets (PKCE verifier, state, nonce, where to go afterwards) travel in a short-lived cookie signed with
 * the server secret, sent back only to the OIDC routes. The callback clears it whatever happens, so a flow is used
 * once; the provider in turn accepts an authorization code once.
 */
export const OIDC_COOKIE = 'kinerja_oidc';
export const OIDC_COOKIE_PATH = '/api/v1/auth/oidc';
export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';
export const OIDC_FLOW_TTL_MS = 10 * 60_000;
/** After a failed discovery, requests within this time fail at once instead of asking the provider again. */
export const DISCOVERY_RETRY_MS = 15_000;
const PURPOSE = 'oidc-flow/v1';

const flowSchema = z.object({
  state: z.string().min(1).max(200),
  nonce: z.string().min(1).max(200),
  verifier: z.string().min(43).max(128),
  next: z.string().max(1000),
  /** expiry, milliseconds since the epoch by the server clock */
  exp: z.number().int(),
});
export type OidcFlow = z.infer<typeof flowSchema>;

/** The cookie value of a flow: base64url(JSON) and its HMAC. */
export async function sealFlow(deps: Deps, flow: OidcFlow): Promise<string> {
  const body = Buffer.from(JSON.stringify(flow), 'utf8').toString('base64url');
  return `${body}.${await sign(deps, PURPOSE, body)}`;
}

/** The flow in a cookie: null when missing, forged, malformed or expired (with the reason, for the audit row). */
export async function openFlow(
  deps: Deps,
  cookie: string | undefined,
): Promise<{ flow: OidcFlow } | { flow: null; reason: 'state_missing' | 'state_invalid' | 'expired' }> {
  if (!cookie) return { flow: null, reason: 'state_missing' };
  const [body, signature, ...rest] = cookie.split('.');
  if (!body || !signature || rest.length || cookie.length > 4000)
    return { flow: null, reason: 'state_invalid' };
  if (!safeEqual(signature, await sign(deps, PURPOSE, body))) return { flow: null, reason: 'state_invalid' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { flow: null, reason: 'state_invalid' };
  }
  const result = flowSchema.safeParse(parsed);
  if (!result.success) return { flow: null, reason: 'state_invalid' };
  if (result.data.exp <= deps.clock.now().getTime()) return { flow: null, reason: 'expired' };
  return { flow: result.data };
}

/**
 * Where to go after signing in: a path on this site only (no scheme, no host, no `//` or `\` that browsers read as
 * another host, no control characters). Anything else is null (refused: no open redirect).
 */
export function localPath(next: string): string | null {
  if (next.length > 1000 || !next.startsWith('/') || next.startsWith('//')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return null;
  const base = 'http://kinerja.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The provider as seen by openid-client: discovered on first use (not at start-up, so a provider that is down does
 * not stop the server), then cached. A failed discovery answers 503 and is retried after a short pause.
 */
export class OidcProvider {
  private configuration: Promise<client.Configuration> | undefined;
  private failedAt = -Infinity;

  constructor(
    readonly settings: OidcConfig,
    private readonly clock: Clock,
  ) {}

  async discover(): Promise<client.Configuration> {
    if (!this.configuration) {
      const now = this.clock.now().getTime();
      if (now - this.failedAt < DISCOVERY_RETRY_MS) throw new AppError('UNAVAILABLE', 'oidc.unavailable');
      const { issuer, clientId, clientSecret, allowHttp } = this.settings;
      const attempt = client.discovery(
        new URL(issuer),
        clientId,
        undefined,
        clientSecret ? client.ClientSecretBasic(clientSecret) : client.None(),
        { execute: allowHttp ? [client.allowInsecureRequests] : [], timeout: 10 },
      );
      this.configuration = attempt;
      attempt.catch(() => {
        if (this.configuration === attempt) this.configuration = undefined;
        this.failedAt = this.clock.now().getTime();
      });
    }
    try {
      return await this.configuration;
    } catch {
      throw new AppError('UNAVAILABLE', 'oidc.unavailable');
    }
  }

  /** The redirect URI: configured, else KINERJA_PUBLIC_URL's, else this request's origin. */
  redirectUri(publicUrl: string | undefined, requestOrigin: string): string {
    return this.settings.redirectUrl ?? `${publicUrl ?? requestOrigin}${OIDC_CALLBACK_PATH}`;
  }

  /** Starts a flow: the provider's authorization URL and the flow to keep in the cookie. */
  async start(redirectUri: string, next: string, now: Date): Promise<{ url: URL; flow: OidcFlow }> {
    const configuration = await this.discover();
    const verifier = client.randomPKCECodeVerifier();
    const flow: OidcFlow = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier,
      next,
      exp: now.getTime() + OIDC_FLOW_TTL_MS,
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: this.settings.scopes,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url, flow };
  }

  /**
   * Completes a flow: checks the response (state, issuer), redeems the code with the PKCE verifier, validates the
   * ID token (signature, audience, nonce) and reads the linking claim, from the ID token or else from userinfo.
   */
  async finish(
    redirectUri: string,
    query: string,
    flow: OidcFlow,
  ): Promise<{ issuer: string; subject: string; identifier: string | null }> {
    const configuration = await this.discover();
    const current = new URL(redirectUri);
    current.search = query;
    const tokens = await client.authorizationCodeGrant(configuration, current, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    const { claim } = this.settings;
    let value: unknown = claims[claim];
    if (value === undefined || value === null) {
      const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      value = info[claim];
    }
    const identifier = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
    return { issuer: claims.iss, subject: claims.sub, identifier: identifier || null };
  }
}

/** The provider's error code of a failed flow (e.g. access_denied), for the audit row. */
export function providerError(err: unknown): string {
  if (err instanceof client.AuthorizationResponseError) return err.error;
  if (err instanceof client.ResponseBodyError) return err.error;
  if (err instanceof AppError) return err.code;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'invalid_response';
}
