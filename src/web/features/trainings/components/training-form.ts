import type { i18n as I18n } from 'i18next';
import {
  competenceKind,
  normaliseCompetences,
  type TrainingMode,
} from '../../../../domain/trainings/competences';
import { createTrainingSchema, updateTrainingSchema } from '../../../../domain/trainings/schemas';
import { zodValidate } from '../../../lib/form';
import { formatLocaleNumber, parseLocaleNumber } from '../../../lib/numbers';
import type { Training } from '../types';

/** What the catalogue form holds: the text of every field as typed, competences split by kind. */
export interface TrainingFormValues {
  code: string;
  title: string;
  provider: string;
  mode: TrainingMode | null;
  hours: string;
  cost: string;
  capacity: string;
  schedule: string;
  startDate: string;
  endDate: string;
  /** BerAKHLAK value codes */
  behaviours: string[];
  /** indicator categories */
  categories: string[];
  /** free tags as typed */
  tags: string[];
  description: string;
}

const text = (n: number | null, language: string) => (n === null ? '' : formatLocaleNumber(n, language));

/** The form's starting values: empty for a new programme, the programme's own when editing. */
export function formValuesOf(training: Training | null, language: string): TrainingFormValues {
  const competences = training?.competences ?? [];
  return {
    code: training?.code ?? '',
    title: training?.title ?? '',
    provider: training?.provider ?? '',
    mode: training?.mode ?? null,
    hours: training ? text(training.hours, language) : '',
    cost: text(training?.cost ?? null, language),
    capacity: text(training?.capacity ?? null, language),
    schedule: training?.schedule ?? '',
    startDate: training?.startDate ?? '',
    endDate: training?.endDate ?? '',
    behaviours: competences.filter((c) => competenceKind(c) === 'behaviour'),
    categories: competences.filter((c) => competenceKind(c) === 'category'),
    tags: competences.filter((c) => competenceKind(c) === 'tag'),
    description: training?.description ?? '',
  };
}

/** A typed number: blank → null, unreadable → NaN (the schema then says "Harus berupa angka."). */
function numberOf(s: string, language: string): number | null {
  const parsed = parseLocaleNumber(s, language, { allowNegative: true });
  return parsed.ok ? parsed.value : Number.NaN;
}

const blankToNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * The API input of the form's values (`POST /trainings`; with `version` for `PATCH`): blank optional fields are
 * null, a blank code is left out (the server generates one on create and keeps the code on edit).
 */
export function formInput(v: TrainingFormValues, language: string) {
  const code = v.code.trim();
  return {
    ...(code ? { code } : {}),
    title: v.title,
    provider: v.provider,
    mode: v.mode ?? undefined,
    hours: numberOf(v.hours, language) ?? undefined,
    cost: numberOf(v.cost, language),
    capacity: numberOf(v.capacity, language),
    schedule: blankToNull(v.schedule),
    startDate: blankToNull(v.startDate),
    endDate: blankToNull(v.endDate),
    competences: normaliseCompetences([...v.behaviours, ...v.categories, ...v.tags]),
    description: blankToNull(v.description),
  };
}

/** Where an issue of the API input shows in the form: the competences' issues on the tags field. */
export function formPath(path: string): string {
  return path.startsWith('competences') ? 'tags' : path;
}

/**
 * The form's validation: the same zod schema as the server's (create, or update with the version), issues moved
 * to the fields that show them.
 */
export function validateTraining(i18n: I18n, editing: { version: number } | null) {
  const check = editing
    ? zodValidate(updateTrainingSchema, i18n, (v: TrainingFormValues) => ({
        ...formInput(v, i18n.language),
        version: editing.version,
      }))
    : zodValidate(createTrainingSchema, i18n, (v: TrainingFormValues) => formInput(v, i18n.language));
  return (values: TrainingFormValues): Record<string, string> => {
    const errors: Record<string, string> = {};
    for (const [path, message] of Object.entries(check(values))) errors[formPath(path)] ??= message;
    return errors;
  };
}
