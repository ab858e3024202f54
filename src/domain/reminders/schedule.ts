/**
 * When reminders are due (domain §10: reminders well before deadlines, not allowance cuts). Pure functions on
 * `YYYY-MM-DD` calendar dates (Asia/Jakarta days, computed by the caller with `dateIn`).
 *
 * A pre-deadline reminder has offsets in days (default 14, 7, 1): the reminder "d-7" is due from the day seven days
 * before the deadline. On each run only the most recent offset whose day has come is considered, so a server that
 * was down over several offsets sends one reminder when it is back, not a burst; each offset is sent once per
 * subject because its key (`…:d-7`) is recorded.
 */

export const DEFAULT_REMINDER_OFFSETS = [14, 7, 1] as const;

const DAY_MS = 86_400_000;

function utcDay(date: string): number {
  const [y = '0', m = '1', d = '1'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** The date `days` after `date` (negative: before). */
export function shiftDate(date: string, days: number): string {
  return new Date(utcDay(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Parses `14,7,1` into distinct positive whole days, largest first. Throws on anything else (the configuration
 * reports it at start).
 */
export function parseOffsets(raw: string): number[] {
  const parts = raw
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) throw new Error('at least one offset is needed');
  const days = parts.map((p) => {
    if (!/^\d+$/.test(p)) throw new Error(`"${p}" is not a whole number of days`);
    const n = Number(p);
    if (n < 1 || n > 365) throw new Error(`${n} is outside 1–365 days`);
    return n;
  });
  return [...new Set(days)].sort((a, b) => b - a);
}

/** The day a reminder `offset` days before `deadline` is due. */
export const sendDate = (deadline: string, offset: number) => shiftDate(deadline, -offset);

/**
 * The offset whose reminder is due `today` for a deadline: the smallest offset whose send date is on or before
 * today (the most recent one reached, which also covers catch-up after downtime), or null when none is reached yet
 * or the deadline has passed (after the deadline the digest takes over).
 */
export function dueOffset(today: string, deadline: string, offsets: readonly number[]): number | null {
  if (today > deadline) return null;
  let due: number | null = null;
  for (const offset of offsets) {
    if (sendDate(deadline, offset) <= today && (due === null || offset < due)) due = offset;
  }
  return due;
}

/** Every offset whose send date has come by `today` (for display and tests): largest first. */
export function reachedOffsets(today: string, deadline: string, offsets: readonly number[]): number[] {
  return [...offsets].sort((a, b) => b - a).filter((o) => sendDate(deadline, o) <= today);
}

/** True after the deadline day has ended. */
export const isOverdue = (today: string, deadline: string) => today > deadline;

/** The deterministic key of one pre-deadline reminder: `plan:<cycleId>:<employeeId>:d-7`. */
export const reminderKey = (parts: readonly string[], offset: number) => `${parts.join(':')}:d-${offset}`;

/** The key of a unit head's daily digest: one per unit per day. */
export const digestKey = (unitId: string, today: string) => `digest:${unitId}:${today}`;

/** "besok", "hari ini", "7 hari lagi" — how far a deadline is, in Indonesian. */
export function daysLeftId(today: string, deadline: string): string {
  const n = daysBetween(today, deadline);
  if (n <= 0) return 'hari ini';
  if (n === 1) return 'besok';
  return `${n} hari lagi`;
}

/** An overdue item of a unit head's digest. */
export interface OverdueItem {
  employee_name: string;
  what: 'plan' | 'progress';
  /** the period's (or cycle's) name: `Januari 2026`, `Triwulan I` */
  label: string;
  /** the period's (or cycle's) first day, `YYYY-MM-DD` */
  starts: string;
}

/**
 * A digest's items in reading order: by employee, plans before progress, then periods in time order — never by
 * the periods' names (alphabetically "April" would come before "Januari").
 */
export function digestOrder<T extends OverdueItem>(items: readonly T[]): T[] {
  const kind = { plan: 0, progress: 1 } as const;
  return [...items].sort(
    (a, b) =>
      a.employee_name.localeCompare(b.employee_name, 'id') ||
      kind[a.what] - kind[b.what] ||
      a.starts.localeCompare(b.starts) ||
      a.label.localeCompare(b.label, 'id'),
  );
}
