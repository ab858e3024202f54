import { z } from 'zod';
import { optionalText, requiredText, str } from '../text.js';
import {
  COMPETENCE_INVALID_KEY,
  hasOneDecimalAtMost,
  isValidCompetence,
  MAX_COMPETENCES,
  MAX_TRAINING_HOURS,
  normaliseCompetence,
  normaliseCompetences,
  TRAINING_MODES,
} from './competences.js';

/**
 * Request shapes of the training catalogue (api.md "Development, escalation, recognition, credit points"): one zod
 * schema each, shared by the routes (and the OpenAPI description) and the web forms.
 */

/** The catalogue's own code: 2–32 letters, digits, `.`, `_` or `-`, stored upper-case (`KMN-PP-01`). */
export const TRAINING_CODE_PATTERN = /^[A-Z0-9][A-Z0-9._-]{1,31}$/;
export const trainingCodeSchema = str()
  .trim()
  .toUpperCase()
  .max(32)
  .regex(TRAINING_CODE_PATTERN, { message: 'training.codeFormat' });

/** One competence: normalised (`normaliseCompetence`), then a known code or a well-formed free tag. */
export const competenceSchema = str()
  .max(60)
  .overwrite(normaliseCompetence)
  .refine(isValidCompetence, { message: COMPETENCE_INVALID_KEY });

export const competencesSchema = z
  .array(competenceSchema)
  .max(MAX_COMPETENCES)
  .overwrite((list) => normaliseCompetences(list));

/** JP: more than 0, at most 1,000, one decimal at most. */
export const trainingHoursSchema = z
  .number()
  .gt(0)
  .max(MAX_TRAINING_HOURS)
  .refine(hasOneDecimalAtMost, { message: 'training.hoursDecimal' });

/** Rupiah per participant: a whole number, 0 or more (null: free or unknown). */
export const trainingCostSchema = z.number().int().min(0).max(1_000_000_000_000);
/** Seats per run: at least 1 (null: unlimited). */
export const trainingCapacitySchema = z.number().int().min(1).max(1_000_000);

const isoDate = z.iso.date();

const trainingFields = {
  code: trainingCodeSchema.nullish(),
  title: requiredText(200),
  provider: requiredText(200),
  mode: z.enum(TRAINING_MODES),
  hours: trainingHoursSchema,
  cost: trainingCostSchema.nullish(),
  /** free text such as "Maret dan Agustus 2027"; null when on demand */
  schedule: optionalText(200),
  startDate: isoDate.nullish(),
  endDate: isoDate.nullish(),
  capacity: trainingCapacitySchema.nullish(),
  competences: competencesSchema,
  description: optionalText(4000),
};

/** The end date, when both are given, is on or after the start date. */
function dateOrder(v: { startDate?: string | null; endDate?: string | null }, ctx: z.RefinementCtx) {
  if (v.startDate && v.endDate && v.endDate < v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'training.dateOrder' });
  }
}

/** `POST /trainings` (hr_admin): `code` is generated when missing; `competences` defaults to none. */
export const createTrainingSchema = z
  .object({
    ...trainingFields,
    competences: competencesSchema.default([]),
    active: z.boolean().optional(),
  })
  .strict()
  .superRefine(dateOrder);
export type CreateTrainingInput = z.infer<typeof createTrainingSchema>;

/**
 * `PATCH /trainings/:id` (hr_admin): the fields to change and the version last read (a stale one answers 409).
 * `active: false` takes a programme out of the catalogue (never deleted: plan items point at it).
 */
export const updateTrainingSchema = z
  .object({
    code: trainingCodeSchema.optional(),
    title: trainingFields.title.optional(),
    provider: trainingFields.provider.optional(),
    mode: trainingFields.mode.optional(),
    hours: trainingHoursSchema.optional(),
    cost: trainingFields.cost,
    schedule: trainingFields.schedule,
    startDate: trainingFields.startDate,
    endDate: trainingFields.endDate,
    capacity: trainingFields.capacity,
    competences: competencesSchema.optional(),
    description: trainingFields.description,
    active: z.boolean().optional(),
    version: z.number().int().min(1),
  })
  .strict()
  .superRefine(dateOrder);
export type UpdateTrainingInput = z.infer<typeof updateTrainingSchema>;

/** Which programmes a list shows: the active ones (default), the inactive ones, or all (the last two: hr_admin). */
export const TRAINING_ACTIVE_FILTERS = ['true', 'false', 'all'] as const;

export const trainingQuerySchema = z.object({
  /** words of the title, provider or code (case-insensitive) */
  q: str().trim().max(200).optional(),
  /** one competence (normalised like the stored ones) */
  competence: str().max(60).overwrite(normaliseCompetence).optional(),
  mode: z.enum(TRAINING_MODES).optional(),
  active: z.enum(TRAINING_ACTIVE_FILTERS).default('true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type TrainingQuery = z.infer<typeof trainingQuerySchema>;

/** `POST /trainings/import`: check only, or import the valid rows and skip the failing ones. */
export const trainingImportQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('false'),
  validOnly: z.enum(['true', 'false']).default('false'),
});
