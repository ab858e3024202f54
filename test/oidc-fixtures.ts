import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID provider for the single sign-on tests (oidc-provider, with its development login and consent
 * pages), on a random local port. `accounts` maps a subject to the claims the provider releases for it.
 */
export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accounts: Map<string, Record<string, unknown>>;
  close(): Promise<void>;
}

export const APP_ORIGIN = 'http://kinerja.test';
export const CALLBACK_URL = `${APP_ORIGIN}/api/v1/auth/oidc/callback`;

export async function startProvider(): Promise<TestProvider> {
  const accounts = new Map<string, Record<string, unknown>>();
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server: Server = createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'kinerja';
  const clientSecret = 'kinerja-test-client-secret-0123456789';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [CALLBACK_URL],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    findAccount: (_ctx, id) => {
      const claims = accounts.get(id);
      return claims ? { accountId: id, claims: () => ({ ...claims, sub: id }) } : undefined;
    },
    claims: { openid: ['sub'], profile: ['preferred_username', 'name', 'nip'] },
    cookies: { keys: ['oidc-test-cookie-key'] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
    },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
  });
  // the provider logs its own errors (e.g. a reused code) at `server_error` only; keep the test output clean
  provider.on('server_error', () => undefined);
  handler = provider.callback();
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri: CALLBACK_URL,
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The environment of an app that signs in with this provider. */
export const oidcEnv = (p: TestProvider, extra: Record<string, string> = {}): Record<string, string> => ({
  KINERJA_OIDC_ISSUER: p.issuer,
  KINERJA_OIDC_CLIENT_ID: p.clientId,
  KINERJA_OIDC_CLIENT_SECRET: p.clientSecret,
  KINERJA_OIDC_REDIRECT_URL: p.redirectUri,
  KINERJA_OIDC_ALLOW_HTTP: 'true',
  ...extra,
});

/** A browser's cookies at the provider (one host; paths ignored). */
class Jar {
  private readonly cookies = new Map<string, string>();
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/**
 * Plays the user at the provider, from the authorization URL to the redirect back to the app: signs in as
 * `accountId` on the login page and confirms the consent page (or aborts at the first page with `abort`).
 * Returns the callback URL the browser would open (path and query, for `inject`).
 */
export async function actAtProvider(
  authorizationUrl: string,
  accountId: string,
  options: { abort?: boolean } = {},
): Promise<string> {
  const jar = new Jar();
  let url = authorizationUrl;
  let init: RequestInit = {};
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: jar.header() },
    });
    jar.store(res);
    init = {};
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      if (next.href.startsWith(CALLBACK_URL)) return `${next.pathname}${next.search}`;
      url = next.href;
      continue;
    }
    const html = await res.text();
    if (res.status !== 200) throw new Error(`provider answered ${res.status}: ${html.slice(0, 500)}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`no interaction form at ${url}: ${html.slice(0, 500)}`);
    const submit = new URL(action.replace(/&amp;/g, '&'), url);
    if (options.abort) {
      url = `${submit.href}/abort`;
      continue;
    }
    url = submit.href;
    init = {
      method: 'POST',
      body: new URLSearchParams({ prompt, login: accountId, password: 'any' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    };
  }
  throw new Error('too many steps at the provider');
}
