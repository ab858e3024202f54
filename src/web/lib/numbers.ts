import { formatNumber } from './format';

/**
 * Numbers typed by people, read in their language: Indonesian groups thousands with a dot and writes decimals
 * with a comma (`1.250.000`, `8,5`, `1.250.000,75`); English the other way round (`1,250,000.75`). Spaces (also
 * non-breaking ones) are ignored and a leading minus is kept. Nothing is dropped silently: anything that is not
 * a number in the language's format is refused with a reason the form shows.
 */
export type NumberProblem =
  /** letters or other characters that are not part of a number (`12 kg`, `abc`) */
  | 'letters'
  /** the other language's decimal separator (`8.5` in Indonesian, `8,5` in English) */
  | 'decimalSeparator'
  /** digits and separators in an order no number has (`1..2`, `1.25.000`, `,5`, `8,`) */
  | 'format'
  /** a minus where negative values make no sense */
  | 'negative'
  /** beyond ±10¹² (the API's bound) */
  | 'tooLarge';

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; problem: NumberProblem };

export interface ParseOptions {
  /** default true; false refuses a minus (problem `negative`) */
  allowNegative?: boolean;
}

export const NUMBER_LIMIT = 1e12;

interface Separators {
  group: string;
  decimal: string;
}

export function separatorsOf(language: string): Separators {
  return language === 'en' ? { group: ',', decimal: '.' } : { group: '.', decimal: ',' };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Parses `text` as a number in `language` (`id` unless `en`). Blank text is `{ok: true, value: null}` (no
 * number given); the form decides whether a value is required.
 */
export function parseLocaleNumber(text: string, language: string, options: ParseOptions = {}): ParsedNumber {
  const { allowNegative = true } = options;
  // spaces of every kind are only ever grouping or padding
  let s = text.replace(/[\s\u00a0\u202f\u2009]/g, '');
  if (s === '') return { ok: true, value: null };
  let negative = false;
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  if (/[^\d.,]/.test(s)) return { ok: false, problem: 'letters' };
  if (!/\d/.test(s)) return { ok: false, problem: 'format' };
  const { group, decimal } = separatorsOf(language);
  const g = escape(group);
  const d = escape(decimal);
  const plain = new RegExp(`^\\d+(${d}\\d+)?$`);
  const grouped = new RegExp(`^\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`);
  let normalised: string;
  if (plain.test(s)) normalised = s.replace(decimal, '.');
  else if (grouped.test(s)) normalised = s.split(group).join('').replace(decimal, '.');
  else {
    // a single group separator that cannot be grouping (`8.5`, `0.75` in Indonesian): the other language's
    // decimal separator, said so rather than guessed
    const other = new RegExp(`^\\d+${g}\\d+$`);
    return { ok: false, problem: other.test(s) ? 'decimalSeparator' : 'format' };
  }
  const magnitude = Number(normalised);
  if (!Number.isFinite(magnitude) || magnitude > NUMBER_LIMIT) return { ok: false, problem: 'tooLarge' };
  if (negative && magnitude !== 0 && !allowNegative) return { ok: false, problem: 'negative' };
  return { ok: true, value: negative && magnitude !== 0 ? -magnitude : 0 + magnitude };
}

/** A number as the language writes it, with enough decimals to read back the same value (`1.250.000,75`). */
export function formatLocaleNumber(value: number | null | undefined, language: string): string {
  return formatNumber(value, language, 10);
}

/** The locale key (under `validation.number.`) of a problem, for the forms' error texts. */
export function numberProblemKey(problem: NumberProblem): string {
  return `validation.number.${problem}`;
}
