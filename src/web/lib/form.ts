import type { i18n as I18n, TFunction } from 'i18next';
import type { z } from 'zod';
import type { FieldIssue } from '../../domain/errors';
import { plainIssueMessage } from '../../domain/validation-messages';
import { ApiError, toFieldErrors } from './api-client';
import { notifyError } from './notify';

type Issue = z.core.$ZodIssue;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * A localised message for one zod issue. The shared domain schemas carry message keys (`nip.birthDate`,
 * `acting.dateRange`) that the locale files hold under `validation.`; zod's own issues get the plain texts
 * shared with the server (domain/validation-messages.ts).
 */
export function issueMessage(issue: Issue, input: unknown, i18n: I18n): string {
  const t = i18n.t.bind(i18n) as TFunction;
  const keyed = `validation.${issue.message}`;
  if (issue.message && /^[a-zA-Z]+\.[a-zA-Z.]+$/.test(issue.message) && i18n.exists(keyed)) return t(keyed);
  const language = i18n.language === 'en' ? 'en' : 'id';
  return plainIssueMessage(issue, language, valueAt(input, issue.path));
}

/**
 * A Mantine form `validate` function from a shared zod schema: the form's values are turned into the API's
 * input (`toInput`), parsed, and each issue becomes a localised error on its field.
 */
export function zodValidate<Values, Input>(
  schema: z.ZodType,
  i18n: I18n,
  toInput: (values: Values) => Input,
): (values: Values) => Record<string, string> {
  return (values) => {
    const input = toInput(values);
    const result = schema.safeParse(input);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (!(path in errors)) errors[path] = issueMessage(issue, input, i18n);
    }
    return errors;
  };
}

/**
 * The field issues of a failed call: the details of VALIDATION_FAILED, or a conflict that names its field
 * (`{details: {field: 'nip'}}`, e.g. a duplicate NIP), which then carries the envelope's message.
 */
export function fieldIssuesFor(error: unknown): FieldIssue[] {
  if (!(error instanceof ApiError)) return [];
  if (error.issues.length > 0) return error.issues;
  const field = (error.details as { field?: unknown } | null)?.field;
  return typeof field === 'string' ? [{ path: field, code: error.code, message: error.message }] : [];
}

/** A 409 about the record as a whole (someone saved it first), not about one field. */
export function isStaleWrite(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && fieldIssuesFor(error).length === 0;
}

interface ErrorTarget {
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * After a failed submit: field issues the form shows go onto their fields; anything else (a conflict, a
 * refusal, an issue about a field the form does not have) becomes a toast. Returns true when every issue
 * landed on a field.
 */
export function applyServerErrors(
  error: unknown,
  form: ErrorTarget,
  fields: readonly string[],
  t: TFunction,
): boolean {
  if (error instanceof ApiError) {
    const issues = fieldIssuesFor(error);
    const onFields = issues.filter((i) => fields.includes(i.path));
    if (onFields.length > 0) form.setErrors(toFieldErrors(onFields));
    if (onFields.length > 0 && onFields.length === issues.length) return true;
  }
  notifyError(error, t);
  return false;
}

/** `''` → null for optional text fields sent to the API. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

interface SchemaNode {
  _zod: {
    def: { type: string; innerType?: SchemaNode; in?: SchemaNode; shape?: Record<string, SchemaNode> };
  };
  maxLength?: number | null;
}

/**
 * The most characters a shared request schema allows for one text field (`z.string().max(n)`), looked up through
 * `.optional()`, `.nullish()`, `.default()`, `.pipe()`/`.transform()` and an object's refinements: the counters in
 * the forms show the server's own limit, never a copy of it. Undefined when the field has no length limit.
 */
export function maxLengthOf(schema: z.ZodType, field: string): number | undefined {
  let node: SchemaNode | undefined = schema as unknown as SchemaNode;
  for (const part of field.split('.')) {
    while (node && node._zod.def.type !== 'object') node = node._zod.def.innerType ?? node._zod.def.in;
    node = node?._zod.def.shape?.[part];
  }
  while (node) {
    if (node._zod.def.type === 'string')
      return typeof node.maxLength === 'number' ? node.maxLength : undefined;
    node = node._zod.def.innerType ?? node._zod.def.in;
  }
  return undefined;
}
