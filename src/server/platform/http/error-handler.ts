import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_STATUS, type ErrorCode, type ErrorEnvelope, type FieldIssue } from '../../../domain/errors.js';
import { AppError, ValidationError } from '../errors.js';
import { localeFrom, t } from '../i18n.js';
import { localiseIssues, RequestValidationError } from './validation.js';

/** Fastify's own error codes that are the client's fault, mapped onto our closed set. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

export function errorEnvelope(
  request: FastifyRequest,
  code: ErrorCode,
  message: string,
  details: unknown = null,
): ErrorEnvelope {
  return { error: { code, message, details, requestId: String(request.id) } };
}

/** PostgreSQL's codes for text it cannot store (a lone surrogate in jsonb, a NUL, a bad encoding). */
const INVALID_TEXT_DB_CODES = new Set(['22P05', '22021', '22P02']);

/** The SQLSTATE of a database error, looking through the wrappers (drizzle's query error keeps it in `cause`). */
function databaseCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** Whether a database error is about text it cannot store (the safety net behind the request schemas). */
function isInvalidTextError(error: unknown): boolean {
  const code = databaseCode(error);
  if (!code || !INVALID_TEXT_DB_CODES.has(code)) return false;
  // 22P02 is any invalid text representation: only its Unicode (escape) and encoding cases are the text's fault
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  const message =
    text((error as { message?: unknown }).message) +
    text((error as { cause?: { message?: unknown } }).cause?.message);
  return code !== '22P02' || /unicode|utf8|encoding|\\u0000/i.test(message);
}

/**
 * Errors the router answers before any route runs (issue 11: in the envelope too): a path parameter longer than
 * the router takes (414) and a URL that does not decode (400). Set as Fastify's `frameworkErrors`.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = localeFrom(request.headers['accept-language']);
  void reply.header('x-request-id', request.id);
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    const message = t(locale, 'url.tooLong');
    return reply
      .status(414)
      .send(
        errorEnvelope(request, 'VALIDATION_FAILED', message, [{ path: 'url', code: 'url.tooLong', message }]),
      );
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    const message = t(locale, 'url.invalid');
    return reply
      .status(400)
      .send(
        errorEnvelope(request, 'VALIDATION_FAILED', message, [{ path: 'url', code: 'url.invalid', message }]),
      );
  }
  return errorHandler(error, request, reply);
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (a request line or headers over the 16 KiB limit,
 * a malformed request): answered in the envelope too, in the default language (nothing of the request is read).
 * Set as Fastify's `clientErrorHandler`.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Duplex) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const timeout = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
  const overflow = err.code === 'HPE_HEADER_OVERFLOW';
  // a long URL is what overflows in practice (414); Node cannot tell it from long headers
  const [status, reason, key] = timeout
    ? [408, 'Request Timeout', 'request.malformed' as const]
    : overflow
      ? [414, 'URI Too Long', 'request.headersTooLarge' as const]
      : [400, 'Bad Request', 'request.malformed' as const];
  const message = t(localeFrom(undefined), key);
  const body = JSON.stringify({
    error: {
      code: 'VALIDATION_FAILED',
      message,
      details: [{ path: 'url', code: key, message }],
      requestId: randomUUID(),
    },
  } satisfies ErrorEnvelope);
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(err);
}

export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const locale = localeFrom(request.headers['accept-language']);
  if (error instanceof RequestValidationError) {
    const details: FieldIssue[] = localiseIssues(error, locale);
    return reply
      .status(400)
      .send(errorEnvelope(request, 'VALIDATION_FAILED', t(locale, 'VALIDATION_FAILED'), details));
  }
  if (error instanceof ValidationError) {
    const details: FieldIssue[] = error.issues.map(({ messageKey, ...rest }) => ({
      ...rest,
      message: t(locale, messageKey),
    }));
    const message = t(locale, error.messageKey ?? error.code);
    return reply.status(ERROR_STATUS[error.code]).send(errorEnvelope(request, error.code, message, details));
  }
  if (error instanceof AppError) {
    const status = ERROR_STATUS[error.code];
    const message = t(locale, error.messageKey ?? error.code, error.vars);
    if (error.code === 'RATE_LIMITED' && typeof error.vars.retryAfterSeconds === 'number') {
      void reply.header('retry-after', String(error.vars.retryAfterSeconds));
    }
    return reply.status(status).send(errorEnvelope(request, error.code, message, error.details));
  }
  const fastifyCode =
    'code' in error && typeof error.code === 'string' ? FASTIFY_CODES[error.code] : undefined;
  if (fastifyCode) {
    const key = error.message.includes('JSON') ? 'body.invalidJson' : fastifyCode;
    const message = t(locale, key);
    // A body that is not JSON at all still names the failing field: the body itself.
    const details: FieldIssue[] | null =
      fastifyCode === 'VALIDATION_FAILED'
        ? [{ path: 'body', code: key === 'body.invalidJson' ? key : 'invalid_body', message }]
        : null;
    return reply
      .status(ERROR_STATUS[fastifyCode])
      .send(errorEnvelope(request, fastifyCode, message, details));
  }
  const statusCode = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (statusCode === 400 && error instanceof SyntaxError) {
    return reply.status(400).send(errorEnvelope(request, 'VALIDATION_FAILED', t(locale, 'body.invalidJson')));
  }
  if (statusCode >= 400 && statusCode < 500) {
    const code: ErrorCode =
      statusCode === 413
        ? 'PAYLOAD_TOO_LARGE'
        : statusCode === 415
          ? 'UNSUPPORTED_MEDIA_TYPE'
          : statusCode === 429
            ? 'RATE_LIMITED'
            : statusCode === 404
              ? 'NOT_FOUND'
              : 'VALIDATION_FAILED';
    return reply.status(ERROR_STATUS[code]).send(errorEnvelope(request, code, t(locale, code)));
  }
  if (isInvalidTextError(error)) {
    // a string that slipped past the request schemas and the validator's walk (built by the server, a file's text)
    request.log.warn({ err: error }, 'text the database cannot store');
    const message = t(locale, 'input.invalidUnicode');
    return reply
      .status(400)
      .send(
        errorEnvelope(request, 'VALIDATION_FAILED', message, [
          { path: 'body', code: 'input.invalidUnicode', message },
        ]),
      );
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send(errorEnvelope(request, 'INTERNAL', t(locale, 'INTERNAL')));
}
