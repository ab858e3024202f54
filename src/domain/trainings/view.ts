import { z } from 'zod';
import { TRAINING_MODES } from './competences.js';

/** The API shapes of the training catalogue (route response schemas, OpenAPI, the web's types). */

export const trainingViewSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  provider: z.string(),
  mode: z.enum(TRAINING_MODES),
  /** jam pelajaran (JP) */
  hours: z.number(),
  /** rupiah per participant; null when free or unknown */
  cost: z.number().nullable(),
  schedule: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** seats per run; null when unlimited */
  capacity: z.number().nullable(),
  /** BerAKHLAK value codes, indicator categories and free tags */
  competences: z.array(z.string()),
  description: z.string().nullable(),
  active: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TrainingView = z.infer<typeof trainingViewSchema>;

export const trainingListSchema = z.object({ items: z.array(trainingViewSchema), total: z.number() });
export type TrainingList = z.infer<typeof trainingListSchema>;

/** One rejected row of an import: its row number in the sheet, its code (when it has one) and what is wrong. */
export const trainingImportRejectedSchema = z.object({
  row: z.number(),
  code: z.string().nullable(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});

/**
 * The answer of `POST /trainings/import` (also the `details` of a refused import): how many programmes were (or, on
 * a dry run or a refusal, would be) created and updated, and the rejected rows.
 */
export const trainingImportReportSchema = z.object({
  total: z.number(),
  created: z.number(),
  updated: z.number(),
  rejected: z.array(trainingImportRejectedSchema),
  /** whether anything was written (false on a dry run, and when rows failed without `validOnly`) */
  committed: z.boolean(),
  dryRun: z.boolean(),
});
export type TrainingImportReport = z.infer<typeof trainingImportReportSchema>;
