import { MONTH_NAMES_ID } from '../../domain/dates';

/** Dates and numbers as people read them: `29 November 2026`, `1.250.000`, in Asia/Jakarta. */
export const TIME_ZONE = 'Asia/Jakarta';

const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

function localeOf(language: string): string {
  return LOCALES[language] ?? 'id-ID';
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${language}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), options);
    cache.set(key, format);
  }
  return format;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date. `YYYY-MM-DD` strings are calendar dates already (no zone shift); timestamps are shown as
 * their date in Asia/Jakarta.
 */
export function formatDate(value: string | Date | null | undefined, language = 'id'): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) {
      const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return dateFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        date,
      );
    }
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return dateFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(
    date,
  );
}

/** Date and time in Asia/Jakarta: `29 November 2026 14.05` (id), `29 November 2026, 14:05` (en). */
export function formatDateTime(value: string | Date | null | undefined, language = 'id'): string {
  if (value === null || value === undefined || value === '') return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return dateFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** A whole or decimal number with the language's grouping: `1.250.000` (id), `1,250,000` (en). */
export function formatNumber(
  value: number | null | undefined,
  language = 'id',
  maximumFractionDigits = 2,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const key = `n|${language}|${maximumFractionDigits}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits });
    cache.set(key, format);
  }
  return format.format(value);
}

/** Today's date in Asia/Jakarta as `YYYY-MM-DD` (for date inputs' defaults). */
export function todayIso(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * A period's stored name (`Januari 2026`, `Triwulan I 2026`, `Tahunan 2026`, written in Indonesian by the server;
 * also without the year) in the reader's language: month names via a cached Intl formatter (`January 2026`),
 * `Quarter I 2026`, `Annual 2026`. Other names are shown as they are.
 */
export function periodLabel(label: string, language = 'id'): string {
  if (language !== 'en') return label;
  const month = /^(\p{L}+)(?: (\d{4}))?$/u.exec(label);
  if (month) {
    const index = (MONTH_NAMES_ID as readonly string[]).indexOf(month[1]!);
    if (index >= 0) {
      const year = month[2];
      const date = new Date(Date.UTC(year ? Number(year) : 2000, index, 1));
      return year
        ? dateFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
        : dateFormat(language, { month: 'long', timeZone: 'UTC' }).format(date);
    }
  }
  const quarter = /^Triwulan ([IV]+)( \d{4})?$/.exec(label);
  if (quarter) return `Quarter ${quarter[1]}${quarter[2] ?? ''}`;
  const annual = /^Tahunan( \d{4})?$/.exec(label);
  if (annual) return `Annual${annual[1] ?? ''}`;
  return label;
}
