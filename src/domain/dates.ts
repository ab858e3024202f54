/** Kemuning works in Asia/Jakarta (WIB). Dates are `YYYY-MM-DD` strings. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** The calendar date of an instant in a time zone. */
export function dateIn(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
