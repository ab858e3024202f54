/** Kemuning works in Asia/Jakarta (WIB). Dates are `YYYY-MM-DD` strings. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** One formatter per time zone: building an `Intl.DateTimeFormat` costs far more than formatting with one. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar date of an instant in a time zone. */
export function dateIn(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return dateFormat(timeZone).format(instant);
}

/** Indonesian month names, independent of the machine's locale data. */
export const MONTH_NAMES_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** `29 November 2026`: the calendar date of an instant in Asia/Jakarta. */
export function formatDateId(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const [y, m, d] = dateIn(instant, timeZone).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTH_NAMES_ID[m - 1]} ${y}`;
}

const plainNumber = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 4 });

/** `1.250,5`, `1.250.000`, `-0,25`: dots group thousands, a comma marks decimals (up to 4 places). */
export function formatNumberId(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const plain = plainNumber.format(Math.abs(n));
  const [int = '0', frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = n < 0 && plain !== '0' ? '-' : '';
  return `${sign}${grouped}${frac ? `,${frac}` : ''}`;
}
