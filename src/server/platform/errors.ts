import type { ErrorCode, FieldIssue } from '../../domain/errors.js';
import type { MessageKey } from './i18n.js';

/**
 * The one error type use cases throw. `messageKey` picks a localised message; `details` goes to the client
 * as is (field issues for VALIDATION_FAILED, the failing precondition for INVALID_TRANSITION, …).
 */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly messageKey?: MessageKey,
    public readonly details: unknown = null,
    public readonly vars: Record<string, string | number> = {},
  ) {
    super(messageKey ?? code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');

export type FieldIssueInput = Omit<FieldIssue, 'message'> & { messageKey: MessageKey };

/**
 * Failing fields: a 400 (`VALIDATION_FAILED`) or a 409 (`CONFLICT`, e.g. a duplicate NIP or a circular chain).
 * `details` is the list of `{path, code, message, part?}`, messages resolved from keys by the error handler.
 */
export class ValidationError extends AppError {
  constructor(
    public readonly issues: FieldIssueInput[],
    code: 'VALIDATION_FAILED' | 'CONFLICT' = 'VALIDATION_FAILED',
  ) {
    super(code, issues.length === 1 ? issues[0]!.messageKey : undefined);
  }
}

export const fieldInvalid = (path: string, messageKey: MessageKey, code = 'invalid') =>
  new ValidationError([{ path, code, messageKey }]);

export const fieldConflict = (path: string, messageKey: MessageKey, code = 'duplicate') =>
  new ValidationError([{ path, code, messageKey }], 'CONFLICT');

export function staleVersion(): AppError {
  return new AppError('CONFLICT', 'version.stale', { reason: 'stale_version' });
}
