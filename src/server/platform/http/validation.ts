import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import type { FieldIssue } from '../../../domain/errors.js';
import { INVALID_TEXT_KEY, isValidText, wellFormed } from '../../../domain/text.js';
import { plainIssueMessage } from '../../../domain/validation-messages.js';
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

/**
 * Paths of strings (and object keys) holding a NUL character or invalid Unicode (a lone UTF-16 surrogate):
 * PostgreSQL cannot store a NUL in text or jsonb nor a lone surrogate in jsonb, so such input would otherwise fail
 * in the database (500) instead of answering 400. The safety net under the shared text schemas (domain/text.ts),
 * for every request part of every route. Walks iteratively: bodies may nest deeply.
 */
export function nulCharacterIssues(data: unknown): z.core.$ZodIssue[] {
  interface Node {
    value: unknown;
    key: PropertyKey | null;
    parent: Node | null;
  }
  const pathOf = (node: Node): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (let n: Node | null = node; n && n.key !== null; n = n.parent) path.push(n.key);
    return path.reverse();
  };
  const issues: z.core.$ZodIssue[] = [];
  const stack: Node[] = [{ value: data, key: null, parent: null }];
  while (stack.length > 0 && issues.length < 20) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) {
        issues.push({ code: 'custom', path: pathOf(node), message: 'input.nulCharacter', input: undefined });
      } else if (!isValidText(value)) {
        issues.push({ code: 'custom', path: pathOf(node), message: INVALID_TEXT_KEY, input: undefined });
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, key: i, parent: node }));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (!isValidText(k)) {
          const path = [...pathOf(node), wellFormed(k).replaceAll('\u0000', '\uFFFD')];
          issues.push({ code: 'custom', path, message: INVALID_TEXT_KEY, input: undefined });
        } else stack.push({ value: v, key: k, parent: node });
      }
    }
  }
  return issues;
}

/** The same walk under its current name. */
export const invalidTextIssues = nulCharacterIssues;

/** Validates with the route's zod schema, keeping the raw issues so messages can be localised per request. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data: unknown) => {
    const nul = nulCharacterIssues(data);
    if (nul.length > 0) return { error: new RequestValidationError(nul, httpPart ?? 'body') };
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') };
  };

/** A domain message key (`nip.format`) in the locale, else the plain text of zod's issue (shared with the web). */
function messageOf(issue: z.core.$ZodIssue, locale: Locale): string {
  if (isMessageKey(issue.message)) return t(locale, issue.message);
  return plainIssueMessage(issue, locale, issue.input);
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
