import {
  TRAINING_MODE_LABELS,
  TRAINING_MODES,
  type TrainingMode,
} from '../../../../domain/trainings/competences.js';

/**
 * The columns of the catalogue's XLSX, shared by the export and the import (a file exported can be edited and
 * imported back): Indonesian headers, the API field each holds.
 */
export const TRAINING_COLUMNS = [
  { key: 'code', header: 'Kode', width: 14 },
  { key: 'title', header: 'Judul', width: 50 },
  { key: 'provider', header: 'Penyelenggara', width: 36 },
  { key: 'mode', header: 'Moda', width: 20 },
  { key: 'hours', header: 'JP', width: 8 },
  { key: 'cost', header: 'Biaya (Rp)', width: 14 },
  { key: 'schedule', header: 'Jadwal', width: 28 },
  { key: 'startDate', header: 'Tanggal Mulai', width: 14 },
  { key: 'endDate', header: 'Tanggal Selesai', width: 14 },
  { key: 'capacity', header: 'Kapasitas', width: 11 },
  { key: 'competences', header: 'Kompetensi', width: 50 },
  { key: 'description', header: 'Deskripsi', width: 60 },
  { key: 'active', header: 'Aktif', width: 8 },
] as const;
export type TrainingColumn = (typeof TRAINING_COLUMNS)[number]['key'];

/** A header as the sheet reader normalises it (lower case, spaces and hyphens to `_`). */
const normalHeader = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Header → field: the Indonesian headers, the API names, and a few other spellings. */
export const TRAINING_ALIASES: Record<string, string> = {
  ...Object.fromEntries(TRAINING_COLUMNS.map((c) => [normalHeader(c.header), c.key])),
  ...Object.fromEntries(TRAINING_COLUMNS.map((c) => [normalHeader(c.key), c.key])),
  start_date: 'startDate',
  end_date: 'endDate',
  biaya: 'cost',
  jam_pelajaran: 'hours',
  'jam_pelajaran_(jp)': 'hours',
  nama: 'title',
  nama_program: 'title',
  judul_program: 'title',
  kode_program: 'code',
};

/** The header of a field (for the row report). */
export const headerOf = (key: string) => TRAINING_COLUMNS.find((c) => c.key === key)?.header ?? key;

const MODE_WORDS: Record<string, TrainingMode> = {
  ...Object.fromEntries(TRAINING_MODES.map((m) => [m, m])),
  ...Object.fromEntries(TRAINING_MODES.map((m) => [TRAINING_MODE_LABELS[m].toLowerCase(), m])),
  klasikal: 'classroom',
  kelas: 'classroom',
  tatap_muka: 'classroom',
  'tatap muka': 'classroom',
  'e-learning': 'elearning',
  'e learning': 'elearning',
  daring: 'elearning',
  magang: 'on_the_job',
  'on the job': 'on_the_job',
  'on-the-job': 'on_the_job',
  'pelatihan di tempat kerja': 'on_the_job',
};

/** A mode from its code or an Indonesian name (`Klasikal`, `E-learning`, `Magang`), else undefined. */
export const parseMode = (s: string): TrainingMode | undefined =>
  MODE_WORDS[s.trim().toLowerCase().replace(/\s+/g, ' ')];

/** `Ya`/`Tidak` (and the usual other spellings); undefined when blank, null when not understood. */
export function parseActive(s: string): boolean | undefined | null {
  const v = s.trim().toLowerCase();
  if (v === '') return undefined;
  if (['ya', 'y', 'true', '1', 'aktif', 'yes'].includes(v)) return true;
  if (['tidak', 't', 'false', '0', 'nonaktif', 'non-aktif', 'tidak aktif', 'no'].includes(v)) return false;
  return null;
}

/** A decimal typed with a point or an Indonesian comma (`16`, `16.5`, `16,5`); null when not a number. */
export function parseDecimal(s: string): number | null {
  const v = s.trim();
  if (!/^\d+([.,]\d+)?$/.test(v)) return null;
  return Number(v.replace(',', '.'));
}

/** A whole number, with or without thousands separators and `Rp` (`1500000`, `1.500.000`, `Rp 1.500.000`). */
export function parseWhole(s: string): number | null {
  const v = s
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .replace(/\s+/g, '');
  if (/^\d+$/.test(v)) return Number(v);
  if (/^\d{1,3}([.,]\d{3})+$/.test(v)) return Number(v.replace(/[.,]/g, ''));
  // a spreadsheet number cell of a whole value may read back as `1500000.0`
  if (/^\d+\.0+$/.test(v)) return Number(v);
  return null;
}

/**
 * A date typed as `YYYY-MM-DD` or `DD/MM/YYYY` (`DD-MM-YYYY`), or a spreadsheet date cell as the reader writes it
 * (a JavaScript date text; exceljs stores dates at midnight UTC). Null when not a date.
 */
export function parseDateCell(s: string): string | null {
  const v = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) return v;
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(v);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4}/.test(v)) {
    const d = new Date(v);
    if (!Number.isNaN(d.getTime())) return d.toISOString().slice(0, 10);
  }
  return null;
}

/** Competences as one cell: separated by commas, semicolons or line breaks. */
export const splitCompetences = (s: string): string[] =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);
