import { ERROR_CODES, type ErrorCode, type FieldIssue } from '../../domain/errors';

/** Every API path below is relative to this prefix. */
export const API_PREFIX = '/api/v1';

/** A failed API call, carrying the server's error envelope. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly requestId: string | null;

  constructor(
    status: number,
    code: ErrorCode,
    message: string,
    details: unknown = null,
    requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
  }

  /** The per-field issues of a VALIDATION_FAILED (or any error whose details are field issues). */
  get issues(): FieldIssue[] {
    return fieldIssuesOf(this.details);
  }
}

/** A network failure (no answer from the server); shown with a localised "offline" message. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network', { cause });
    this.name = 'NetworkError';
  }
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldIssue).path === 'string' &&
    typeof (value as FieldIssue).message === 'string'
  );
}

export function fieldIssuesOf(details: unknown): FieldIssue[] {
  return Array.isArray(details) ? details.filter(isFieldIssue) : [];
}

/**
 * Maps field issues to form errors keyed by field path (`nip`, `unitId`); several issues on one field (e.g. two
 * failing parts of a NIP) are joined.
 */
export function toFieldErrors(issues: readonly FieldIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const previous = errors[issue.path];
    errors[issue.path] = previous ? `${previous} ${issue.message}` : issue.message;
  }
  return errors;
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as string[]).includes(code);
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** Builds an ApiError from a non-2xx response, reading the `{error:{…}}` envelope when there is one. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const envelope = (body as { error?: Record<string, unknown> } | null)?.error;
  const requestId = response.headers.get('x-request-id');
  if (envelope && isErrorCode(envelope.code)) {
    return new ApiError(
      response.status,
      envelope.code,
      typeof envelope.message === 'string' ? envelope.message : envelope.code,
      envelope.details ?? null,
      typeof envelope.requestId === 'string' ? envelope.requestId : requestId,
    );
  }
  const code = STATUS_CODES[response.status] ?? 'INTERNAL';
  return new ApiError(response.status, code, response.statusText || code, null, requestId);
}

/** Session state the client needs on every request; set by the auth provider and the i18n setup. */
interface ClientState {
  csrfToken: string | null;
  language: () => string;
  onUnauthorized: (() => void) | null;
}

const state: ClientState = {
  csrfToken: null,
  language: () => 'id',
  onUnauthorized: null,
};

/** Called on a 403 MFA_ENROLMENT_REQUIRED (the grace period for enrolling a second factor ended meanwhile). */
let onMfaEnrolmentRequired: (() => void) | null = null;
export function setMfaEnrolmentHandler(handler: (() => void) | null): void {
  onMfaEnrolmentRequired = handler;
}

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

export function setLanguageSource(source: () => string): void {
  state.language = source;
}

/** The CSRF token and language the next request carries (for callers that cannot use fetch, e.g. uploads). */
export const csrfToken = (): string | null => state.csrfToken;
export const language = (): string => state.language();

/** Called on a 401 from any call other than the sign-in and session probes. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  state.onUnauthorized = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  /** JSON body (objects) or multipart body (FormData). */
  body?: unknown;
  signal?: AbortSignal;
  /** Do not call the unauthorised handler on 401 (sign-in and the session probe). */
  expectUnauthorized?: boolean;
}

export function buildUrl(path: string, query?: Query): string {
  const url = `${API_PREFIX}${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** Calls the API: JSON in and out, Accept-Language, CSRF header on writes, the error envelope as ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': state.language(),
  };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (!SAFE_METHODS.has(method) && state.csrfToken) headers['x-csrf-token'] = state.csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: body ?? null,
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new NetworkError(err);
  }

  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (response.status === 401 && !options.expectUnauthorized) state.onUnauthorized?.();
    if (error.code === 'MFA_ENROLMENT_REQUIRED') onMfaEnrolmentRequired?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) =>
    apiRequest<T>(path, { query, ...(signal ? { signal } : {}) }),
  post: <T>(path: string, body?: unknown, query?: Query) =>
    apiRequest<T>(path, { method: 'POST', body, query }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: (path: string) => apiRequest<void>(path, { method: 'DELETE' }),
};

/** The URL of a file the browser downloads directly (cookie-authenticated GET). */
export function downloadUrl(path: string): string {
  return `${API_PREFIX}${path}`;
}

/** 4xx answers are final: retrying them only repeats the refusal. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

/** A list page as the API returns it. */
export interface Page<T> {
  items: T[];
  total: number;
}
