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
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send(errorEnvelope(request, 'INTERNAL', t(locale, 'INTERNAL')));
}
