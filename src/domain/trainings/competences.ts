import { BEHAVIOUR_VALUES, type BehaviourValue } from '../work-plans/berakhlak.js';

/**
 * The vocabulary of the training catalogue (Katalog Pengembangan, domain §7): how a programme is delivered, and the
 * competences it builds. A competence is one of three kinds:
 * - `behaviour`: a BerAKHLAK value code (`berorientasi_pelayanan`, `akuntabel`, …), matched to behaviour ratings;
 * - `category`: an indicator category of the Kemuning brief (`efficiency`, `effectiveness`, `innovation`), matched to
 *   the categories of the results rated below expectation;
 * - `tag`: a free lower-case tag such as a sector (`kesehatan`, `pelayanan publik`).
 * Pure: shared by the server (validation, import, recommendations) and the web (forms, filters).
 */

export const TRAINING_MODES = ['classroom', 'elearning', 'coaching', 'mentoring', 'on_the_job'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];

/** Indonesian labels of the modes (the XLSX columns and the catalogue's own vocabulary). */
export const TRAINING_MODE_LABELS: Record<TrainingMode, string> = {
  classroom: 'Klasikal',
  elearning: 'E-learning',
  coaching: 'Coaching',
  mentoring: 'Mentoring',
  on_the_job: 'Magang/Pelatihan di Tempat Kerja',
};

export const INDICATOR_CATEGORIES = ['efficiency', 'effectiveness', 'innovation'] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

/** Indonesian names of the indicator categories. */
export const INDICATOR_CATEGORY_LABELS: Record<IndicatorCategory, string> = {
  efficiency: 'Efisiensi',
  effectiveness: 'Efektivitas',
  innovation: 'Inovasi',
};

export const COMPETENCE_KINDS = ['behaviour', 'category', 'tag'] as const;
export type CompetenceKind = (typeof COMPETENCE_KINDS)[number];

/** A free tag once normalised: a lower-case letter or digit, then 1–40 letters, digits, spaces, `_` or `-`. */
export const COMPETENCE_TAG_PATTERN = /^[a-z0-9][a-z0-9 _-]{1,40}$/;

/** The most competences one programme may list. */
export const MAX_COMPETENCES = 20;

/** The message key of a competence that is neither a known code nor a valid tag. */
export const COMPETENCE_INVALID_KEY = 'training.competenceInvalid';

const BEHAVIOURS: ReadonlySet<string> = new Set(BEHAVIOUR_VALUES);
const CATEGORIES: ReadonlySet<string> = new Set(INDICATOR_CATEGORIES);

/**
 * Names people type for the codes (Indonesian category names, BerAKHLAK labels with spaces), after lower-casing and
 * collapsing spaces: an XLSX written by hand still lands on the codes.
 */
const ALIASES: Record<string, string> = {
  efisiensi: 'efficiency',
  efisien: 'efficiency',
  efektivitas: 'effectiveness',
  efektifitas: 'effectiveness',
  efektif: 'effectiveness',
  inovasi: 'innovation',
  inovatif: 'innovation',
  'berorientasi pelayanan': 'berorientasi_pelayanan',
  'berorientasi-pelayanan': 'berorientasi_pelayanan',
};

/**
 * The stored form of a competence: trimmed, lower-cased, inner whitespace collapsed to one space, and the common
 * Indonesian names of the codes mapped onto them (`Efisiensi` → `efficiency`, `Berorientasi Pelayanan` →
 * `berorientasi_pelayanan`). Does not judge validity (see `isValidCompetence`).
 */
export function normaliseCompetence(s: string): string {
  const n = s.trim().toLowerCase().replace(/\s+/g, ' ');
  return ALIASES[n] ?? n;
}

/** Each competence normalised, blanks dropped, duplicates removed (first occurrence kept, order kept). */
export function normaliseCompetences(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of list) {
    const c = normaliseCompetence(raw);
    if (c !== '' && !out.includes(c)) out.push(c);
  }
  return out;
}

export const isBehaviourCompetence = (c: string): c is BehaviourValue => BEHAVIOURS.has(c);
export const isCategoryCompetence = (c: string): c is IndicatorCategory => CATEGORIES.has(c);

/** The kind of a (normalised) competence: a BerAKHLAK value, an indicator category, or else a free tag. */
export function competenceKind(c: string): CompetenceKind {
  if (isBehaviourCompetence(c)) return 'behaviour';
  if (isCategoryCompetence(c)) return 'category';
  return 'tag';
}

/** Whether a normalised competence is a known code or a well-formed free tag. */
export function isValidCompetence(c: string): boolean {
  return competenceKind(c) !== 'tag' || COMPETENCE_TAG_PATTERN.test(c);
}

/** A catalogue programme's competences by kind (for the views and the matching of development plans). */
export function competencesByKind(list: readonly string[]): Record<CompetenceKind, string[]> {
  const out: Record<CompetenceKind, string[]> = { behaviour: [], category: [], tag: [] };
  for (const c of list) out[competenceKind(c)].push(c);
  return out;
}

/** The programme hours (JP) rule: more than 0, at most 1,000, at most one decimal. */
export const MAX_TRAINING_HOURS = 1000;
export function hasOneDecimalAtMost(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n * 10 - Math.round(n * 10)) < 1e-6;
}
