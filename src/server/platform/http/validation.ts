import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';
import type { FieldIssue } from '../../../domain/errors.js';
import { isMessageKey, t, type Locale } from '../i18n.js';

/** A request that failed its zod schema; localised by the error handler. */
export class RequestValidationError extends Error {
  constructor(
    public readonly issues: z.core.$ZodIssue[],
    public readonly part: string,
  ) {
    super('request validation failed');
  }
}

/** Validates with the route's zod schema, keeping the raw issues so messages can be localised per request. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data: unknown) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') };
  };

const localeErrors = { id: z.locales.id().localeError, en: z.locales.en().localeError };

function messageOf(issue: z.core.$ZodIssue, locale: Locale): string {
  if (issue.code === 'custom' && isMessageKey(issue.message)) return t(locale, issue.message);
  if (isMessageKey(issue.message)) return t(locale, issue.message);
  const localised = localeErrors[locale](issue as never);
  if (typeof localised === 'string') return localised;
  return localised?.message ?? issue.message;
}

export function localiseIssues(err: RequestValidationError, locale: Locale): FieldIssue[] {
  return err.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const part = issue.code === 'custom' ? (issue.params as { part?: unknown } | undefined)?.part : undefined;
    return {
      path: path || err.part,
      code: isMessageKey(issue.message) ? issue.message : issue.code,
      message: messageOf(issue, locale),
      ...(typeof part === 'string' ? { part } : {}),
    };
  });
}
