import { AppError } from '../../../platform/errors.js';
import type { MessageKey } from '../../../platform/i18n.js';
import type { FailureStats } from '../auth.repository.js';

/** Failures are kept (and counted) for a day; a success clears those of its source. */
export const FAILURE_MEMORY_MS = 24 * 3_600_000;

/**
 * Growing delays: the `limit`-th failure locks for one window, the next `limit` failures after the lock for two,
 * then four … (up to a day). The lock runs from the failure that reached the multiple, so failures that raced past
 * it do not shorten it. Returns the end of the lock, or null when not locked.
 */
export function lockedUntil(stats: FailureStats, limit: number, windowMs: number, now: Date): Date | null {
  if (!stats.tierStart || stats.n < limit) return null;
  const tier = Math.floor(stats.n / limit);
  const ms = Math.min(windowMs * 2 ** Math.min(tier - 1, 20), FAILURE_MEMORY_MS);
  const until = stats.tierStart.getTime() + ms;
  return until > now.getTime() ? new Date(until) : null;
}

/** 429 with Retry-After until the lock ends. */
export function throttled(key: MessageKey, until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError('RATE_LIMITED', key, null, {
    minutes: Math.ceil(seconds / 60),
    retryAfterSeconds: seconds,
  });
}
