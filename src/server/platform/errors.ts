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

/** A 400 listing failing fields; issue messages are message keys resolved by the error handler. */
export class ValidationError extends AppError {
  constructor(public readonly issues: Array<Omit<FieldIssue, 'message'> & { messageKey: MessageKey }>) {
    super('VALIDATION_FAILED');
  }
}

export function staleVersion(): AppError {
  return new AppError('CONFLICT', 'version.stale', { reason: 'stale_version' });
}
