/** The objection (keberatan) window (domain §7, PP 30/2019 art. 59): calendar days in the working time zone. */
import { DEFAULT_TIME_ZONE, dateIn } from '../dates.js';

export const DEFAULT_OBJECTION_DAYS = 14;

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The last calendar day (`YYYY-MM-DD` in the time zone) on which an objection may be filed: the day of receipt
 * is day 0, so with 14 days the 14th calendar day after it is the last one allowed.
 */
export function objectionDeadline(
  receivedAt: Date,
  days = DEFAULT_OBJECTION_DAYS,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  return addDays(dateIn(receivedAt, timeZone), days);
}

/** Whether an objection filed at `now` is within the window (not before the result was received). */
export function canObject(
  receivedAt: Date,
  now: Date,
  days = DEFAULT_OBJECTION_DAYS,
  timeZone = DEFAULT_TIME_ZONE,
): boolean {
  if (now.getTime() < receivedAt.getTime()) return false;
  return dateIn(now, timeZone) <= objectionDeadline(receivedAt, days, timeZone);
}
