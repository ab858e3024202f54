import type { z } from 'zod';

/**
 * Plain validation messages for zod's own issues, in Indonesian and English: the one place both the server's
 * error envelopes and the web forms take them from ("Wajib diisi.", "Maksimal 2000 karakter.", "Harus berupa
 * angka.", "Tidak boleh negatif.") — never zod's technical texts ("Terlalu besar: diharapkan string …").
 * Issues whose message is a message key of the domain (`nip.format`) are localised by the caller's own tables.
 */
export type MessageLanguage = 'id' | 'en';

type Issue = z.core.$ZodIssue;

const TEXTS = {
  id: {
    required: 'Wajib diisi.',
    invalid: 'Isian tidak valid.',
    tooShort: 'Minimal {min} karakter.',
    tooLong: 'Maksimal {max} karakter.',
    fewItems: 'Pilih atau isi minimal {min}.',
    manyItems: 'Maksimal {max} item.',
    number: 'Harus berupa angka.',
    integer: 'Harus berupa bilangan bulat.',
    negative: 'Tidak boleh negatif.',
    positive: 'Harus lebih besar dari 0.',
    atLeast: 'Minimal {min}.',
    atMost: 'Maksimal {max}.',
    multipleOf: 'Harus kelipatan {divisor}.',
    text: 'Harus berupa teks.',
    boolean: 'Harus berupa ya atau tidak.',
    list: 'Harus berupa daftar.',
    choice: 'Pilih salah satu pilihan yang tersedia.',
    email: 'Alamat email tidak valid.',
    url: 'Alamat (URL) tidak valid.',
    date: 'Tanggal tidak valid.',
    datetime: 'Tanggal dan waktu tidak valid.',
    id: 'Pengenal (ID) tidak valid.',
    pattern: 'Format isian tidak sesuai.',
    unknownFields: 'Kolom tidak dikenal: {keys}.',
  },
  en: {
    required: 'Required.',
    invalid: 'This value is not valid.',
    tooShort: 'At least {min} characters.',
    tooLong: 'At most {max} characters.',
    fewItems: 'Choose or enter at least {min}.',
    manyItems: 'At most {max} items.',
    number: 'Must be a number.',
    integer: 'Must be a whole number.',
    negative: 'Must not be negative.',
    positive: 'Must be greater than 0.',
    atLeast: 'At least {min}.',
    atMost: 'At most {max}.',
    multipleOf: 'Must be a multiple of {divisor}.',
    text: 'Must be text.',
    boolean: 'Must be yes or no.',
    list: 'Must be a list.',
    choice: 'Choose one of the available options.',
    email: 'The email address is not valid.',
    url: 'The address (URL) is not valid.',
    date: 'The date is not valid.',
    datetime: 'The date and time are not valid.',
    id: 'The identifier (ID) is not valid.',
    pattern: 'The format does not match.',
    unknownFields: 'Unknown fields: {keys}.',
  },
} as const;

export type PlainMessageKey = keyof (typeof TEXTS)['id'];

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

const numberFormats = {
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 }),
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 6 }),
};

function numberText(n: number | bigint, language: MessageLanguage): string {
  return typeof n === 'bigint' ? n.toString() : numberFormats[language === 'en' ? 'en' : 'id'].format(n);
}

/** The key and variables of the plain message of one issue (`value`: the input at the issue's path). */
export function plainIssue(
  issue: Issue,
  value: unknown,
): { key: PlainMessageKey; vars: Record<string, number | string> } {
  switch (issue.code) {
    case 'invalid_type':
      if (blank(value)) return { key: 'required', vars: {} };
      if (issue.expected === 'number' || issue.expected === 'bigint' || issue.expected === 'nan')
        return { key: 'number', vars: {} };
      if (issue.expected === 'int') return { key: 'integer', vars: {} };
      if (issue.expected === 'string') return { key: 'text', vars: {} };
      if (issue.expected === 'boolean') return { key: 'boolean', vars: {} };
      if (issue.expected === 'array' || issue.expected === 'set' || issue.expected === 'tuple')
        return { key: 'list', vars: {} };
      if (issue.expected === 'date') return { key: 'date', vars: {} };
      return { key: 'invalid', vars: {} };
    case 'too_small': {
      const min = issue.minimum;
      if (issue.origin === 'string')
        return blank(value) ? { key: 'required', vars: {} } : { key: 'tooShort', vars: { min: Number(min) } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return Number(min) <= 1
          ? { key: 'required', vars: {} }
          : { key: 'fewItems', vars: { min: Number(min) } };
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        if (Number(min) === 0) return { key: issue.inclusive === false ? 'positive' : 'negative', vars: {} };
        return { key: 'atLeast', vars: { min: numberText(min, 'id') } };
      }
      return { key: 'invalid', vars: {} };
    }
    case 'too_big': {
      const max = issue.maximum;
      if (issue.origin === 'string') return { key: 'tooLong', vars: { max: Number(max) } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { key: 'manyItems', vars: { max: Number(max) } };
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return { key: 'atMost', vars: { max: numberText(max, 'id') } };
      return { key: 'invalid', vars: {} };
    }
    case 'invalid_format':
      if (blank(value)) return { key: 'required', vars: {} };
      switch (issue.format) {
        case 'email':
          return { key: 'email', vars: {} };
        case 'url':
          return { key: 'url', vars: {} };
        case 'date':
          return { key: 'date', vars: {} };
        case 'datetime':
          return { key: 'datetime', vars: {} };
        case 'uuid':
        case 'guid':
        case 'cuid':
        case 'cuid2':
        case 'ulid':
          return { key: 'id', vars: {} };
        default:
          return { key: 'pattern', vars: {} };
      }
    case 'invalid_value':
      return blank(value) ? { key: 'required', vars: {} } : { key: 'choice', vars: {} };
    case 'not_multiple_of':
      return { key: 'multipleOf', vars: { divisor: Number(issue.divisor) } };
    case 'unrecognized_keys':
      return { key: 'unknownFields', vars: { keys: issue.keys.join(', ') } };
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
    default:
      return blank(value) ? { key: 'required', vars: {} } : { key: 'invalid', vars: {} };
  }
}

/** The plain message of one issue in a language (numbers in the language's format). */
export function plainIssueMessage(issue: Issue, language: MessageLanguage, value: unknown): string {
  const { key, vars } = plainIssue(issue, value);
  const localised = { ...vars };
  if (issue.code === 'too_small' && (key === 'atLeast' || key === 'fewItems'))
    localised.min = key === 'atLeast' ? numberText(issue.minimum, language) : Number(issue.minimum);
  if (issue.code === 'too_big' && key === 'atMost') localised.max = numberText(issue.maximum, language);
  return fill(TEXTS[language][key], localised);
}

/** A plain message by key (for checks outside zod, e.g. a number the form could not read). */
export function plainMessage(
  key: PlainMessageKey,
  language: MessageLanguage,
  vars: Record<string, string | number> = {},
): string {
  return fill(TEXTS[language][key], vars);
}

export const PLAIN_MESSAGE_KEYS = Object.keys(TEXTS.id) as PlainMessageKey[];
