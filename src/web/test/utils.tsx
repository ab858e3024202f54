import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { afterEach, vi } from 'vitest';
import { AppProviders } from '../app/providers';
import { setCsrfToken, setUnauthorizedHandler } from '../lib/api-client';
import type { Session } from '../lib/auth';
import { bindLanguage, createI18n, type Language } from '../lib/i18n';
import en from '../locales/en.json';
import { createQueryClient } from '../lib/query-client';

// The signed-in frame and Beranda load on demand (app/shell.ts); loaded once here, so a test's findBy waits for the
// page and not for the frame's code to be transformed (slow on a busy machine).
await Promise.all([import('../app/AppLayout'), import('../features/home/routes/HomePage')]);

// happy-dom has no FontFaceSet; Mantine's autosizing Textarea listens on document.fonts.
if (typeof document !== 'undefined' && !('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setUnauthorizedHandler(null);
});

export interface MockRoute {
  method?: string;
  /** path after /api/v1, without the query string */
  path: string | RegExp;
  status?: number;
  body?: unknown;
}

export interface FetchCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** Replaces fetch with a tiny router over the API; unknown calls answer 404 in the API's envelope. */
export function mockApi(routes: MockRoute[]): FetchCall[] {
  const calls: FetchCall[] = [];
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(
      Object.entries((init?.headers as Record<string, string> | undefined) ?? {}).map(([k, v]) => [
        k.toLowerCase(),
        v,
      ]),
    );
    let body: unknown = init?.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        // not JSON
      }
    }
    calls.push({ method, url, headers, body });
    const path =
      url
        .replace(/^https?:\/\/[^/]+/, '')
        .replace(/^\/api\/v1/, '')
        .split('?')[0] ?? '';
    const route = routes.find(
      (r) =>
        (r.method ?? 'GET').toUpperCase() === method &&
        (typeof r.path === 'string' ? r.path === path : r.path.test(path)),
    );
    if (!route) {
      const notFound = {
        error: { code: 'NOT_FOUND', message: 'Not found.', details: null, requestId: 'test' },
      };
      return Promise.resolve(
        new Response(JSON.stringify(notFound), {
          status: 404,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }
    const status = route.status ?? 200;
    return Promise.resolve(
      new Response(status === 204 ? null : JSON.stringify(route.body ?? null), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

export function sessionRoute(session: Session | null): MockRoute {
  return session
    ? { path: '/auth/me', body: session }
    : {
        path: '/auth/me',
        status: 401,
        body: {
          error: {
            code: 'UNAUTHENTICATED',
            message: 'Silakan masuk terlebih dahulu.',
            details: null,
            requestId: 't',
          },
        },
      };
}

export function sessionFor(roles: Session['user']['roles'], employeeId: string | null = null): Session {
  return { user: { id: 'u-1', username: 'tester', roles, employeeId }, csrfToken: 'csrf-123' };
}

interface RenderOptions {
  language?: Language;
}

/** Renders children inside the app's providers (no router). */
export function renderWithProviders(ui: ReactNode, options: RenderOptions = {}): RenderResult {
  const i18n = createI18n(options.language ?? 'id', { en });
  bindLanguage(i18n);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  return render(
    <AppProviders queryClient={queryClient} i18n={i18n} env="test">
      {ui}
    </AppProviders>,
  );
}

/** Renders the given routes at a URL, inside the app's providers. */
export function renderRoutes(routes: RouteObject[], url: string, options: RenderOptions = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const result = renderWithProviders(<RouterProvider router={router} />, options);
  return { ...result, router };
}

/**
 * Replaces XMLHttpRequest (used for uploads with progress) with one that sends through `fetch`, so `mockApi`
 * answers and records uploads like every other call. Reports one upload progress event before the answer.
 */
export function xhrViaFetch(): void {
  class FetchXhr {
    status = 0;
    statusText = '';
    responseText = '';
    withCredentials = false;
    upload: {
      onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null;
    } = {
      onprogress: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private method = 'GET';
    private url = '';
    private headers: Record<string, string> = {};
    private responseHeaders = new Headers();
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    getResponseHeader(name: string) {
      return this.responseHeaders.get(name);
    }
    send(body: unknown) {
      this.upload.onprogress?.({ loaded: 50, total: 100, lengthComputable: true });
      fetch(this.url, { method: this.method, headers: this.headers, body: body as BodyInit }).then(
        async (response) => {
          this.status = response.status;
          this.statusText = response.statusText;
          this.responseHeaders = response.headers;
          this.responseText = await response.text();
          this.onload?.();
        },
        () => this.onerror?.(),
      );
    }
  }
  vi.stubGlobal('XMLHttpRequest', FetchXhr);
}
